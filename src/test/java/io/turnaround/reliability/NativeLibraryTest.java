package io.turnaround.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With a temporary folder that cannot be used (as a {@code noexec} /tmp cannot for native code), the app still
 * opens its case file: SQLite's native library is unpacked into the private data folder instead.
 */
class NativeLibraryTest {
    @TempDir
    Path dir;

    @Test
    void theCaseFileOpensWhenTheTemporaryFolderCannotBeUsed() throws Exception {
        String unusable = dir.resolve("no-such-folder").toString();
        Result control = list("-Dorg.sqlite.tmpdir=" + unusable);
        assertTrue(control.exit != 0, "control: unpacking into an unusable folder does fail: " + control.output);
        Result result = list("-Djava.io.tmpdir=" + unusable);
        assertEquals(0, result.exit, result.output);
        assertTrue(Files.isDirectory(dir.resolve("data").resolve("native")), "unpacked into the data folder");
    }

    /**
     * The option that makes a test's child JVM unpack SQLite's native library into a folder of {@code dir} (made here):
     * left to itself, a child the test kills leaves its copy in /tmp, a megabyte each time.
     */
    static String unpackInto(Path dir) throws java.io.IOException {
        return "-Dorg.sqlite.tmpdir=" + Files.createDirectories(dir.resolve("native"));
    }

    private record Result(int exit, String output) {
    }

    private Result list(String property) throws Exception {
        Path output = Files.createTempFile(dir, "out", ".txt");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), property,
                "-cp", System.getProperty("java.class.path"), "io.turnaround.Main", "--data-dir", dir.resolve("data").toString(), "list")
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the command finished");
        return new Result(p.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
    }
}
