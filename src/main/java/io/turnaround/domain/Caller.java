package io.turnaround.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The person on the phone, typed in the case header the moment the call starts: the first party on the customer's
 * side. Typing a name or a phone where there is none yet makes them a party of the case — of the customer's
 * organisation, receiving the summary like everyone involved (METHOD.md) — which People involved then lists with the
 * others.
 */
public final class Caller {
    private Caller() {
    }

    public static Optional<Party> of(CaseFile c) {
        return c.parties().stream().filter(p -> p.side() == Side.CUSTOMER).findFirst();
    }

    public static CaseFile withName(CaseFile c, String name) {
        return with(c, p -> new Party(p.id(), name, organisation(c, p), p.role(), p.email(), p.phone(), p.side(), p.receivesSummary()));
    }

    public static CaseFile withPhone(CaseFile c, String phone) {
        return with(c, p -> new Party(p.id(), p.name(), organisation(c, p), p.role(), p.email(), phone, p.side(), p.receivesSummary()));
    }

    /** Theirs as typed; the case's customer organisation while they have none of their own. */
    private static String organisation(CaseFile c, Party p) {
        return p.organisation().isBlank() ? c.header().customerOrganisation() : p.organisation();
    }

    private static CaseFile with(CaseFile c, UnaryOperator<Party> change) {
        List<Party> parties = new ArrayList<>(c.parties());
        for (int i = 0; i < parties.size(); i++) {
            if (parties.get(i).side() == Side.CUSTOMER) {
                parties.set(i, change.apply(parties.get(i)));
                return c.withParties(parties);
            }
        }
        Party fresh = change.apply(new Party(null, "", "", "", "", "", Side.CUSTOMER, true));
        if (fresh.name().isBlank() && fresh.phone().isBlank()) {
            return c; // nothing typed: no one added
        }
        parties.add(0, fresh);
        return c.withParties(parties);
    }
}
