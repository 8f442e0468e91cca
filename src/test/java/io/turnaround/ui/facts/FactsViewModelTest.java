package io.turnaround.ui.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.turnaround.domain.Attachment;
import io.turnaround.domain.Fact;
import io.turnaround.domain.NoteTag;
import io.turnaround.domain.Side;
import io.turnaround.store.AttachmentFiles;
import io.turnaround.ui.SessionFixture;
import io.turnaround.ui.listen.ListenViewModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FactsViewModelTest {
    @TempDir
    Path dir;

    private FactsViewModel vm(SessionFixture f) {
        AttachmentFiles files = new AttachmentFiles(dir.resolve("data"));
        return new FactsViewModel(f.session, new FactFiles() {
            @Override
            public CompletableFuture<Attachment> copyIn(long caseId, Path source) {
                return CompletableFuture.completedFuture(files.copyIn(caseId, source));
            }

            @Override
            public Path pathOf(long caseId, Attachment a) {
                return files.pathOf(caseId, a);
            }
        }, f.clock.getZone());
    }

    @Test
    void theTimelineStaysInOrderOfWhenThingsHappened() {
        try (SessionFixture f = new SessionFixture(dir.resolve("db"))) {
            FactsViewModel vm = vm(f);
            for (String[] row : new String[][] {{"2026-02-20", "", "Laundry letter"}, {"2026-01-10", "14:05", "Order received"},
                {"2026-01-10", "", "Quote sent"}, {"", "", "Undated remark"}}) {
                vm.dateProperty().set(row[0].isEmpty() ? null : LocalDate.parse(row[0]));
                vm.timeProperty().set(row[1]);
                vm.whatProperty().set(row[2]);
                assertTrue(vm.add());
            }
            assertEquals(List.of("Quote sent", "Order received", "Laundry letter", "Undated remark"),
                    f.reloaded().facts().stream().map(Fact::what).toList());
            assertEquals(LocalTime.of(14, 5), f.session.current().facts().get(1).time());
            vm.whatProperty().set("Bad time");
            vm.timeProperty().set("noonish");
            assertFalse(vm.add());
            assertEquals(io.turnaround.ui.common.TypedInput.TIME_INVALID, vm.formErrorProperty().get());
        }
    }

    @Test
    void claimsFromTheCallBecomeUnverifiedFactsOnce() {
        try (SessionFixture f = new SessionFixture(dir.resolve("db"))) {
            ListenViewModel listen = new ListenViewModel(f.session, f.clock);
            listen.startCall();
            listen.draftProperty().set("All 40 shirts peeled");
            listen.addNote();
            listen.tagCurrent(NoteTag.CLAIM);
            listen.draftProperty().set("Furious");
            listen.addNote();
            FactsViewModel vm = vm(f);
            assertEquals(1, vm.addClaimsFromCall());
            assertEquals(0, vm.addClaimsFromCall(), "not twice");
            Fact fact = f.reloaded().facts().get(0);
            assertEquals("All 40 shirts peeled", fact.what());
            assertEquals(Side.CUSTOMER, fact.source());
            assertFalse(fact.verified());
            assertEquals(LocalDate.of(2026, 3, 2), fact.date(), "the day of the call");
            vm.toggleVerified(fact);
            assertTrue(f.reloaded().facts().get(0).verified());
        }
    }

    @Test
    void aFileIsCopiedIntoTheCaseAndAttached() throws Exception {
        try (SessionFixture f = new SessionFixture(dir.resolve("db"))) {
            FactsViewModel vm = vm(f);
            vm.whatProperty().set("Lab test of a washed shirt");
            vm.add();
            Path report = dir.resolve("lab.pdf");
            Files.writeString(report, "%PDF-1.7 lab report");
            Attachment a = f.await(vm.attach(vm.facts().get(0), report));
            Fact stored = f.reloaded().facts().get(0);
            assertEquals(List.of(a), stored.attachments());
            assertEquals("lab.pdf", a.originalName());
            assertEquals("%PDF-1.7 lab report", Files.readString(vm.pathOf(a)));
        }
    }

    @Test
    void theSampleGivesASentenceToPutIntoAFact() {
        try (SessionFixture f = new SessionFixture(dir.resolve("db"))) {
            FactsViewModel vm = vm(f);
            vm.populationProperty().set("15,000");
            vm.sampleProperty().set("300");
            assertEquals("", vm.sampleResultProperty().get());
            vm.defectsProperty().set("2");
            assertTrue(vm.sampleResultProperty().get().startsWith("Out of 15,000 items we sampled 300 and found 2"));
            vm.defectsProperty().set("301");
            assertEquals("", vm.sampleResultProperty().get(), "impossible figures give no sentence");
            vm.defectsProperty().set("2");
            vm.insertSample();
            assertTrue(vm.whatProperty().get().contains("about 1 in 42 at worst"));
        }
    }
}
