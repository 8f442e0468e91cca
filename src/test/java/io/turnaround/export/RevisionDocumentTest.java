package io.turnaround.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.turnaround.TestCases;
import io.turnaround.domain.ApprovalFlow;
import io.turnaround.domain.ApprovalResponse;
import io.turnaround.domain.CaseFile;
import io.turnaround.domain.Commitment;
import io.turnaround.domain.Party;
import io.turnaround.domain.Side;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** A revision's documents are that revision as it was sent: covering text, sections, people, agreement and email alike. */
class RevisionDocumentTest {
    private final SummaryExporter exporter = SummaryFixture.exporter();
    private final Sender manager = new Sender("Northwind", "Ana Lima", "Chief Operating Officer", "ana.lima@northwind.example");

    /** Five loops: each revision has its own remedy, next contact, covering text and people. */
    private CaseFile fiveRevisions() {
        CaseFile c = TestCases.fullyPopulated().withApproval(TestCases.fullyPopulated().approval().withRevisions(List.of()));
        Instant at = SummaryFixture.NOW;
        for (int n = 1; n <= 5; n++) {
            List<Commitment> commitments = new ArrayList<>(c.produce().commitments());
            Commitment next = commitments.get(0);
            commitments.set(0, next.withDueAt(next.dueAt().plusDays(n)));
            List<Party> parties = new ArrayList<>(c.parties());
            parties.add(new Party("p-new-" + n, "Person of loop " + n, "Rivertown Fire Department", "Officer", "loop" + n + "@rfd.example",
                    "", Side.CUSTOMER, true));
            c = c.withResolution(c.resolution().withRemedy("Remedy of loop " + n))
                    .withProduce(c.produce().withCommitments(commitments))
                    .withParties(parties)
                    .withApproval(c.approval().withCoverText(n == 3 ? "Dear all,\n\nCovering text typed for loop 3." : ""));
            CustomerView.FrozenRevision frozen = exporter.freeze(c, manager);
            c = ApprovalFlow.send(c, frozen.content(), frozen.sha256(), at.plusSeconds(n * 86_400L));
            if (n < 5) {
                c = ApprovalFlow.respond(c, ApprovalResponse.CHANGES_REQUESTED, "p-chief", at.plusSeconds(n * 86_400L + 3_600), "Loop " + n);
            }
        }
        return c.withResolution(c.resolution().withRemedy("Edited after the last send"));
    }

    @Test
    void revisionOnesPdfHasRevisionOnesRemedyInTheCoveringTextAndTheResolution() throws Exception {
        CaseFile c = fiveRevisions();
        SummaryExporter.Pdf pdf = exporter.pdf(c, 1, manager, null, "Text typed in the window for the current case", SummaryFixture.NOW);
        String text = SummaryFixture.text(pdf.bytes());
        assertTrue(pdf.summary().coverText().contains("To put things right now: Remedy of loop 1"), pdf.summary().coverText());
        assertEquals(2, count(text, "Remedy of loop 1"), "the covering letter and the Immediate resolution section: " + text);
        for (String later : List.of("Remedy of loop 2", "Remedy of loop 5", "Edited after the last send", "Person of loop 2",
                "Text typed in the window")) {
            assertFalse(text.contains(later), later + " is not part of revision 1: " + text);
        }
        assertTrue(text.contains("Person of loop 1"), "the people it was sent to, as they were");
        String due1 = exporter.text().dateTime(TestCases.fullyPopulated().produce().commitments().get(0).dueAt().plusDays(1));
        assertTrue(text.contains(due1), "revision 1's next contact, " + due1 + ": " + text);
    }

    @Test
    void aTypedCoveringTextIsFrozenWithItsRevision() throws Exception {
        CaseFile c = fiveRevisions().withApproval(fiveRevisions().approval().withCoverText("Changed later"));
        String text = SummaryFixture.text(exporter.pdf(c, 3, manager, null, null, SummaryFixture.NOW).bytes());
        assertTrue(text.contains("Covering text typed for loop 3."), text);
        assertFalse(text.contains("Changed later"), text);
    }

