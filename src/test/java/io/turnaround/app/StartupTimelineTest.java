package io.turnaround.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The stages of a start, as --measure-startup prints them: in the order reached, each at the first time it was. */
class StartupTimelineTest {
    @Test
    void printsEachStageOnceInTheOrderReached() throws Exception {
        StartupTimeline timeline = new StartupTimeline(System.currentTimeMillis() - 100);
        timeline.mark("toolkit-started");
        Thread other = new Thread(() -> timeline.mark("library-open"));
        Thread.sleep(5);
        other.start();
        other.join();
        Thread.sleep(5);
        timeline.mark("toolkit-started"); // again: the first time counts
        timeline.mark("rows-arrived");
        List<String> lines = timeline.lines();
        assertEquals(3, lines.size(), lines.toString());
        assertEquals(List.of("toolkit-started", "library-open", "rows-arrived"), lines.stream().map(l -> l.split(" ")[1]).toList());
        long first = Long.parseLong(lines.get(0).split(" ")[2]);
        long last = Long.parseLong(lines.get(2).split(" ")[2]);
        assertTrue(first >= 100 && last >= first + 10 && last <= timeline.sinceStart(), lines.toString());
        assertTrue(lines.stream().allMatch(l -> l.startsWith("startup-stage ")));
    }
}
