package io.turnaround.cli;

import io.turnaround.store.StoreException;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The command line's commands as picocli reads them: each command, its arguments and options, and its help
 * ({@code turnaround COMMAND --help}) come from these definitions, and so does the shell completion the package installs
 * (generated at build time by {@code picocli.AutoComplete}). The work is {@link Cli}'s. Exit codes: 0 done, 1 the
 * command failed, 2 a usage error.
 */
@Command(name = "turnaround", description = "Coaching through escalated complaint calls, and the written resolution that follows.",
        footer = "Without a command, opens the Turnaround window. turnaround COMMAND --help: the command's own help.",
        subcommandsRepeatable = false, sortOptions = false, versionProvider = Commands.Version.class)
public final class Commands {
    /** The version the build stamped into the jar, for {@code COMMAND --version}. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws java.io.IOException {
            java.util.Properties p = new java.util.Properties();
            try (java.io.InputStream in = Commands.class.getResourceAsStream("/io/turnaround/app/version.properties")) {
                if (in != null) {
                    p.load(in);
                }
            }
            return new String[] {"turnaround " + p.getProperty("version", "unknown")};
        }
    }

    /** The command's owner; null only while the completion script is generated from these definitions. */
    private final Cli cli;

    // The window's and every command's options, read by io.turnaround.app.LaunchOptions before the command: declared
    // here so that help and completion show them.
    @Option(names = "--data-dir", paramLabel = "DIR", description = "the folder holding the case file (default: the user's data folder, or $TURNAROUND_DATA_DIR)")
    Path dataDir;
    @Option(names = "--database", paramLabel = "URL", description = "a team library on PostgreSQL: postgresql://[user@]host[:port]/dbname (or $TURNAROUND_DATABASE)")
    String database;

    /** For generating the completion script. */
    public Commands() {
        this(null);
    }

    Commands(Cli cli) {
        this.cli = cli;
    }

    /** The command line over {@code cli}: its output and errors, the exit codes of today. */
    static CommandLine line(Cli cli) {
        CommandLine line = new CommandLine(new Commands(cli));
        line.setOut(new java.io.PrintWriter(cli.out(), true));
        line.setErr(new java.io.PrintWriter(cli.err(), true));
        line.setParameterExceptionHandler((e, args) -> {
            String command = e.getCommandLine().getCommandName();
            cli.err().println("turnaround: " + (command.equals("turnaround") ? "" : command + ": ") + e.getMessage());
            cli.err().println("Try 'turnaround " + (command.equals("turnaround") ? "" : command + " ") + "--help'.");
            return Cli.USAGE;
        });
        line.setExecutionExceptionHandler((e, commandLine, parsed) -> {
            if (e instanceof StoreException) {
                cli.err().println("turnaround: " + e.getMessage());
                return Cli.FAILED;
            }
            throw e;
        });
        return line;
    }

    @Command(name = "list", mixinStandardHelpOptions = true, versionProvider = Commands.Version.class, description = "One line per case: id, reference, status, customer, subject.")
    int list() {
        return cli.list();
    }

    @Command(name = "import", mixinStandardHelpOptions = true, versionProvider = Commands.Version.class, description = "Imports a case (the case format's JSON) and prints its id.")
    int importCase(@Parameters(paramLabel = "FILE.json", description = "the case to import") Path file) {
        return cli.importCase(file);
    }

    @Command(name = "export-json", mixinStandardHelpOptions = true, versionProvider = Commands.Version.class, description = "Writes the whole case as JSON.")
    int exportJson(@Parameters(paramLabel = "ID", description = "the case's id (see: list)") long id,
                   @Option(names = "--out", paramLabel = "FILE", description = "where (standard output by default)") Path out) {
        return cli.exportJson(id, out);
    }

    @Command(name = "export-pdf", mixinStandardHelpOptions = true, versionProvider = Commands.Version.class,
            description = "The customer summary as an archival PDF (PDF/A-2u); with --revision, as that revision was sent for approval.")
    int exportPdf(@Parameters(paramLabel = "ID") long id, @Option(names = "--out", paramLabel = "FILE.pdf", required = true) Path out,
                  @Option(names = "--revision", paramLabel = "N") Integer revision) {
        return cli.summaries().exportPdf(new SummaryCommands.Arguments(id, out, revision));
    }

