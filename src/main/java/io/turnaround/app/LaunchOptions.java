package io.turnaround.app;

import java.util.ArrayList;
import java.util.List;

/**
 * The options that come before the command: {@code [--data-dir DIR] [--database URL] [--measure-startup]
 * [--help] [--version] [COMMAND ARGS…]}. Parsed the same way by the command line and the window.
 *
 * @param database a team library's address (postgresql://…), or null for the case file in the data folder
 */
public record LaunchOptions(String dataDir, String database, boolean help, boolean version, boolean measureStartup,
                            boolean measureListMemory, List<String> command, String error) {

    public static LaunchOptions parse(List<String> args) {
        String dataDir = null;
        String database = null;
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
                case "--database" -> {
                    if (i + 1 >= args.size()) {
                        return error("--database needs a URL: postgresql://[user@]host[:port]/dbname");
                    }
                    database = args.get(++i);
                }
                default -> {
                    if (a.startsWith("--data-dir=")) {
                        dataDir = a.substring("--data-dir=".length());
                    } else if (a.startsWith("--database=")) {
                        database = a.substring("--database=".length());
                    } else {
                        return error("unknown option: " + a);
                    }
                }
            }
            i++;
        }
        if (database != null && !io.turnaround.store.PostgresLibrary.isAddress(database)) {
            return error("--database takes a PostgreSQL URL (postgresql://[user@]host[:port]/dbname), not " + database);
        }
        return new LaunchOptions(dataDir, database, help, version, measure, memory, List.copyOf(new ArrayList<>(args.subList(i, args.size()))), null);
    }

    private static LaunchOptions error(String message) {
        return new LaunchOptions(null, null, false, false, false, false, List.of(), message);
    }

    /** The same options with {@code address} as the team library, unless one was already given. */
    public LaunchOptions withDatabaseIfNone(String address) {
        return database != null || error != null ? this
                : new LaunchOptions(dataDir, address, help, version, measureStartup, measureListMemory, command, null);
    }

    /** The same options with the team library from the environment ({@code TURNAROUND_DATABASE}) when none was given. */
    public LaunchOptions withDatabaseFrom(java.util.Map<String, String> env) {
        String fromEnv = env.get("TURNAROUND_DATABASE");
        if (database != null || fromEnv == null || fromEnv.isBlank() || error != null) {
            return this;
        }
        if (!io.turnaround.store.PostgresLibrary.isAddress(fromEnv)) {
            return error("TURNAROUND_DATABASE holds a PostgreSQL URL (postgresql://…), not " + fromEnv);
        }
        return new LaunchOptions(dataDir, fromEnv.strip(), help, version, measureStartup, measureListMemory, command, null);
    }

    public boolean hasCommand() {
        return !command.isEmpty();
    }
}
