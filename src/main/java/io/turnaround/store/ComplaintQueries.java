package io.turnaround.store;

import io.turnaround.domain.Complaint;
import io.turnaround.domain.ComplaintOutcome;
import io.turnaround.domain.ComplaintRegister;
import io.turnaround.domain.LetterKind;
import io.turnaround.domain.Redress;
import io.turnaround.domain.Regime;
import io.turnaround.domain.SentLetter;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What the complaint register reads: the regulated cases' complaint columns, redress and letters, in three queries. */
final class ComplaintQueries {
    private ComplaintQueries() {
    }

    static List<ComplaintRegister.Entry> all(Connection c) throws SQLException {
        String regulated = "regime <> '" + Regime.NONE.name() + "'";
        Map<Long, List<Redress>> redress = new HashMap<>();
        Sql.query(c, "SELECT r.* FROM complaint_redress r JOIN cases ON cases.id = r.case_id WHERE " + regulated
                + " ORDER BY r.case_id, r.position", r -> redress.computeIfAbsent(r.lng("case_id"), k -> new ArrayList<>())
                .add(new Redress(r.text("id"), r.bool("paid"), r.decimal("amount"), r.text("currency"), r.date("on_date"), r.text("note"))));
        Map<Long, List<SentLetter>> letters = new HashMap<>();
        Sql.query(c, "SELECT l.* FROM complaint_letters l JOIN cases ON cases.id = l.case_id WHERE " + regulated
                + " ORDER BY l.case_id, l.position", r -> letters.computeIfAbsent(r.lng("case_id"), k -> new ArrayList<>())
                .add(new SentLetter(r.text("id"), r.enumOf(LetterKind.class, "kind"), r.instant("sent_at"))));
        return Sql.query(c, "SELECT id, reference, category, opened_at, regime, received_at, product, root_cause, payment_services, "
                + "delay_reason, promised_by, outcome, outcome_reasons, referred_on FROM cases WHERE " + regulated + " ORDER BY id", r -> {
                    long id = r.lng("id");
                    Complaint m = new Complaint(r.enumOf(Regime.class, "regime"), r.instant("received_at"), r.text("product"),
                            r.text("root_cause"), r.bool("payment_services"), r.text("delay_reason"), r.date("promised_by"),
                            r.enumOf(ComplaintOutcome.class, "outcome"), r.text("outcome_reasons"), redress.getOrDefault(id, List.of()),
                            letters.getOrDefault(id, List.of()), r.date("referred_on"));
                    return new ComplaintRegister.Entry(id, r.text("reference"), r.text("category"), r.instant("opened_at"), m);
                });
    }
}
