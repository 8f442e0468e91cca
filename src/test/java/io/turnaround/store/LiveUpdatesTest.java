package io.turnaround.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.turnaround.TestCases;
import io.turnaround.domain.CaseFile;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A team library announces each change of a case to the other connections listening (a real PostgreSQL server). */
class LiveUpdatesTest {
    @TempDir
    Path dir;

    @Test
    void aColleaguesChangeIsAnnouncedWithinASecondAndOnesOwnIsNot() throws Exception {
        TestLibrary library = TestLibrary.create(Engine.POSTGRESQL, dir);
        try (Database mine = library.open(); Database colleagues = library.open()) {
            CaseRepository here = new CaseRepository(mine, Clock.systemUTC());
            CaseRepository there = new CaseRepository(colleagues, Clock.systemUTC());
            CaseFile shared = here.create(TestCases.fullyPopulated());
            List<Long> heard = new CopyOnWriteArrayList<>();
            try (AutoCloseable listening = here.watch(heard::add)) {
                Thread.sleep(300); // the listening connection is opened on its own thread
                here.save(shared.withHeader(shared.header().withSubject("Mine").withUpdatedAt(shared.header().updatedAt().plusSeconds(1))), shared);
                CaseFile theirs = there.create(TestCases.fullyPopulated());
                CaseFile current = there.load(shared.id()).orElseThrow();
                there.save(current.withHeader(current.header().withSubject("Theirs").withUpdatedAt(current.header().updatedAt().plusSeconds(1))), current);
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(1);
                while (heard.size() < 2 && System.nanoTime() < deadline) {
                    Thread.sleep(10);
                }
                assertEquals(List.of(theirs.id(), shared.id()), heard, "their new case and their change, within a second; not mine");
            }
            int before = heard.size();
            there.create(TestCases.fullyPopulated());
            Thread.sleep(700);
            assertEquals(before, heard.size(), "nothing after the handle is closed");
        }
    }

    @Test
    void theCaseFileOnOneComputerAnnouncesNothing() throws Exception {
        try (Database db = TestLibrary.create(Engine.SQLITE, dir).open()) {
            long before = listeners();
            try (AutoCloseable h = db.listen(id -> { })) {
                assertEquals(before, listeners(), "no listening thread, no connection");
            }
        }
    }

    private static long listeners() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals("turnaround-live")).count();
    }
}
