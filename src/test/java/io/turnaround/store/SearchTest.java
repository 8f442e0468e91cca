package io.turnaround.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.turnaround.TestCases;
import io.turnaround.domain.CaseFile;
import io.turnaround.domain.SearchHit;
import io.turnaround.domain.Note;
import io.turnaround.domain.NoteTag;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Part of the store contract: the same assertions on the SQLite file and on a PostgreSQL database. */
@org.junit.jupiter.params.ParameterizedClass
@org.junit.jupiter.params.provider.EnumSource(Engine.class)
class SearchTest {
    @org.junit.jupiter.params.Parameter
    Engine engine;
    @TempDir
    Path dir;

    private CaseFile withSubjectAndNote(String subject, String customer, String note) {
        CaseFile c = CaseFile.start("", subject, customer, Instant.parse("2026-03-01T10:00:00Z"));
        return c.withListen(c.listen().withNotes(List.of(new Note(null, 1000, Instant.EPOCH, note, NoteTag.CLAIM, false))));
    }

    @Test
    void findsWordsAnywhereRanksTheSubjectAboveTheBodyAndHighlightsTheMatch() {
        try (Database db = TestLibrary.create(engine, dir).open()) {
            CaseRepository repo = new CaseRepository(db, Clock.systemUTC());
            CaseFile inBody = repo.create(withSubjectAndNote("Late delivery", "Acme", "The laundry ruined the shirts"));
            CaseFile inSubject = repo.create(withSubjectAndNote("Laundry damage", "Rivertown", "Nothing else"));
            repo.create(withSubjectAndNote("Invoice error", "Globex", "Wrong line on the invoice"));

            List<SearchHit> hits = repo.search("laundry", 10);
            assertEquals(List.of(inSubject.id(), inBody.id()), hits.stream().map(h -> h.summary().id()).toList(),
                    "a match in the subject ranks above one in a note");
            SearchHit body = hits.get(1);
            assertTrue(body.parts().stream().anyMatch(p -> p.match() && p.text().equalsIgnoreCase("laundry")), body.snippet());
            assertEquals("The [laundry] ruined the shirts", body.plainSnippet().strip());
        }
    }

    @Test
    void everyWordMustMatchTheLastAlsoAsAPrefixAndDiacriticsDoNotMatter() {
        try (Database db = TestLibrary.create(engine, dir).open()) {
            CaseRepository repo = new CaseRepository(db, Clock.systemUTC());
            CaseFile zoe = repo.create(withSubjectAndNote("Shirts", "Fire Department", "Called Zoë Ångström about the embroidery"));
            repo.create(withSubjectAndNote("Shirts", "Acme", "Embroidery was fine"));
            assertEquals(List.of(zoe.id()), ids(repo.search("angstrom embroid", 10)));
            assertEquals(List.of(zoe.id()), ids(repo.search("ZOE", 10)));
            assertEquals(2, repo.search("embroidery", 10).size());
            assertEquals(List.of(), repo.search("embroidery nowhere", 10));
        }
    }

    @Test
    void userTextIsNeverTakenAsQuerySyntax() {
        try (Database db = TestLibrary.create(engine, dir).open()) {
            CaseRepository repo = new CaseRepository(db, Clock.systemUTC());
            repo.create(withSubjectAndNote("NOT a problem", "Acme", "quotes \" and (brackets) AND OR NEAR"));
            for (String hostile : List.of("\"", "(", "NOT", "a AND", "NEAR(", "*", "-", "^", "col:thing", "\u0000", "", "   ")) {
                repo.search(hostile, 10); // must not throw
            }
            assertEquals(1, repo.search("NOT a", 10).size(), "NOT is a word here, not an operator");
        }
    }

