package io.turnaround.ui.approval;

import io.turnaround.domain.Party;
import javafx.util.StringConverter;

/** A person as lists show them: "Name, Role". */
final class PartyConverter extends StringConverter<Party> {
    private final String none;

    PartyConverter() {
        this("");
    }

    /** @param none what stands for no party chosen */
    PartyConverter(String none) {
        this.none = none;
    }

    @Override
    public String toString(Party p) {
        return p == null ? none : p.name() + (p.role().isEmpty() ? "" : ", " + p.role());
    }

    @Override
    public Party fromString(String s) {
        return null;
    }
}
