package io.turnaround.export.pdf;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.Bidi;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns text as typed (logical order, any script) into what a PDF page shows: control characters cleaned,
 * Arabic letters shaped into their joined forms, right-to-left runs put in visual order with mirrored brackets.
 * PDF has no text layout of its own, so this is the part a word processor would otherwise do.
 */
final class ScriptText {
    private static final ArabicShaping SHAPER = new ArabicShaping(
            ArabicShaping.LETTERS_SHAPE | ArabicShaping.TEXT_DIRECTION_LOGICAL | ArabicShaping.LENGTH_GROW_SHRINK);

    private static final Pattern PARAGRAPH_END = Pattern.compile("\r\n|\r|\n|\u2028|\u2029");

    private ScriptText() {
    }

    /** Paragraphs of cleaned text: CR, LF and CRLF end a paragraph; empty input gives no paragraph. */
    static List<String> paragraphs(String text) {
        List<String> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        for (String line : PARAGRAPH_END.split(text, -1)) {
            out.add(clean(line));
        }
        while (!out.isEmpty() && out.get(out.size() - 1).isBlank()) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    /**
     * A tab becomes a space; other control characters and unpaired surrogates are dropped, as they have no glyph.
     * Bidi controls stay until {@link #visual} has used them.
     */
    static String clean(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\t') {
                b.append(' ');
            } else if (Character.isISOControl(cp) || Character.getType(cp) == Character.SURROGATE
                    || Character.getType(cp) == Character.UNASSIGNED && !Character.isSupplementaryCodePoint(cp)) {
                continue;
            } else {
                b.appendCodePoint(cp);
            }
        }
        return b.toString();
    }

    /** Arabic letters in their contextual (initial, medial, final, isolated) presentation forms. */
    static String shape(String paragraph) {
        if (!hasArabic(paragraph)) {
            return paragraph;
        }
        try {
            return SHAPER.shape(paragraph);
        } catch (ArabicShapingException e) {
            return paragraph; // unshaped Arabic is still legible; an exception here would lose the whole summary
        }
    }

    /** True when the paragraph's first strong character is right-to-left (Hebrew, Arabic). */
    static boolean isRightToLeft(String paragraph) {
        return Bidi.getBaseDirection(paragraph) == Bidi.RTL;
    }

    /** One line in visual (left-to-right drawing) order, bidi controls and other invisible format characters removed. */
    static String visual(String line, boolean rightToLeft) {
        String ordered = line;
        if (needsBidi(line)) {
            Bidi bidi = new Bidi(line, rightToLeft ? Bidi.RTL : Bidi.LTR);
            ordered = bidi.writeReordered(Bidi.DO_MIRRORING | Bidi.REMOVE_BIDI_CONTROLS);
        }
        StringBuilder b = new StringBuilder(ordered.length());
        ordered.codePoints().filter(cp -> !invisible(cp)).forEach(b::appendCodePoint);
        return b.toString();
    }

    /**
     * Characters that only modify their neighbour on screens with colour-emoji fonts (joiners, variation selectors,
     * skin tones, tags): a PDF font has no glyph for them, and a replacement box would be noise.
     */
    static boolean invisible(int cp) {
        return Character.getType(cp) == Character.FORMAT
                || cp >= 0xFE00 && cp <= 0xFE0F || cp >= 0xE0100 && cp <= 0xE01EF
                || cp >= 0x1F3FB && cp <= 0x1F3FF || cp >= 0xE0000 && cp <= 0xE007F;
    }

    /** Whether documents in this language are laid out right to left (Arabic, Hebrew, Persian, Urdu). */
    static boolean isRightToLeftLanguage(java.util.Locale locale) {
        return java.util.Set.of("ar", "he", "iw", "fa", "ur").contains(locale.getLanguage());
    }

    /** The language a text written wholly in another script is in, for its structure element: Arabic or Hebrew. */
    static java.util.Optional<String> language(String text) {
        boolean arabic = false;
        boolean hebrew = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            if (script == Character.UnicodeScript.ARABIC) {
                arabic = true;
            } else if (script == Character.UnicodeScript.HEBREW) {
                hebrew = true;
            } else if (Character.isLetter(cp)) {
                return java.util.Optional.empty(); // mixed with other letters: the document's language stands
            }
        }
        return arabic && !hebrew ? java.util.Optional.of("ar") : hebrew && !arabic ? java.util.Optional.of("he") : java.util.Optional.empty();
    }

    private static boolean hasArabic(String s) {
        return s.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.ARABIC);
    }

    private static boolean needsBidi(String s) {
        return s.codePoints().anyMatch(cp -> {
            byte d = Character.getDirectionality(cp);
            return d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC
                    || Character.getType(cp) == Character.FORMAT;
        });
    }
}
