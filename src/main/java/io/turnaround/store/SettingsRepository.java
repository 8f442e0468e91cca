package io.turnaround.store;

import io.turnaround.domain.SettingKey;
import io.turnaround.domain.Settings;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;

/** Settings as key/value rows; an unknown or unreadable value falls back to its default. */
public final class SettingsRepository implements SettingsStore {
    private final Database db;

    public SettingsRepository(Database db) {
        this.db = db;
    }

    @Override
    public Settings load() {
        Map<String, String> values = new HashMap<>();
        db.read(c -> Sql.query(c, "SELECT key, value FROM settings", r -> values.put(r.text("key"), r.text("value"))));
        Settings d = Settings.DEFAULTS;
        return new Settings(integer(values.get(SettingKey.PROPOSAL_BUFFER_DAYS.stored()), d.proposalBufferDays()),
                integer(values.get(SettingKey.PROPOSAL_DAILY_CAPACITY.stored()), d.dailyCapacity()),
                time(values.get(SettingKey.PROPOSAL_CONTACT_TIME.stored()), d.contactTime()),
                values.getOrDefault(SettingKey.COMPANY_NAME.stored(), d.companyName()), values.getOrDefault(SettingKey.MANAGER_NAME.stored(), ""),
                values.getOrDefault(SettingKey.MANAGER_TITLE.stored(), ""), values.getOrDefault(SettingKey.MANAGER_EMAIL.stored(), ""),
                values.getOrDefault(SettingKey.SUMMARY_LANGUAGE.stored(), ""));
    }

    @Override
    public void save(Settings s) {
        db.write(c -> {
            String upsert = "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value";
            Sql.update(c, upsert, SettingKey.PROPOSAL_BUFFER_DAYS.stored(), String.valueOf(s.proposalBufferDays()));
            Sql.update(c, upsert, SettingKey.PROPOSAL_DAILY_CAPACITY.stored(), String.valueOf(s.dailyCapacity()));
            Sql.update(c, upsert, SettingKey.PROPOSAL_CONTACT_TIME.stored(), s.contactTime().toString());
            Sql.update(c, upsert, SettingKey.COMPANY_NAME.stored(), s.companyName());
            Sql.update(c, upsert, SettingKey.MANAGER_NAME.stored(), s.managerName());
            Sql.update(c, upsert, SettingKey.MANAGER_TITLE.stored(), s.managerTitle());
            Sql.update(c, upsert, SettingKey.MANAGER_EMAIL.stored(), s.managerEmail());
            Sql.update(c, upsert, SettingKey.SUMMARY_LANGUAGE.stored(), s.summaryLanguage());
            return null;
        });
    }

    @Override
    public java.util.Optional<String> value(SettingKey key) {
        return db.read(c -> Sql.query(c, "SELECT value FROM settings WHERE key = ?", r -> r.text("value"), key.stored())).stream()
                .findFirst();
    }

    @Override
    public void put(SettingKey key, String value) {
        db.write(c -> {
            Sql.update(c, "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                    key.stored(), value);
            return null;
        });
    }

    private static int integer(String v, int fallback) {
        try {
            return v == null ? fallback : Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static LocalTime time(String v, LocalTime fallback) {
        try {
            return v == null ? fallback : LocalTime.parse(v.strip());
        } catch (DateTimeParseException e) {
            return fallback;
        }
    }
}
