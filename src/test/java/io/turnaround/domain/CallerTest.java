package io.turnaround.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CallerTest {
    private final CaseFile fresh = CaseFile.start("", "Shirts shrank", "Harbor City Schools", Instant.parse("2026-06-01T09:00:00Z"));

    @Test
    void theCallersNameTypedInTheHeaderMakesThemAPartyReceivingTheSummary() {
        CaseFile c = Caller.withPhone(Caller.withName(fresh, "Dana Whitfield"), "+1 555 0142");
        assertEquals(1, c.parties().size());
        Party caller = c.parties().get(0);
        assertEquals(List.of("Dana Whitfield", "+1 555 0142", "Harbor City Schools"), List.of(caller.name(), caller.phone(), caller.organisation()));
        assertEquals(Side.CUSTOMER, caller.side());
        assertTrue(caller.receivesSummary(), "everyone involved gets the summary");
        assertEquals(caller, Caller.of(c).orElseThrow());
    }

    @Test
    void theFirstPartyOnTheCustomersSideIsTheCallerAndKeepsWhatPeopleInvolvedSays() {
        Party ours = new Party("p-ours", "Wang Xiaoming", "Turnaround Garments", "Head of Production", "", "", Side.OUR_FIRM, true);
        Party theirs = new Party("p-chief", "Zoë Ångström", "Rivertown Fire Department", "Deputy Chief", "zoe@example.org", "", Side.CUSTOMER, true);
        CaseFile c = Caller.withPhone(fresh.withParties(List.of(ours, theirs)), "+1 555 0100");
        assertEquals(List.of(ours, new Party("p-chief", "Zoë Ångström", "Rivertown Fire Department", "Deputy Chief", "zoe@example.org",
                "+1 555 0100", Side.CUSTOMER, true)), c.parties(), "the same party, its phone added; the order kept");
    }

    @Test
    void nothingTypedAddsNoOne() {
        assertSame(fresh, Caller.withName(fresh, ""));
    }
}
