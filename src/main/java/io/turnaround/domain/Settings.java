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
 * @param managerName        the manager handling the cases: who signs the covering letter
 * @param managerTitle       their title, under the signature
 * @param managerEmail       their address: the email draft's From and the invitation's organiser
 * @param summaryLanguage    the language of customer documents unless a case says otherwise (BCP 47); empty for the
 *                           app's own language
 */
public record Settings(int proposalBufferDays, int dailyCapacity, LocalTime contactTime, String companyName, String managerName,
                       String managerTitle, String managerEmail, String summaryLanguage) {
    public static final Settings DEFAULTS = new Settings(1, 3, LocalTime.of(10, 0), "", "", "", "", "");

    public Settings {
        proposalBufferDays = Math.max(0, proposalBufferDays);
        dailyCapacity = Math.max(1, dailyCapacity);
        contactTime = contactTime == null ? LocalTime.of(10, 0) : contactTime;
        companyName = Texts.orEmpty(companyName);
        managerName = Texts.orEmpty(managerName);
        managerTitle = Texts.orEmpty(managerTitle);
        managerEmail = Texts.orEmpty(managerEmail);
        summaryLanguage = Texts.orEmpty(summaryLanguage);
    }

    /** Preferences with nobody named as the manager yet. */
    public Settings(int proposalBufferDays, int dailyCapacity, LocalTime contactTime, String companyName) {
        this(proposalBufferDays, dailyCapacity, contactTime, companyName, "", "", "", "");
    }

    public Settings withManager(String name, String title, String email) {
        return new Settings(proposalBufferDays, dailyCapacity, contactTime, companyName, name, title, email, summaryLanguage);
    }
}
