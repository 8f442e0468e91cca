package io.turnaround.export;

import io.turnaround.TestCases;
import io.turnaround.domain.ActionSide;
import io.turnaround.domain.ActionState;
import io.turnaround.domain.ApprovalFlow;
import io.turnaround.domain.ApprovalResponse;
import io.turnaround.domain.CaseFile;
import io.turnaround.domain.Fact;
import io.turnaround.domain.FactKind;
import io.turnaround.domain.PreventionAction;
import io.turnaround.domain.Side;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

/** A long case for layout, tagging and speed: 300 facts, 60 prevention actions and five revisions sent. */
public final class LongCase {
    private LongCase() {
    }

    public static CaseFile build(SummaryExporter exporter) {
        CaseFile c = TestCases.fullyPopulated();
        c = c.withApproval(c.approval().withRevisions(List.of()));
        List<Fact> facts = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            facts.add(new Fact("lf" + i, LocalDate.of(2026, 1, 1).plusDays(i / 3), i % 2 == 0 ? LocalTime.of(8 + i % 10, 15) : null,
                    "Shipment " + (i + 1) + " of 300 checked at the warehouse: seams measured, " + (i % 7) + " outside tolerance",
                    Side.values()[i % 3], "Warehouse log line " + (1000 + i), List.of(), i % 4 != 0, i % 25 == 0 ? FactKind.OPINION
                    : FactKind.FACT));
        }
        List<PreventionAction> actions = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            actions.add(new PreventionAction("la" + i, "Check " + (i + 1) + ": sample seams of every batch before dispatch",
                    i % 2 == 0 ? ActionSide.OURS : ActionSide.CUSTOMERS, "Quality lead " + (i % 5), LocalDate.of(2026, 4, 1).plusDays(i),
                    ActionState.values()[i % ActionState.values().length], false, false, null, List.of()));
        }
        c = c.withFacts(facts).withPrevention(c.prevention().withActions(actions));
        Sender sender = new Sender("Northwind", "Ana Lima", "COO", "ana.lima@northwind.example");
        for (int n = 1; n <= 5; n++) {
            c = c.withResolution(c.resolution().withRemedy("Remedy of loop " + n));
            CustomerView.FrozenRevision frozen = exporter.freeze(c, sender);
            c = ApprovalFlow.send(c, frozen.content(), frozen.sha256(), SummaryFixture.NOW.plusSeconds(n * 86_400L));
            c = ApprovalFlow.respond(c, n < 5 ? ApprovalResponse.CHANGES_REQUESTED : ApprovalResponse.APPROVED, "p-chief",
                    SummaryFixture.NOW.plusSeconds(n * 86_400L + 3_600), "Loop " + n);
        }
        return c;
    }
}
