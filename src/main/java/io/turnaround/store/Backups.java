package io.turnaround.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A copy of the case file each day ({@code VACUUM INTO}: consistent even while the app writes),
 * kept 14 days in {@code backups/}, and a restore that keeps the file it replaces.
 */
public final class Backups {
    public static final int KEEP_DAYS = 14;
    private static final Pattern NAME = Pattern.compile("turnaround-(\\d{4}-\\d{2}-\\d{2})\\.db");

    private final Path dataDir;
    private final Path dir;

    public Backups(Path dataDir) {
        this.dataDir = dataDir;
        this.dir = dataDir.resolve("backups");
    }

    /** Makes today's copy unless it exists, and removes copies older than {@link #KEEP_DAYS} days. */
    public Optional<Path> backupIfDue(Database db, LocalDate today) {
        Path target = dir.resolve("turnaround-" + today + ".db");
        if (Files.exists(target)) {
            return Optional.empty();
        }
        return Optional.of(copy(db, today, target));
    }

    /** "Back up now": today's copy made afresh (the earlier one of today replaced only once the new one is complete). */
    public Path backupNow(Database db, LocalDate today) {
        return copy(db, today, dir.resolve("turnaround-" + today + ".db"));
    }

    private Path copy(Database db, LocalDate today, Path target) {
        try {
            PrivateFiles.directory(dir);
            Path partial = dir.resolve(target.getFileName() + ".part");
            Files.deleteIfExists(partial);
            db.read(c -> {
                try (var s = c.createStatement()) {
                    s.execute("VACUUM INTO '" + partial.toString().replace("'", "''") + "'");
                }
                return null;
            });
            PrivateFiles.restrict(partial);
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            prune(today);
            return target;
        } catch (IOException e) {
            throw new StoreException("Could not write the daily backup: " + e.getMessage(), e);
        }
    }

    private void prune(LocalDate today) throws IOException {
        for (Path p : list()) {
            dateOf(p).filter(d -> d.isBefore(today.minusDays(KEEP_DAYS - 1))).ifPresent(d -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new StoreException("Could not remove an old backup: " + e.getMessage(), e);
                }
            });
        }
    }

    /** Every backup, newest first. */
    public List<Path> list() throws IOException {
        if (Files.notExists(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> dateOf(p).isPresent())
                    .sorted(Comparator.comparing((Path p) -> dateOf(p).orElseThrow()).reversed()).toList();
        }
    }

    /** The day a backup was made, from its name. */
    public static Optional<LocalDate> dayOf(Path p) {
        return dateOf(p);
    }

    static Optional<LocalDate> dateOf(Path p) {
        Matcher m = NAME.matcher(p.getFileName().toString());
        try {
            return m.matches() ? Optional.of(LocalDate.parse(m.group(1))) : Optional.empty();
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /**
     * Replaces the case file with {@code backup}. The case file must be closed. The backup is
     * checked first (a Turnaround file, not newer, intact); the file it replaces is kept beside it.
     *
     * @return where the replaced file was kept
     */
    public Path restore(Path backup, LocalDateTime now) {
        Database.check(backup);
        Path live = dataDir.resolve(Database.FILE_NAME);
        Path kept = dataDir.resolve(Database.FILE_NAME + ".before-restore-" + now.format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        try {
            if (Files.exists(live)) {
                Files.move(live, kept);
            }
            for (String suffix : new String[] {"-wal", "-shm"}) {
                Path side = dataDir.resolve(Database.FILE_NAME + suffix);
                if (Files.exists(side)) {
                    Files.move(side, dataDir.resolve(kept.getFileName() + suffix));
                }
            }
            PrivateFiles.file(live);
            Files.copy(backup, live, StandardCopyOption.REPLACE_EXISTING);
            PrivateFiles.restrict(live);
            return kept;
        } catch (IOException e) {
            throw new StoreException("Could not restore " + backup + ": " + e.getMessage(), e);
        }
    }
}
