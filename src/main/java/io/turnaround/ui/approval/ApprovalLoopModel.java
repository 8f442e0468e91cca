package io.turnaround.ui.approval;

import io.turnaround.domain.ApprovalFlow;
import io.turnaround.domain.ApprovalResponse;
import io.turnaround.domain.ApprovalRevision;
import io.turnaround.domain.ApprovalWarning;
import io.turnaround.domain.CaseFile;
import io.turnaround.export.CustomerView;
import io.turnaround.export.RevisionDiff;
import io.turnaround.ui.common.CaseSession;
import java.time.Clock;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The approval loop as the Approval screen drives it: warnings before sending, sending a frozen
 * revision, recording the customer's answer, reopening an approved case, comparing revisions.
 */
public final class ApprovalLoopModel {
    private final CaseSession session;
    private final Clock clock;
    private final Freezer freezer;
    private final ObservableList<ApprovalWarning> warnings = FXCollections.observableArrayList();
    private final ObservableList<ApprovalRevision> revisions = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper canSend = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canAnswer = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canReopen = new ReadOnlyBooleanWrapper();

    /** Freezes what sending the case now would send: every part its document shows, the covering text included. */
    @FunctionalInterface
    public interface Freezer {
        CustomerView.FrozenRevision freeze(CaseFile c);
    }

    public ApprovalLoopModel(CaseSession session, Clock clock, Freezer freezer) {
        this.session = session;
        this.clock = clock;
        this.freezer = freezer;
        refresh(session.current());
        session.currentProperty().addListener((o, a, c) -> refresh(c));
    }

    private void refresh(CaseFile c) {
        warnings.setAll(ApprovalFlow.warnings(c));
        if (!revisions.equals(c.approval().revisions())) {
            revisions.setAll(c.approval().revisions());
        }
        boolean pending = ApprovalFlow.pending(c).isPresent();
        canSend.set(!pending && !ApprovalFlow.isReadOnly(c));
        canAnswer.set(pending);
        canReopen.set(ApprovalFlow.isReadOnly(c));
    }

    /** Freezes the whole customer document as the next revision; warnings never block it. */
    public void send() {
        if (canSend.get()) {
            CustomerView.FrozenRevision frozen = freezer.freeze(session.current());
            // The covering text sent (drafted, if none was typed) becomes the case's: the case as sent is that revision.
            session.updateWorkflow(c -> ApprovalFlow.send(c.withApproval(c.approval().withCoverText(frozen.coverText())),
                    frozen.content(), frozen.sha256(), clock.instant()));
            session.logAction("sent", "revision " + session.current().approval().latest().orElseThrow().number());
        }
    }

    /** Records the customer's answer; returns a bundle key naming what is wrong, or null when recorded. */
    public String answer(ApprovalResponse response, String responderPartyId, String comments) {
        if (!canAnswer.get()) {
            return "approval.error.nothing-pending";
        }
        if (response == null || response == ApprovalResponse.PENDING) {
            return "approval.error.no-response";
        }
        if (responderPartyId == null) {
            return "approval.error.no-responder";
        }
        try {
            session.updateWorkflow(c -> ApprovalFlow.respond(c, response, responderPartyId, clock.instant(), comments));
        } catch (IllegalArgumentException e) {
            return "approval.error.responder-side";
        }
        session.logAction("answered", "revision " + session.current().approval().latest().orElseThrow().number() + ": " + response);
        return null;
    }

    /** Makes an approved case editable again; logged. The next send is a new revision. */
    public void reopen() {
        if (canReopen.get()) {
            session.updateWorkflow(ApprovalFlow::reopen);
            session.logAction("reopened", "after revision " + session.current().approval().latest().orElseThrow().number());
        }
    }

    /** What changed from one revision to another. */
    public List<RevisionDiff.Change> diff(ApprovalRevision older, ApprovalRevision newer) {
        return RevisionDiff.between(older.frozenContent(), newer.frozenContent());
    }

    public ObservableList<ApprovalWarning> warnings() {
        return warnings;
    }

    public ObservableList<ApprovalRevision> revisions() {
        return revisions;
    }

    public ReadOnlyBooleanProperty canSendProperty() {
        return canSend.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canAnswerProperty() {
        return canAnswer.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canReopenProperty() {
        return canReopen.getReadOnlyProperty();
    }
}
