package io.turnaround.ui.approval;

import io.turnaround.domain.Party;
import javafx.util.StringConverter;

/** A person as lists show them: "Name, Role". */
final class PartyConverter extends StringConverter<Party> {
    @Override
    public String toString(Party p) {
        return p == null ? "" : p.name() + (p.role().isEmpty() ? "" : ", " + p.role());
    }

    @Override
    public Party fromString(String s) {
        return null;
    }
}
