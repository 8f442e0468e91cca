package io.turnaround.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.turnaround.domain.CaseFile;
import io.turnaround.domain.DraftField;
import io.turnaround.domain.Listen;
import io.turnaround.reliability.WindowCrashChild.Target;
import io.turnaround.store.CaseRepository;
import io.turnaround.store.Database;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real window, typed into through the UI, killed with SIGKILL at random moments and started again: every
 * character typed more than a second before the kill is there (in its line's draft, or in the item Enter made of it),
 * the next start reopens the case at the step that was open, and the call clock runs on as it was.
 * {@code -Dwindowcrash.cycles=N} sets the number of kills (20 in {@code ./mvnw verify}, 100 with {@code -Pcrash-long}).
 */
class WindowCrashTest {
    /** What may be lost: what was typed in the last second before the kill (the autosave runs 250 ms after a keystroke). */
    private static final long GRACE_NANOS = TimeUnit.SECONDS.toNanos(1);

    @TempDir
    Path dir;

    /** One line of the child's report, stamped when it arrived (so after the keystroke it reports). */
    private record Report(long at, String line) {
    }

    @Test
    void killedWhileTypingEveryCharacterTypedMoreThanASecondBeforeIsThere() throws Exception {
        int cycles = Integer.getInteger("windowcrash.cycles", 20);
        long given = Long.getLong("crash.seed", 0);
        long seed = given != 0 ? given : System.nanoTime();
        System.out.println("WindowCrashTest: " + cycles + " cycles, seed " + seed);
        Random random = new Random(seed);
        Map<Target, List<String>> enteredBefore = new EnumMap<>(Target.class);
        Long caseId = null;
        Instant callStarted = null;
        Set<String> stepsOnKill = Set.of();
        String killedRun = "";
        for (int cycle = 0; cycle < cycles; cycle++) {
            String where = "cycle " + cycle + " (seed " + seed + ")";
            List<Report> reports = runAndKill(random, where);
            long killedAt = reports.get(reports.size() - 1).at();
            String opened = reports.stream().map(Report::line).filter(l -> l.startsWith("open ")).findFirst().orElse("open ?");
            if (cycle == 0) {
                assertEquals("open none", opened, where + ": a first start opens on the list");
            } else {
                String[] parts = opened.split(" ");
                assertEquals("open " + caseId, parts[0] + " " + parts[1], where + ": the case open at the kill is open again");
                assertTrue(stepsOnKill.contains(parts[2]), where + ": reopened at " + parts[2] + ", but the window showed "
                        + stepsOnKill + " in the last second before the kill; the killed run: " + killedRun);
            }
            stepsOnKill = stepsAtKill(reports, killedAt);
            killedRun = reports.stream().filter(r -> !r.line().startsWith("T "))
                    .map(r -> (r.at() - killedAt) / 1_000_000 + " ms " + r.line()).toList().toString();

            try (Database db = Database.openIn(dir)) {
                CaseRepository repo = new CaseRepository(db, Clock.systemUTC());
                assertEquals(1, repo.list().size(), where);
                CaseFile c = repo.load(repo.list().get(0).id()).orElseThrow();
                if (caseId == null) {
                    caseId = c.id();
                    callStarted = c.listen().callStartedAt();
                    assertNotNull(callStarted, where + ": the call was started");
                }
                assertEquals(callStarted, c.listen().callStartedAt(), where + ": the call clock started once");
                assertEquals(Listen.CallState.RUNNING, c.listen().callState(), where + ": and still runs");
                for (Target target : Target.values()) {
                    checkField(c, target, reports, killedAt, enteredBefore, where);
                }
            }
        }
    }

    private List<Report> runAndKill(Random random, String where) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xshare:auto", "-XX:TieredStopAtLevel=1", NativeLibraryTest.unpackInto(dir), "-cp", System.getProperty("java.class.path")));
        for (String p : List.of("testfx.robot", "testfx.headless", "glass.platform", "monocle.platform", "prism.order",
                "java.awt.headless", "turnaround.no-warmup")) {
            if (System.getProperty(p) != null) {
                command.add("-D" + p + "=" + System.getProperty(p));
            }
        }
        command.addAll(List.of(WindowCrashChild.class.getName(), dir.toString(), String.valueOf(random.nextLong())));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<Report> reports = new CopyOnWriteArrayList<>();
        List<String> other = new CopyOnWriteArrayList<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    if (line.matches("(T|E|S|P) .*|open .*|ready")) {
                        reports.add(new Report(System.nanoTime(), line));
                    } else {
                        other.add(line);
                    }
                }
            } catch (java.io.IOException ignored) {
                // The pipe closes when the child is killed.
            }
        });
        reader.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (reports.stream().noneMatch(r -> r.line().equals("ready")) && child.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        if (reports.stream().noneMatch(r -> r.line().equals("ready"))) {
            child.destroyForcibly();
            fail(where + ": the window did not come up: " + String.join("\n", other) + "\n" + reports);
        }
        Thread.sleep(1_500 + random.nextInt(3_000));
        if (!child.isAlive()) {
            fail(where + ": the child stopped by itself: " + String.join("\n", other));
        }
        long killedAt = System.nanoTime();
        child.destroyForcibly(); // SIGKILL on POSIX: no shutdown hooks, no flush, no close
        child.waitFor(10, TimeUnit.SECONDS);
        reader.join(5_000);
        List<Report> upToKill = new ArrayList<>(reports.stream().filter(r -> r.at() <= killedAt).toList());
        upToKill.add(new Report(killedAt, "killed"));
        return upToKill;
    }

    /**
     * The steps a next start may open: the one the window showed a second before the kill, and any it moved to after.
     * Read from the window's own page changes ("P"), reported the moment they happen: the child's "S" comes only after
     * it has seen the step, and a kill in between once looked like a wrong step reopened.
     */
    private static Set<String> stepsAtKill(List<Report> reports, long killedAt) {
        Set<String> steps = new HashSet<>();
        String settled = null;
        for (Report r : reports) {
            if (r.line().startsWith("P ") || r.line().startsWith("open ")) {
                String[] parts = r.line().split(" ");
                String step = parts[parts.length - 1];
                if (r.at() <= killedAt - GRACE_NANOS) {
                    settled = step;
                } else {
                    steps.add(step);
                }
            }
        }
        if (settled != null) {
            steps.add(settled);
        }
        return steps;
    }

    private static void checkField(CaseFile c, Target target, List<Report> reports, long killedAt,
                                   Map<Target, List<String>> enteredBefore, String where) {
        List<String> items = items(c, target);
        String draft = draft(c, target);
        List<String> entered = enteredBefore.computeIfAbsent(target, t -> new ArrayList<>());
        String typed = null;
        for (Report r : reports) {
            String prefix = (r.line().startsWith("T ") ? "T " : "E ") + target + " ";
            if (!r.line().startsWith(prefix)) {
                continue;
            }
            String text = r.line().substring(prefix.length());
            boolean settled = r.at() <= killedAt - GRACE_NANOS;
            if (r.line().startsWith("E ")) {
                // Enter adds the item and empties the line in one save; in the last second it may still be in the line.
                if (settled || items.contains(text)) {
                    entered.add(text);
                } else {
                    assertTrue(draft.strip().startsWith(text), where + ": " + target + " \"" + text + "\" entered just before the "
                            + "kill is neither in the list " + items + " nor in the line \"" + draft + "\"");
                }
                if (settled) {
                    typed = null;
                }
            } else if (settled) {
                typed = text;
            }
        }
        for (String e : entered) {
            assertTrue(items.contains(e), where + ": " + target + " entered \"" + e + "\" is missing from " + items);
        }
        if (typed != null && !typed.isBlank()) {
            String t = typed.strip();
            boolean kept = draft.strip().startsWith(t) || items.stream().anyMatch(i -> i.startsWith(t));
            assertTrue(kept, where + ": " + target + " had \"" + typed + "\" a second before the kill; the line holds \"" + draft
                    + "\" and the list " + items);
        }
    }

    private static List<String> items(CaseFile c, Target target) {
        return switch (target) {
            case NOTE -> c.listen().notes().stream().map(n -> n.text()).toList();
            case ASK_QUESTION -> c.ask().questions().stream().map(q -> q.text()).toList();
            case ASK_PROBLEM -> c.ask().problems().stream().map(p -> p.text()).toList();
            case ASK_CHECK_DOWN -> c.ask().checkDowns().stream().map(k -> k.statement()).toList();
            case PRODUCE_EXPECTATION -> c.produce().expectations().stream().map(e -> e.text()).toList();
            case FACT_WHAT -> c.facts().stream().map(f -> f.what()).toList();
            case SCENARIO -> c.conclusions().scenarios().stream().map(s -> s.description()).toList();
        };
    }

    private static String draft(CaseFile c, Target target) {
        return target == Target.NOTE ? c.listen().noteDraft() : c.draft(DraftField.valueOf(target.name()));
    }
}
