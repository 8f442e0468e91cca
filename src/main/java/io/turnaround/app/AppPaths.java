package io.turnaround.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the user's data lives: the per-user data folder of the operating system, never the
 * install folder, so reinstalling or upgrading keeps every case.
 */
public final class AppPaths {
    public static final String DATA_DIR_ENV = "TURNAROUND_DATA_DIR";

    private AppPaths() {
    }

    /**
     * @param override the {@code --data-dir} option, or null
     * @param env      the process environment
     * @param osName   {@code os.name}
     * @param home     {@code user.home}
     */
    public static Path dataDir(String override, Map<String, String> env, String osName, String home) {
        if (override != null && !override.isBlank()) {
            return Path.of(override).toAbsolutePath();
        }
        String fromEnv = env.get(DATA_DIR_ENV);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return Path.of(fromEnv).toAbsolutePath();
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = env.get("APPDATA");
            return (appData != null ? Path.of(appData) : Path.of(home, "AppData", "Roaming")).resolve("Turnaround");
        }
        if (os.contains("mac")) {
            return Path.of(home, "Library", "Application Support", "Turnaround");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, ".local", "share");
        return base.resolve("turnaround");
    }

    public static Path dataDir(String override) {
        return dataDir(override, System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home"));
    }
}
