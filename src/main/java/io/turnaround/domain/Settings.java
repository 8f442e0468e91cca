package io.turnaround.domain;

import java.time.LocalTime;

/**
 * The manager's preferences.
 *
 * @param proposalBufferDays working days between today and the earliest date the app proposes
 * @param dailyCapacity      how many commitments the manager takes on for one day before the
 *                           proposal moves to the next
 * @param contactTime        the time of day proposed for a next contact
 * @param companyName        the firm's name, for the letterhead of customer documents
 */
public record Settings(int proposalBufferDays, int dailyCapacity, LocalTime contactTime, String companyName) {
    public static final Settings DEFAULTS = new Settings(1, 3, LocalTime.of(10, 0), "");

    public Settings {
        proposalBufferDays = Math.max(0, proposalBufferDays);
        dailyCapacity = Math.max(1, dailyCapacity);
        contactTime = contactTime == null ? LocalTime.of(10, 0) : contactTime;
        companyName = Texts.orEmpty(companyName);
    }
}
