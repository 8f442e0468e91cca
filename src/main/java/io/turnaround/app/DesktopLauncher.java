package io.turnaround.app;

import io.turnaround.store.Backups;
import io.turnaround.store.DamagedFileException;
import io.turnaround.store.Database;
import io.turnaround.store.InstanceLock;
import io.turnaround.ui.common.I18n;
import io.turnaround.ui.recovery.RecoveryDialog;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * Starts the window. The case file (and logging) open on their own thread while the JavaFX
 * toolkit starts, so neither waits for the other and the FX thread never touches the disk.
 * When the file cannot be opened, the user chooses what to do: a backup, another folder, or quit.
 */
public final class DesktopLauncher {
    /** Callbacks from the opener thread and the single-instance socket hop onto the FX thread here. */
    private static final io.turnaround.ui.common.UiThread UI = io.turnaround.ui.common.UiThread.fx();
    private final LaunchOptions options;
    private final long jvmStart;
    /** When the stages of this start were reached ({@code --measure-startup} prints them). */
    private final StartupTimeline timeline;
    /** The current window's listener for later starts (on the FX thread only). */
    private Optional<SingleInstance> listening = Optional.empty();

    private DesktopLauncher(LaunchOptions options, long jvmStart) {
        this.options = options;
        this.jvmStart = jvmStart;
        this.timeline = new StartupTimeline(jvmStart);
    }

    /** The team library chosen in the window last time, if any (read before the window starts, off the FX thread). */
    public static Optional<String> rememberedLibrary(Path dataDir) {
        return LibraryChoice.read(dataDir);
    }

    public static void launch(LaunchOptions options, Path dataDir) {
        DesktopLauncher launcher = new DesktopLauncher(options, ManagementFactory.getRuntimeMXBean().getStartTime());
        Opening first = (options.database() != null ? Opening.team(dataDir, options.database(), null, false)
                : Opening.start(dataDir, null, false)).placedAt(WindowPlacement.read(dataDir));
        if (!first.writable() && SingleInstance.handOver(dataDir)) {
            System.out.println("Turnaround is already open on " + dataDir + ": its window was brought forward.");
            return;
        }
        Platform.setImplicitExit(false);
        launcher.timeline.mark("toolkit-starting");
        first.db().thenRun(() -> launcher.timeline.mark("library-open"));
        Platform.startup(() -> launcher.show(first));
    }

