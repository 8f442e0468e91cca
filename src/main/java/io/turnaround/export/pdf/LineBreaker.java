package io.turnaround.export.pdf;

import com.ibm.icu.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Breaks a paragraph into lines that fit a width, at the places Unicode allows (spaces, between CJK characters,
 * after hyphens); a word wider than the line — a 10,000-character string, a long URL — is broken between characters.
 */
final class LineBreaker {
    private final ToDoubleFunction<String> width;

    LineBreaker(ToDoubleFunction<String> width) {
        this.width = width;
    }

    List<String> lines(String paragraph, double maxWidth) {
        List<String> lines = new ArrayList<>();
        if (paragraph.isEmpty()) {
            lines.add("");
            return lines;
        }
        BreakIterator words = BreakIterator.getLineInstance();
        words.setText(paragraph);
        StringBuilder line = new StringBuilder();
        double lineWidth = 0;
        int start = words.first();
        for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
            String segment = paragraph.substring(start, end);
            double segmentWidth = width.applyAsDouble(segment);
            double visibleWidth = width.applyAsDouble(segment.stripTrailing());
            if (lineWidth + visibleWidth <= maxWidth) {
                line.append(segment);
                lineWidth += segmentWidth;
                continue;
            }
            if (line.length() > 0) {
                lines.add(line.toString().stripTrailing());
                line.setLength(0);
                lineWidth = 0;
            }
            if (visibleWidth <= maxWidth) {
                line.append(segment);
                lineWidth = segmentWidth;
            } else {
                lineWidth = breakLongWord(segment, maxWidth, lines, line);
            }
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString().stripTrailing());
        }
        return lines;
    }

    /** Fills whole lines with the word's characters (never splitting a character cluster); the rest stays in {@code line}. */
    private double breakLongWord(String word, double maxWidth, List<String> lines, StringBuilder line) {
        BreakIterator chars = BreakIterator.getCharacterInstance();
        chars.setText(word);
        double lineWidth = 0;
        int start = chars.first();
        for (int end = chars.next(); end != BreakIterator.DONE; start = end, end = chars.next()) {
            String cluster = word.substring(start, end);
            double w = width.applyAsDouble(cluster);
            if (lineWidth + w > maxWidth && line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
                lineWidth = 0;
            }
            line.append(cluster);
            lineWidth += w;
        }
        return lineWidth;
    }
}
