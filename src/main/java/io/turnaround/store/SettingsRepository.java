package io.turnaround.store;

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
        return new Settings(integer(values.get("proposal.buffer.days"), d.proposalBufferDays()),
                integer(values.get("proposal.daily.capacity"), d.dailyCapacity()),
                time(values.get("proposal.contact.time"), d.contactTime()),
                values.getOrDefault("company.name", d.companyName()), values.getOrDefault("manager.name", ""),
                values.getOrDefault("manager.title", ""), values.getOrDefault("manager.email", ""),
                values.getOrDefault("summary.language", ""));
    }

    @Override
    public void save(Settings s) {
        db.write(c -> {
            String upsert = "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value";
            Sql.update(c, upsert, "proposal.buffer.days", String.valueOf(s.proposalBufferDays()));
            Sql.update(c, upsert, "proposal.daily.capacity", String.valueOf(s.dailyCapacity()));
            Sql.update(c, upsert, "proposal.contact.time", s.contactTime().toString());
            Sql.update(c, upsert, "company.name", s.companyName());
            Sql.update(c, upsert, "manager.name", s.managerName());
            Sql.update(c, upsert, "manager.title", s.managerTitle());
            Sql.update(c, upsert, "manager.email", s.managerEmail());
            Sql.update(c, upsert, "summary.language", s.summaryLanguage());
            return null;
        });
    }

    @Override
    public java.util.Optional<String> value(String key) {
        return db.read(c -> Sql.query(c, "SELECT value FROM settings WHERE key = ?", r -> r.text("value"), key)).stream().findFirst();
    }

    @Override
    public void put(String key, String value) {
        db.write(c -> {
            Sql.update(c, "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                    key, value);
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
