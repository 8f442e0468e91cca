package io.turnaround;

import io.turnaround.app.AppPaths;
import io.turnaround.app.LaunchOptions;
import io.turnaround.app.DesktopLauncher;
import io.turnaround.app.Version;
import io.turnaround.cli.Cli;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * Entry point. With a command it runs headless; without one it opens the window (started with
 * {@code Platform.startup}, so the jar runs with JavaFX on the class path).
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        LaunchOptions options = LaunchOptions.parse(List.of(args)).withDatabaseFrom(System.getenv());
        if (options.error() != null) {
            System.err.println("turnaround: " + options.error());
            System.err.println("Try 'turnaround --help'.");
            System.exit(Cli.USAGE);
        }
        if (options.help()) {
            System.out.print(Cli.usage());
            return;
        }
        if (options.version()) {
            System.out.println("Turnaround " + Version.current());
            return;
        }
        Path dataDir = AppPaths.dataDir(options.dataDir());
        // Before the first logger exists: the log file belongs in the data folder.
        System.setProperty("turnaround.logdir", dataDir.resolve("logs").toString());
        try {
            // The log folder is private before the first log line is written into it.
            io.turnaround.store.PrivateFiles.directory(dataDir);
            io.turnaround.store.PrivateFiles.directory(dataDir.resolve("logs"));
        } catch (java.io.IOException e) {
            System.err.println("turnaround: cannot create the data folder " + dataDir + ": " + e.getMessage());
        }
        nativeLibraryOutsideTmp(dataDir);
        if (options.hasCommand()) {
            System.exit(new Cli(dataDir, options.database(), System.out, System.err, Clock.systemDefaultZone()).run(options.command()));
        }
        // The window opens the team library chosen in View › Team database… when neither option nor environment names one.
        DesktopLauncher.launch(options.withDatabaseIfNone(io.turnaround.app.DesktopLauncher.rememberedLibrary(dataDir).orElse(null)), dataDir);
    }

    /**
     * sqlite-jdbc unpacks its native library into java.io.tmpdir by default, which a {@code noexec} /tmp stops.
     * The installed app loads the copy in its own folder ({@code -Dorg.sqlite.lib.path}, set by the launcher);
     * any other run unpacks it into the private data folder instead. Either way the driver's temporary folder is that
     * private one: on loading, the driver lists its temporary folder for copies left behind, and a /tmp holding
     * thousands of files made that listing some 50 ms of every start.
     */
    static void nativeLibraryOutsideTmp(Path dataDir) {
        if (System.getProperty("org.sqlite.tmpdir") == null) {
            Path nativeDir = dataDir.resolve("native");
            try {
                io.turnaround.store.PrivateFiles.directory(nativeDir);
                System.setProperty("org.sqlite.tmpdir", nativeDir.toString());
            } catch (java.io.IOException e) {
                System.err.println("turnaround: cannot create " + nativeDir + ": " + e.getMessage());
            }
        }
    }
}
