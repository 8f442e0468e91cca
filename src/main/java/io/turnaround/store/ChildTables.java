package io.turnaround.store;

import io.turnaround.domain.ActionSide;
import io.turnaround.domain.ActionState;
import io.turnaround.domain.ApprovalResponse;
import io.turnaround.domain.ApprovalRevision;
import io.turnaround.domain.Ask;
import io.turnaround.domain.Attachment;
import io.turnaround.domain.CaseFile;
import io.turnaround.domain.CheckDown;
import io.turnaround.domain.CheckDownState;
import io.turnaround.domain.Commitment;
import io.turnaround.domain.CustomerProblem;
import io.turnaround.domain.Draft;
import io.turnaround.domain.DraftField;
import io.turnaround.domain.EffectivenessCheck;
import io.turnaround.domain.Expectation;
import io.turnaround.domain.ExpectationState;
import io.turnaround.domain.ExpectationStep;
import io.turnaround.domain.Fact;
import io.turnaround.domain.FactKind;
import io.turnaround.domain.Note;
import io.turnaround.domain.NoteTag;
import io.turnaround.domain.Party;
import io.turnaround.domain.PreventionAction;
import io.turnaround.domain.Produce;
import io.turnaround.domain.Question;
import io.turnaround.domain.QuestionKind;
import io.turnaround.domain.Scenario;
import io.turnaround.domain.Side;
import io.turnaround.domain.Temperature;
import io.turnaround.domain.TemperatureReading;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The list-valued parts of a case, one table each. A list is rewritten only when it differs
 * from what was last saved, so typing in one field does not rewrite 2,000 notes.
 */
final class ChildTables {
    private ChildTables() {
    }

    /** Writes every list of {@code cf} that differs from {@code previous} (all of them when previous is null). */
    static void write(Connection c, CaseFile cf, CaseFile previous) throws SQLException {
        write(Writes.now(c), cf, previous);
    }

