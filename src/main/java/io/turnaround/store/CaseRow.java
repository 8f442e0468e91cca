package io.turnaround.store;

import io.turnaround.domain.Approval;
import io.turnaround.domain.CaseFile;
import io.turnaround.domain.CaseHeader;
import io.turnaround.domain.CaseStatus;
import io.turnaround.domain.Commitment;
import io.turnaround.domain.Conclusions;
import io.turnaround.domain.Empathize;
import io.turnaround.domain.FairnessPrinciple;
import io.turnaround.domain.Listen;
import io.turnaround.domain.Resolution;
import io.turnaround.domain.Responsibility;
import io.turnaround.domain.Stance;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** The single-valued sections of a case, kept on its row of {@code cases}. */
final class CaseRow {
    private static final String COLUMNS = "reference, subject, customer_org, status, category, is_sample, opened_at, updated_at, "
            + "conduct_notes, call_started_at, call_ended_at, call_paused_ms, call_paused_since, reflect_back, reflect_said_at, breakdown_fact_id, "
            + "staff_deviation, customer_deviation, customer_knows, can_be_told, responsibility, accepted_blame, internal_opinion, "
            + "cause_category, requested_remedy, remedy, principle, verbal_not_written, our_cost, customer_cost, currency, "
            + "invoice_line, terms_references, facts_quick, fact_finding_dearer, request_could_hurt, stance, customer_authority, "
            + "approver_party_id, next_contact_utc, cover_text, signer_party_id, summary_language, note_draft, "
            + "regime, received_at, product, root_cause, payment_services, delay_reason, promised_by, outcome, outcome_reasons, "
            + "referred_on, response_due_utc";
    private static final int COLUMN_COUNT = COLUMNS.split(",").length;

    private CaseRow() {
    }

    static long insert(Connection c, CaseFile cf) throws SQLException {
        String marks = String.join(",", java.util.Collections.nCopies(COLUMN_COUNT, "?"));
        return Sql.query(c, "INSERT INTO cases (" + COLUMNS + ") VALUES (" + marks + ") RETURNING id", r -> r.lng("id"),
                values(cf, Writes.now(c).responseDue(cf))).get(0);
    }

    /** Inserts the case under the id it has (a copy of a whole library keeps every id, so the audit chain still holds). */
    static void insertKeepingId(Connection c, CaseFile cf) throws SQLException {
        insertKeepingId(Writes.now(c), cf);
    }

    static void insertKeepingId(Writes w, CaseFile cf) throws SQLException {
        String marks = String.join(",", java.util.Collections.nCopies(COLUMN_COUNT + 1, "?"));
        Object[] values = values(cf, w.responseDue(cf));
        Object[] params = new Object[values.length + 1];
        params[0] = cf.id();
        System.arraycopy(values, 0, params, 1, values.length);
        w.update("INSERT INTO cases (id, " + COLUMNS + ") VALUES (" + marks + ")", params);
    }

    static void update(Connection c, CaseFile cf) throws SQLException {
        update(c, cf, null);
    }

    /**
     * Writes the row; with {@code basedOn}, only if the row is still that version (its time of last edit, which every
     * edit moves on): false when someone else saved since, and nothing was written.
     */
    static boolean update(Connection c, CaseFile cf, java.time.Instant basedOn) throws SQLException {
        String sets = String.join(" = ?, ", COLUMNS.split(",\\s*")) + " = ?";
        Object[] values = values(cf, Writes.now(c).responseDue(cf));
        Object[] params = java.util.Arrays.copyOf(values, values.length + (basedOn == null ? 1 : 2));
        params[values.length] = cf.id();
        if (basedOn == null) {
            return Sql.update(c, "UPDATE cases SET " + sets + " WHERE id = ?", params) > 0;
        }
        params[values.length + 1] = basedOn;
        return Sql.update(c, "UPDATE cases SET " + sets + " WHERE id = ? AND updated_at = ?", params) > 0;
    }

