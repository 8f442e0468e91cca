package io.turnaround.ui.files;

import io.turnaround.domain.CaseFile;
import io.turnaround.export.CaseFormatException;
import io.turnaround.export.CaseJson;
import io.turnaround.store.CaseStore;
import io.turnaround.store.StoreException;
import io.turnaround.ui.common.BackgroundTasks;
import io.turnaround.ui.common.DialogService;
import io.turnaround.ui.common.I18n;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.function.LongConsumer;

/**
 * The File menu's commands on files, as the command line has them: import a case from JSON (the same checks and
 * messages as {@code turnaround import}), export one to JSON, open the data folder. Files are read and written on the
 * background worker; questions and answers go through the dialogs.
 */
public final class FileCommands {
    private final CaseStore cases;
    private final LibraryFiles files;
    private final BackgroundTasks tasks;
    private final DialogService dialogs;
    private final I18n i18n;
    private final LongConsumer open;
    /** Made on first use, on the worker: building its JSON mappers took some 30 ms of the window's start. */
    private CaseJson json;

    private CaseJson json() {
        if (json == null) {
            json = new CaseJson();
        }
        return json;
    }

    /** @param open opens a case in the window by its id (after an import) */
    public FileCommands(CaseStore cases, LibraryFiles files, BackgroundTasks tasks, DialogService dialogs, I18n i18n, LongConsumer open) {
        this.cases = cases;
        this.files = files;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.i18n = i18n;
        this.open = open;
    }

    /** A case the file's contents could not become: its name and why, as the command line says it. */
    static final class ImportRefused extends RuntimeException {
        ImportRefused(String message) {
            super(message);
        }
    }

    /** File › Import case…: asks for the file; the case is stored as new and opened. Completes with its id (or null). */
    public CompletableFuture<Long> importCase() {
        return dialogs.chooseFile(i18n.get("files.import.title")).map(this::importCase).orElse(CompletableFuture.completedFuture(null));
    }

    CompletableFuture<Long> importCase(Path file) {
        return tasks.run(() -> {
            String text;
            try {
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new ImportRefused(i18n.get("files.import.unreadable", file.getFileName(), e.getMessage()));
            }
            CaseFile parsed;
            try {
                parsed = json().read(text);
            } catch (CaseFormatException e) {
                throw new ImportRefused(file.getFileName() + ": " + e.getMessage().replaceAll("\\s+", " ").strip());
            }
            CaseFile stored = cases.create(parsed.withId(0));
            return new CaseFile[] {parsed, stored};
        }, both -> {
            open.accept(both[1].id());
            String wanted = both[0].header().reference();
            if (!wanted.isBlank() && !wanted.equals(both[1].header().reference())) {
                dialogs.inform(i18n.get("files.import.title"), i18n.get("files.import.renumbered", wanted, both[1].header().reference()));
            }
        }, failure -> dialogs.showError(i18n.get("files.import.failed"), reason(failure))).thenApply(both -> both[1].id());
    }

    /**
     * File › Complaint register…: the register of the period written where the user chooses, its summary by product and
     * category beside it ("-summary.csv"). Completes with the register's file (or null when the user cancelled).
     */
    public CompletableFuture<Path> complaintRegister(LocalDate from, LocalDate to, io.turnaround.domain.ComplaintRules rules) {
        String proposed = "complaint-register-" + from + "-to-" + to + ".csv";
        return dialogs.chooseSaveFile(i18n.get("register.title"), proposed).map(target -> tasks.run(() -> {
            var register = io.turnaround.domain.ComplaintRegister.of(cases.complaints(), from, to, rules);
            String name = target.getFileName().toString();
            int dot = name.lastIndexOf('.');
            Path summary = target.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + "-summary.csv");
            try {
                Files.writeString(target, io.turnaround.export.RegisterCsv.rows(register), StandardCharsets.UTF_8);
                Files.writeString(summary, io.turnaround.export.RegisterCsv.summary(register), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(i18n.get("files.export.unwritable", target, e.getMessage()), e);
            }
            return new Object[] {target, register.rows().size(), summary};
        }, done -> dialogs.inform(i18n.get("register.title"), i18n.get("register.done", done[1], done[0], done[2])),
                failure -> dialogs.showError(i18n.get("register.title"), reason(failure))).thenApply(done -> (Path) done[0]))
                .orElse(CompletableFuture.completedFuture(null));
    }

    /** File › Export case…: asks where, proposing the reference as the name; writes the case format's JSON there. */
    public CompletableFuture<Path> exportCase(long id, String reference) {
        return dialogs.chooseSaveFile(i18n.get("files.export.title"), reference + ".json").map(target -> exportCase(id, target))
                .orElse(CompletableFuture.completedFuture(null));
    }

    CompletableFuture<Path> exportCase(long id, Path target) {
        return tasks.run(() -> {
            CaseFile c = cases.load(id).orElseThrow(() -> new StoreException(i18n.get("files.export.gone")));
            try {
                Files.writeString(target, json().write(c), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(i18n.get("files.export.unwritable", target, e.getMessage()), e);
            }
            return target;
        }, written -> dialogs.inform(i18n.get("files.export.title"), i18n.get("files.export.done", written)),
                failure -> dialogs.showError(i18n.get("files.export.failed"), reason(failure)));
    }

    /**
     * File › Hand over to a colleague… (a team library): asks for the colleague's role and makes the case theirs; the
     * colleague's window says so at once. Completes with whether it was handed over.
     */
    public CompletableFuture<Boolean> handOver(long id, String reference) {
        java.util.Optional<String> role = dialogs.editText(i18n.get("files.handover.title"), i18n.get("files.handover.question", reference), "")
                .map(String::strip).filter(r -> !r.isEmpty());
        if (role.isEmpty()) {
            return CompletableFuture.completedFuture(false);
        }
        return tasks.run(() -> cases.reassign(id, role.get()), done -> {
            if (done) {
                dialogs.inform(i18n.get("files.handover.title"), i18n.get("files.handover.done", reference, role.get()));
            }
        }, failure -> dialogs.showError(i18n.get("files.handover.failed"), reason(failure)));
    }

    /** File › Open data folder: in the desktop's file manager. */
    public void openDataFolder() {
        dialogs.openFile(files.dataFolder());
    }

    public LibraryFiles files() {
        return files;
    }

    private static String reason(Throwable failure) {
        Throwable t = failure instanceof java.util.concurrent.CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }
}
