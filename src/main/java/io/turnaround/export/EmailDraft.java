package io.turnaround.export;

import io.turnaround.domain.ActionState;
import io.turnaround.domain.Commitment;
import io.turnaround.domain.Party;
import io.turnaround.domain.PreventionAction;
import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * "Email to all parties": an RFC 5322 draft (.eml) with the customer's receivers in To, everyone else involved
 * in Cc, the covering text and next steps as plain text and HTML, and the summary PDF attached. The
 * {@code X-Unsent: 1} header makes Outlook and Thunderbird open it as a draft, ready to send.
 */
public final class EmailDraft {
    /** The written draft and the parties who could not be addressed because they have no valid address. */
    public record Result(byte[] eml, List<Party> notAddressed) {
    }

    private final SummaryText text;

    public EmailDraft(SummaryText text) {
        this.text = text;
    }

    /** Why an address cannot be used: a message key of the bundle and the detail it names. */
    public record AddressProblem(String key, String detail) {
    }

    /** Empty when Jakarta Mail accepts the text as one plain address (no display name, no line break). */
    public static Optional<AddressProblem> checkAddress(String address) {
        if (address == null || address.isBlank()) {
            return Optional.of(new AddressProblem("email.address.empty", ""));
        }
        if (address.chars().anyMatch(ch -> ch == '\r' || ch == '\n')) {
            return Optional.of(new AddressProblem("email.address.linebreak", ""));
        }
        try {
            InternetAddress parsed = new InternetAddress(address.strip(), true);
            parsed.validate();
            if (parsed.getPersonal() != null || address.chars().anyMatch(Character::isISOControl)) {
                return Optional.of(new AddressProblem("email.address.invalid", address.strip()));
            }
            return Optional.empty();
        } catch (AddressException e) {
            return Optional.of(new AddressProblem("email.address.invalid", e.getMessage()));
        }
    }

    public static Optional<String> addressProblem(String address, SummaryText text) {
        return checkAddress(address).map(p -> text.get(p.key(), p.detail()));
    }

    public Result write(CustomerSummary s, byte[] pdf, String pdfFileName) throws IOException {
        List<Party> notAddressed = new ArrayList<>();
        try {
            MimeMessage message = addressed(s.sender(), s.to(), s.cc(), notAddressed);
            // The subject says what is asked: approval, approval of a revised summary, or nothing once approved.
            String state = switch (s.request()) {
                case NOTHING_APPROVED -> ".approved";
                case APPROVAL_AFTER_CHANGES -> ".revised";
                case APPROVAL -> "";
            };
            String subject = s.content().header().subject().isBlank()
                    ? text.get("email.subject" + state, s.reference())
                    : text.get("email.subject.subject" + state, s.reference(), oneLine(s.content().header().subject()));
            message.setSubject(subject, "UTF-8");
            message.setSentDate(Date.from(s.issuedAt()));
            message.setHeader("X-Unsent", "1");

            Optional<String> invite = new Invitation(text).ics(s);
            MimeMultipart alternative = new MimeMultipart("alternative");
            MimeBodyPart plain = new MimeBodyPart();
            plain.setText(plainBody(s, pdfFileName, invite.isPresent()), "UTF-8");
            MimeBodyPart html = new MimeBodyPart();
            html.setText(htmlBody(s, pdfFileName, invite.isPresent()), "UTF-8", "html");
            alternative.addBodyPart(plain);
            alternative.addBodyPart(html);
            if (invite.isPresent()) {
                // Inline in the alternative, Outlook, Thunderbird and Gmail show "Accept"; the .ics attachment is for the rest.
                MimeBodyPart calendar = new MimeBodyPart();
                calendar.setContent(invite.get(), "text/calendar; charset=UTF-8; method=REQUEST");
                alternative.addBodyPart(calendar);
            }
            MimeBodyPart body = new MimeBodyPart();
            body.setContent(alternative);

            MimeMultipart mixed = new MimeMultipart("mixed");
            mixed.addBodyPart(body);
            mixed.addBodyPart(pdfAttachment(pdf, pdfFileName));
            if (invite.isPresent()) {
                MimeBodyPart ics = new MimeBodyPart();
                ics.setDataHandler(new DataHandler(new ByteArrayDataSource(invite.get().getBytes(StandardCharsets.UTF_8),
                        "application/ics")));
                ics.setFileName("invite.ics");
                ics.setDisposition(MimeBodyPart.ATTACHMENT);
                mixed.addBodyPart(ics);
            }
            return finished(message, mixed, notAddressed);
        } catch (MessagingException e) {
            throw new IOException("The email draft could not be written: " + e.getMessage(), e);
        }
    }

    /** A complaint letter as a draft: its text as the body, its PDF attached, to the people chosen on the case. */
    public Result writeLetter(ComplaintLetter letter, byte[] pdf) throws IOException {
        List<Party> notAddressed = new ArrayList<>();
        try {
            MimeMessage message = addressed(letter.sender(), letter.to(), letter.cc(), notAddressed);
            message.setSubject(text.get("letter.subject", letter.reference(), letter.title()), "UTF-8");
            message.setSentDate(Date.from(letter.issuedAt()));
            message.setHeader("X-Unsent", "1");
            String attached = text.get("letter.attached", letter.fileName());
            MimeMultipart alternative = new MimeMultipart("alternative");
            MimeBodyPart plain = new MimeBodyPart();
            plain.setText(letter.body().strip() + "\n\n" + attached + "\n", "UTF-8");
            StringBuilder html = new StringBuilder(HTML_START);
            paragraphs(html, letter.body().strip() + "\n\n" + attached);
            html.append("</body></html>");
            MimeBodyPart rich = new MimeBodyPart();
            rich.setText(html.toString(), "UTF-8", "html");
            alternative.addBodyPart(plain);
            alternative.addBodyPart(rich);
            MimeBodyPart body = new MimeBodyPart();
            body.setContent(alternative);
            MimeMultipart mixed = new MimeMultipart("mixed");
            mixed.addBodyPart(body);
            mixed.addBodyPart(pdfAttachment(pdf, letter.fileName()));
            return finished(message, mixed, notAddressed);
        } catch (MessagingException e) {
            throw new IOException("The email draft could not be written: " + e.getMessage(), e);
        }
    }

