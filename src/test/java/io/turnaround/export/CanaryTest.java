package io.turnaround.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.turnaround.TestCases;
import io.turnaround.domain.Approval;
import io.turnaround.domain.ApprovalResponse;
import io.turnaround.domain.ApprovalRevision;
import io.turnaround.domain.CaseFile;
import io.turnaround.domain.VisibilityCatalog;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The summary issue's proof: a canary in every internal field, and none of them in any customer document. */
class CanaryTest {
    private final Canaries canaries = new Canaries();
    private final CaseFile withCanaries = withRevisionOfItself(canaries.fill(TestCases.fullyPopulated()));
    private final SummaryExporter exporter = SummaryFixture.exporter();

    @Test
    void everyInternalFieldOfTheModelCarriesACanary() {
        assertEquals(new HashSet<>(VisibilityCatalog.internalFields()), new HashSet<>(canaries.reached),
                "the fixture must reach every internal field; extend TestCases.fullyPopulated() when the model grows");
        assertTrue(canaries.placed.size() >= VisibilityCatalog.internalFields().size());
    }

    @Test
    void noCanaryInThePdfTextMetadataOrBookmarks() throws Exception {
        for (Integer revision : new Integer[] {null, 1}) {
            byte[] pdf = exporter.pdf(withCanaries, revision, "Northwind", null, null, SummaryFixture.NOW).bytes();
            String text = SummaryFixture.text(pdf);
            assertTrue(text.contains("We should have asked how the shirts are cleaned."), "customer-visible text is exported");
            assertNull(canaries.firstIn(text), () -> "leaked into the text: " + canaries.placed.get(canaries.firstIn(text)));
            String meta = SummaryFixture.metadata(pdf);
            assertNull(canaries.firstIn(meta), () -> "leaked into the metadata: " + canaries.placed.get(canaries.firstIn(meta)));
        }
    }

    @Test
    void noCanaryInTheEmailDraftOrTheCoveringText() throws Exception {
        String cover = exporter.coverLetter().draft(withCanaries, "Northwind");
        assertNull(canaries.firstIn(cover));
        SummaryExporter.Pdf pdf = exporter.pdf(withCanaries, null, "Northwind", null, cover, SummaryFixture.NOW);
        String eml = new String(exporter.email(pdf).eml(), StandardCharsets.UTF_8);
        String decoded = EmailDraftTest.bodiesOf(exporter.email(pdf).eml());
        assertNull(canaries.firstIn(eml));
        assertNull(canaries.firstIn(decoded));
    }

    /** A sent revision frozen from the canary-filled case, so exporting "--revision 1" is covered too. */
    private static CaseFile withRevisionOfItself(CaseFile c) {
        CustomerView.FrozenRevision frozen = new CustomerView().freeze(c, "");
        ApprovalRevision sent = new ApprovalRevision(1, frozen.content(), frozen.sha256(), SummaryFixture.NOW, ApprovalResponse.PENDING,
                null, null, "");
        return c.withApproval(new Approval(c.approval().approverPartyId(), List.of(sent)));
    }
}
