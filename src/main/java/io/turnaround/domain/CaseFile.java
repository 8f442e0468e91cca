package io.turnaround.domain;

import java.time.Instant;
import java.util.List;

/**
 * A whole escalation case: the aggregate the store saves and the exports read. Immutable, so a
 * snapshot can be handed from the UI to a background saver without copying or locking.
 *
 * @param id the store's id; 0 before the case is first saved
 */
public record CaseFile(
        long id,
        CaseHeader header,
        List<Party> parties,
        Listen listen,
        Empathize empathize,
        Ask ask,
        Produce produce,
        List<Fact> facts,
        Conclusions conclusions,
        Resolution resolution,
        Prevention prevention,
        Approval approval,
        List<Draft> drafts,
        Complaint complaint) {

    /** A case that is no regulated complaint. */
    public CaseFile(long id, CaseHeader header, List<Party> parties, Listen listen, Empathize empathize, Ask ask, Produce produce,
                    List<Fact> facts, Conclusions conclusions, Resolution resolution, Prevention prevention, Approval approval,
                    List<Draft> drafts) {
        this(id, header, parties, listen, empathize, ask, produce, facts, conclusions, resolution, prevention, approval, drafts,
                Complaint.NONE);
    }

    /** A case with nothing typed and not yet entered. */
    public CaseFile(long id, CaseHeader header, List<Party> parties, Listen listen, Empathize empathize, Ask ask, Produce produce,
                    List<Fact> facts, Conclusions conclusions, Resolution resolution, Prevention prevention, Approval approval) {
        this(id, header, parties, listen, empathize, ask, produce, facts, conclusions, resolution, prevention, approval, List.of());
    }

    public CaseFile {
        parties = Texts.copy(parties);
        listen = listen == null ? Listen.EMPTY : listen;
        empathize = empathize == null ? Empathize.EMPTY : empathize;
        ask = ask == null ? Ask.withStandingQuestions() : ask;
        produce = produce == null ? Produce.EMPTY : produce;
        facts = Texts.copy(facts);
        conclusions = conclusions == null ? Conclusions.EMPTY : conclusions;
        resolution = resolution == null ? Resolution.EMPTY : resolution;
        prevention = prevention == null ? Prevention.EMPTY : prevention;
        approval = approval == null ? Approval.EMPTY : approval;
        drafts = Draft.normalise(drafts);
        complaint = complaint == null ? Complaint.NONE : complaint;
    }

    /** A new, empty case as the manager starts a call. */
    public static CaseFile start(String reference, String subject, String customerOrganisation, Instant now) {
        CaseHeader header = new CaseHeader(reference, subject, customerOrganisation, CaseStatus.OPEN_ON_CALL, "", false, now, now, "");
        return new CaseFile(0, header, List.of(), null, null, null, null, List.of(), null, null, null, null);
    }

    public CaseFile withId(long value) {
        return new CaseFile(value, header, parties, listen, empathize, ask, produce, facts, conclusions, resolution, prevention, approval, drafts, complaint);
    }

    public CaseFile withHeader(CaseHeader value) {
        return new CaseFile(id, value, parties, listen, empathize, ask, produce, facts, conclusions, resolution, prevention, approval, drafts, complaint);
    }

    public CaseFile withParties(List<Party> value) {
        return new CaseFile(id, header, value, listen, empathize, ask, produce, facts, conclusions, resolution, prevention, approval, drafts, complaint);
    }

    public CaseFile withListen(Listen value) {
        return new CaseFile(id, header, parties, value, empathize, ask, produce, facts, conclusions, resolution, prevention, approval, drafts, complaint);
    }

    public CaseFile withEmpathize(Empathize value) {
        return new CaseFile(id, header, parties, listen, value, ask, produce, facts, conclusions, resolution, prevention, approval, drafts, complaint);
    }

    public CaseFile withAsk(Ask value) {
        return new CaseFile(id, header, parties, listen, empathize, value, produce, facts, conclusions, resolution, prevention, approval, drafts, complaint);
    }

    public CaseFile withProduce(Produce value) {
        return new CaseFile(id, header, parties, listen, empathize, ask, value, facts, conclusions, resolution, prevention, approval, drafts, complaint);
    }

    public CaseFile withFacts(List<Fact> value) {
        return new CaseFile(id, header, parties, listen, empathize, ask, produce, value, conclusions, resolution, prevention, approval, drafts, complaint);
    }

    public CaseFile withConclusions(Conclusions value) {
        return new CaseFile(id, header, parties, listen, empathize, ask, produce, facts, value, resolution, prevention, approval, drafts, complaint);
    }

    public CaseFile withResolution(Resolution value) {
        return new CaseFile(id, header, parties, listen, empathize, ask, produce, facts, conclusions, value, prevention, approval, drafts, complaint);
    }

    public CaseFile withPrevention(Prevention value) {
        return new CaseFile(id, header, parties, listen, empathize, ask, produce, facts, conclusions, resolution, value, approval, drafts, complaint);
    }

    public CaseFile withApproval(Approval value) {
        return new CaseFile(id, header, parties, listen, empathize, ask, produce, facts, conclusions, resolution, prevention, value, drafts, complaint);
    }

    /** What is typed in {@code field} and not yet entered ("" when nothing). */
    public String draft(DraftField field) {
        return Draft.in(drafts, field);
    }

    public CaseFile withDraft(DraftField field, String text) {
        return withDrafts(Draft.with(drafts, field, text));
    }

    public CaseFile withDrafts(List<Draft> value) {
        return new CaseFile(id, header, parties, listen, empathize, ask, produce, facts, conclusions, resolution, prevention, approval, value, complaint);
    }

    public CaseFile withComplaint(Complaint value) {
        return new CaseFile(id, header, parties, listen, empathize, ask, produce, facts, conclusions, resolution, prevention, approval, drafts, value);
    }
}
