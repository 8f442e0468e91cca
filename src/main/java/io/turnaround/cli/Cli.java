package io.turnaround.cli;

import io.turnaround.domain.CaseFile;
import io.turnaround.domain.CaseSummary;
import io.turnaround.export.CaseFormatException;
import io.turnaround.export.CaseJson;
import io.turnaround.store.Backups;
import io.turnaround.store.CaseRepository;
import io.turnaround.store.Database;
import io.turnaround.store.PostgresLibrary;
import io.turnaround.store.InstanceLock;
import io.turnaround.store.PrivateFiles;
import io.turnaround.store.StoreException;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * The headless commands of {@code java -jar turnaround.jar [--data-dir DIR] COMMAND}.
 * Exit codes: 0 done, 1 the command failed (bad file, unknown case), 2 usage error.
 */
public final class Cli {
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;

    private final Path dataDir;
    /** A team library's address (postgresql://…), or null for the case file in the data folder. */
    private final String database;
    private final PrintStream out;
    private final PrintStream err;
    private final Clock clock;

    public Cli(Path dataDir, PrintStream out, PrintStream err, Clock clock) {
        this(dataDir, null, out, err, clock);
    }

    /** @param database a team library's address (postgresql://…), or null for the case file in {@code dataDir} */
    public Cli(Path dataDir, String database, PrintStream out, PrintStream err, Clock clock) {
        this.dataDir = dataDir;
        this.database = database;
        this.out = out;
        this.err = err;
        this.clock = clock;
    }

    public static String usage() {
        return String.join("\n",
                "Usage: turnaround [--data-dir DIR] [--database URL] [COMMAND]",
                "",
                "Without a command, opens the Turnaround window.",
                "",
                "Commands:",
                "  list                          one line per case: id, reference, status, customer, subject",
                "  import FILE.json              imports a case and prints its id",
                "  export-json ID [--out FILE]   writes the whole case as JSON (to standard output by default)",
                "  export-pdf ID --out FILE.pdf [--revision N]",
                "                                the customer summary as an archival PDF (PDF/A-2u); with --revision,",
                "                                as that revision was sent for approval",
                "  email-draft ID --out FILE.eml [--revision N]",
                "                                an email draft to all parties with the summary attached and the",
                "                                next contact as a calendar invitation",
                "  export-ics ID --out FILE.ics [--revision N]",
                "                                the agreed next contact as an iCalendar invitation",
                "  search WORDS [--limit N]      finds cases by any text in them, best first: id, reference, customer,",
                "                                and the text around the match in [brackets]",
                "  generate-demo N [--seed S] [--regulated]",
                "                                adds N realistic synthetic cases (the same ones for the same seed); with",
                "                                --regulated, each a complaint under FCA or CFPB rules",
                "  register --from DATE --to DATE --out F.csv",
                "                                the complaint register of the period, and its summary by product and",
                "                                category (F-summary.csv) as a complaints return asks for",
                "  backup                        makes today's backup copy now (the app makes one each day)",
                "  backups                       lists the backup copies, newest first",
                "  restore FILE                  replaces the case file with a backup (the replaced file is kept)",
                "  migrate                       creates or upgrades the team database's tables (run by its owner)",
                "  reassign ID ROLE              hands a case of a team library to another manager (logged)",
                "  copy-to URL|DIR               copies every case, its frozen revisions and the audit log into another",
                "                                library (a team database or a data folder) that is empty, and checks the",
                "                                copy: case count, revision hashes, audit chain",
                "",
                "Options:",
                "  --data-dir DIR                the folder holding the case file (default: the user's data folder,",
                "                                or $TURNAROUND_DATA_DIR)",
                "  --database URL                a team library on PostgreSQL: postgresql://[user@]host[:port]/dbname",
                "                                [?sslmode=verify-full] or postgresql:///?service=NAME (or",
                "                                $TURNAROUND_DATABASE); the password from PGPASSWORD, ~/.pgpass or the service",
                "                                file",
                "  --measure-startup             prints the milliseconds to the first frame of the case list, then exits",
                "  --help                        shows this text (turnaround COMMAND --help: the command's own)",
                "  --version                     shows the version",
                "");
    }

    /**
     * Runs one command; {@code args} holds the command and its own arguments, read by picocli from the commands'
     * definitions ({@link Commands}), which also give each command its {@code --help} and the shell completion.
     */
    public int run(List<String> args) {
        return Commands.line(this).execute(args.toArray(String[]::new));
    }

    PrintStream out() {
        return out;
    }

    PrintStream err() {
        return err;
    }

    /**
     * Reading commands work while the app is open (read-only then); writing ones need the data
     * folder to themselves, so they never write under an open window.
     */
    private Database openForReading() {
        if (database != null) {
            return PostgresLibrary.connect(database, null);
        }
        var lock = InstanceLock.tryAcquire(dataDir);
        if (lock.isEmpty()) {
            return Database.openReadOnly(dataDir);
        }
        try (InstanceLock held = lock.get()) {
            return Database.openIn(dataDir);
        }
    }

    /** Work on a library opened for writing: a team library as it is, the data folder only when no window has it. */
    @FunctionalInterface
    interface Writing {
        int run(java.util.function.ToIntFunction<Database> work);
    }

    private int writing(java.util.function.ToIntFunction<Database> work) {
        if (database != null) {
            try (Database db = PostgresLibrary.connect(database, null)) {
                return work.applyAsInt(db);
            }
        }
        var lock = InstanceLock.tryAcquire(dataDir);
        if (lock.isEmpty()) {
            err.println("turnaround: " + OPEN_ELSEWHERE);
            return FAILED;
        }
        try (InstanceLock held = lock.get(); Database db = Database.openIn(dataDir)) {
            return work.applyAsInt(db);
        }
    }