    /** As {@link #write(Connection, CaseFile, CaseFile)}, into {@code w} (at once, or gathered for many new cases). */
    static void write(Writes w, CaseFile cf, CaseFile previous) throws SQLException {
        long id = cf.id();
        if (changed(previous, cf, CaseFile::parties)) {
            replace(w, "parties", id, cf.parties(), "INSERT INTO parties (id, case_id, position, name, organisation, role, email, "
                    + "phone, side, receives_summary) VALUES (?,?,?,?,?,?,?,?,?,?)", (p, i) -> new Object[] {
                        p.id(), id, i, p.name(), p.organisation(), p.role(), p.email(), p.phone(), p.side(), p.receivesSummary()});
        }
        if (changed(previous, cf, x -> x.listen().notes())) {
            replace(w, "notes", id, cf.listen().notes(), "INSERT INTO notes (id, case_id, position, call_offset_ms, wall_time, text, "
                    + "tag, key_point) VALUES (?,?,?,?,?,?,?,?)", (n, i) -> new Object[] {
                        n.id(), id, i, n.callOffsetMillis(), n.wallTime(), n.text(), n.tag(), n.keyPoint()});
        }
        if (changed(previous, cf, x -> x.listen().temperatures())) {
            replace(w, "temperatures", id, cf.listen().temperatures(), "INSERT INTO temperatures (case_id, position, at, "
                    + "call_offset_ms, level) VALUES (?,?,?,?,?)", (t, i) -> new Object[] {
                        id, i, t.at(), t.callOffsetMillis(), t.level()});
        }
        writeAsk(w, cf, previous);
        writeProduce(w, cf, previous);
        if (changed(previous, cf, CaseFile::facts)) {
            replace(w, "facts", id, cf.facts(), "INSERT INTO facts (id, case_id, position, on_date, at_time, what, source, evidence, "
                    + "verified, kind) VALUES (?,?,?,?,?,?,?,?,?,?)", (f, i) -> new Object[] {
                        f.id(), id, i, f.date(), f.time(), f.what(), f.source(), f.evidence(), f.verified(), f.kind()});
            for (Fact f : cf.facts()) {
                w.insertAll("INSERT INTO attachments (case_id, fact_id, id, position, original_name, stored_name, sha256, "
                        + "size) VALUES (?,?,?,?,?,?,?,?)", f.attachments(), (a, i) -> new Object[] {
                            id, f.id(), a.id(), i, a.originalName(), a.storedName(), a.sha256(), a.size()});
            }
        }
        if (changed(previous, cf, x -> x.conclusions().scenarios())) {
            replace(w, "scenarios", id, cf.conclusions().scenarios(), "INSERT INTO scenarios (id, case_id, position, description, "
                    + "kept, reason, evidence_fact_ids) VALUES (?,?,?,?,?,?,?)", (s, i) -> new Object[] {
                        s.id(), id, i, s.description(), s.kept(), s.reason(), String.join("\n", s.evidenceFactIds())});
        }
        if (changed(previous, cf, x -> x.prevention().actions())) {
            replace(w, "prevention_actions", id, cf.prevention().actions(), "INSERT INTO prevention_actions (id, case_id, position, "
                    + "what, side, owner, due_on, state, document_process, train_from_document, done_on) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                    (a, i) -> new Object[] {a.id(), id, i, a.what(), a.side(), a.owner(), a.dueOn(), a.state(), a.documentProcess(),
                        a.trainFromDocument(), a.doneOn()});
            for (PreventionAction a : cf.prevention().actions()) {
                w.insertAll("INSERT INTO effectiveness_checks (case_id, action_id, position, due_on, result, passed) "
                        + "VALUES (?,?,?,?,?,?)", a.checks(), (k, i) -> new Object[] {id, a.id(), i, k.dueOn(), k.result(), k.passed()});
            }
        }
        if (changed(previous, cf, x -> x.approval().revisions())) {
            writeRevisions(w, id, cf.approval().revisions());
        }
        if (changed(previous, cf, x -> x.complaint().redress())) {
            replace(w, "complaint_redress", id, cf.complaint().redress(), "INSERT INTO complaint_redress (case_id, position, id, paid, "
                    + "amount, currency, on_date, note) VALUES (?,?,?,?,?,?,?,?)", (r, i) -> new Object[] {
                        id, i, r.id(), r.paid(), r.amount(), r.currency(), r.on(), r.note()});
        }
        if (changed(previous, cf, x -> x.complaint().letters())) {
            replace(w, "complaint_letters", id, cf.complaint().letters(), "INSERT INTO complaint_letters (case_id, position, id, kind, "
                    + "sent_at) VALUES (?,?,?,?,?)", (l, i) -> new Object[] {id, i, l.id(), l.kind(), l.sentAt()});
        }
        if (changed(previous, cf, CaseFile::drafts)) {
            if (!w.newCases()) {
                w.update("DELETE FROM drafts WHERE case_id = ?", id);
            }
            w.insertAll("INSERT INTO drafts (case_id, field, text) VALUES (?,?,?)", cf.drafts(),
                    (d, i) -> new Object[] {id, d.field(), d.text()});
        }
    }

    private static void writeAsk(Writes w, CaseFile cf, CaseFile previous) throws SQLException {
        long id = cf.id();
        if (changed(previous, cf, x -> x.ask().questions())) {
            replace(w, "questions", id, cf.ask().questions(), "INSERT INTO questions (id, case_id, position, kind, text, answer) "
                    + "VALUES (?,?,?,?,?,?)", (q, i) -> new Object[] {q.id(), id, i, q.kind(), q.text(), q.answer()});
        }
        if (changed(previous, cf, x -> x.ask().problems())) {
            replace(w, "problems", id, cf.ask().problems(), "INSERT INTO problems (id, case_id, position, text) VALUES (?,?,?,?)",
                    (p, i) -> new Object[] {p.id(), id, i, p.text()});
        }
        if (changed(previous, cf, x -> x.ask().checkDowns())) {
            replace(w, "check_downs", id, cf.ask().checkDowns(), "INSERT INTO check_downs (id, case_id, position, statement, state, "
                    + "correction) VALUES (?,?,?,?,?,?)", (k, i) -> new Object[] {
                        k.id(), id, i, k.statement(), k.state(), k.correction()});
        }
    }

    private static void writeProduce(Writes w, CaseFile cf, CaseFile previous) throws SQLException {
        long id = cf.id();
        if (changed(previous, cf, x -> x.produce().commitments())) {
            replace(w, "commitments", id, cf.produce().commitments(), "INSERT INTO commitments (id, case_id, position, what, owner, "
                    + "proposed_at, customer_deadline, due_at, due_utc, next_contact, done_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                    (k, i) -> new Object[] {k.id(), id, i, k.what(), k.owner(), k.proposedAt(), k.customerDeadline(), k.dueAt(),
                        k.dueAt() == null ? null : k.dueAt().toInstant().toEpochMilli(), k.nextContact(), k.doneAt()});
        }
        if (changed(previous, cf, x -> x.produce().expectations())) {
            replace(w, "expectations", id, cf.produce().expectations(), "INSERT INTO expectations (id, case_id, position, text, "
                    + "state, measure, escalated_to) VALUES (?,?,?,?,?,?,?)", (e, i) -> new Object[] {
                        e.id(), id, i, e.text(), e.state(), e.measure(), e.escalatedTo()});
            if (!w.newCases()) {
                w.update("DELETE FROM expectation_history WHERE case_id = ?", id);
            }
            for (Expectation e : cf.produce().expectations()) {
                w.insertAll("INSERT INTO expectation_history (case_id, expectation_id, position, at, state, measure) "
                        + "VALUES (?,?,?,?,?,?)", e.history(), (h, i) -> new Object[] {id, e.id(), i, h.at(), h.state(), h.measure()});
            }
        }
    }

    /**
     * Revisions are never rewritten wholesale: a sent revision's frozen content is immutable,
     * so only new revisions are inserted and only the response of an unanswered one changes.
     */
    private static void writeRevisions(Writes w, long caseId, List<ApprovalRevision> revisions) throws SQLException {
        for (ApprovalRevision r : revisions) {
            w.update("INSERT INTO revisions (case_id, number, frozen_content, sha256, sent_at, response, responder_party_id, "
                    + "responded_at, comments) VALUES (?,?,?,?,?,?,?,?,?) ON CONFLICT (case_id, number) DO UPDATE SET "
                    + "response = excluded.response, responder_party_id = excluded.responder_party_id, "
                    + "responded_at = excluded.responded_at, comments = excluded.comments "
                    + "WHERE revisions.response = " + Sql.literals(ApprovalResponse.PENDING),
                    caseId, r.number(), r.frozenContent(), r.sha256(), r.sentAt(), r.response(), r.responderPartyId(),
                    r.respondedAt(), r.comments());
        }
    }

    static CaseFile read(Connection c, CaseFile row) throws SQLException {
        long id = row.id();
        List<Party> parties = Sql.query(c, "SELECT * FROM parties WHERE case_id = ? ORDER BY position", r -> new Party(
                r.text("id"), r.text("name"), r.text("organisation"), r.text("role"), r.text("email"), r.text("phone"),
                r.enumOf(Side.class, "side"), r.bool("receives_summary")), id);
        List<Note> notes = Sql.query(c, "SELECT * FROM notes WHERE case_id = ? ORDER BY position", r -> new Note(
                r.text("id"), r.lng("call_offset_ms"), r.instant("wall_time"), r.text("text"), r.enumOf(NoteTag.class, "tag"),
                r.bool("key_point")), id);
        List<TemperatureReading> temperatures = Sql.query(c, "SELECT * FROM temperatures WHERE case_id = ? ORDER BY position",
                r -> new TemperatureReading(r.instant("at"), r.lng("call_offset_ms"), r.enumOf(Temperature.class, "level")), id);
        List<Question> questions = Sql.query(c, "SELECT * FROM questions WHERE case_id = ? ORDER BY position", r -> new Question(
                r.text("id"), r.enumOf(QuestionKind.class, "kind"), r.text("text"), r.text("answer")), id);
        List<CustomerProblem> problems = Sql.query(c, "SELECT * FROM problems WHERE case_id = ? ORDER BY position",
                r -> new CustomerProblem(r.text("id"), r.text("text")), id);
        List<CheckDown> checkDowns = Sql.query(c, "SELECT * FROM check_downs WHERE case_id = ? ORDER BY position", r -> new CheckDown(
                r.text("id"), r.text("statement"), r.enumOf(CheckDownState.class, "state"), r.text("correction")), id);
        List<Commitment> commitments = Sql.query(c, "SELECT * FROM commitments WHERE case_id = ? ORDER BY position",
                r -> new Commitment(r.text("id"), r.text("what"), r.text("owner"), r.zoned("proposed_at"),
                        r.zoned("customer_deadline"), r.zoned("due_at"), r.bool("next_contact"), r.instant("done_at")), id);
        List<Expectation> expectations = new ArrayList<>();
        for (Expectation e : Sql.query(c, "SELECT * FROM expectations WHERE case_id = ? ORDER BY position",
                r -> new Expectation(r.text("id"), r.text("text"), r.enumOf(ExpectationState.class, "state"), r.text("measure"),
                        r.text("escalated_to")), id)) {
            List<ExpectationStep> history = Sql.query(c, "SELECT * FROM expectation_history WHERE case_id = ? AND expectation_id = ? "
                    + "ORDER BY position", r -> new ExpectationStep(r.instant("at"), r.enumOf(ExpectationState.class, "state"),
                            r.text("measure")), id, e.id());
            expectations.add(new Expectation(e.id(), e.text(), e.state(), e.measure(), e.escalatedTo(), history));
        }
        List<Fact> facts = new ArrayList<>();
        for (Fact f : Sql.query(c, "SELECT * FROM facts WHERE case_id = ? ORDER BY position", r -> new Fact(
                r.text("id"), r.date("on_date"), r.time("at_time"), r.text("what"), r.enumOf(Side.class, "source"),
                r.text("evidence"), List.of(), r.bool("verified"), r.enumOf(FactKind.class, "kind")), id)) {
            List<Attachment> attachments = Sql.query(c, "SELECT * FROM attachments WHERE case_id = ? AND fact_id = ? ORDER BY position",
                    r -> new Attachment(r.text("id"), r.text("original_name"), r.text("stored_name"), r.text("sha256"),
                            r.lng("size")), id, f.id());
            facts.add(new Fact(f.id(), f.date(), f.time(), f.what(), f.source(), f.evidence(), attachments, f.verified(), f.kind()));
        }
        List<Scenario> scenarios = Sql.query(c, "SELECT * FROM scenarios WHERE case_id = ? ORDER BY position", r -> new Scenario(
                r.text("id"), r.text("description"), r.bool("kept"), r.text("reason"), splitIds(r.text("evidence_fact_ids"))), id);
        List<PreventionAction> actions = new ArrayList<>();
        for (PreventionAction a : Sql.query(c, "SELECT * FROM prevention_actions WHERE case_id = ? ORDER BY position",
                r -> new PreventionAction(r.text("id"), r.text("what"), r.enumOf(ActionSide.class, "side"), r.text("owner"),
                        r.date("due_on"), r.enumOf(ActionState.class, "state"), r.bool("document_process"),
                        r.bool("train_from_document"), r.date("done_on"), List.of()), id)) {
            List<EffectivenessCheck> checks = Sql.query(c, "SELECT * FROM effectiveness_checks WHERE case_id = ? AND action_id = ? "
                    + "ORDER BY position", r -> new EffectivenessCheck(r.date("due_on"), r.text("result"), r.nullableBool("passed")),
                    id, a.id());
            actions.add(new PreventionAction(a.id(), a.what(), a.side(), a.owner(), a.dueOn(), a.state(), a.documentProcess(),
                    a.trainFromDocument(), a.doneOn(), checks));
        }
        List<ApprovalRevision> revisions = Sql.query(c, "SELECT * FROM revisions WHERE case_id = ? ORDER BY number",
                r -> new ApprovalRevision(r.integer("number"), r.text("frozen_content"), r.text("sha256"), r.instant("sent_at"),
                        r.enumOf(ApprovalResponse.class, "response"), r.text("responder_party_id"), r.instant("responded_at"),
                        r.text("comments")), id);
        List<Draft> drafts = Sql.query(c, "SELECT * FROM drafts WHERE case_id = ?",
                r -> new Draft(r.enumOf(DraftField.class, "field"), r.text("text")), id);
        io.turnaround.domain.Complaint complaint = row.complaint();
        if (complaint.regulated() || !complaint.equals(io.turnaround.domain.Complaint.NONE)) {
            complaint = complaint.withRedress(Sql.query(c, "SELECT * FROM complaint_redress WHERE case_id = ? ORDER BY position",
                    r -> new io.turnaround.domain.Redress(r.text("id"), r.bool("paid"), r.decimal("amount"), r.text("currency"),
                            r.date("on_date"), r.text("note")), id))
                    .withLetters(Sql.query(c, "SELECT * FROM complaint_letters WHERE case_id = ? ORDER BY position",
                            r -> new io.turnaround.domain.SentLetter(r.text("id"), r.enumOf(io.turnaround.domain.LetterKind.class, "kind"),
                                    r.instant("sent_at")), id));
        }
        return row.withParties(parties)
                .withListen(row.listen().withNotes(notes).withTemperatures(temperatures))
                .withAsk(new Ask(questions, problems, checkDowns))
                .withProduce(new Produce(commitments, expectations))
                .withFacts(facts)
                .withConclusions(row.conclusions().withScenarios(scenarios))
                .withPrevention(row.prevention().withActions(actions))
                .withApproval(row.approval().withRevisions(revisions))
                .withDrafts(drafts)
                .withComplaint(complaint);
    }

    private static List<String> splitIds(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split("\n"));
    }

    private static <T> boolean changed(CaseFile previous, CaseFile current, Function<CaseFile, T> part) {
        return previous == null || !Objects.equals(part.apply(previous), part.apply(current));
    }

    private static <T> void replace(Writes w, String table, long caseId, List<T> rows, String insert, Sql.Binder<T> binder)
            throws SQLException {
        if (!w.newCases()) {
            w.update("DELETE FROM " + table + " WHERE case_id = ?", caseId);
        }
        w.insertAll(insert, rows, binder);
    }
}