    @Test
    void aRevisionsEmailHasThatRevisionsBodyAndRecipients() throws Exception {
        CaseFile c = fiveRevisions();
        SummaryExporter.Pdf pdf = exporter.pdf(c, 2, manager, null, null, SummaryFixture.NOW);
        MimeMessage mail = new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(exporter.email(pdf).eml()));
        String plain = (String) ((Multipart) ((Multipart) mail.getContent()).getBodyPart(0).getContent()).getBodyPart(0).getContent();
        assertTrue(plain.contains("Remedy of loop 2"), plain);
        assertFalse(plain.contains("Remedy of loop 5") || plain.contains("Edited after"), plain);
        String to = List.of(mail.getAllRecipients()).toString();
        assertTrue(to.contains("loop2@rfd.example") && !to.contains("loop3@rfd.example"), to);
        assertEquals("ana.lima@northwind.example", ((InternetAddress) mail.getFrom()[0]).getAddress(), "From: the manager in Settings");
    }

    @Test
    void theLetterIsSignedByTheManagerOrTheChosenSignerNeverTheFirstOfOurPeople() {
        CaseFile c = TestCases.fullyPopulated();
        List<Party> parties = new ArrayList<>(c.parties());
        parties.add(0, new Party("p-rep", "Sam Sales", "Turnaround Garments", "Sales rep", "sam@tg.example", "", Side.OUR_FIRM, true));
        c = c.withParties(parties).withApproval(c.approval().withSigner(null));
        String byManager = exporter.coverLetter().draft(c, manager);
        assertTrue(byManager.endsWith("Kind regards,\nAna Lima\nChief Operating Officer\nNorthwind"), byManager);
        assertFalse(byManager.contains("Sam Sales"));
        String byChosen = exporter.coverLetter().draft(c.withApproval(c.approval().withSigner("p-ours")), manager);
        assertTrue(byChosen.endsWith("Kind regards,\n王小明\nHead of Production\nNorthwind"), byChosen);
    }

    @Test
    void anUnchangedCaseIsShownAsItsLatestRevision() throws Exception {
        CaseFile c = fiveRevisions();
        c = c.withResolution(c.resolution().withRemedy("Remedy of loop 5"));
        assertEquals(5, exporter.pdf(c, null, manager, null, null, SummaryFixture.NOW).summary().revision());
        CaseFile typed = c.withApproval(c.approval().withCoverText("A new covering text"));
        assertEquals(0, exporter.pdf(typed, null, manager, null, null, SummaryFixture.NOW).summary().revision(),
                "a changed covering text is a change to what would be sent");
    }

    @Test
    void theCoveringTextAndSubjectFollowTheCasesState() throws Exception {
        CaseFile first = TestCases.fullyPopulated();
        first = first.withApproval(first.approval().withCoverText("").withRevisions(List.of()));
        CustomerView.FrozenRevision frozen = exporter.freeze(first, manager);
        CaseFile pending = ApprovalFlow.send(first, frozen.content(), frozen.sha256(), SummaryFixture.NOW);
        CaseFile changes = ApprovalFlow.respond(pending, ApprovalResponse.CHANGES_REQUESTED, "p-chief", SummaryFixture.NOW, "Not yet");
        CaseFile approved = ApprovalFlow.respond(pending, ApprovalResponse.APPROVED, "p-chief", SummaryFixture.NOW, "Agreed");
        assertEquals(exporter.cover(first, manager), exporter.cover(pending, manager), "sending does not change the draft");
        assertTrue(exporter.cover(pending, manager).contains("reply to confirm that you agree"));
        assertTrue(exporter.cover(changes, manager).contains("As you asked on 10 March 2026, we have revised the summary"),
                exporter.cover(changes, manager));
        String done = exporter.cover(approved, manager);
        assertTrue(done.contains("You approved this summary on 10 March 2026"), done);
        assertFalse(done.contains("reply to confirm") || done.contains("nothing in it is final"), done);
        assertTrue(subject(pending).endsWith("(summary for your approval)"), subject(pending));
        assertTrue(subject(changes).endsWith("(revised summary for your approval)"), subject(changes));
        assertTrue(subject(approved).endsWith("(approved summary)"), subject(approved));
    }

    private String subject(CaseFile c) throws Exception {
        SummaryExporter.Pdf pdf = exporter.pdf(c, null, manager, null, null, SummaryFixture.NOW);
        return new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(exporter.email(pdf).eml())).getSubject()
                .replaceAll("\\s+", " ");
    }

    private static int count(String text, String word) {
        int n = 0;
        for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
            n++;
        }
        return n;
    }
}