    LibraryCommands library() {
        return new LibraryCommands(dataDir, this::openForReading, this::writing, out, err, clock);
    }

    /** Creates or upgrades the schema (connecting does it when the role may): for the owner of a team database. */
    int migrate() {
        if (database == null) {
            return writing(db -> {
                out.println("the case file is at schema version " + db.schemaVersion());
                return OK;
            });
        }
        try (Database db = PostgresLibrary.migrate(database, null)) {
            out.println(db.name() + " is at schema version " + db.schemaVersion());
        }
        return OK;
    }

    int reassign(long id, String role) {
        return writing(db -> {
            if (!new CaseRepository(db, clock).reassign(id, role)) {
                err.println("turnaround: no case with id " + id);
                return FAILED;
            }
            out.println("case " + id + " is now " + role.strip() + "'s");
            return OK;
        });
    }

    int copyTo(String target) {
        boolean toTeam = PostgresLibrary.isAddress(target);
        return writing(source -> {
            Path targetDir = toTeam ? null : Path.of(target);
            if (!toTeam && targetDir.toAbsolutePath().equals(dataDir.toAbsolutePath())) {
                err.println("turnaround: copy-to needs another library than the one it copies");
                return USAGE;
            }
            try (Database into = toTeam ? PostgresLibrary.connect(target, null) : Database.openIn(targetDir)) {
                var copied = new io.turnaround.store.LibraryCopy(source, into).run();
                out.println("copied " + copied.cases() + " cases with " + copied.revisions() + " revisions and " + copied.auditEntries()
                        + " audit entries into " + into.name() + "; checked: case count, revision hashes, audit chain");
                return OK;
            }
        });
    }

    SummaryCommands summaries() {
        return new SummaryCommands(this::openForReading, dataDir, out, err, clock);
    }

    private static final String OPEN_ELSEWHERE = "Turnaround is open on this data folder; close it first (nothing was changed)";

    int list() {
        try (Database db = openForReading()) {
            for (CaseSummary s : new CaseRepository(db, clock).list()) {
                out.println(s.id() + "\t" + s.reference() + "\t" + s.status() + "\t" + oneLine(s.customerOrganisation()) + "\t"
                        + oneLine(s.subject()));
            }
        }
        return OK;
    }

    int importCase(Path file) {
        String json;
        try {
            json = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            err.println("turnaround: cannot read " + file + ": " + e.getMessage());
            return FAILED;
        }
        CaseFile parsed;
        try {
            parsed = new CaseJson().read(json);
        } catch (CaseFormatException e) {
            err.println("turnaround: " + file.getFileName() + ": " + oneLine(e.getMessage()));
            return FAILED;
        }
        final CaseFile imported = parsed;
        return writing(db -> {
            CaseFile stored = new CaseRepository(db, clock).create(imported.withId(0));
            out.println(stored.id());
            if (!stored.header().reference().equals(imported.header().reference())) {
                err.println("turnaround: reference " + imported.header().reference() + " was taken; the case is "
                        + stored.header().reference());
            }
            return OK;
        });
    }

    int exportJson(long id, Path outFile) {
        try (Database db = openForReading()) {
            var found = new CaseRepository(db, clock).load(id);
            if (found.isEmpty()) {
                err.println("turnaround: no case with id " + id);
                return FAILED;
            }
            String json = new CaseJson().write(found.get());
            if (outFile == null) {
                out.print(json);
            } else {
                PrivateFiles.writeAtomically(outFile, json.getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            err.println("turnaround: cannot write " + outFile + ": " + e.getMessage());
            return FAILED;
        }
        return OK;
    }

    /** Backups are the case file's; a team database has its own (pg_dump, a managed service's recovery). */
    private boolean teamLibrary(String command) {
        if (database != null) {
            err.println("turnaround: " + command + " is for the case file on this computer; a team database is backed up with "
                    + "pg_dump or by its hosting service (docs/team.md)");
            return true;
        }
        return false;
    }

    int backup() {
        if (teamLibrary("backup")) {
            return FAILED;
        }
        var lock = InstanceLock.tryAcquire(dataDir);
        if (lock.isEmpty()) {
            err.println("turnaround: " + OPEN_ELSEWHERE);
            return FAILED;
        }
        try (InstanceLock held = lock.get(); Database db = Database.openIn(dataDir)) {
            var made = new Backups(dataDir).backupIfDue(db, java.time.LocalDate.now(clock));
            out.println(made.map(Path::toString).orElse("today's backup already exists"));
        }
        return OK;
    }

    int listBackups() {
        if (teamLibrary("backups")) {
            return FAILED;
        }
        try {
            for (Path p : new Backups(dataDir).list()) {
                out.println(p);
            }
            return OK;
        } catch (IOException e) {
            err.println("turnaround: cannot list the backups: " + e.getMessage());
            return FAILED;
        }
    }

    int restore(Path backup) {
        if (teamLibrary("restore")) {
            return FAILED;
        }
        var lock = InstanceLock.tryAcquire(dataDir);
        if (lock.isEmpty()) {
            err.println("turnaround: " + OPEN_ELSEWHERE);
            return FAILED;
        }
        Path kept;
        try (InstanceLock held = lock.get()) {
            kept = new Backups(dataDir).restore(backup.toAbsolutePath(), java.time.LocalDateTime.now(clock));
        }
        out.println("restored " + backup.getFileName() + "; the replaced file is kept as " + kept.getFileName());
        return OK;
    }


    /** Tab-separated output stays one line per case whatever the text holds. */
    private static String oneLine(String s) {
        return s.replaceAll("[\\t\\r\\n]+", " ");
    }
}
