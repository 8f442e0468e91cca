package io.turnaround.app;

import io.turnaround.domain.CaseFile;
import io.turnaround.export.CaseFormatException;
import io.turnaround.export.CaseJson;
import io.turnaround.store.CaseRepository;
import io.turnaround.store.Database;
import io.turnaround.store.SettingsRepository;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;

/**
 * The fire-department example of METHOD.md, filled in through both approval loops, added once
 * on first run so a new user can see every step done well. Marked as a sample, easy to delete;
 * once deleted it does not come back.
 */
public final class SampleCase {
    static final io.turnaround.domain.SettingKey OFFERED = io.turnaround.domain.SettingKey.SAMPLE_OFFERED;

    private SampleCase() {
    }

    public static CaseFile load() {
        try (InputStream in = SampleCase.class.getResourceAsStream("sample-case.json")) {
            if (in == null) {
                throw new IllegalStateException("The sample case is missing from the application");
            }
            return new CaseJson().read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (CaseFormatException e) {
            throw new IllegalStateException("The sample case does not match the case format: " + e.getMessage(), e);
        }
    }

    /** Adds the sample the first time this data folder is used; returns it when it was added. */
    public static Optional<CaseFile> installOnFirstRun(Database db, Clock clock) {
        SettingsRepository settings = new SettingsRepository(db);
        if (settings.value(OFFERED).isPresent()) {
            return Optional.empty();
        }
        CaseRepository cases = new CaseRepository(db, clock);
        CaseFile added = cases.count(io.turnaround.domain.CaseQuery.ALL) == 0 ? cases.create(load()) : null;
        settings.put(OFFERED, "true");
        return Optional.ofNullable(added);
    }
}
