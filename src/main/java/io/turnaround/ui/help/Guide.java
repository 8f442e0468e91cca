package io.turnaround.ui.help;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The user guide (docs/guide.md, shipped in the app) as blocks to show: headings, paragraphs, list items, pictures. The
 * guide is written in the small part of Markdown this reads — {@code #} and {@code ##} headings, paragraphs, {@code - }
 * items, {@code ![what it shows](img/file.png)} alone on a line — and emphasis marks are dropped.
 */
public final class Guide {
    /** Where the guide and its pictures are in the app. */
    static final String FOLDER = "/io/turnaround/guide/";

    public sealed interface Block permits Heading, Paragraph, Item, Picture {
    }

    public record Heading(int level, String text) implements Block {
    }

    public record Paragraph(String text) implements Block {
    }

    public record Item(String text) implements Block {
    }

    /** @param resource the picture's path in the app; {@code alt} says what it shows */
    public record Picture(String resource, String alt) implements Block {
    }

    private Guide() {
    }

    /** The guide as shipped. */
    public static String text() {
        try (InputStream in = Guide.class.getResourceAsStream(FOLDER + "guide.md")) {
            if (in == null) {
                throw new IllegalStateException("the user guide is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<Block> blocks(String markdown) {
        List<Block> out = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        for (String raw : markdown.split("\\R", -1)) {
            String line = raw.strip();
            // An indented line right after an item goes on with that item.
            if (!line.isEmpty() && Character.isWhitespace(raw.charAt(0)) && paragraph.length() == 0 && !out.isEmpty()
                    && out.get(out.size() - 1) instanceof Item item) {
                out.set(out.size() - 1, new Item(item.text() + " " + plain(line)));
                continue;
            }
            boolean special = line.isEmpty() || line.startsWith("#") || line.startsWith("- ") || line.startsWith("![");
            if (special && paragraph.length() > 0) {
                out.add(new Paragraph(plain(paragraph.toString())));
                paragraph.setLength(0);
            }
            if (line.startsWith("## ")) {
                out.add(new Heading(2, plain(line.substring(3))));
            } else if (line.startsWith("# ")) {
                out.add(new Heading(1, plain(line.substring(2))));
            } else if (line.startsWith("- ")) {
                out.add(new Item(plain(line.substring(2))));
            } else if (line.startsWith("![") && line.contains("](") && line.endsWith(")")) {
                String alt = line.substring(2, line.indexOf("]("));
                String path = line.substring(line.indexOf("](") + 2, line.length() - 1);
                out.add(new Picture(FOLDER + path, plain(alt)));
            } else if (!line.isEmpty()) {
                if (paragraph.length() > 0) {
                    paragraph.append(' ');
                }
                paragraph.append(line);
            }
        }
        if (paragraph.length() > 0) {
            out.add(new Paragraph(plain(paragraph.toString())));
        }
        return out;
    }

    /** Without Markdown's emphasis and code marks, and with links as their text. */
    static String plain(String s) {
        return s.replace("**", "").replace("`", "").replaceAll("\\[([^]]+)]\\([^)]+\\)", "$1");
    }
}
