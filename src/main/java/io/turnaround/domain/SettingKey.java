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
    RESUME_STEP("resume.step");

    private final String stored;

    SettingKey(String stored) {
        this.stored = stored;
    }

    /** The key as stored in the settings table. */
    public String stored() {
        return stored;
    }
}