    /** @param responseDue when the complaint's next required letter is due (epoch ms), or null */
    private static Object[] values(CaseFile cf, Long responseDue) {
        io.turnaround.domain.Complaint m = cf.complaint();
        CaseHeader h = cf.header();
        Listen l = cf.listen();
        Conclusions k = cf.conclusions();
        Resolution r = cf.resolution();
        Long nextContact = cf.produce().nextContact().map(Commitment::dueAt).map(d -> d.toInstant().toEpochMilli()).orElse(null);
        return new Object[] {
            h.reference(), h.subject(), h.customerOrganisation(), h.status(), h.category(), h.sample(), h.openedAt(), h.updatedAt(),
            h.conductNotes(), l.callStartedAt(), l.callEndedAt(), l.pausedMillis(), l.pausedSince(), cf.empathize().reflectBack(),
            cf.empathize().saidOnCallAt(), k.breakdownFactId(),
            k.staffDeviation(), k.customerDeviation(), k.customerKnows(), k.canBeTold(), k.responsibility(), k.acceptedBlame(),
            k.internalOpinion(), k.causeCategory(), r.requestedRemedy(), r.remedy(), r.principle(), r.verbalAgreementNotWritten(),
            r.ourCost(), r.customerCost(), r.currency(), r.invoiceLine(), r.termsReferences(), r.factsQuickToAssess(),
            r.factFindingDearerThanRemedy(), r.requestCouldHurtCustomer(), r.stance(), cf.prevention().customerAuthority(),
            cf.approval().approverPartyId(), nextContact, cf.approval().coverText(), cf.approval().signerPartyId(),
            cf.approval().language(), l.noteDraft(),
            m.regime(), m.receivedAt(), m.product(), m.rootCause(), m.paymentServices(), m.delayReason(), m.promisedBy(), m.outcome(),
            m.outcomeReasons(), m.referredOn(), responseDue
        };
    }

    /** Reads the row into a case whose lists are still empty; {@link ChildTables} fills them. */
    static CaseFile read(Sql.Row row) throws SQLException {
        CaseHeader header = new CaseHeader(row.text("reference"), row.text("subject"), row.text("customer_org"),
                row.enumOf(CaseStatus.class, "status"), row.text("category"), row.bool("is_sample"), row.instant("opened_at"),
                row.instant("updated_at"), row.text("conduct_notes"));
        Listen listen = new Listen(row.instant("call_started_at"), row.instant("call_ended_at"), row.lng("call_paused_ms"),
                row.instant("call_paused_since"), List.of(), List.of(), row.text("note_draft"));
        Empathize empathize = new Empathize(row.text("reflect_back"), row.instant("reflect_said_at"));
        Conclusions conclusions = new Conclusions(row.text("breakdown_fact_id"), row.text("staff_deviation"),
                row.text("customer_deviation"), row.text("customer_knows"), row.text("can_be_told"), List.of(),
                row.enumOf(Responsibility.class, "responsibility"), row.text("accepted_blame"), row.text("internal_opinion"),
                row.text("cause_category"));
        Resolution resolution = new Resolution(row.text("requested_remedy"), row.text("remedy"),
                row.enumOf(FairnessPrinciple.class, "principle"), row.bool("verbal_not_written"), row.decimal("our_cost"),
                row.decimal("customer_cost"), row.text("currency"), row.text("invoice_line"), row.text("terms_references"),
                row.nullableBool("facts_quick"), row.nullableBool("fact_finding_dearer"), row.nullableBool("request_could_hurt"),
                row.enumOf(Stance.class, "stance"));
        io.turnaround.domain.Complaint complaint = new io.turnaround.domain.Complaint(
                row.enumOf(io.turnaround.domain.Regime.class, "regime"), row.instant("received_at"), row.text("product"),
                row.text("root_cause"), row.bool("payment_services"), row.text("delay_reason"), row.date("promised_by"),
                row.enumOf(io.turnaround.domain.ComplaintOutcome.class, "outcome"), row.text("outcome_reasons"), List.of(), List.of(),
                row.date("referred_on"));
        return new CaseFile(row.lng("id"), header, List.of(), listen, empathize, null, null, List.of(), conclusions, resolution,
                new io.turnaround.domain.Prevention(List.of(), row.text("customer_authority")),
                new Approval(row.text("approver_party_id"), row.text("signer_party_id"), row.text("cover_text"),
                        row.text("summary_language"), List.of()), List.of(), complaint);
    }
}
