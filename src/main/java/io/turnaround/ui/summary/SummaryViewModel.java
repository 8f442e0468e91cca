package io.turnaround.ui.summary;

import io.turnaround.domain.ApprovalRevision;
import io.turnaround.domain.CaseFile;
import io.turnaround.domain.Party;
import io.turnaround.export.EmailDraft;
import io.turnaround.export.Sender;
import io.turnaround.export.SummaryExporter;
import io.turnaround.ui.common.BackgroundTasks;
import io.turnaround.ui.common.CaseSession;
import io.turnaround.ui.common.DialogService;
import io.turnaround.ui.common.I18n;
import io.turnaround.ui.common.SettingsModel;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The customer summary of the open case: the covering text (drafted from the case, edited, kept as typed), which
 * revision to export, "Save PDF" and "Email to all parties". Exports run on the background worker.
 */
public final class SummaryViewModel {
    /** Where exported files go: private and written whole (the store's rules, wired in by the app). */
    public interface ExportFiles extends io.turnaround.ui.common.ExportFiles {
    }

    /** "As it stands now" (number null) or a revision that was sent. */
    public record RevisionChoice(Integer number, String label) {
        @Override
        public String toString() {
            return label;
        }
    }

    private final CaseSession session;
    private final SummaryExporter exporter;
    private final SettingsModel settings;
    private final Supplier<byte[]> logo;
    private final BackgroundTasks tasks;
    private final DialogService dialogs;
    private final ExportFiles files;
    private final Clock clock;
    private final I18n i18n;
    private final StringProperty cover = new SimpleStringProperty("");
    private final ObservableList<RevisionChoice> revisions = FXCollections.observableArrayList();
    private final ObservableList<String> phrases = FXCollections.observableArrayList();
    private final ObjectProperty<RevisionChoice> revision = new SimpleObjectProperty<>();
    private final BooleanProperty busy = new SimpleBooleanProperty(true);
    /** False while a sent revision is shown: its covering text is the one it was sent with. */
    private final BooleanProperty editable = new SimpleBooleanProperty(true);
    private String caseCover = "";
    private final StringProperty status = new SimpleStringProperty("");
    private boolean loaded;

    public SummaryViewModel(CaseSession session, SummaryExporter exporter, SettingsModel settings, Supplier<byte[]> logo,
                            BackgroundTasks tasks, DialogService dialogs, ExportFiles files, Clock clock, I18n i18n) {
        this.session = session;
        this.exporter = exporter;
        this.settings = settings;
        this.logo = logo;
        this.tasks = tasks;
        this.dialogs = dialogs;
        this.files = files;
        this.clock = clock;
        this.i18n = i18n;
        revision.addListener((o, was, now) -> showCoverOf(now == null ? null : now.number()));
        cover.addListener((o, was, now) -> {
            if (loaded && editable.get() && session.isWritable() && !now.equals(session.current().approval().coverText())) {
                // Part of the case, saved as typed like every other field: it is frozen with the next revision sent.
                session.update(c -> c.withApproval(c.approval().withCoverText(now)));
            }
        });
    }

    /** Fills the revision choices and the covering text: the one last edited, or a fresh draft. */
    public void load() {
        CaseFile c = session.current();
        revisions.setAll(new RevisionChoice(null, i18n.get("summary.choice.now")));
        DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(i18n.locale());
        ZoneId zone = clock.getZone();
        for (ApprovalRevision r : c.approval().revisions()) {
            revisions.add(new RevisionChoice(r.number(), i18n.get("summary.choice.revision", r.number(),
                    r.sentAt() == null ? "" : date.format(r.sentAt().atZone(zone)), i18n.of(r.response()))));
        }
        revision.set(revisions.get(0));
        editable.set(session.isWritable()); // an approved case's covering text is shown, not edited
        Sender sender = sender();
        // The covering text and the phrases are in the summary's language, whose words are read from disk: on the worker.
        tasks.run(() -> new CoverAndPhrases(exporter.cover(c, sender),
                exporter.coverLetter(exporter.language(c, sender)).positioningPhrases()), loadedText -> {
            phrases.setAll(loadedText.phrases());
            caseCover = loadedText.cover();
            cover.set(loadedText.cover());
            loaded = true;
            busy.set(false);
        }, this::failed);
    }

    private record CoverAndPhrases(String cover, List<String> phrases) {
    }

    /** A sent revision shows the covering text it was sent with, read-only; "as it stands" the case's own again. */
    private void showCoverOf(Integer number) {
        if (!loaded) {
            return;
        }
        if (number == null) {
            editable.set(session.isWritable());
            cover.set(caseCover);
            return;
        }
        if (editable.get()) {
            caseCover = cover.get();
        }
        editable.set(false);
        CaseFile c = session.current();
        Sender sender = sender();
        tasks.run(() -> exporter.summary(c, number, sender, null, clock.instant()).coverText(), text -> {
            if (!editable.get()) {
                cover.set(text);
            }
        }, this::failed);
    }

    /** "Draft again": asks first, as it replaces what was typed. */
    public void redraftIfConfirmed() {
        if (dialogs.confirm(i18n.get("summary.redraft"), i18n.get("summary.redraft.confirm"))) {
            redraft();
        }
    }

