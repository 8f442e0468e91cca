package io.turnaround.export;

import io.turnaround.domain.Commitment;
import io.turnaround.domain.Party;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.Rsvp;
import net.fortuna.ical4j.model.property.Attendee;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * The agreed next contact as an iCalendar invitation (RFC 5545, METHOD:REQUEST) from the manager to every recipient, so
 * that their mail program offers "Accept" and the date lands in their calendar. The UID is stable per commitment: a
 * rescheduled contact sent again updates the same event (SEQUENCE grows with the revision) instead of adding a second.
 */
public final class Invitation {
    /** How long the next contact is booked for. */
    static final Duration LENGTH = Duration.ofMinutes(30);
    private static final TimeZoneRegistry ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();

    private final SummaryText text;

    public Invitation(SummaryText text) {
        this.text = text;
    }

    /** The invitation for the summary's agreed next contact, or empty when it has none. */
    public Optional<String> ics(CustomerSummary s) {
        return s.content().produce().nextContact().map(next -> write(s, next));
    }

    private String write(CustomerSummary s, Commitment next) {
        ZonedDateTime start = next.dueAt();
        VEvent event = new VEvent(start, LENGTH, oneLine(text.get("invite.summary", s.reference(), what(next))));
        event.add(new Uid(next.id() + "@" + uidDomain(s)));
        event.add(new Sequence(s.revision()));
        event.replace(new DtStamp(s.issuedAt() == null ? Instant.EPOCH : s.issuedAt())); // the constructor stamps the clock
        event.add(new Description(description(s, next)));
        Sender from = s.sender();
        if (!from.email().isBlank()) {
            Organizer organizer = new Organizer(URI.create("mailto:" + from.email().strip()));
            if (!from.name().isBlank()) {
                organizer.add(new Cn(oneLine(from.name())));
            }
            event.add(organizer);
        }
        for (Party p : s.distributedTo()) {
            if (EmailDraft.checkAddress(p.email()).isEmpty()) {
                Attendee a = new Attendee(URI.create("mailto:" + p.email().strip()));
                a.add(Role.REQ_PARTICIPANT);
                a.add(PartStat.NEEDS_ACTION);
                a.add(Rsvp.TRUE);
                if (!p.name().isBlank()) {
                    a.add(new Cn(oneLine(p.name())));
                }
                event.add(a);
            }
        }
        Calendar calendar = new Calendar();
        calendar.add(new ProdId("-//Turnaround//Turnaround//EN"));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        calendar.add(new Method(Method.VALUE_REQUEST));
        if (!(start.getZone() instanceof ZoneOffset)) {
            TimeZone zone = ZONES.getTimeZone(start.getZone().getId());
            if (zone != null) {
                calendar.add(zone.getVTimeZone());
            }
        }
        calendar.add(event);
        try {
            java.io.StringWriter out = new java.io.StringWriter();
            new CalendarOutputter(true).output(calendar, out);
            return out.toString();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("The invitation could not be written", e);
        }
    }

    private String what(Commitment next) {
        return next.what().isBlank() ? text.get("summary.next") : next.what().strip();
    }

    private String description(CustomerSummary s, Commitment next) {
        String subject = s.content().header().subject().strip();
        return text.get("invite.description", s.reference(), subject.isEmpty() ? s.reference() : subject, what(next),
                next.owner().isBlank() ? text.get("summary.unknown") : next.owner().strip());
    }

    /** The right-hand side of the UID: the manager's mail domain, else the product's. */
    private static String uidDomain(CustomerSummary s) {
        String email = s.sender().email();
        int at = email.lastIndexOf('@');
        return at > 0 && at < email.length() - 1 ? email.substring(at + 1).strip() : "turnaround.invalid";
    }

    private static String oneLine(String s) {
        return s.replaceAll("[\\p{Cntrl}\\u2028\\u2029]+", " ").strip();
    }
}
