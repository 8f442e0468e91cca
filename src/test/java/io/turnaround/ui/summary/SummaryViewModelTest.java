package io.turnaround.ui.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.turnaround.TestCases;
import io.turnaround.export.SummaryFixture;
import io.turnaround.store.PrivateFiles;
import io.turnaround.store.SettingsRepository;
import io.turnaround.ui.SessionFixture;
import io.turnaround.ui.common.DialogService;
import io.turnaround.ui.common.I18n;
import io.turnaround.ui.common.SettingsModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummaryViewModelTest {
    @TempDir
    Path dir;
    private SessionFixture fx;
    private SettingsModel settings;
    private io.turnaround.ui.RecordingDialogs dialogs;

    @BeforeEach
    void open() {
        fx = new SessionFixture(dir);
        dialogs = new io.turnaround.ui.RecordingDialogs(dir);
        settings = new SettingsModel(new SettingsRepository(fx.db), fx.tasks);
        var populated = TestCases.fullyPopulated();
        fx.session.update(c -> c.withParties(populated.parties()).withFacts(populated.facts()).withResolution(populated.resolution())
                .withConclusions(populated.conclusions()).withPrevention(populated.prevention())
                .withApproval(populated.approval().withCoverText("")));
    }

    @AfterEach
    void close() {
        fx.close();
    }

    private SummaryViewModel viewModel() {
        SummaryViewModel.ExportFiles files = new SummaryViewModel.ExportFiles() {
            @Override
            public void write(Path target, byte[] content) throws IOException {
                PrivateFiles.writeAtomically(target, content);
            }

            @Override
            public Path draftsFolder() throws IOException {
                return Files.createDirectories(dir.resolve("exports"));
            }
        };
        SummaryViewModel vm = new SummaryViewModel(fx.session, SummaryFixture.exporter(), settings, () -> null, fx.tasks, dialogs,
                files, fx.clock, new I18n(Locale.UK));
        vm.load();
        fx.settle();
        return vm;
    }

    @Test
    void theCoveringTextIsDraftedFromTheCaseAndKeptAsTyped() {
        SummaryViewModel vm = viewModel();
        assertTrue(vm.coverProperty().get().startsWith("Dear Zoë Ångström-Øster,"), vm.coverProperty().get());
        vm.coverProperty().set("Dear Zoë,\n\nAs promised, the summary.");
        fx.settle();
        assertEquals("Dear Zoë,\n\nAs promised, the summary.", viewModel().coverProperty().get(), "a new dialog shows what was typed");
        assertEquals("Dear Zoë,\n\nAs promised, the summary.", fx.session.current().approval().coverText(),
                "the covering text is part of the case, frozen with the next revision sent");
        viewModel().redraft();
        fx.settle();
    }

    @Test
    void aSentRevisionShowsTheCoveringTextItWasSentWithAndLeavesTheCasesAlone() {
        SummaryViewModel vm = viewModel();
        vm.coverProperty().set("Typed for the next revision");
        fx.settle();
        vm.revisionProperty().set(vm.revisions().get(1));
        fx.settle();
        assertEquals("Dear Zoë,\n\nHere is our summary.", vm.coverProperty().get());
        assertEquals(false, vm.editableProperty().get());
        assertEquals("Typed for the next revision", fx.session.current().approval().coverText());
        vm.revisionProperty().set(vm.revisions().get(0));
        assertEquals("Typed for the next revision", vm.coverProperty().get());
        assertEquals(true, vm.editableProperty().get());
    }

    @Test
    void savePdfWritesThePdfWithTheEditedCoveringText() throws Exception {
        SummaryViewModel vm = viewModel();
        vm.coverProperty().set("Dear Zoë, the summary you asked for.");
        Path saved = fx.await(vm.savePdf());
        assertTrue(Files.size(saved) > 1000);
        assertTrue(SummaryFixture.text(Files.readAllBytes(saved)).contains("Dear Zoë, the summary you asked for."));
        assertTrue(saved.getFileName().toString().endsWith(".pdf"));
        assertEquals(List.of(), dialogs.errors);
    }

    @Test
    void emailToAllPartiesWritesADraftAndOpensIt() {
        SummaryViewModel vm = viewModel();
        Path eml = fx.await(vm.emailDraft());
        fx.settle();
        assertEquals(List.of(eml), dialogs.opened);
        assertTrue(eml.startsWith(dir.resolve("exports")));
        assertTrue(eml.getFileName().toString().endsWith(".eml"));
    }

    @Test
    void aNextContactInThePastIsWarnedAboutBeforeExport() {
        java.time.ZonedDateTime now = fx.clock.instant().atZone(java.time.ZoneId.of("Europe/Paris"));
        fx.session.update(c -> c.withProduce(c.produce().withCommitments(java.util.List.of(new io.turnaround.domain.Commitment("k1",
                "Call back", "Ana", null, null, now.minusDays(2), true, null)))));
        assertTrue(viewModel().pastNextContact().contains("is in the past"), viewModel().pastNextContact());
        fx.session.update(c -> c.withProduce(c.produce().withCommitments(java.util.List.of(new io.turnaround.domain.Commitment("k1",
                "Call back", "Ana", null, null, now.plusDays(2), true, null)))));
        assertEquals("", viewModel().pastNextContact());
    }

    @Test
    void theSignerIsShownBeforeSending() {
        assertEquals("王小明, Head of Production", viewModel().signer(), "the party of our firm chosen on the case");
        fx.session.update(c -> c.withApproval(c.approval().withSigner(null)));
        assertEquals("", viewModel().signer(), "nobody named in Settings yet");
        settings.save(io.turnaround.domain.Settings.DEFAULTS.withManager("Ana Lima", "COO", "ana@northwind.example"));
        fx.settle();
        assertEquals("Ana Lima, COO", viewModel().signer());
        assertEquals("ana@northwind.example", viewModel().senderAddress());
    }

    @Test
    void thePositioningPhrasesAreInTheSummarysLanguage() {
        assertEquals(List.of("As we agreed", "As promised", "From prior conversations", "As you know"), viewModel().phrases());
        fx.session.update(c -> c.withApproval(c.approval().withLanguage("de-DE")));
        assertEquals("Wie vereinbart", viewModel().phrases().get(0));
    }

    @Test
    void everySentRevisionCanBeChosen() {
        SummaryViewModel vm = viewModel();
        assertEquals(1 + fx.session.current().approval().revisions().size(), vm.revisions().size());
        assertEquals(null, vm.revisions().get(0).number());
    }

    @Test
    void partiesWithoutAUsableAddressAreNamedBeforeSending() {
        fx.session.update(c -> {
            var parties = new ArrayList<>(c.parties());
            parties.add(new io.turnaround.domain.Party(null, "No Mail", "", "", "", "", io.turnaround.domain.Side.CUSTOMER, true));
            return c.withParties(parties);
        });
        assertTrue(viewModel().unreachable().stream().anyMatch(s -> s.startsWith("No Mail: ")));
    }
}
