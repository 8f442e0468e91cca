package io.turnaround.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.turnaround.domain.CaseFile;
import io.turnaround.domain.DraftField;
import io.turnaround.domain.Settings;
import io.turnaround.ui.approval.ApprovalViewModel;
import io.turnaround.ui.ask.AskViewModel;
import io.turnaround.ui.common.AddLine;
import io.turnaround.ui.common.CaseSession;
import io.turnaround.ui.conclusions.ConclusionsViewModel;
import io.turnaround.ui.facts.FactsViewModel;
import io.turnaround.ui.prevention.PreventionViewModel;
import io.turnaround.ui.produce.ProduceViewModel;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every add-line and add-form keeps what is typed as a draft: saved as it is typed, back when the case is opened again
 * (after a crash: a new session on what the disk holds), and gone in the same save that stores the item.
 */
class DraftsTest {
    @TempDir
    Path dir;

    @Test
    void everyAddLineKeepsItsDraftAndEnteringItStoresTheItemAndEmptiesTheLine() {
        check(DraftField.ASK_QUESTION, s -> new AskViewModel(s).questionLine(), c -> c.ask().questions().stream()
                .filter(q -> q.kind() == io.turnaround.domain.QuestionKind.CUSTOM).findFirst().orElseThrow().text());
        check(DraftField.ASK_PROBLEM, s -> new AskViewModel(s).problemLine(), c -> c.ask().problems().get(0).text());
        check(DraftField.ASK_CHECK_DOWN, s -> new AskViewModel(s).checkDownLine(), c -> c.ask().checkDowns().get(0).statement());
        check(DraftField.PRODUCE_EXPECTATION, s -> produce(s).expectations().line(), c -> c.produce().expectations().get(0).text());
        check(DraftField.SCENARIO, s -> new ConclusionsViewModel(s).scenarioLine(), c -> c.conclusions().scenarios().get(0).description());
    }

    private void check(DraftField field, Function<CaseSession, AddLine> line, Function<CaseFile, String> added) {
        try (SessionFixture f = new SessionFixture(dir.resolve(field.name()))) {
            line.apply(f.session).textProperty().set("200 gowns with torn se");
            CaseFile onDisk = f.reloaded();
            assertEquals("200 gowns with torn se", onDisk.draft(field), field + ": saved as typed");

            CaseSession restarted = new CaseSession(onDisk, f.repository, f.tasks, f.clock);
            AddLine reopened = line.apply(restarted);
            assertEquals("200 gowns with torn se", reopened.textProperty().get(), field + ": back in its line after a restart");
            reopened.textProperty().set("200 gowns with torn seams");
            assertTrue(reopened.enter());
            assertEquals("", reopened.textProperty().get());
            f.await(restarted.flush());
            CaseFile after = f.repository.load(onDisk.id()).orElseThrow();
            assertEquals("200 gowns with torn seams", added.apply(after), field + ": entered");
            assertEquals("", after.draft(field), field + ": the line is empty on disk too");
            assertFalse(reopened.enter(), "an empty line adds nothing");
        }
    }

    private static ProduceViewModel produce(CaseSession s) {
        return new ProduceViewModel(s, java.time.Clock.systemUTC(), id -> CompletableFuture.completedFuture(List.of()), () -> Settings.DEFAULTS);
    }

    @Test
    void theAddFormsKeepTheirTextFieldsUntilTheItemIsAdded() {
        try (SessionFixture f = new SessionFixture(dir)) {
            FactsViewModel facts = new FactsViewModel(f.session, null, ZoneId.of("Europe/Paris"));
            facts.whatProperty().set("Seams split on 14 of 20 gowns");
            facts.timeProperty().set("14:3");
            facts.evidenceProperty().set("Photos from the ward");
            ApprovalViewModel people = new ApprovalViewModel(f.session, f.clock, c -> null);
            people.nameProperty().set("Dr Ana Ruiz");
            people.organisationProperty().set("St Mary's");
            people.roleProperty().set("Purchasing director");
            people.emailProperty().set("a.ruiz@stmarys.example");
            PreventionViewModel prevention = new PreventionViewModel(f.session, f.clock);
            prevention.whatProperty().set("Tensile test of every seam batch");
            prevention.ownerProperty().set("Quality lead");

            CaseFile onDisk = f.reloaded();
            CaseSession restarted = new CaseSession(onDisk, f.repository, f.tasks, f.clock);
            FactsViewModel facts2 = new FactsViewModel(restarted, null, ZoneId.of("Europe/Paris"));
            assertEquals("Seams split on 14 of 20 gowns", facts2.whatProperty().get());
            assertEquals("14:3", facts2.timeProperty().get(), "even a time not yet readable");
            assertEquals("Photos from the ward", facts2.evidenceProperty().get());
            ApprovalViewModel people2 = new ApprovalViewModel(restarted, f.clock, c -> null);
            assertEquals("Dr Ana Ruiz", people2.nameProperty().get());
            assertEquals("St Mary's", people2.organisationProperty().get());
            assertEquals("Purchasing director", people2.roleProperty().get());
            assertEquals("a.ruiz@stmarys.example", people2.emailProperty().get());
            PreventionViewModel prevention2 = new PreventionViewModel(restarted, f.clock);
            assertEquals("Tensile test of every seam batch", prevention2.whatProperty().get());
            assertEquals("Quality lead", prevention2.ownerProperty().get());

            assertFalse(facts2.add(), "14:3 is not a time: nothing added, nothing lost");
            assertEquals("Seams split on 14 of 20 gowns", restarted.current().draft(DraftField.FACT_WHAT));
            facts2.timeProperty().set("14:30");
            assertTrue(facts2.add());
            assertTrue(people2.addParty());
            assertTrue(prevention2.add());
            f.await(restarted.flush());
            CaseFile after = f.repository.load(onDisk.id()).orElseThrow();
            assertEquals("Seams split on 14 of 20 gowns", after.facts().get(0).what());
            assertEquals("Dr Ana Ruiz", after.parties().get(0).name());
            assertEquals("Tensile test of every seam batch", after.prevention().actions().get(0).what());
            // The organisation stays for the next person of the same firm; everything else was entered.
            assertEquals(List.of(DraftField.PARTY_ORGANISATION), after.drafts().stream().map(d -> d.field()).toList());
        }
    }
}
