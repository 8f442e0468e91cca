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

    /**
     * The role whose settings these are in a team library ("anna/"); empty for the case file on one computer. Asked of
     * the database on first use (on the worker), not when the repository is made (possibly on the FX thread).
     */
    private String prefix;

    public SettingsRepository(Database db) {
        this.db = db;
    }

    /**
     * A setting's row. In a team library each manager has their own (their name, their workload, where they were when
     * the app stopped, their theme); the firm's name is the team's.
     */
    private String key(SettingKey key) {
        if (prefix == null) {
            prefix = db.engine() == Engine.POSTGRESQL ? db.role() + "/" : "";
        }
        return key == SettingKey.COMPANY_NAME || key.firmWide() ? key.stored() : prefix + key.stored();
    }

    @Override
    public Settings load() {
        Map<String, String> rows = new HashMap<>();
        db.read(c -> Sql.query(c, "SELECT key, value FROM settings", r -> rows.put(r.text("key"), r.text("value"))));
        Map<SettingKey, String> values = new java.util.EnumMap<>(SettingKey.class);
        for (SettingKey k : SettingKey.values()) {
            String v = rows.get(key(k));
            if (v != null) {
                values.put(k, v);
            }
        }
        return settings(values);
    }

    /** The preferences from their stored values; one missing or unreadable takes its default. */
    static Settings settings(Map<SettingKey, String> values) {
        Settings d = Settings.DEFAULTS;
        return new Settings(integer(values.get(SettingKey.PROPOSAL_BUFFER_DAYS), d.proposalBufferDays()),
                integer(values.get(SettingKey.PROPOSAL_DAILY_CAPACITY), d.dailyCapacity()),
                time(values.get(SettingKey.PROPOSAL_CONTACT_TIME), d.contactTime()),
                values.getOrDefault(SettingKey.COMPANY_NAME, d.companyName()), values.getOrDefault(SettingKey.MANAGER_NAME, ""),
                values.getOrDefault(SettingKey.MANAGER_TITLE, ""), values.getOrDefault(SettingKey.MANAGER_EMAIL, ""),
                values.getOrDefault(SettingKey.SUMMARY_LANGUAGE, ""));
    }

    /** The values the preferences are stored as. */
    static Map<SettingKey, String> values(Settings s) {
        Map<SettingKey, String> out = new java.util.EnumMap<>(SettingKey.class);
        out.put(SettingKey.PROPOSAL_BUFFER_DAYS, String.valueOf(s.proposalBufferDays()));
        out.put(SettingKey.PROPOSAL_DAILY_CAPACITY, String.valueOf(s.dailyCapacity()));
        out.put(SettingKey.PROPOSAL_CONTACT_TIME, s.contactTime().toString());
        out.put(SettingKey.COMPANY_NAME, s.companyName());
        out.put(SettingKey.MANAGER_NAME, s.managerName());
        out.put(SettingKey.MANAGER_TITLE, s.managerTitle());
        out.put(SettingKey.MANAGER_EMAIL, s.managerEmail());
        out.put(SettingKey.SUMMARY_LANGUAGE, s.summaryLanguage());
        return out;
    }

    @Override
    public void save(Settings s) {
        db.write(c -> {
            String upsert = "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value";
            for (Map.Entry<SettingKey, String> e : values(s).entrySet()) {
                Sql.update(c, upsert, key(e.getKey()), e.getValue());
            }
            return null;
        });
    }

    @Override
    public java.util.Optional<String> value(SettingKey key) {
        return db.read(c -> Sql.query(c, "SELECT value FROM settings WHERE key = ?", r -> r.text("value"), key(key))).stream()
                .findFirst();
    }

    @Override
    public void put(SettingKey key, String value) {
        db.write(c -> {
            Sql.update(c, "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                    key(key), value);
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
