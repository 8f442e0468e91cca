package io.turnaround.app;

import java.util.ArrayList;
import java.util.List;

/**
 * The options that come before the command: {@code [--data-dir DIR] [--measure-startup]
 * [--help] [--version] [COMMAND ARGS…]}. Parsed the same way by the command line and the window.
 */
public record LaunchOptions(String dataDir, boolean help, boolean version, boolean measureStartup, boolean measureListMemory,
                            List<String> command, String error) {

    public static LaunchOptions parse(List<String> args) {
        String dataDir = null;
        boolean help = false;
        boolean version = false;
        boolean measure = false;
        boolean memory = false;
        int i = 0;
        while (i < args.size() && args.get(i).startsWith("--")) {
            String a = args.get(i);
            switch (a) {
                case "--help" -> help = true;
                case "--version" -> version = true;
                case "--measure-startup" -> measure = true;
                case "--measure-list-memory" -> memory = true;
                case "--data-dir" -> {
                    if (i + 1 >= args.size()) {
                        return error("--data-dir needs a folder");
                    }
                    dataDir = args.get(++i);
                }
                default -> {
                    if (a.startsWith("--data-dir=")) {
                        dataDir = a.substring("--data-dir=".length());
                    } else {
                        return error("unknown option: " + a);
                    }
                }
            }
            i++;
        }
        return new LaunchOptions(dataDir, help, version, measure, memory, List.copyOf(new ArrayList<>(args.subList(i, args.size()))), null);
    }

    private static LaunchOptions error(String message) {
        return new LaunchOptions(null, false, false, false, false, List.of(), message);
    }

    public boolean hasCommand() {
        return !command.isEmpty();
    }
}
