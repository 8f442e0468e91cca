package io.turnaround.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LaunchTest {
    @Test
    void dataDirFollowsEachOperatingSystemsConvention() {
        assertEquals(Path.of("/home/ann/.local/share/turnaround"), AppPaths.dataDir(null, Map.of(), "Linux", "/home/ann"));
        assertEquals(Path.of("/xdg/turnaround"), AppPaths.dataDir(null, Map.of("XDG_DATA_HOME", "/xdg"), "Linux", "/home/ann"));
        assertEquals(Path.of("/Users/ann/Library/Application Support/Turnaround"),
                AppPaths.dataDir(null, Map.of(), "Mac OS X", "/Users/ann"));
        assertEquals(Path.of("C:\\Users\\ann\\AppData\\Roaming").resolve("Turnaround"),
                AppPaths.dataDir(null, Map.of("APPDATA", "C:\\Users\\ann\\AppData\\Roaming"), "Windows 11", "C:\\Users\\ann"));
    }

    @Test
    void theOptionBeatsTheEnvironmentWhichBeatsTheDefault() {
        Map<String, String> env = Map.of(AppPaths.DATA_DIR_ENV, "/from/env", "XDG_DATA_HOME", "/xdg");
        assertEquals(Path.of("/from/env"), AppPaths.dataDir(null, env, "Linux", "/home/ann"));
        assertEquals(Path.of("/from/option"), AppPaths.dataDir("/from/option", env, "Linux", "/home/ann"));
    }

    @Test
    void globalOptionsComeBeforeTheCommand() {
        LaunchOptions o = LaunchOptions.parse(List.of("--data-dir", "/d", "export-json", "3", "--out", "x.json"));
        assertEquals("/d", o.dataDir());
        assertEquals(List.of("export-json", "3", "--out", "x.json"), o.command());
        assertTrue(LaunchOptions.parse(List.of("--measure-startup")).measureStartup());
        assertTrue(LaunchOptions.parse(List.of("--help")).help());
        assertEquals("/e", LaunchOptions.parse(List.of("--data-dir=/e")).dataDir());
        assertNotNull(LaunchOptions.parse(List.of("--data-dir")).error());
        assertNotNull(LaunchOptions.parse(List.of("--frobnicate")).error());
    }

    @Test
    void aTeamLibraryIsChosenByOptionOrEnvironmentTheOptionFirst() {
        String url = "postgresql://anna@db.example.com/turnaround?sslmode=verify-full";
        assertEquals(url, LaunchOptions.parse(List.of("--database", url, "list")).database());
        assertEquals(url, LaunchOptions.parse(List.of("--database=" + url)).database());
        assertNotNull(LaunchOptions.parse(List.of("--database")).error());
        assertNotNull(LaunchOptions.parse(List.of("--database", "/home/anna/cases")).error(), "a folder is --data-dir's");
        assertEquals(url, LaunchOptions.parse(List.of("list")).withDatabaseFrom(java.util.Map.of("TURNAROUND_DATABASE", url)).database());
        assertEquals(url, LaunchOptions.parse(List.of("--database", url)).withDatabaseFrom(
                java.util.Map.of("TURNAROUND_DATABASE", "postgresql://other/db")).database());
        assertEquals(null, LaunchOptions.parse(List.of("list")).withDatabaseFrom(java.util.Map.of()).database());
        assertNotNull(LaunchOptions.parse(List.of("list")).withDatabaseFrom(java.util.Map.of("TURNAROUND_DATABASE", "nonsense")).error());
    }

    @Test
    void theBuildStampsTheVersion() {
        assertTrue(Version.current().matches("\\d+\\.\\d+\\.\\d+.*"), Version.current());
    }
}