    /**
     * One attempt to open a data folder: its lock (when this is the only Turnaround on it), the case file, and the
     * check of every page of it that follows the opening (fails with {@link DamagedFileException}).
     */
    private record Opening(Path dataDir, Optional<InstanceLock> lock, CompletableFuture<Database> db,
                           CompletableFuture<List<Path>> backupsIfFailed, CompletableFuture<Void> intact, String address,
                           WindowPlacement placement, CompletableFuture<Void> listDrawn) {

        /**
         * Starts opening on its own thread; with {@code restore}, first puts that backup in place of the case file; with
         * {@code forgetTeam}, the team library chosen before is forgotten (View › Team database… › This computer only).
         */
        static Opening start(Path dataDir, Path restore, boolean forgetTeam) {
            // One writer per data folder: a second window only reads, and says so in its title.
            Optional<InstanceLock> lock = InstanceLock.tryAcquire(dataDir);
            boolean writable = lock.isPresent();
            CompletableFuture<Database> db = new CompletableFuture<>();
            CompletableFuture<List<Path>> backups = new CompletableFuture<>();
            CompletableFuture<Void> intact = new CompletableFuture<>();
            CompletableFuture<Void> listDrawn = new CompletableFuture<>();
            // Not BackgroundTasks: the case file opens before any window (and its worker) exists, while the first frame is drawn.
            Thread opener = new Thread(() -> {
                // The window's texts, read here while the toolkit starts (the window then finds them read).
                I18n.preload(Locale.getDefault());
                try {
                    if (forgetTeam) {
                        LibraryChoice.forget(dataDir);
                    }
                    if (restore != null && writable) {
                        new Backups(dataDir).restore(restore, LocalDateTime.now());
                    }
                    Database opened = writable ? Database.openIn(dataDir) : Database.openReadOnly(dataDir);
                    if (writable) {
                        SampleCase.installOnFirstRun(opened, Clock.systemDefaultZone());
                    }
                    readFirstScreen(opened);
                    db.complete(opened);
                    if (writable) {
                        // The window is up meanwhile; a damaged file is not copied over a good backup. Reading the whole
                        // file (seconds at 100,000 cases) waits until the list is drawn: on two cores it would otherwise
                        // compete with the first frame.
                        awaitQuietly(listDrawn, 10);
                        opened.verify();
                        intact.complete(null);
                        dailyBackup(opened, dataDir);
                    }
                } catch (DamagedFileException e) {
                    backups.complete(backupsOf(dataDir));
                    db.completeExceptionally(e);
                    intact.completeExceptionally(e);
                } catch (RuntimeException | IOException e) {
                    backups.complete(backupsOf(dataDir));
                    db.completeExceptionally(e);
                    intact.complete(null); // nothing to check: the opening's own failure is reported
                }
            }, "turnaround-open");
            opener.setDaemon(true);
            opener.start();
            return new Opening(dataDir, lock, db, backups, intact, null, null, listDrawn);
        }

        /**
         * A team library: connected on its own thread while the window comes up. No lock (the server serialises the
         * writers), no local backups (the database has its own), and the data folder still holds attachments and logs.
         */
        static Opening team(Path dataDir, String address, char[] password, boolean remember) {
            CompletableFuture<Database> db = new CompletableFuture<>();
            Thread opener = new Thread(() -> {
                try {
                    // Used on this computer before: its journal and the cases read recently let the window open offline.
                    boolean usedHere = java.nio.file.Files.exists(io.turnaround.store.OfflineJournal.file(dataDir,
                            io.turnaround.store.PostgresLibrary.name(address)));
                    Database opened = usedHere ? io.turnaround.store.PostgresLibrary.connectOrOffline(address, password)
                            : io.turnaround.store.PostgresLibrary.connect(address, password);
                    if (remember) {
                        LibraryChoice.remember(dataDir, address); // only once it opened: a wrong address is not kept
                    }
                    db.complete(opened);
                } catch (RuntimeException | IOException e) {
                    db.completeExceptionally(e);
                }
            }, "turnaround-open");
            opener.setDaemon(true);
            opener.start();
            return new Opening(dataDir, Optional.empty(), db, CompletableFuture.completedFuture(List.of()),
                    CompletableFuture.completedFuture(null), address, null, new CompletableFuture<>());
        }

        boolean writable() {
            return lock.isPresent() || address != null;
        }

        /** The same opening, to show where the window was last time (read on the launching thread, not the FX thread). */
        Opening placedAt(Optional<WindowPlacement> where) {
            return new Opening(dataDir, lock, db, backupsIfFailed, intact, address, where.orElse(null), listDrawn);
        }

        /** Waits at most {@code seconds} for {@code event}; goes on either way. */
        private static void awaitQuietly(CompletableFuture<Void> event, int seconds) {
            try {
                event.get(seconds, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                // the check goes ahead regardless
            }
        }
    }

    private void show(Opening opening) {
        timeline.mark("toolkit-started");
        Stage stage = new Stage();
        // A later start on this folder brings this window forward instead of opening a second one.
        listening.ifPresent(SingleInstance::close);
        Optional<SingleInstance> listener = opening.writable() ? SingleInstance.listen(opening.dataDir(), () -> UI.execute(() -> {
            stage.setIconified(false);
            stage.show();
            stage.toFront();
            stage.requestFocus();
        })) : Optional.empty();
        listening = listener;
        Runnable exit = () -> {
            listener.ifPresent(SingleInstance::close);
            opening.db().thenAccept(Database::close);
            opening.lock().ifPresent(InstanceLock::close);
            Platform.exit();
        };
        TurnaroundWindow window = TurnaroundWindow.open(stage, opening.db(), opening.dataDir(), Clock.systemDefaultZone(),
                Locale.getDefault(), exit, opening.writable(), opening.placement());
        timeline.mark("window-shown");
        // Another library, or this one restored from a backup: everything typed is saved (the window flushed first), and
        // this window lets go of its library before the next one opens.
        java.util.function.Consumer<java.util.function.Supplier<Opening>> reopen = next -> {
            Optional<WindowPlacement> here = Optional.of(WindowPlacement.of(window.stage()));
            listener.ifPresent(SingleInstance::close);
            listening = Optional.empty();
            window.stage().hide();
            window.release();
            opening.db().thenAccept(Database::close);
            opening.lock().ifPresent(InstanceLock::close);
            show(next.get().placedAt(here));
        };
        window.onSwitchLibrary(opening.address() == null ? "" : opening.address(), choice -> reopen.accept(() ->
                choice instanceof io.turnaround.ui.library.TeamDatabaseDialog.Team team
                        ? Opening.team(opening.dataDir(), team.address(), team.password(), true)
                        : Opening.start(opening.dataDir(), null, true)));
        window.onRestore(backup -> reopen.accept(() -> Opening.start(opening.dataDir(), backup, false)));
        // The list drawn (a second after its rows arrive): the check of the whole file may start.
        Runnable drawn = () -> {
            javafx.animation.PauseTransition settle = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(1));
            settle.setOnFinished(e -> {
                opening.listDrawn().complete(null);
                IdleHeapReturn.arm();
            });
            settle.play();
        };
        if (window.viewModel().loadedProperty().get()) {
            drawn.run();
        } else {
            window.viewModel().loadedProperty().addListener((o, was, loaded) -> {
                if (loaded && !opening.listDrawn().isDone()) {
                    drawn.run();
                }
            });
        }
        opening.db().whenComplete((ok, failure) -> {
            if (failure != null) {
                opening.backupsIfFailed().thenAccept(backups -> UI.execute(() -> recover(failure, opening, backups, window)));
            }
        });
        // Found damaged after the window opened: the file is closed before the user chooses what to do.
        opening.intact().whenComplete((ok, damage) -> {
            if (damage != null && !opening.db().isCompletedExceptionally()) {
                opening.backupsIfFailed().thenAccept(backups -> UI.execute(() -> {
                    window.withdrawFile();
                    opening.db().join().close();
                    recover(damage, opening, backups, window);
                }));
            }
        });
        if (options.measureStartup()) {
            StartupProbe.printWhenShown(window, timeline);
        } else if (options.measureListMemory()) {
            StartupProbe.scrollListThenPrintMemory(window);
        }
    }

