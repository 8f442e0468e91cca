package io.turnaround.ui.resolution;

import java.math.BigDecimal;

/** Reads a money amount as typed: empty is "not set"; negative or non-numeric is refused with the reason. */
final class AmountParser {
    private AmountParser() {
    }

    static BigDecimal parse(String text) {
        String t = text == null ? "" : text.strip().replace(" ", "").replace("\u00a0", "");
        if (t.isEmpty()) {
            return null;
        }
        if (t.matches("\\d{1,3}(,\\d{3})+(\\.\\d+)?")) {
            t = t.replace(",", "");
        } else if (t.matches("\\d+,\\d{1,2}")) {
            t = t.replace(',', '.');
        }
        BigDecimal value;
        try {
            value = new BigDecimal(t);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("\"" + text.strip() + "\" is not an amount");
        }
        if (value.signum() < 0) {
            throw new IllegalArgumentException("An amount cannot be negative: record who pays in the other column");
        }
        return value;
    }
}
