package io.turnaround.ui.complaint;

import io.turnaround.domain.CaseFile;
import io.turnaround.domain.ComplaintRules;
import io.turnaround.domain.LetterChecks;
import io.turnaround.domain.LetterKind;
import io.turnaround.export.ComplaintLetter;
import io.turnaround.export.EmailDraft;
import io.turnaround.export.Sender;
import io.turnaround.export.SummaryExporter;
import io.turnaround.ui.common.BackgroundTasks;
import io.turnaround.ui.common.CaseSession;
import io.turnaround.ui.common.DialogService;
import io.turnaround.ui.common.I18n;
import java.nio.file.Path;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One complaint letter being prepared: drafted from the case on the worker, its text editable, what the rules still
 * require listed as it is edited, saved as a PDF or an email draft, and recorded as sent (which stops its clock).
 */
public final class LetterViewModel {
    private final CaseSession session;
    private final LetterKind kind;
    private final SummaryExporter exporter;
    private final Supplier<ComplaintRules> rules;
    private final Supplier<Sender> sender;
    private final Supplier<byte[]> logo;
    private final BackgroundTasks tasks;
    private final DialogService dialogs;
    private final io.turnaround.ui.common.ExportFiles files;
    private final Clock clock;
    private final I18n i18n;
    private final StringProperty body = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty ready = new SimpleBooleanProperty();
    private final ObservableList<String> warnings = FXCollections.observableArrayList();
    private ComplaintLetter drafted;

    public LetterViewModel(CaseSession session, LetterKind kind, SummaryExporter exporter, Supplier<ComplaintRules> rules,
                           Supplier<Sender> sender, Supplier<byte[]> logo, BackgroundTasks tasks, DialogService dialogs,
                           io.turnaround.ui.common.ExportFiles files, Clock clock, I18n i18n) {
        this.session = session;
        this.kind = kind;
        this.exporter = exporter;
        this.rules = rules;
        this.sender = sender;
        this.logo = logo;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.files = files;
        this.clock = clock;
        this.i18n = i18n;
        body.addListener((o, was, now) -> check());
    }

    /** Drafts the letter from the case as it stands (on the worker: it projects the case). */
    public CompletableFuture<?> draft() {
        CaseFile c = session.current();
        ComplaintRules r = rules.get();
        Sender from = sender.get();
        return tasks.run(() -> exporter.letter(c, kind, r, from, clock.instant()), letter -> {
            drafted = letter;
            body.set(letter.body());
            ready.set(true);
            check();
        });
    }

    private void check() {
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(i18n.locale());
        warnings.setAll(LetterChecks.before(kind, session.current(), body.get(), rules.get(), clock.instant()).stream()
                .map(w -> i18n.get("complaint.check." + w.key(), w.date() == null ? "" : date.format(w.date()))).toList());
    }

    /** Save as PDF…: asks where, then renders the letter as edited. */
    public void savePdf() {
        ComplaintLetter letter = drafted.withBody(body.get());
        dialogs.chooseSaveFile(i18n.get("letter.dialog.save"), letter.fileName()).ifPresent(target -> {
            byte[] image = logo.get();
            exporter.ready().whenComplete((x, e) -> tasks.onUi(() -> tasks.run(() -> {
                files.write(target, exporter.letterPdf(letter, image));
                return target;
            }, path -> status.set(i18n.get("letter.dialog.saved", path.getFileName())), failed -> status.set(failed.getMessage()))));
        });
    }

    /** Email draft…: the letter's PDF attached to a draft for the people chosen on the case, opened in the mail program. */
    public CompletableFuture<Path> emailDraft() {
        ComplaintLetter letter = drafted.withBody(body.get());
        byte[] image = logo.get();
        CompletableFuture<Path> done = new CompletableFuture<>();
        exporter.ready().whenComplete((x, e) -> tasks.onUi(() -> tasks.run(() -> {
            byte[] pdf = exporter.letterPdf(letter, image);
            EmailDraft.Result draft = exporter.letterEmail(letter, pdf);
            Path target = files.draftsFolder().resolve(letter.fileName().replaceAll("\\.pdf$", ".eml"));
            files.write(target, draft.eml());
            return target;
        }, path -> {
            status.set(i18n.get("letter.dialog.emailed", path.getFileName()));
            dialogs.openFile(path);
            done.complete(path);
        }, failed -> {
            status.set(failed.getMessage());
            done.completeExceptionally(failed);
        })));
        return done;
    }

    /** Records the letter as sent now: its deadline is met. */
    public void markSent() {
        session.update(c -> c.withComplaint(c.complaint().withLetterSent(kind, clock.instant())));
        check();
    }

    public LetterKind kind() {
        return kind;
    }

    public StringProperty bodyProperty() {
        return body;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public BooleanProperty readyProperty() {
        return ready;
    }

    public ObservableList<String> warnings() {
        return warnings;
    }
}
