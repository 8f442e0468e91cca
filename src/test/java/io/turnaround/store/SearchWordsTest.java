package io.turnaround.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** How search reads a text and what was typed, without a database. */
class SearchWordsTest {

    /** What the index holds of a text: its words as written and their stems. */
    private static Set<String> stems(String text, String language) {
        Set<String> all = new java.util.HashSet<>(Arrays.asList(SearchWords.stems(text, language).split(" ")));
        SearchWords.words(text).forEach(w -> all.add(SearchWords.fold(w)));
        all.remove("");
        return all;
    }

    @Test
    void foldsAccentsCharacterForCharacter() {
        assertEquals("zoe angstrom, lodz", SearchWords.fold("Zoë Ångström, Łódź"));
        assertEquals("Zoë Ångström, Łódź".length(), SearchWords.fold("Zoë Ångström, Łódź").length());
    }

    @Test
    void splitsWhereTheIndexSplits() {
        assertEquals(List.of("t", "2026", "0042", "don", "t", "zoë", "北京纺织有限公司"),
                SearchWords.words("T-2026-0042: don't (Zoë) 北京纺织有限公司!"));
    }

    @Test
    void aWordAndItsFormsShareAStemInTheCasesLanguage() {
        assertTrue(stems("We refunded two refunds", "en-GB").contains("refund"));
        assertEquals("", SearchWords.stems("the refund", "en"), "a stem that is a word of the text as written is not held twice");
        // English: the noun of a verb in -ery meets the verb ("delivery", "delivered"), which Snowball keeps apart.
        Set<String> delivery = stems("late delivery", "en-US");
        Set<String> delivered = stems("was not delivered", "");
        assertTrue(delivery.stream().anyMatch(delivered::contains), delivery + " / " + delivered);
        assertFalse(stems("every", "en").contains("ev"), "only where a suffix comes off the verb");
        assertTrue(stems("Die Lieferungen kamen spät", "de-DE").contains("liefer"));
        assertTrue(stems("deux livraisons", "fr-FR").contains("livraison"));
        assertTrue(stems("las entregas", "es-ES").contains("entreg"));
        assertTrue(stems("Ärger über Lieferungen", "de").contains("arg"), "stemmed with its accents, then folded: " + stems("Ärger", "de"));
        assertEquals(Set.of("refunds"), stems("refunds", "it"), "a language without a stemmer: the words as written");
    }

    @Test
    void whatIsTypedBecomesWordsPhrasesAndAPrefixNeverSyntax() {
        SearchQuery q = SearchQuery.parse("Refunds \"late delivery\" deliv");
        assertEquals(3, q.clauses().size());
        assertTrue(q.clauses().get(0).stems().contains("refund"));
        assertEquals(List.of("late", "delivery"), q.clauses().get(1).words());
        assertTrue(q.clauses().get(1).exact());
        assertTrue(q.clauses().get(2).prefix());
        assertFalse(q.clauses().get(0).prefix());
        assertTrue(SearchQuery.parse("\"late delivery\"").clauses().get(0).words().size() == 2
                && !SearchQuery.parse("\"late delivery\"").clauses().get(0).prefix(), "a closed quote ends the phrase");
        assertTrue(SearchQuery.parse("\"late deliv").clauses().get(0).prefix(), "an open quote is still being typed");
        assertTrue(SearchQuery.parse("&|!():*'\"").isEmpty());
        assertEquals("(not | not:*)", SearchQuery.parse("NOT").tsquery(), "NOT is a word, not an operator");
        for (String hostile : List.of("a' & (b):* !", "col:thing", "NEAR(a b)", "x*")) {
            String ts = SearchQuery.parse(hostile).tsquery();
            assertTrue(ts.matches("[\\p{L}\\p{N}:*&|<>() -]*"), ts);
        }
    }

    @Test
    void theSnippetMarksEveryFormOfAWordFound() {
        String body = "Called Zoë Ångström about the refunded embroidery";
        assertEquals("Called Zoë \u0002Ångström\u0003 about the refunded embroidery", SearchSnippet.of(body, SearchQuery.parse("angstr")));
        assertEquals("Called Zoë Ångström about the \u0002refunded\u0003 embroidery", SearchSnippet.of(body, SearchQuery.parse("refunds ")));
    }
}
