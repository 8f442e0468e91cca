package io.turnaround.reliability;

import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.turnaround.TestCases;
import io.turnaround.domain.CaseFile;
import io.turnaround.domain.VisibilityCatalog;
import io.turnaround.export.CaseJson;
import io.turnaround.store.CaseRepository;
import io.turnaround.store.Database;
import io.turnaround.ui.common.BackgroundTasks;
import io.turnaround.ui.common.CaseSession;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/**
 * Runs a whole case through the store, the autosave (with a failing save) and the command line,
 * with every logger at TRACE, and proves no customer name, email address or note text reaches
 * the log.
 */
class LogPrivacyTest {
    @TempDir
    Path dir;

    @Test
    void theLogCarriesNoCustomerData() throws Exception {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Level before = root.getLevel();
        ListAppender<ILoggingEvent> captured = new ListAppender<>();
        captured.start();
        root.addAppender(captured);
        root.setLevel(Level.TRACE);
        try {
            CaseFile c = TestCases.fullyPopulated();
            try (Database db = Database.openIn(dir)) {
                CaseRepository repo = new CaseRepository(db, Clock.systemUTC());
                CaseFile stored = repo.create(c);
                io.turnaround.ui.TestUiThread ui = new io.turnaround.ui.TestUiThread();
                BackgroundTasks tasks = new BackgroundTasks(ui);
                CaseSession session = new CaseSession(stored, repo, tasks, Clock.systemUTC());
                session.update(x -> x.withHeader(x.header().withSubject(x.header().subject() + " (edited)")));
                ui.await(session.flush());
                // A failing save logs too: it must say that it failed, not what was being saved.
                CaseSession failing = new CaseSession(stored.withId(999_999), repo, tasks, Clock.systemUTC());
                failing.update(x -> x.withHeader(x.header().withSubject("Zoë's edit")));
                ui.await(failing.flush());
                tasks.close();
            }
            Path json = dir.resolve("case.json");
            Files.writeString(json, new CaseJson().write(c));
            io.turnaround.cli.Cli cli = new io.turnaround.cli.Cli(dir, new java.io.PrintStream(java.io.OutputStream.nullOutputStream()),
                    new java.io.PrintStream(java.io.OutputStream.nullOutputStream()), Clock.systemUTC());
            cli.run(List.of("import", json.toString()));
            // The summary's canaries: a canary in every internal field, exported as PDF and email.
            CaseFile canaries = io.turnaround.TextFields.fill(c, (owner, field, internal, current) -> internal
                    ? "LOGCANARY" + owner.getSimpleName() + field.getName() : current);
            Files.writeString(json, new CaseJson().write(canaries));
            cli.run(List.of("import", json.toString()));
            cli.run(List.of("export-pdf", "3", "--out", dir.resolve("s.pdf").toString()));
            cli.run(List.of("email-draft", "3", "--out", dir.resolve("s.eml").toString()));
            assertTrue(Files.size(dir.resolve("s.pdf")) > 1000 && Files.size(dir.resolve("s.eml")) > 1000, "both were exported");
        } finally {
            root.detachAppender(captured);
            root.setLevel(before);
        }
        List<String> secrets = new ArrayList<>();
        collectSecrets(secrets);
        assertTrue(captured.list.size() > 0, "the run logged something to check");
        for (ILoggingEvent e : captured.list) {
            String line = e.getFormattedMessage() + (e.getThrowableProxy() == null ? "" : " " + e.getThrowableProxy().getMessage());
            for (String secret : secrets) {
                assertTrue(!line.contains(secret), "the log contains \"" + secret + "\": " + line);
            }
        }
    }

    /** Every customer name, email and phone, and every text of the sample case. */
    private static void collectSecrets(List<String> secrets) {
        CaseFile c = TestCases.fullyPopulated();
        c.parties().forEach(p -> {
            secrets.add(p.name());
            if (!p.email().isEmpty()) {
                secrets.add(p.email());
            }
        });
        c.listen().notes().forEach(n -> secrets.add(n.text().lines().findFirst().orElse("")));
        secrets.add(c.header().subject());
        secrets.add(c.header().customerOrganisation());
        secrets.add(c.conclusions().internalOpinion());
        secrets.add("Zoë's edit");
        secrets.add("LOGCANARY");
        assertTrue(VisibilityCatalog.textFields().size() > 20);
    }
}
