package io.turnaround.ui.common;

import io.turnaround.domain.CaseSummary;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.ChronoUnit;

/** A regulated complaint's next deadline as the case list and Commitments due say it: "overdue by 2 days (3 Dec 2026)". */
public final class ResponseDueText {
    private ResponseDueText() {
    }

    /** Empty for a case with no complaint deadline; days counted in this computer's zone. */
    public static String of(CaseSummary s, I18n i18n) {
        return of(s, i18n, true);
    }

    /** @param withDate false for the case list's column, short enough to read whole ("overdue by 35 days") */
    public static String of(CaseSummary s, I18n i18n, boolean withDate) {
        if (s.responseDue() == null) {
            return "";
        }
        ZoneId zone = ZoneId.systemDefault();
        // The deadline ends at the next midnight: its day is the one before that instant.
        LocalDate day = s.responseDue().minusMillis(1).atZone(zone).toLocalDate();
        long left = ChronoUnit.DAYS.between(LocalDate.now(zone), day);
        String date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(i18n.locale()).format(day);
        if (!withDate) {
            return left < 0 ? i18n.get("complaint.list.overdue", -left) : left == 0 ? i18n.get("complaint.list.today")
                    : left == 1 ? i18n.get("complaint.list.tomorrow") : i18n.get("complaint.list.days", left);
        }
        return left < 0 ? i18n.get("complaint.deadline.overdue", -left, date) : left == 0 ? i18n.get("complaint.deadline.today", date)
                : left == 1 ? i18n.get("complaint.deadline.tomorrow", date) : i18n.get("complaint.deadline.days", left, date);
    }
}
