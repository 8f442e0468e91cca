package io.turnaround.ui.wizard;

import io.turnaround.domain.Step;
import io.turnaround.ui.approval.ApprovalView;
import io.turnaround.ui.approval.ApprovalViewModel;
import io.turnaround.ui.ask.AskView;
import io.turnaround.ui.ask.AskViewModel;
import io.turnaround.ui.common.CaseSession;
import io.turnaround.ui.common.Forms;
import io.turnaround.ui.common.I18n;
import io.turnaround.ui.conclusions.ConclusionsView;
import io.turnaround.ui.conclusions.ConclusionsViewModel;
import io.turnaround.ui.empathize.EmpathizeView;
import io.turnaround.ui.empathize.EmpathizeViewModel;
import io.turnaround.ui.empathize.ReflectTemplates;
import io.turnaround.ui.facts.FactsView;
import io.turnaround.ui.facts.FactFiles;
import io.turnaround.ui.facts.FactsViewModel;
import io.turnaround.ui.common.DialogService;
import io.turnaround.ui.listen.ListenView;
import io.turnaround.ui.listen.ListenViewModel;
import io.turnaround.ui.prevention.PreventionView;
import io.turnaround.ui.prevention.PreventionViewModel;
import io.turnaround.ui.produce.ProduceView;
import io.turnaround.ui.produce.ProduceViewModel;
import io.turnaround.ui.produce.Workload;
import io.turnaround.ui.resolution.ResolutionView;
import io.turnaround.ui.resolution.ResolutionViewModel;
import io.turnaround.domain.Settings;
import io.turnaround.export.Sender;
import io.turnaround.export.SummaryExporter;
import java.time.Clock;
import java.util.function.Supplier;
import javafx.scene.Node;

/** Creates the view and view model of each step for one open case. */
public final class StepFactory {
    private final I18n i18n;
    private final Forms forms;
    private final Clock clock;
    /** The Empathize step's phrasings, read when that step is first shown. */
    private ReflectTemplates templates;
    private final Workload workload;
    private final Supplier<Settings> settings;
    private final SummaryExporter exporter;

    private final FactFiles factFiles;
    private final DialogService dialogs;

    private final java.util.function.Consumer<io.turnaround.ui.common.CaseSession> openSummary;
    private final Supplier<io.turnaround.domain.ComplaintRules> complaintRules;
    /** Drafts a complaint letter of the case (the summary dialog, ready for that letter). */
    private final java.util.function.BiConsumer<CaseSession, io.turnaround.domain.LetterKind> draftLetter;

    public StepFactory(I18n i18n, Clock clock, Workload workload, Supplier<Settings> settings, FactFiles factFiles,
                       DialogService dialogs, SummaryExporter exporter,
                       java.util.function.Consumer<io.turnaround.ui.common.CaseSession> openSummary,
                       Supplier<io.turnaround.domain.ComplaintRules> complaintRules,
                       java.util.function.BiConsumer<CaseSession, io.turnaround.domain.LetterKind> draftLetter) {
        this.complaintRules = complaintRules;
        this.draftLetter = draftLetter;
        this.exporter = exporter;
        this.openSummary = openSummary;
        this.factFiles = factFiles;
        this.dialogs = dialogs;
        this.i18n = i18n;
        this.forms = new Forms(i18n);
        this.clock = clock;
        this.workload = workload;
        this.settings = settings;
    }

    private ReflectTemplates templates() {
        if (templates == null) {
            templates = new ReflectTemplates(i18n.locale());
        }
        return templates;
    }

    /** The case's complaint record: its fields, deadlines and letters (the header's line and Case › Complaint record). */
    public io.turnaround.ui.complaint.ComplaintViewModel complaint(CaseSession s) {
        // One for the open case: the header's line, the record's dialog and the Approval step share it (and its listeners).
        if (complaint == null || complaint.session() != s) {
            complaint = new io.turnaround.ui.complaint.ComplaintViewModel(s, complaintRules, clock, i18n);
        }
        return complaint;
    }

    /** The open case's complaint record (only the latest case's is kept). */
    private io.turnaround.ui.complaint.ComplaintViewModel complaint;

    /** Opens the complaint record of the case over {@code owner}; edits save as they are typed. */
    public void showComplaint(javafx.stage.Window owner, io.turnaround.ui.complaint.ComplaintViewModel vm) {
        new io.turnaround.ui.complaint.ComplaintDialog(owner, vm, i18n, kind -> draftLetter.accept(vm.session(), kind)).showAndWait();
    }

    /** The Approval step of a regulated complaint also lists what its rules still require before the final response. */
    private Node withComplaintChecks(Node approval, CaseSession s) {
        var checks = new io.turnaround.ui.complaint.ComplaintChecksPane(s, complaintRules, clock, i18n,
                () -> showComplaint(approval.getScene() == null ? null : approval.getScene().getWindow(), complaint(s)));
        return io.turnaround.ui.common.Gap.M.vbox(checks, approval);
    }

    public Node create(Step step, CaseSession s) {
        Node view = switch (step) {
            case LISTEN -> new ListenView(new ListenViewModel(s, clock), i18n, forms);
            case EMPATHIZE -> new EmpathizeView(new EmpathizeViewModel(s, clock, templates()), i18n, forms);
            case ASK -> new AskView(new AskViewModel(s), i18n, forms);
            case PRODUCE -> new ProduceView(new ProduceViewModel(s, clock, workload, settings), i18n, forms);
            case FACTS -> new FactsView(new FactsViewModel(s, factFiles, clock.getZone()), i18n, forms, dialogs);
            case CONCLUSIONS -> new ConclusionsView(new ConclusionsViewModel(s), i18n, forms);
            case RESOLUTION -> new ResolutionView(new ResolutionViewModel(s), i18n, forms);
            case PREVENTION -> new PreventionView(new PreventionViewModel(s, clock), i18n, forms);
            case APPROVAL -> withComplaintChecks(new ApprovalView(new ApprovalViewModel(s, clock, c -> exporter.freeze(c,
                    Sender.of(settings.get()))), i18n, forms, () -> openSummary.accept(s)), s);
        };
        view.setId("step-" + step.name().toLowerCase(java.util.Locale.ROOT));
        return view;
    }
}