    private static final String HTML_START =
            "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body style=\"font-family:sans-serif\">";

    /** Text with blank lines between paragraphs as HTML paragraphs, its single line breaks kept. */
    private static void paragraphs(StringBuilder html, String text) {
        for (String paragraph : text.split("\\R\\s*\\R")) {
            html.append("<p>").append(escape(paragraph).replaceAll("\\R", "<br>")).append("</p>");
        }
    }

    /** The message with its parts, as the bytes of an .eml file. */
    private static Result finished(MimeMessage message, MimeMultipart mixed, List<Party> notAddressed)
            throws MessagingException, IOException {
        message.setContent(mixed);
        message.saveChanges();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        message.writeTo(out);
        return new Result(out.toByteArray(), List.copyOf(notAddressed));
    }

    /**
     * A new message from the manager to these people. The draft is sent from the manager's own mail program: From is
     * their address in Settings, whoever signs. A person without a usable address is left out and listed.
     */
    private MimeMessage addressed(Sender from, List<Party> to, List<Party> cc, List<Party> notAddressed)
            throws MessagingException, UnsupportedEncodingException {
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
        if (checkAddress(from.email()).isEmpty()) {
            message.setFrom(new InternetAddress(from.email().strip(), from.name().isBlank() ? null : oneLine(from.name()), "UTF-8"));
        }
        message.setRecipients(Message.RecipientType.TO, addresses(to, notAddressed));
        message.setRecipients(Message.RecipientType.CC, addresses(cc, notAddressed));
        return message;
    }

    private static MimeBodyPart pdfAttachment(byte[] pdf, String fileName) throws MessagingException {
        MimeBodyPart attachment = new MimeBodyPart();
        attachment.setDataHandler(new DataHandler(new ByteArrayDataSource(pdf, "application/pdf")));
        attachment.setFileName(fileName);
        attachment.setDisposition(MimeBodyPart.ATTACHMENT);
        return attachment;
    }

    private InternetAddress[] addresses(List<Party> parties, List<Party> notAddressed) throws UnsupportedEncodingException {
        List<InternetAddress> out = new ArrayList<>();
        for (Party p : parties) {
            if (addressProblem(p.email(), text).isPresent()) {
                notAddressed.add(p);
                continue;
            }
            out.add(new InternetAddress(p.email().strip(), p.name().isBlank() ? null : oneLine(p.name()), "UTF-8"));
        }
        return out.toArray(new InternetAddress[0]);
    }

    /** The next steps the email lists under the covering text: our next contact and the open prevention actions. */
    List<String> nextSteps(CustomerSummary s) {
        List<String> steps = new ArrayList<>();
        s.content().produce().nextContact().ifPresent(n -> steps.add(text.get("email.next.contact", text.dateTime(n.dueAt()),
                n.what().isBlank() ? text.get("summary.next") : n.what())));
        for (Commitment k : s.content().produce().commitments()) {
            if (!k.nextContact() && k.isOpen() && !k.what().isBlank()) {
                steps.add(text.get("email.next.action", k.what(), k.owner().isBlank() ? text.get("summary.unknown") : k.owner(),
                        k.dueAt() == null ? "—" : text.dateTime(k.dueAt())));
            }
        }
        for (PreventionAction a : s.content().prevention().actions()) {
            if (!a.what().isBlank() && a.state() != ActionState.DONE && a.state() != ActionState.VERIFIED) {
                steps.add(text.get("email.next.action", a.what(), a.owner().isBlank() ? text.get("summary.unknown") : a.owner(),
                        a.dueOn() == null ? "—" : text.date(a.dueOn())));
            }
        }
        return steps;
    }

    private String plainBody(CustomerSummary s, String pdfFileName, boolean invite) {
        StringBuilder b = new StringBuilder(s.coverText().strip());
        List<String> steps = nextSteps(s);
        if (!steps.isEmpty()) {
            b.append("\n\n").append(text.get("email.next")).append(':');
            steps.forEach(step -> b.append("\n- ").append(step));
        }
        b.append("\n\n").append(text.get("email.attached", pdfFileName)).append('\n');
        if (invite) {
            b.append(text.get("email.invite")).append('\n');
        }
        return b.toString();
    }

    private String htmlBody(CustomerSummary s, String pdfFileName, boolean invite) {
        StringBuilder b = new StringBuilder(HTML_START);
        paragraphs(b, s.coverText().strip());
        List<String> steps = nextSteps(s);
        if (!steps.isEmpty()) {
            b.append("<p><strong>").append(escape(text.get("email.next"))).append("</strong></p><ul>");
            steps.forEach(step -> b.append("<li>").append(escape(step)).append("</li>"));
            b.append("</ul>");
        }
        b.append("<p>").append(escape(text.get("email.attached", pdfFileName))).append("</p>");
        if (invite) {
            b.append("<p>").append(escape(text.get("email.invite"))).append("</p>");
        }
        b.append("</body></html>");
        return b.toString();
    }

    private static String oneLine(String s) {
        return s.replaceAll("[\\p{Cntrl}\\u2028\\u2029]+", " ").strip();
    }

    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                default -> b.append(ch);
            }
        }
        return b.toString();
    }
}
