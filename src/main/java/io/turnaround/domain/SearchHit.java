package io.turnaround.domain;

/**
 * A case found by a search, with a snippet of the text around the match. In the snippet, each match lies between
 * {@code \u0002} and {@code \u0003}; {@link #parts()} splits it for highlighting.
 */
public record SearchHit(CaseSummary summary, String snippet) {
    /** Where a match starts and ends in the snippet: control characters that typed text does not keep. */
    public static final char MATCH_START = '\u0002';
    public static final char MATCH_END = '\u0003';

    /** A piece of the snippet and whether it is a match. */
    public record Part(String text, boolean match) {
    }

    public java.util.List<Part> parts() {
        java.util.List<Part> parts = new java.util.ArrayList<>();
        StringBuilder piece = new StringBuilder();
        boolean match = false;
        for (char ch : snippet.toCharArray()) {
            if (ch == MATCH_START || ch == MATCH_END) {
                if (piece.length() > 0) {
                    parts.add(new Part(piece.toString(), match));
                    piece.setLength(0);
                }
                match = ch == MATCH_START;
            } else {
                piece.append(ch == '\n' ? ' ' : ch);
            }
        }
        if (piece.length() > 0) {
            parts.add(new Part(piece.toString(), match));
        }
        return parts;
    }

    /** The snippet as plain text, matches in brackets: for the command line. */
    public String plainSnippet() {
        StringBuilder b = new StringBuilder();
        parts().forEach(p -> b.append(p.match() ? "[" + p.text() + "]" : p.text()));
        return b.toString();
    }
}
