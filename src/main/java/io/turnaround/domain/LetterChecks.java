package io.turnaround.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the complaint's rules still require before a letter goes out: warnings the manager reads, never a block.
 */
public final class LetterChecks {
    private LetterChecks() {
    }

    /**
     * One thing missing or late.
     *
     * @param key  what is missing, for the UI's words ({@code complaint.check.<key>})
     * @param date the day it concerns (a passed deadline), or null
     */
    public record Warning(String key, LocalDate date) {
    }

    /**
     * @param body the letter's text as it will be sent (the firm's wording may leave out what ours says)
     */
    public static List<Warning> before(LetterKind kind, CaseFile c, String body, ComplaintRules rules, Instant now) {
        Complaint m = c.complaint();
        List<Warning> out = new ArrayList<>();
        if (!m.regulated()) {
            return out;
        }
        boolean closing = kind == LetterKind.FINAL_RESPONSE || kind == LetterKind.SUMMARY_RESOLUTION;
        if (kind == LetterKind.FINAL_RESPONSE) {
            if (m.outcome() == ComplaintOutcome.NONE) {
                out.add(new Warning("outcome", null));
            } else if (m.outcome() == ComplaintOutcome.REJECTED && m.outcomeReasons().isBlank()) {
                out.add(new Warning("reasons", null));
            }
            if (m.outcome() == ComplaintOutcome.UPHELD && m.redress().isEmpty() && c.resolution().remedy().isBlank()) {
                out.add(new Warning("redress", null));
            }
        }
        if (closing && m.regime().requiresRootCause() && m.rootCause().isBlank()) {
            out.add(new Warning("root-cause", null));
        }
        if (m.regime() == Regime.FCA && kind != LetterKind.ACKNOWLEDGEMENT
                && !body.toLowerCase(Locale.ROOT).contains("ombudsman")) {
            out.add(new Warning("referral", null));
        }
        if (kind == LetterKind.HOLDING_RESPONSE) {
            if (m.delayReason().isBlank()) {
                out.add(new Warning("delay-reason", null));
            }
            if (m.promisedBy() == null) {
                out.add(new Warning("promised-by", null));
            } else if (m.regime() == Regime.FCA && m.paymentServices()) {
                LocalDate longest = rules.calendarFor(m.regime()).businessDaysAfter(
                        (m.receivedAt() != null ? m.receivedAt() : c.header().openedAt()).atZone(rules.zone()).toLocalDate(), 35);
                if (m.promisedBy().isAfter(longest)) {
                    out.add(new Warning("beyond-35", longest));
                }
            }
        }
        if (kind == LetterKind.SUMMARY_RESOLUTION && m.regime() != Regime.FCA) {
            out.add(new Warning("summary-fca-only", null));
        }
        // The deadline this letter meets, passed already.
        for (ComplaintClock.Deadline d : ComplaintClock.deadlines(m, c.header().openedAt(), rules.calendarFor(m.regime()), rules.zone())) {
            boolean meets = switch (d.kind()) {
                case ACKNOWLEDGEMENT -> kind == LetterKind.ACKNOWLEDGEMENT;
                case FINAL_RESPONSE -> closing;
                case FIRST_RESPONSE -> kind == LetterKind.HOLDING_RESPONSE || closing;
                case SUMMARY_RESOLUTION -> kind == LetterKind.SUMMARY_RESOLUTION;
            };
            if (meets && !d.met() && !now.isBefore(d.dueAt())) {
                out.add(new Warning(d.optional() ? "summary-window" : "late", d.due()));
            }
        }
        return out;
    }
}