    @Test
    void theIndexFollowsEditsAndDeletesAndIsRebuiltForOlderFiles() {
        try (Database db = TestLibrary.create(engine, dir).open()) {
            CaseRepository repo = new CaseRepository(db, Clock.systemUTC());
            CaseFile c = repo.create(withSubjectAndNote("Shirts", "Acme", "first words"));
            CaseFile edited = c.withHeader(c.header().withSubject("Trousers"));
            repo.save(edited, c);
            assertEquals(List.of(), repo.search("shirts", 10));
            assertEquals(List.of(c.id()), ids(repo.search("trousers", 10)));
            assertEquals(List.of(c.id()), ids(repo.search("trousers first words", 10)), "the body still indexed beside the new head");
            CaseFile noted = edited.withListen(edited.listen().withNotes(List.of(new Note(null, 2000, Instant.EPOCH,
                    "second thoughts", NoteTag.CLAIM, false))));
            repo.save(noted, edited);
            assertEquals(List.of(), repo.search("first words", 10));
            assertEquals(List.of(c.id()), ids(repo.search("trousers second", 10)));
            repo.delete(c.id());
            assertEquals(List.of(), repo.search("trousers", 10));

            List<CaseFile> more = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                more.add(repo.create(TestCases.fullyPopulated()));
            }
            db.write(SearchIndexAccess::clearAndRebuild);
            assertEquals(5, repo.search("shirts", 10).size());
        }
    }

    @Test
    void aWordFindsItsOtherFormsInTheCasesLanguageAndQuotesKeepAPhraseAsWritten() {
        try (Database db = TestLibrary.create(engine, dir).open()) {
            CaseRepository repo = new CaseRepository(db, Clock.systemUTC());
            CaseFile refund = repo.create(withSubjectAndNote("Shirts", "Acme", "She asked for a refund of the deposit"));
            CaseFile delivery = repo.create(withSubjectAndNote("Late delivery", "Globex", "Nothing arrived on Monday"));
            CaseFile delivered = repo.create(withSubjectAndNote("Vans", "Initech", "The parcel was delivered to the wrong door"));
            CaseFile german = repo.create(inLanguage(withSubjectAndNote("Beschwerde", "Müller GmbH", "Zwei Lieferungen kamen zu spät"), "de-DE"));

            assertEquals(List.of(refund.id()), ids(repo.search("refunds", 10)));
            assertEquals(List.of(refund.id()), ids(repo.search("refunded deposits", 10)));
            assertEquals(Set.of(delivery.id(), delivered.id()), Set.copyOf(ids(repo.search("delivered", 10))));
            assertEquals(Set.of(delivery.id(), delivered.id()), Set.copyOf(ids(repo.search("deliveries ", 10))));
            assertEquals(List.of(german.id()), ids(repo.search("Lieferung spat", 10)), "German stems, accents ignored");
            assertEquals(List.of(refund.id()), ids(repo.search("refu", 10)), "the last word is still a prefix");

            assertEquals(List.of(delivered.id()), ids(repo.search("\"was delivered\"", 10)));
            assertEquals(List.of(), repo.search("\"delivered was\"", 10), "a phrase keeps its order");
            assertEquals(List.of(), repo.search("\"refunds\"", 10), "in quotes, a word as written");
            assertEquals(List.of(delivered.id()), ids(repo.search("\"the wrong do", 10)), "an open quote: its last word a prefix");

            SearchHit hit = repo.search("refunds", 10).get(0);
            assertEquals("She asked for a [refund] of the deposit", hit.plainSnippet().strip(), "the form found is marked");
        }
    }

    @Test
    void aLibraryIndexedBeforeStemsGetsThemWhenItIsOpened() {
        TestLibrary library = TestLibrary.create(engine, dir);
        long id;
        try (Database db = library.open()) {
            id = new CaseRepository(db, Clock.systemUTC()).create(withSubjectAndNote("Shirts", "Acme", "She wants her refund")).id();
            db.write(c -> {
                SearchIndexAccess.asSchema11(c);
                return null;
            });
        }
        try (Database db = library.open()) {
            assertEquals(Migrations.LATEST, db.schemaVersion());
            CaseRepository repo = new CaseRepository(db, Clock.systemUTC());
            assertEquals(List.of(id), ids(repo.search("refunds", 10)));
            assertEquals(List.of(id), ids(repo.search("shirt", 10)));
        }
    }

    @Test
    void inALargeTeamLibraryAWordInMostOfTheNewestCasesListsTheNewestWithoutCountingEveryMatch() {
        org.junit.jupiter.api.Assumptions.assumeTrue(engine == Engine.POSTGRESQL, "the sampling is PostgreSQL's");
        try (Database db = TestLibrary.create(engine, dir).open()) {
            CaseRepository repo = new CaseRepository(db, Clock.systemUTC());
            List<CaseFile> refunds = threeRefunds(repo);
            repo.create(withSubjectAndNote("Invoice", "Globex", "wrong line"));
            db.write(c -> Sql.update(c, "ANALYZE case_search"));
            // "Large" from one case: a word in three of the newest four is taken as common without counting it.
            List<Long> common = ids(db.read(c -> PostgresSearch.search(c, "refund", 10, 2, 1)));
            assertEquals(List.of(refunds.get(2).id(), refunds.get(1).id(), refunds.get(0).id()), common);
            List<Long> ranked = ids(db.read(c -> PostgresSearch.search(c, "refund", 10, 5, 1)));
            assertEquals(refunds.get(0).id(), ranked.get(0), "not more than common: ranked, the subject match first");
            assertEquals(List.of(), db.read(c -> PostgresSearch.search(c, "nowhere", 10, 2, 1)));
        }
    }

    private static CaseFile inLanguage(CaseFile c, String language) {
        return c.withApproval(c.approval().withLanguage(language));
    }

    /** Three cases saying "refund", oldest first; the first says it in its subject. */
    private List<CaseFile> threeRefunds(CaseRepository repo) {
        return List.of(repo.create(withSubjectAndNote("Refund please", "Acme", "refund")),
                repo.create(withSubjectAndNote("Late", "Acme", "refund refund refund")),
                repo.create(withSubjectAndNote("Broken", "Acme", "a refund")));
    }

    private static List<Long> ids(List<SearchHit> hits) {
        return hits.stream().map(h -> h.summary().id()).toList();
    }

    @Test
    void aWordInMostCasesListsTheNewestMatchesFirst() {
        try (Database db = TestLibrary.create(engine, dir).open()) {
            CaseRepository repo = new CaseRepository(db, Clock.systemUTC());
            List<CaseFile> refunds = threeRefunds(repo);
            List<Long> common = ids(db.read(c -> SearchIndex.search(c, "refund", 10, 2)));
            assertEquals(List.of(refunds.get(2).id(), refunds.get(1).id(), refunds.get(0).id()), common, "over the threshold: newest first");
            List<Long> ranked = ids(db.read(c -> SearchIndex.search(c, "refund", 10, 5)));
            assertEquals(refunds.get(0).id(), ranked.get(0), "under it: bm25, the subject match first");
        }
    }
}
