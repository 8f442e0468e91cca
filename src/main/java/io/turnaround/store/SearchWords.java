package io.turnaround.store;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.ArabicStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.FrenchStemmer;
import org.tartarus.snowball.ext.GermanStemmer;
import org.tartarus.snowball.ext.SpanishStemmer;

/**
 * The words of a text as search sees them, the same for both engines: split where SQLite's unicode61 tokenizer splits
 * (anything but letters, marks and digits), folded to lower case without accents, and reduced to their stems in the
 * case's language (Snowball), so that "refunds" finds "refund" and "Lieferungen" finds "Lieferung".
 */
final class SearchWords {
    private SearchWords() {
    }

    /** The languages customer documents are written in, each with its stemmer. */
    private enum Language {
        ENGLISH("en", EnglishStemmer::new), GERMAN("de", GermanStemmer::new), FRENCH("fr", FrenchStemmer::new),
        SPANISH("es", SpanishStemmer::new), ARABIC("ar", ArabicStemmer::new);

        final String code;
        final Supplier<SnowballStemmer> stemmer;

        Language(String code, Supplier<SnowballStemmer> stemmer) {
            this.code = code;
            this.stemmer = stemmer;
        }

        /** The language of a BCP 47 tag; null for one without a stemmer here (its words are matched as written). */
        static Language of(String tag) {
            String code = Locale.forLanguageTag(tag == null ? "" : tag).getLanguage();
            for (Language l : values()) {
                if (l.code.equals(code)) {
                    return l;
                }
            }
            return null;
        }
    }

    /** The words of a text in order, in lower case with their accents (as the stemmers want them). */
    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        String normal = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        int start = -1;
        for (int i = 0; i <= normal.length(); i++) {
            boolean inWord = i < normal.length() && isWordChar(normal.codePointAt(i));
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                words.add(normal.substring(start, i));
                start = -1;
            }
            if (i < normal.length() && Character.isHighSurrogate(normal.charAt(i))) {
                i++;
            }
        }
        return words;
    }

    static boolean isWordChar(int codePoint) {
        return Character.isLetterOrDigit(codePoint) || Character.getType(codePoint) == Character.NON_SPACING_MARK
                || Character.getType(codePoint) == Character.COMBINING_SPACING_MARK;
    }

    /**
     * The distinct stems of a text's words in one language (a BCP 47 tag; English when empty), folded, separated by
     * spaces, leaving out those that are words of the text as written: what the index holds beside the words, which a
     * search matches with the stems it looks for as well.
     */
    static String stems(String text, String languageTag) {
        Language language = Language.of(languageTag == null || languageTag.isBlank() ? "en" : languageTag);
        SnowballStemmer stemmer = language == null ? null : language.stemmer.get();
        Set<String> words = new LinkedHashSet<>(words(text));
        Set<String> written = new java.util.HashSet<>();
        words.forEach(w -> written.add(fold(w)));
        Set<String> stems = new LinkedHashSet<>();
        for (String word : words) {
            stemsOf(word, language, stemmer, stems);
        }
        stems.removeAll(written);
        return String.join(" ", stems);
    }

    /** The stems a typed word may have in any of the languages (a search does not know the language of the case). */
    static Set<String> queryStems(String word) {
        Set<String> stems = new LinkedHashSet<>();
        stems.add(fold(word));
        for (Language l : Language.values()) {
            stemsOf(word, l, l.stemmer.get(), stems);
        }
        return stems;
    }

    /** Whether a word of a text (in lower case) has one of the stems, in any language. */
    static boolean hasStem(String word, Set<String> stems) {
        if (stems.contains(fold(word))) {
            return true;
        }
        for (Language l : Language.values()) {
            Set<String> own = new LinkedHashSet<>();
            stemsOf(word, l, l.stemmer.get(), own);
            for (String s : own) {
                if (stems.contains(s)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void stemsOf(String word, Language language, SnowballStemmer stemmer, Set<String> out) {
        if (stemmer == null) {
            out.add(fold(word));
            return;
        }
        String stem = stem(stemmer, word);
        out.add(fold(stem));
        if (language == Language.ENGLISH) {
            String verb = englishVerbOfNoun(stemmer, word);
            if (verb != null) {
                out.add(fold(verb));
            }
        }
    }

    private static String stem(SnowballStemmer stemmer, String word) {
        stemmer.setCurrent(word);
        stemmer.stem();
        return stemmer.getCurrent();
    }

    /**
     * The stem of the verb an English noun in -ery is made from ("delivery" → "deliver" → "deliv"), so that "delivered"
     * finds "delivery" and back, which Snowball's English stemmer keeps apart ("deliv", "deliveri"). Only where the
     * stemmer then takes a suffix off ("deliver", "discover", "recover"), not where the rest is a word of its own
     * ("master" of "mastery", "ever" of "every").
     */
    private static String englishVerbOfNoun(SnowballStemmer stemmer, String word) {
        String base = word.endsWith("eries") ? word.substring(0, word.length() - 3)
                : word.endsWith("ery") ? word.substring(0, word.length() - 1) : null;
        if (base == null || base.length() < 5) {
            return null;
        }
        String verb = stem(stemmer, base);
        return verb.equals(base) ? null : verb;
    }

    /**
     * Lower case without accents, one character for one ("Ångström" → "angstrom"), so that a position in the folded
     * text is the same position in the text as written.
     */
    static String fold(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (ch < 128) {
                out.append(Character.toLowerCase(ch));
                continue;
            }
            String base = Normalizer.normalize(String.valueOf(ch), Normalizer.Form.NFD);
            char first = base.isEmpty() ? ch : base.charAt(0);
            out.append(switch (first) {
                case 'ø', 'Ø' -> 'o';
                case 'đ', 'Đ' -> 'd';
                case 'ł', 'Ł' -> 'l';
                default -> Character.isSurrogate(ch) ? ch : Character.toLowerCase(first);
            });
        }
        return out.toString();
    }
}
