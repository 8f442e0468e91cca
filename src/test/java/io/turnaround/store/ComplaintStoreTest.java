package io.turnaround.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.turnaround.MutableClock;
import io.turnaround.domain.CaseFile;
import io.turnaround.domain.CaseQuery;
import io.turnaround.domain.CaseSummary;
import io.turnaround.domain.Complaint;
import io.turnaround.domain.HolidayCalendar;
import io.turnaround.domain.LetterKind;
import io.turnaround.domain.Regime;
import io.turnaround.domain.SettingKey;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The deadline the case list shows and filters by is worked out at each save under the firm's rules, on both engines:
 * its zone, its edited holidays, the letters sent.
 */
@org.junit.jupiter.params.ParameterizedClass
@org.junit.jupiter.params.provider.EnumSource(Engine.class)
class ComplaintStoreTest {
    /** 10:00 on Thursday 24 December 2026 in London (GMT). */
    private static final Instant CHRISTMAS_EVE = Instant.parse("2026-12-24T10:00:00Z");
    @org.junit.jupiter.params.Parameter
    Engine engine;
    @TempDir
    Path dir;
    Database db;
    CaseRepository repo;
    SettingsRepository settings;

    @BeforeEach
    void open() {
        db = TestLibrary.create(engine, dir).open();
        repo = new CaseRepository(db, new MutableClock(CHRISTMAS_EVE, ZoneOffset.UTC));
        settings = new SettingsRepository(db);
        settings.put(SettingKey.COMPLAINT_ZONE, "Europe/London");
    }

    @AfterEach
    void close() {
        db.close();
    }

    private CaseSummary row(long id) {
        return repo.page(CaseQuery.ALL, null, 0, 100).stream().filter(s -> s.id() == id).findFirst().orElseThrow();
    }

    @Test
    void theListHoldsTheNextRequiredLetterUnderTheFirmsZoneAndHolidays() {
        CaseFile c = repo.create(CaseFile.start("", "Card payment taken twice", "Ms Patel", CHRISTMAS_EVE)
                .withComplaint(Complaint.under(Regime.FCA, CHRISTMAS_EVE)));
        // The acknowledgement: Tuesday 29 December (25 and 28 are bank holidays), ending at midnight GMT.
        assertEquals(Instant.parse("2026-12-30T00:00:00Z"), row(c.id()).responseDue());

        CaseFile acknowledged = c.withComplaint(c.complaint().withLetterSent(LetterKind.ACKNOWLEDGEMENT, Instant.parse("2026-12-24T15:00:00Z")));
        repo.save(acknowledged, c);
        assertEquals(Instant.parse("2027-02-19T00:00:00Z"), row(c.id()).responseDue(), "the final response: 8 weeks, 18 February");

        // The firm closes on 29 December too: the next save counts it.
        settings.put(SettingKey.HOLIDAYS_ENGLAND_AND_WALES,
                HolidayCalendar.bundled(HolidayCalendar.ENGLAND_AND_WALES).format() + "2026-12-29 Office closed\n");
        CaseFile payments = acknowledged.withComplaint(acknowledged.complaint().withPaymentServices(true));
        repo.save(payments, acknowledged);
        // 15 business days after 24 December without 29 December: 20 January.
        assertEquals(Instant.parse("2027-01-21T00:00:00Z"), row(c.id()).responseDue());

        CaseFile answered = payments.withComplaint(payments.complaint().withLetterSent(LetterKind.FINAL_RESPONSE, Instant.parse("2027-01-08T12:00:00Z")));
        repo.save(answered, payments);
        assertNull(row(c.id()).responseDue(), "every required letter sent");
        assertEquals(answered, repo.load(c.id()).orElseThrow());
    }

    @Test
    void overdueAndDueThisWeekFindTheRegulatedCasesByTheirDeadline() {
        CaseFile early = repo.create(CaseFile.start("", "Early", "A", CHRISTMAS_EVE).withComplaint(Complaint.under(Regime.FCA, CHRISTMAS_EVE)));
        CaseFile cfpb = repo.create(CaseFile.start("", "Later", "B", CHRISTMAS_EVE).withComplaint(Complaint.under(Regime.CFPB, CHRISTMAS_EVE)));
        repo.create(CaseFile.start("", "No rules", "C", CHRISTMAS_EVE));
        Instant newYear = Instant.parse("2027-01-01T09:00:00Z");
        assertEquals(List.of(early.id()), repo.page(CaseQuery.ALL.responseDueBefore(newYear), null, 0, 10).stream().map(CaseSummary::id).toList());
        // CFPB: 15 calendar days, 8 January 2027 in London.
        assertEquals(2, repo.count(CaseQuery.ALL.responseDueBefore(newYear.plusSeconds(7 * 86_400L + 86_400L))));
        assertEquals(List.of(early.id(), cfpb.id()), repo.page(CaseQuery.ALL.sortedBy(CaseQuery.Sort.RESPONSE_DUE, false), null, 0, 2)
                .stream().map(CaseSummary::id).toList());
    }

    @Test
    void theRegisterReadsEveryRegulatedComplaintWithItsRedressAndLetters() {
        CaseFile full = repo.create(io.turnaround.TestCases.fullyPopulated());
        repo.create(CaseFile.start("", "No rules", "C", CHRISTMAS_EVE));
        var entries = repo.complaints();
        assertEquals(1, entries.size());
        assertEquals(full.id(), entries.get(0).id());
        assertEquals(full.header().reference(), entries.get(0).reference());
        assertEquals(full.header().category(), entries.get(0).category());
        assertEquals(full.complaint(), entries.get(0).complaint(), "every part the register reads, as saved");
    }
}