    /** Replaces the covering text with a new draft from the case as it stands. */
    public void redraft() {
        CaseFile c = session.current();
        busy.set(true);
        tasks.run(() -> draft(c), text -> {
            cover.set(text);
            busy.set(false);
        }, this::failed);
    }

    /** METHOD.md's positioning phrases in the summary's language; filled by {@link #load}. */
    public ObservableList<String> phrases() {
        return phrases;
    }

    /** A next contact in the past would be presented as "we will contact you again by …": said before exporting. */
    public String pastNextContact() {
        return session.current().produce().nextContact().filter(n -> n.dueAt().toInstant().isBefore(clock.instant()))
                .map(n -> i18n.get("summary.warning.past-contact", exporter.text().dateTime(n.dueAt()))).orElse("");
    }

    /** The parties an email cannot reach, with the reason: shown before the user sends anything. */
    public List<String> unreachable() {
        return session.current().parties().stream().filter(Party::receivesSummary)
                .filter(p -> EmailDraft.addressProblem(p.email(), exporter.text()).isPresent())
                .map(p -> name(p) + ": " + EmailDraft.addressProblem(p.email(), exporter.text()).orElseThrow())
                .toList();
    }

    /** Asks where to save the PDF, then writes it. */
    public CompletableFuture<Path> savePdf() {
        CaseFile c = session.current();
        Integer number = selectedNumber();
        CompletableFuture<Path> result = new CompletableFuture<>();
        // The proposed name needs the case projected (a JSON round trip): worked out on the worker, not here.
        tasks.run(() -> exporter.fileName(c, number), proposed -> dialogs.chooseSaveFile(i18n.get("summary.save.title"), proposed)
                .map(this::savePdf)
                .orElseGet(() -> CompletableFuture.completedFuture(null))
                .whenComplete((path, e) -> {
                    if (e == null) {
                        result.complete(path);
                    } else {
                        result.completeExceptionally(e);
                    }
                }), e -> {
                    failed(e);
                    result.completeExceptionally(e);
                });
        return result;
    }

    public CompletableFuture<Path> savePdf(Path target) {
        return export(pdf -> {
            files.write(target, pdf.bytes());
            return target;
        }, "summary.saved", false);
    }

    /** Writes the .eml draft beside the data and opens it with the desktop's mail program. */
    public CompletableFuture<Path> emailDraft() {
        return export(pdf -> {
            EmailDraft.Result draft = exporter.email(pdf);
            Path target = files.draftsFolder().resolve(pdf.fileName().replaceAll("\\.pdf$", ".eml"));
            files.write(target, draft.eml());
            return target;
        }, "summary.emailed", true);
    }

    private interface Export {
        Path write(SummaryExporter.Pdf pdf) throws IOException;
    }

    private CompletableFuture<Path> export(Export write, String doneKey, boolean open) {
        CaseFile c = session.current();
        Integer number = selectedNumber();
        String text = cover.get();
        Sender sender = sender();
        CompletableFuture<Path> result = new CompletableFuture<>();
        busy.set(true);
        status.set(i18n.get("summary.working"));
        // The fonts may still be loading: wait for them here, not on the worker that saves what is typed. They may
        // finish on their own thread: the export is handed to the worker from the UI thread, as every task is.
        exporter.ready().whenComplete((ready, fontError) -> tasks.onUi(() -> tasks.run(() -> write.write(exporter.pdf(c, number, sender,
                logo.get(), text, clock.instant())), path -> {
            busy.set(false);
            status.set(i18n.get(doneKey, path));
            session.logAction(open ? "summary.emailed" : "summary.exported", path.getFileName().toString());
            if (open) {
                dialogs.openFile(path);
            }
            result.complete(path);
        }, e -> {
            failed(e);
            result.completeExceptionally(e);
        })));
        return result;
    }

    private void failed(Throwable e) {
        busy.set(false);
        status.set("");
        dialogs.showError(i18n.get("summary.failed"), String.valueOf(e.getMessage()));
    }

    private String draft(CaseFile c) {
        return exporter.coverLetter(exporter.language(c, sender())).draft(c, sender());
    }

    private Sender sender() {
        return Sender.of(settings.get());
    }

    /** Who signs the covering letter, shown before anything is sent; empty when nobody is named. */
    public String signer() {
        Sender signer = sender().signingFor(session.current());
        return signer.hasSigner() ? String.join(", ", signer.signatureLines()) : "";
    }

    /** The address the email draft is sent from (the manager's, in Settings); empty when none is set. */
    public String senderAddress() {
        return sender().email();
    }

    private Integer selectedNumber() {
        return revision.get() == null ? null : revision.get().number();
    }

    private static String name(Party p) {
        return p.name().isBlank() ? p.role() : p.name();
    }

    public StringProperty coverProperty() {
        return cover;
    }

    public ObservableList<RevisionChoice> revisions() {
        return revisions;
    }

    public ObjectProperty<RevisionChoice> revisionProperty() {
        return revision;
    }

    public BooleanProperty editableProperty() {
        return editable;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public StringProperty statusProperty() {
        return status;
    }

    public String reference() {
        return session.current().header().reference();
    }
}