    @Command(name = "email-draft", mixinStandardHelpOptions = true, versionProvider = Commands.Version.class,
            description = "An email draft to all parties with the summary attached and the next contact as a calendar invitation.")
    int emailDraft(@Parameters(paramLabel = "ID") long id, @Option(names = "--out", paramLabel = "FILE.eml", required = true) Path out,
                   @Option(names = "--revision", paramLabel = "N") Integer revision) {
        return cli.summaries().emailDraft(new SummaryCommands.Arguments(id, out, revision));
    }

    @Command(name = "export-ics", mixinStandardHelpOptions = true, versionProvider = Commands.Version.class, description = "The agreed next contact as an iCalendar invitation.")
    int exportIcs(@Parameters(paramLabel = "ID") long id, @Option(names = "--out", paramLabel = "FILE.ics", required = true) Path out,
                  @Option(names = "--revision", paramLabel = "N") Integer revision) {
        return cli.summaries().exportIcs(new SummaryCommands.Arguments(id, out, revision));
    }

    @Command(name = "search", mixinStandardHelpOptions = true, versionProvider = Commands.Version.class,
            description = "Finds cases by any text in them, best first: id, reference, customer, and the text around the match in [brackets].")
    int search(@Parameters(paramLabel = "WORDS", arity = "1..*") List<String> words,
               @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "at most this many (default: ${DEFAULT-VALUE})") int limit) {
        return cli.library().search(words, limit);
    }

    @Command(name = "generate-demo", mixinStandardHelpOptions = true, versionProvider = Commands.Version.class,
            description = "Adds N realistic synthetic cases (the same ones for the same seed).")
    int generateDemo(@Parameters(paramLabel = "N") int count,
                     @Option(names = "--seed", paramLabel = "S", defaultValue = "1") long seed,
                     @Option(names = "--regulated", description = "every case a complaint under FCA or CFPB rules") boolean regulated) {
        return cli.library().generateDemo(count, seed, regulated);
    }

    @Command(name = "register", mixinStandardHelpOptions = true, versionProvider = Commands.Version.class,
            description = "Writes the complaint register of a period as CSV: one row per regulated complaint received or closed in it, "
                    + "and beside it (F-summary.csv) the figures by product and category a complaints return asks for.")
    int register(@Option(names = "--from", paramLabel = "DATE", required = true, description = "first day (YYYY-MM-DD)") java.time.LocalDate from,
                 @Option(names = "--to", paramLabel = "DATE", required = true, description = "last day (YYYY-MM-DD)") java.time.LocalDate to,
                 @Option(names = "--out", paramLabel = "F.csv", required = true) Path out) {
        return cli.library().register(from, to, out);
    }

    @Command(name = "backup", mixinStandardHelpOptions = true, versionProvider = Commands.Version.class, description = "Makes today's backup copy now (the app makes one each day).")
    int backup() {
        return cli.backup();
    }

    @Command(name = "backups", mixinStandardHelpOptions = true, versionProvider = Commands.Version.class, description = "Lists the backup copies, newest first.")
    int backups() {
        return cli.listBackups();
    }

    @Command(name = "restore", mixinStandardHelpOptions = true, versionProvider = Commands.Version.class, description = "Replaces the case file with a backup (the replaced file is kept).")
    int restore(@Parameters(paramLabel = "FILE") Path backup) {
        return cli.restore(backup);
    }

    @Command(name = "migrate", mixinStandardHelpOptions = true, versionProvider = Commands.Version.class, description = "Creates or upgrades the team database's tables (run by its owner).")
    int migrate() {
        return cli.migrate();
    }

    @Command(name = "reassign", mixinStandardHelpOptions = true, versionProvider = Commands.Version.class, description = "Hands a case of a team library to another manager (logged).")
    int reassign(@Parameters(paramLabel = "ID") long id, @Parameters(paramLabel = "ROLE") String role) {
        return cli.reassign(id, role);
    }

    @Command(name = "copy-to", mixinStandardHelpOptions = true, versionProvider = Commands.Version.class, description = {"Copies every case, its frozen revisions and the audit log "
            + "into another library (a team database or a data folder) that is empty, and checks the copy: case count, revision hashes, audit chain."})
    int copyTo(@Parameters(paramLabel = "URL|DIR") String target) {
        return cli.copyTo(target);
    }
}
