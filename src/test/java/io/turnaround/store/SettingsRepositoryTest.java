package io.turnaround.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.turnaround.domain.Settings;
import java.nio.file.Path;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Part of the store contract: the same assertions on the SQLite file and on a PostgreSQL database. */
@org.junit.jupiter.params.ParameterizedClass
@org.junit.jupiter.params.provider.EnumSource(Engine.class)
class SettingsRepositoryTest {
    @org.junit.jupiter.params.Parameter
    Engine engine;
    @TempDir
    Path dir;

    @Test
    void defaultsUntilSavedThenWhatWasSaved() {
        try (Database db = TestLibrary.create(engine, dir).open()) {
            SettingsRepository repo = new SettingsRepository(db);
            assertEquals(Settings.DEFAULTS, repo.load());
            Settings mine = new Settings(2, 5, LocalTime.of(14, 30), "Rivertown Garments Ltd");
            repo.save(mine);
            repo.save(mine);
            assertEquals(mine, repo.load());
        }
    }

    @Test
    void anUnreadableValueFallsBackToItsDefault() {
        try (Database db = TestLibrary.create(engine, dir).open()) {
            db.write(c -> {
                Sql.update(c, "INSERT INTO settings (key, value) VALUES ('proposal.buffer.days', 'two'), "
                        + "('proposal.contact.time', '25:99')");
                return null;
            });
            Settings s = new SettingsRepository(db).load();
            assertEquals(Settings.DEFAULTS.proposalBufferDays(), s.proposalBufferDays());
            assertEquals(Settings.DEFAULTS.contactTime(), s.contactTime());
        }
    }
}
