package io.turnaround.domain;

/**
 * Every value kept in the settings table, by name: code never spells a key twice, and a renamed key is one change here
 * (with a migration of the stored rows).
 */
public enum SettingKey {
    PROPOSAL_BUFFER_DAYS("proposal.buffer.days"),
    PROPOSAL_DAILY_CAPACITY("proposal.daily.capacity"),
    PROPOSAL_CONTACT_TIME("proposal.contact.time"),
    COMPANY_NAME("company.name"),
    MANAGER_NAME("manager.name"),
    MANAGER_TITLE("manager.title"),
    MANAGER_EMAIL("manager.email"),
    SUMMARY_LANGUAGE("summary.language"),
    /** The sample case was offered once (added, or deleted since): it is not offered again. */
    SAMPLE_OFFERED("sample.offered"),
    WELCOME_DISMISSED("ui.welcome.dismissed"),
    THEME("ui.theme"),
    /** The window's text size (View › Text size). */
    TEXT_SIZE("ui.text-size"),
    /** The case open now, kept until a normal quit: after a crash the next start opens it again. */
    RESUME_CASE("resume.case"),
    /** The step shown of that case. */
    RESUME_STEP("resume.step"),
    /** The complaint rules new cases take (Settings › Complaint rules): the firm's, shared by its managers. */
    COMPLAINT_REGIME("complaint.regime", true),
    /** The time zone the firm's deadlines end their days in. */
    COMPLAINT_ZONE("complaint.zone", true),
    /** The England and Wales bank holidays as edited by the firm (absent: the bundled list). */
    HOLIDAYS_ENGLAND_AND_WALES("complaint.holidays.england-and-wales", true),
    /** The US federal holidays as edited by the firm. */
    HOLIDAYS_US_FEDERAL("complaint.holidays.us-federal", true),
    /** The firm's own wording of each letter, replacing the app's (absent: the app's). */
    WORDING_ACKNOWLEDGEMENT("complaint.wording.acknowledgement", true),
    WORDING_HOLDING_RESPONSE("complaint.wording.holding-response", true),
    WORDING_SUMMARY_RESOLUTION("complaint.wording.summary-resolution", true),
    WORDING_FINAL_RESPONSE("complaint.wording.final-response", true);

    private final String stored;
    private final boolean firmWide;

    SettingKey(String stored) {
        this(stored, false);
    }

    SettingKey(String stored, boolean firmWide) {
        this.stored = stored;
        this.firmWide = firmWide;
    }

    /** One value for the whole team library (the firm's rules), not one per manager. */
    public boolean firmWide() {
        return firmWide;
    }

    /** The key as stored in the settings table. */
    public String stored() {
        return stored;
    }
}
