package io.turnaround.store;

import io.turnaround.domain.SearchHit;
import java.util.Locale;

/**
 * About a dozen words of a case's text around the first word a search found, each found word marked as
 * {@link SearchHit} expects; cut from the text as written. Built here rather than by the engine, so that a word found by
 * its stem ("refund" for "refunds") is marked as well, the same on both engines.
 */
final class SearchSnippet {
    private static final int WORDS_BEFORE = 5;
    private static final int WORDS_AFTER = 7;

    private SearchSnippet() {
    }

    static String of(String body, SearchQuery query) {
        int at = -1;
        for (int i = 0; i < body.length() && at < 0; ) {
            int end = wordEnd(body, i);
            if (end > i) {
                if (query.matches(body.substring(i, end).toLowerCase(Locale.ROOT))) {
                    at = i;
                }
                i = end;
            } else {
                i += Character.charCount(body.codePointAt(i));
            }
        }
        if (at < 0) {
            at = 0;
        }
        int start = at;
        for (int words = 0; start > 0 && words < WORDS_BEFORE; ) {
            start--;
            if (start > 0 && Character.isWhitespace(body.charAt(start - 1)) && !Character.isWhitespace(body.charAt(start))) {
                words++;
            }
        }
        int end = at;
        for (int words = 0; end < body.length() && words < WORDS_AFTER; end++) {
            if (Character.isWhitespace(body.charAt(end)) && end > at && !Character.isWhitespace(body.charAt(end - 1))) {
                words++;
            }
        }
        StringBuilder out = new StringBuilder(start > 0 ? "\u2026" : "");
        int i = start;
        while (i < end) {
            int wordEnd = wordEnd(body, i);
            boolean startsWord = i == 0 || !SearchWords.isWordChar(body.codePointBefore(i));
            if (wordEnd > i && startsWord && query.matches(body.substring(i, wordEnd).toLowerCase(Locale.ROOT))) {
                out.append(SearchHit.MATCH_START).append(body, i, wordEnd).append(SearchHit.MATCH_END);
                i = wordEnd;
            } else if (wordEnd > i) {
                out.append(body, i, wordEnd);
                i = wordEnd;
            } else {
                out.append(body.charAt(i));
                i++;
            }
        }
        return out.append(end < body.length() ? "\u2026" : "").toString().strip();
    }

    /** Where the word that begins at {@code i} ends; {@code i} when no word begins there. */
    private static int wordEnd(String text, int i) {
        int end = i;
        while (end < text.length() && SearchWords.isWordChar(text.codePointAt(end))) {
            end += Character.charCount(text.codePointAt(end));
        }
        return end;
    }
}
