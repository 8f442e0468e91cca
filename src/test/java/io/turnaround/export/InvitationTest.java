package io.turnaround.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.turnaround.TestCases;
import io.turnaround.domain.CaseFile;
import io.turnaround.domain.Commitment;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Properties;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

/** The agreed next contact travels as an invitation that iCalendar readers accept, parsed back with iCal4j. */
class InvitationTest {
    private final SummaryExporter exporter = SummaryFixture.exporter();
    private final Sender manager = new Sender("Northwind", "Ana Lima", "COO", "ana.lima@northwind.example");

    @Test
    void theInvitationCarriesTheAgreedTimeInItsZoneFromTheManagerToEveryRecipient() throws Exception {
        CaseFile c = TestCases.fullyPopulated();
        Commitment next = c.produce().nextContact().orElseThrow();
        String ics = new Invitation(exporter.text()).ics(exporter.summary(c, null, manager, null, SummaryFixture.NOW)).orElseThrow();
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        assertEquals("REQUEST", calendar.getProperty(Property.METHOD).orElseThrow().getValue());
        assertTrue(calendar.validate().getEntries().isEmpty(), "iCal4j finds nothing to object to: " + calendar.validate());
        VEvent event = (VEvent) calendar.getComponent("VEVENT").orElseThrow();
        Temporal start = event.getDateTimeStart().orElseThrow().getDate();
        assertEquals(next.dueAt().toInstant(), ZonedDateTime.from(start).toInstant(), "the agreed instant");
        assertTrue(ics.contains("DTSTART;TZID=Europe/Paris:20260309T100000"), ics);
        assertTrue(ics.contains("BEGIN:VTIMEZONE") && ics.contains("TZID:Europe/Paris"), "the zone travels with it");
        assertEquals("k1@northwind.example", event.getUid().orElseThrow().getValue(), "stable per commitment");
        assertEquals("mailto:ana.lima@northwind.example", event.getProperty(Property.ORGANIZER).orElseThrow().getValue());
        List<String> attendees = event.getProperties(Property.ATTENDEE).stream().map(Property::getValue).toList();
        assertEquals(List.of("mailto:zoe@rivertown-fd.example", "mailto:wang@tg.example"), attendees, "the summary's recipients");
        assertTrue(event.getSummary().orElseThrow().getValue().contains("Call back with the lab result"));
        assertTrue(event.getDescription().orElseThrow().getValue().contains(c.header().subject()));
    }

    @Test
    void theSameCommitmentKeepsItsUidWhenRescheduled() throws Exception {
        CaseFile c = TestCases.fullyPopulated();
        var commitments = new java.util.ArrayList<>(c.produce().commitments());
        commitments.set(0, commitments.get(0).withDueAt(commitments.get(0).dueAt().plusDays(3)));
        CaseFile moved = c.withProduce(c.produce().withCommitments(commitments));
        Invitation invitation = new Invitation(exporter.text());
        String a = invitation.ics(exporter.summary(c, null, manager, null, SummaryFixture.NOW)).orElseThrow();
        String b = invitation.ics(exporter.summary(moved, null, manager, null, SummaryFixture.NOW)).orElseThrow();
        VEvent ea = (VEvent) new CalendarBuilder().build(new StringReader(a)).getComponent("VEVENT").orElseThrow();
        VEvent eb = (VEvent) new CalendarBuilder().build(new StringReader(b)).getComponent("VEVENT").orElseThrow();
        assertEquals(ea.getUid(), eb.getUid());
        assertTrue(b.contains("20260312T100000"), b);
    }

    @Test
    void theEmailCarriesTheInvitationInlineAndAsInviteIcs() throws Exception {
        SummaryExporter.Pdf pdf = exporter.pdf(TestCases.fullyPopulated(), null, manager, null, null, SummaryFixture.NOW);
        MimeMessage mail = new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(exporter.email(pdf).eml()));
        Multipart mixed = (Multipart) mail.getContent();
        Multipart alternative = (Multipart) mixed.getBodyPart(0).getContent();
        BodyPart inline = alternative.getBodyPart(2);
        assertTrue(inline.isMimeType("text/calendar"), inline.getContentType());
        assertTrue(inline.getContentType().contains("method=REQUEST"), inline.getContentType());
        String ics = new String(inline.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        new CalendarBuilder().build(new StringReader(ics));
        BodyPart attached = mixed.getBodyPart(2);
        assertEquals("invite.ics", attached.getFileName());
        assertEquals(ics, new String(attached.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void pythonsEmailPackageReadsTheDraftAndItsInvitation(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        // A second, independent MIME reader: Python's standard email package, as mail tooling and archivers use it.
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isExecutable(java.nio.file.Path.of("/usr/bin/python3")),
                "python3 is not installed: only this cross-check with a second MIME reader is skipped");
        java.nio.file.Path eml = dir.resolve("draft.eml");
        java.nio.file.Files.write(eml, exporter.email(exporter.pdf(TestCases.fullyPopulated(), null, manager, null, null,
                SummaryFixture.NOW)).eml());
        String script = String.join("\n", "import email, email.policy, sys",
                "m = email.message_from_bytes(open(sys.argv[1], 'rb').read(), policy=email.policy.default)",
                "cal = [p for p in m.walk() if p.get_content_type() == 'text/calendar']",
                "ics = [p for p in m.walk() if p.get_filename() == 'invite.ics']",
                "print(m['From'].addresses[0].addr_spec, cal[0].get_param('method'), 'BEGIN:VEVENT' in cal[0].get_content(),",
                "      'BEGIN:VEVENT' in ics[0].get_content().decode('utf-8'))");
        Process p = new ProcessBuilder("/usr/bin/python3", "-c", script, eml.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).strip();
        assertEquals(0, p.waitFor(), out);
        assertEquals("ana.lima@northwind.example REQUEST True True", out);
    }

    @Test
    void aCaseWithoutANextContactHasNoInvitation() {
        CaseFile c = TestCases.fullyPopulated();
        CaseFile none = c.withProduce(c.produce().withCommitments(List.of()));
        assertTrue(new Invitation(exporter.text()).ics(exporter.summary(none, null, manager, null, SummaryFixture.NOW)).isEmpty());
    }
}
