package io.turnaround.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The JVM options the installed app starts with ({@code --java-options} in installer/jpackage/image.args), so the
 * benchmarks measure the app as users run it. Options naming the installed folder ({@code $APPDIR}) are left out.
 */
final class InstalledJvmOptions {
    private static final String FLAG = "--java-options ";

    private InstalledJvmOptions() {
    }

    static List<String> read() throws IOException {
        return Files.readAllLines(Path.of("installer", "jpackage", "image.args")).stream()
                .map(String::strip)
                .filter(line -> line.startsWith(FLAG))
                .map(line -> line.substring(FLAG.length()).strip())
                .filter(option -> !option.contains("$APPDIR"))
                .toList();
    }
}
