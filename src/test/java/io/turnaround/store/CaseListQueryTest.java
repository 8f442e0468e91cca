package io.turnaround.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.turnaround.MutableClock;
import io.turnaround.domain.CaseFile;
import io.turnaround.domain.CaseQuery;
import io.turnaround.domain.CaseStatus;
import io.turnaround.domain.CaseSummary;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The case list's query, part of the store contract (the same assertions on both engines): for every filter and every
 * sort, both directions, the store finds exactly the cases the in-memory rule ({@link CaseQuery#matches}) keeps, in
 * the documented order, and reading it a page at a time — by position or after the last case of the page before —
 * gives the same rows as reading it at once.
 */
@org.junit.jupiter.params.ParameterizedClass
@org.junit.jupiter.params.provider.EnumSource(Engine.class)
class CaseListQueryTest {
    private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
    private static final String[] CUSTOMERS = {"Acme Logistics", "acme foods", "Globex", "Initech", "Tyrell 100%_Corp", "Umbrella"};
    private static final String[] OWNERS = {"anna", "ben", "carla"};

    @org.junit.jupiter.params.Parameter
    Engine engine;
    @TempDir
    Path dir;
    Database db;
    CaseRepository repo;
    List<CaseSummary> all;

    @BeforeEach
    void fill() {
        db = TestLibrary.create(engine, dir).open();
        repo = new CaseRepository(db, new MutableClock(NOW, ZoneOffset.UTC));
        Random random = new Random(7);
        List<CaseFile> drafts = new ArrayList<>();
        for (int i = 0; i < 260; i++) {
            // Many cases share an opening second (ties go by id), some open at a fraction of a second.
            Instant opened = NOW.minusSeconds(3600L * random.nextInt(24 * 60)).plusMillis(i % 7 == 0 ? 250 : 0);
            drafts.add(CaseFile.start("", "Subject " + (char) ('a' + random.nextInt(26)) + " " + i,
                    CUSTOMERS[random.nextInt(CUSTOMERS.length)], opened));
        }
        repo.createAll(drafts);
        List<Long> ids = repo.list().stream().map(CaseSummary::id).toList();
        // The columns the list reads, set as varied as a real library's.
        db.write(c -> {
            for (long id : ids) {
                int pick = random.nextInt(1000);
                Long next = pick % 4 == 0 ? null : NOW.toEpochMilli() + (pick - 500) * 3_600_000L;
                // A fifth are regulated complaints with a letter due, from nine days ago to eleven days ahead.
                Long due = pick % 5 != 0 ? null : NOW.toEpochMilli() + (random.nextInt(480) - 216) * 3_600_000L;
                Sql.update(c, "UPDATE cases SET status = ?, category = ?, next_contact_utc = ?, owner = ?, is_sample = ?, "
                        + "response_due_utc = ? WHERE id = ?",
                        CaseStatus.values()[pick % CaseStatus.values().length], pick % 3 == 0 ? "Delivery" : pick % 3 == 1 ? "delivery" : "Billing",
                        next, OWNERS[pick % OWNERS.length], id == ids.get(0), due, id);
            }
            return null;
        });
        all = repo.list();
        assertEquals(260, all.size());
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static List<CaseQuery> filters(List<CaseSummary> all) {
        List<Long> some = all.stream().map(CaseSummary::id).filter(id -> id % 3 == 0).toList();
        return List.of(
                CaseQuery.ALL,
                new CaseQuery(CaseStatus.INVESTIGATING, "", null, null, "", null, null, "", null, null, true),
                new CaseQuery(null, "ACME", null, null, "", null, null, "", null, null, true),
                new CaseQuery(null, "100%_", null, null, "", null, null, "", null, null, true),
                new CaseQuery(null, "", NOW.minusSeconds(86400L * 20), NOW.minusSeconds(86400L * 5), "", null, null, "", null, null, true),
                new CaseQuery(null, "", null, null, "DELIVERY", NOW, null, "", null, null, true),
                new CaseQuery(null, "", null, null, "", null, Set.copyOf(some), "ben", null, null, true),
                CaseQuery.ALL.samples(true),
                CaseQuery.ALL.samples(false).ownedBy("anna"),
                CaseQuery.ALL.responseDueBefore(NOW),
                CaseQuery.ALL.responseDueBefore(NOW.plusSeconds(7 * 86_400L)).ownedBy("ben"));
    }

    /** The order the list documents: the column's value (text compared by its bytes, lower-cased where it says so), then the id. */
    private static Comparator<CaseSummary> order(CaseQuery.Sort sort) {
        Comparator<CaseSummary> by = switch (sort) {
            case OPENED -> Comparator.comparing(c -> c.openedAt().toString());
            case REFERENCE -> Comparator.comparing(CaseSummary::reference);
            case CUSTOMER -> Comparator.comparing(c -> c.customerOrganisation().toLowerCase(Locale.ROOT));
            case SUBJECT -> Comparator.comparing(c -> c.subject().toLowerCase(Locale.ROOT));
            case OWNER -> Comparator.comparing(CaseSummary::owner);
            case STATUS -> Comparator.comparing(CaseSummary::status);
            case NEXT_CONTACT -> Comparator.comparing(c -> c.nextContact() == null ? Long.MAX_VALUE : c.nextContact().toEpochMilli());
            case RESPONSE_DUE -> Comparator.comparing(c -> c.responseDue() == null ? Long.MAX_VALUE : c.responseDue().toEpochMilli());
        };
        return by.thenComparing(CaseSummary::id);
    }

    @Test
    void everyFilterAndSortFindsWhatTheRuleKeepsInTheDocumentedOrder() {
        int checked = 0;
        for (CaseQuery filter : filters(all)) {
            for (CaseQuery.Sort sort : CaseQuery.Sort.values()) {
                for (boolean descending : new boolean[] {false, true}) {
                    CaseQuery q = filter.sortedBy(sort, descending);
                    Comparator<CaseSummary> order = descending ? order(sort).reversed() : order(sort);
                    List<CaseSummary> expected = all.stream().filter(q::matches).sorted(order).toList();
                    assertEquals(expected.size(), repo.count(q), q.toString());
                    assertEquals(expected, repo.page(q, null, 0, 1000), q.toString());
                    checked += expected.size();
                }
            }
        }
        assertTrue(checked > 260 * 14, "the filters found cases to compare: " + checked);
    }

    @Test
    void readingAPageAtATimeByPositionOrAfterTheLastCaseGivesTheSameRows() {
        for (CaseQuery.Sort sort : CaseQuery.Sort.values()) {
            for (boolean descending : new boolean[] {false, true}) {
                CaseQuery q = new CaseQuery(null, "", null, null, "", null, null, "", null, null, true).sortedBy(sort, descending);
                List<CaseSummary> atOnce = repo.page(q, null, 0, 1000);
                List<CaseSummary> byPosition = new ArrayList<>();
                List<CaseSummary> afterLast = new ArrayList<>();
                for (int page = 0; page * 37 < atOnce.size(); page++) {
                    byPosition.addAll(repo.page(q, null, page * 37, 37));
                    afterLast.addAll(repo.page(q, afterLast.isEmpty() ? null : afterLast.get(afterLast.size() - 1).id(), 0, 37));
                }
                assertEquals(atOnce, byPosition, q.toString());
                assertEquals(atOnce, afterLast, q.toString());
            }
        }
    }
}