    /**
     * Reads the list's first screen (the count and the newest page) once, while the window is still being built: its
     * pages are then in the connection's cache when the window asks. On 100,000 cases that first read took 40–60 ms
     * between the window being built and its list drawn; here it takes place beside the building, on the other core.
     */
    private static void readFirstScreen(Database opened) {
        try {
            var cases = new io.turnaround.store.CaseRepository(opened, Clock.systemUTC());
            cases.count(io.turnaround.domain.CaseQuery.ALL);
            cases.page(io.turnaround.domain.CaseQuery.ALL, null, 0, FIRST_SCREEN);
        } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(DesktopLauncher.class).debug("The first screen was not read ahead", e);
        }
    }

    /** As many cases as the list reads in a page. */
    private static final int FIRST_SCREEN = 200;

    /** The case file cannot be used: say why, and do what the user chooses. The file itself was not touched. */
    private void recover(Throwable failure, Opening opening, List<Path> backups, TurnaroundWindow window) {
        window.stage().hide();
        listening.ifPresent(SingleInstance::close);
        opening.lock().ifPresent(InstanceLock::close);
        Throwable cause = failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        if (opening.address() != null) {
            // A team library: no backups of ours to offer; the address, a password, or this computer's cases instead.
            var next = window.askAfterTeamFailure(opening.address(), cause.getMessage());
            window.release();
            if (next.isEmpty()) {
                Platform.exit();
            } else if (next.get() instanceof io.turnaround.ui.library.TeamDatabaseDialog.Team team) {
                show(Opening.team(opening.dataDir(), team.address(), team.password(), true));
            } else {
                show(Opening.start(opening.dataDir(), null, true));
            }
            return;
        }
        RecoveryDialog.Choice choice = RecoveryDialog.ask(cause.getMessage(), opening.dataDir(), backups, new I18n(Locale.getDefault()));
        if (choice instanceof RecoveryDialog.RestoreBackup restore) {
            show(Opening.start(opening.dataDir(), restore.backup(), false));
        } else if (choice instanceof RecoveryDialog.OtherFolder other) {
            show(Opening.start(other.folder(), null, opening.address() != null && other.folder().equals(opening.dataDir())));
        } else {
            Platform.exit();
        }
    }

    private static List<Path> backupsOf(Path dataDir) {
        try {
            return new Backups(dataDir).list();
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    /** The daily copy, made on the opening thread so nothing waits for it; a failure is logged, never fatal. */
    private static void dailyBackup(Database db, Path dataDir) {
        try {
            new Backups(dataDir).backupIfDue(db, java.time.LocalDate.now());
        } catch (RuntimeException e) {
            org.slf4j.LoggerFactory.getLogger(DesktopLauncher.class).warn("The daily backup failed: {}", e.getClass().getSimpleName());
        }
    }
}
