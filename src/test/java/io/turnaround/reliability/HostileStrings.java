package io.turnaround.reliability;

import java.util.List;
import java.util.Random;

/** The generated-input suite's strings, for tests in other packages: 10,000-character word first, then the megabyte, then the rest. */
public final class HostileStrings {
    private HostileStrings() {
    }

    public static List<String> load(Random random) throws Exception {
        List<String> all = new java.util.ArrayList<>(GeneratedTextTest.strings(random));
        String word = all.remove(all.indexOf("x".repeat(10_000)));
        String megabyte = all.stream().filter(s -> s.length() >= 1 << 20).findFirst().orElseThrow();
        all.remove(megabyte);
        all.add(0, megabyte);
        all.add(0, word);
        return all.subList(0, 600);
    }
}
