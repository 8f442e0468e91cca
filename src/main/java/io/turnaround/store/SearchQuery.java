package io.turnaround.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a user typed into search, read as people mean it: every word must be found, in any of its forms ("refunds"
 * finds "refund"); the last word also as the beginning of a longer one, as it may still be being typed; words in double
 * quotes as written and in that order. Each engine's query is built from this, never from the typed text, so nothing
 * typed is taken as syntax: a word holds letters, marks and digits only.
 *
 * @param clauses each word or quoted phrase, in the order typed
 */
record SearchQuery(List<Clause> clauses) {

    /**
     * A word or a quoted phrase.
     *
     * @param words  the words, folded (one for a word, several for a phrase)
     * @param stems  the word's stems in every language (folded); empty for a quoted phrase or word
     * @param prefix whether the last word may also begin a longer one
     */
    record Clause(List<String> words, Set<String> stems, boolean prefix) {
        boolean exact() {
            return stems.isEmpty();
        }
    }

    static SearchQuery parse(String typed) {
        List<Clause> clauses = new ArrayList<>();
        String text = typed.replace('\u201c', '"').replace('\u201d', '"').replace('\u201e', '"');
        boolean quoted = false;
        int from = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '"') {
                String part = text.substring(from, i);
                if (quoted) {
                    List<String> words = SearchWords.words(part).stream().map(SearchWords::fold).toList();
                    if (!words.isEmpty()) {
                        clauses.add(new Clause(words, Set.of(), i == text.length()));
                    }
                } else {
                    for (String word : SearchWords.words(part)) {
                        clauses.add(new Clause(List.of(SearchWords.fold(word)), SearchWords.queryStems(word), false));
                    }
                }
                quoted = !quoted;
                from = i + 1;
            }
        }
        if (!clauses.isEmpty()) {
            // The last word typed may be unfinished: it is also a prefix (a closed quote ends the phrase).
            int last = clauses.size() - 1;
            Clause c = clauses.get(last);
            boolean open = c.exact() ? c.prefix() : !text.endsWith("\"");
            clauses.set(last, new Clause(c.words(), c.stems(), open));
        }
        return new SearchQuery(List.copyOf(clauses));
    }

    boolean isEmpty() {
        return clauses.isEmpty();
    }

    /**
     * The FTS5 expression: a word's stems (and the last word as a prefix) in any column, as the index holds a case's
     * stems beside its words; a quoted phrase in the columns of the text as written.
     */
    String fts5() {
        List<String> parts = new ArrayList<>();
        for (Clause c : clauses) {
            if (c.exact()) {
                parts.add("{reference customer subject body} : \"" + String.join(" ", c.words()) + "\"" + (c.prefix() ? " *" : ""));
            } else {
                String any = c.stems().stream().map(s -> "\"" + s + "\"").collect(Collectors.joining(" OR "));
                parts.add("(" + any + (c.prefix() ? " OR \"" + c.words().get(0) + "\" *" : "") + ")");
            }
        }
        return String.join(" AND ", parts);
    }

    /** The same for PostgreSQL's {@code to_tsquery('simple', …)}, where the words and the stems share one document. */
    String tsquery() {
        List<String> parts = new ArrayList<>();
        for (Clause c : clauses) {
            if (c.exact()) {
                List<String> words = new ArrayList<>(c.words());
                if (c.prefix()) {
                    words.set(words.size() - 1, words.get(words.size() - 1) + ":*");
                }
                parts.add("(" + String.join(" <-> ", words) + ")");
            } else {
                List<String> any = new ArrayList<>(c.stems());
                if (c.prefix()) {
                    any.add(c.words().get(0) + ":*");
                }
                parts.add("(" + String.join(" | ", any) + ")");
            }
        }
        return String.join(" & ", parts);
    }

    /** Whether a word of a case's text (in lower case, with its accents) is one the search found: for the snippet. */
    boolean matches(String word) {
        String folded = SearchWords.fold(word);
        for (Clause c : clauses) {
            for (String w : c.words()) {
                if (folded.equals(w) || (c.prefix() && folded.startsWith(w))) {
                    return true;
                }
            }
            if (!c.exact() && mayShareStem(folded, c.stems()) && SearchWords.hasStem(word, c.stems())) {
                return true;
            }
        }
        return false;
    }

    /** A cheap first look before stemming: a word and a stem of it begin alike (Arabic takes prefixes off: always look). */
    private static boolean mayShareStem(String folded, Set<String> stems) {
        for (String s : stems) {
            if (folded.regionMatches(0, s, 0, Math.min(2, s.length())) || (!s.isEmpty() && s.charAt(0) >= '\u0600' && s.charAt(0) <= '\u06ff')) {
                return true;
            }
        }
        return false;
    }
}
