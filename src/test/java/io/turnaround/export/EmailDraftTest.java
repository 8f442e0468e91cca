package io.turnaround.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.turnaround.TestCases;
import io.turnaround.domain.CaseFile;
import io.turnaround.domain.Party;
import io.turnaround.domain.Side;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class EmailDraftTest {
    private final SummaryExporter exporter = SummaryFixture.exporter();

    @Test
    void theDraftAddressesEveryoneAndCarriesTheExactPdf() throws Exception {
        CaseFile c = TestCases.fullyPopulated();
        List<Party> parties = new ArrayList<>(c.parties());
        parties.add(new Party("p-cfo", "Ana Lima", "Rivertown Fire Department", "Treasurer", "ana@rivertown-fd.example", "",
                Side.CUSTOMER, false));
        parties.add(new Party("p-lab", "Lab Partner", "Textile Lab", "Tester", "lab@lab.example", "", Side.THIRD_PARTY, false));
        c = c.withParties(parties);
        SummaryExporter.Pdf pdf = exporter.pdf(c, null, "Northwind", null, null, SummaryFixture.NOW);
        EmailDraft.Result draft = exporter.email(pdf);

        MimeMessage parsed = new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(draft.eml()));
        assertEquals(List.of("zoe@rivertown-fd.example"), emails(parsed.getRecipients(Message.RecipientType.TO)));
        assertEquals(List.of("wang@tg.example"), emails(parsed.getRecipients(Message.RecipientType.CC)),
                "people with \"receives the summary\" off are not copied, whatever their side");
        for (Party p : c.parties()) {
            boolean addressed = emails(parsed.getAllRecipients()).contains(p.email());
            boolean reported = draft.notAddressed().contains(p);
            if (p.receivesSummary()) {
                assertTrue(addressed ^ reported, p.name() + " is either addressed or reported as not addressable");
            } else {
                assertTrue(!addressed && !reported, p.name() + " was not chosen and is neither addressed nor reported");
            }
        }
        String pdfText = SummaryFixture.text(pdf.bytes());
        String distributed = pdfText.substring(pdfText.indexOf("Distributed to"), pdfText.indexOf("What you told us"));
        for (Party p : c.parties()) {
            assertEquals(p.receivesSummary(), distributed.contains(p.name()), p.name() + ": the PDF's list is the email's recipients");
        }
        assertTrue(parsed.getSubject().contains(c.header().reference()), parsed.getSubject());
        assertEquals("1", parsed.getHeader("X-Unsent", null));
        assertEquals("Zoë Ångström-Øster", ((InternetAddress) parsed.getRecipients(Message.RecipientType.TO)[0]).getPersonal());

        Multipart mixed = (Multipart) parsed.getContent();
        BodyPart attachment = mixed.getBodyPart(1);
        assertEquals(Part.ATTACHMENT, attachment.getDisposition());
        assertEquals(pdf.fileName(), attachment.getFileName());
        assertTrue(attachment.getContentType().startsWith("application/pdf"));
        assertArrayEquals(pdf.bytes(), attachment.getInputStream().readAllBytes());

        Multipart alternative = (Multipart) mixed.getBodyPart(0).getContent();
        String plain = ((String) alternative.getBodyPart(0).getContent()).replace("\r\n", "\n");
        String html = (String) alternative.getBodyPart(1).getContent();
        assertTrue(alternative.getBodyPart(0).isMimeType("text/plain") && alternative.getBodyPart(1).isMimeType("text/html"));
        assertTrue(plain.startsWith(pdf.summary().coverText().strip()), "the covering text is the body");
        assertTrue(plain.contains("Next steps"), plain);
        assertTrue(html.contains("<li>"), html);
    }

    @Test
    void addressesWithLineBreaksOrThatJakartaMailRejectsAreRefusedWithAReason() {
        SummaryText text = exporter.text();
        assertTrue(EmailDraft.addressProblem("zoe@rivertown-fd.example", text).isEmpty());
        assertTrue(EmailDraft.addressProblem("zoe@example.org\r\nBcc: all@example.org", text).orElseThrow().contains("line break"));
        assertTrue(EmailDraft.addressProblem("not an address", text).isPresent());
        assertTrue(EmailDraft.addressProblem("a@b@c", text).isPresent());
        assertTrue(EmailDraft.addressProblem("Zoë <zoe@example.org>", text).isPresent(), "one plain address, no display name");
        assertTrue(EmailDraft.addressProblem("", text).isPresent());
    }

    @Test
    void htmlIsEscaped() {
        assertEquals("&lt;b&gt;Tom &amp; &quot;Jerry&quot;&lt;/b&gt;", EmailDraft.escape("<b>Tom & \"Jerry\"</b>"));
    }

    private static List<String> emails(jakarta.mail.Address[] addresses) {
        return addresses == null ? List.of() : Arrays.stream(addresses).map(a -> ((InternetAddress) a).getAddress()).toList();
    }

    /** The decoded text of every text part, for searching. */
    static String bodiesOf(byte[] eml) throws Exception {
        MimeMessage parsed = new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(eml));
        StringBuilder b = new StringBuilder(parsed.getSubject()).append('\n');
        collect(parsed, b);
        return b.toString();
    }

    private static void collect(Part part, StringBuilder b) throws Exception {
        Object content = part.getContent();
        if (content instanceof String s) {
            b.append(s).append('\n');
        } else if (content instanceof Multipart m) {
            for (int i = 0; i < m.getCount(); i++) {
                collect(m.getBodyPart(i), b);
            }
        }
    }
}
