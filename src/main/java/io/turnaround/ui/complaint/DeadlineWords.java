package io.turnaround.ui.complaint;

import io.turnaround.domain.ComplaintClock;
import io.turnaround.domain.HolidayCalendar;
import io.turnaround.ui.common.I18n;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/** A deadline in plain words: "due in 12 days (8 business days), Tue 19 Jan", "due today", "overdue by 3 days". */
public final class DeadlineWords {
    private final I18n i18n;
    private final DateTimeFormatter date;

    public DeadlineWords(I18n i18n) {
        this.i18n = i18n;
        this.date = DateTimeFormatter.ofPattern("EEE d MMM uuuu", i18n.locale());
    }

    /** How long is left, with the day; {@code calendar} counts the business days of a rule that counts them. */
    public String left(ComplaintClock.Deadline d, LocalDate today, HolidayCalendar calendar) {
        String day = date.format(d.due());
        if (d.met()) {
            return i18n.get("complaint.deadline.met", day);
        }
        long days = ComplaintClock.daysLeft(d, today);
        if (days < 0) {
            return d.optional() ? i18n.get("complaint.deadline.passed", day) : i18n.get("complaint.deadline.overdue", -days, day);
        }
        if (days == 0) {
            return i18n.get("complaint.deadline.today", day);
        }
        if (days == 1) {
            return i18n.get("complaint.deadline.tomorrow", day);
        }
        return d.businessDays()
                ? i18n.get("complaint.deadline.business", days, calendar.businessDaysBetween(today, d.due()), day)
                : i18n.get("complaint.deadline.days", days, day);
    }

    /** The rules' short name: "FCA", "CFPB", "ISO 10002". */
    public String regime(io.turnaround.domain.Regime regime) {
        return i18n.of(regime);
    }

    /** The deadline's name and what is left: "Final response: due in 45 days, Thu 18 Feb 2027". */
    public String line(ComplaintClock.Deadline d, LocalDate today, HolidayCalendar calendar) {
        return i18n.of(d.kind()) + ": " + left(d, today, calendar);
    }
}
