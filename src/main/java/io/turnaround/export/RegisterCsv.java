package io.turnaround.export;

import io.turnaround.domain.ComplaintRegister;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The complaint register as CSV (RFC 4180, UTF-8, comma-separated, dates as YYYY-MM-DD, amounts with a point): one row
 * per complaint, and the summary by product and category in a file of its own, as spreadsheets open them.
 */
public final class RegisterCsv {
    private RegisterCsv() {
    }

    public static final List<String> ROW_HEADER = List.of("reference", "rules", "received", "product", "category", "root cause",
            "outcome", "upheld", "redress offered", "redress paid", "currency", "closed", "days to close", "business days to close",
            "referred to the ombudsman");

    public static final List<String> SUMMARY_HEADER = List.of("product", "category", "opened", "closed",
            "closed within 3 business days", "closed within 8 weeks", "closed later", "upheld %", "redress paid");

    public static String rows(ComplaintRegister.Register register) {
        StringBuilder out = new StringBuilder();
        line(out, ROW_HEADER);
        for (ComplaintRegister.Row r : register.rows()) {
            line(out, List.of(r.reference(), r.regime().name(), date(r.received()), r.product(), r.category(), r.rootCause(),
                    r.outcome().name(), r.upheld() ? "yes" : "no", r.redressOffered().toPlainString(), r.redressPaid().toPlainString(),
                    r.currency(), date(r.closed()), r.daysToClose() < 0 ? "" : String.valueOf(r.daysToClose()),
                    r.businessDaysToClose() < 0 ? "" : String.valueOf(r.businessDaysToClose()), date(r.referredOn())));
        }
        return out.toString();
    }

    public static String summary(ComplaintRegister.Register register) {
        StringBuilder out = new StringBuilder();
        line(out, SUMMARY_HEADER);
        for (ComplaintRegister.Group g : register.groups()) {
            line(out, List.of(g.product(), g.category(), String.valueOf(g.opened()), String.valueOf(g.closed()),
                    String.valueOf(g.withinThreeBusinessDays()), String.valueOf(g.withinEightWeeks()), String.valueOf(g.later()),
                    String.format(Locale.ROOT, "%.1f", g.upheldPercent()), g.redressPaid().toPlainString()));
        }
        return out.toString();
    }

    private static String date(LocalDate d) {
        return d == null ? "" : d.toString();
    }

    private static void line(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            String cell = cells.get(i) == null ? "" : cells.get(i);
            // A cell a spreadsheet would read as a formula is kept as text.
            if (!cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0 && !cell.matches("-?[0-9.]+")) {
                cell = "'" + cell;
            }
            boolean quote = cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r");
            out.append(quote ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell);
        }
        out.append("\r\n");
    }
}
