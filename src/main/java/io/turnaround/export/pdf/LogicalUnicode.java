package io.turnaround.export.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.fontbox.cmap.CMap;
import org.apache.fontbox.cmap.CMapParser;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Arabic is drawn with the joined glyphs of the presentation-form blocks (U+FB50–FDFF, U+FE70–FEFF), which is how the
 * font reaches them without a shaping engine; the ToUnicode maps PDFBox writes then name those look-alikes, and copy,
 * search and screen readers get other characters than the names typed. This rewrites each embedded font's ToUnicode
 * so that a joined glyph maps to the letter it stands for (NFKC): "ﻟ" to "ل".
 *
 * <p>The maps are only known once PDFBox has cut the font subsets, which it does while saving: the document is
 * saved, and when it drew such glyphs, read back, mended and saved again.</p>
 */
final class LogicalUnicode {
    private LogicalUnicode() {
    }

    static boolean isPresentationForm(int cp) {
        return (cp >= 0xFB50 && cp <= 0xFDFF) || (cp >= 0xFE70 && cp <= 0xFEFF);
    }

    /**
     * The saved document with every presentation-form mapping replaced by the letters it stands for, and every
     * emoji-sequence glyph (reached through a private-use character) mapped to the sequence it draws.
     */
    static byte[] restore(byte[] pdf, Map<Integer, String> sequences) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            boolean changed = false;
            Set<COSStream> seen = new HashSet<>();
            for (PDPage page : document.getPages()) {
                PDResources resources = page.getResources();
                if (resources == null) {
                    continue;
                }
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    if (font instanceof PDType0Font) {
                        COSBase toUnicode = font.getCOSObject().getDictionaryObject(COSName.TO_UNICODE);
                        if (toUnicode instanceof COSStream stream && seen.add(stream)) {
                            changed |= rewrite(stream, sequences);
                        }
                    }
                }
            }
            if (!changed) {
                return pdf;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length);
            document.save(out);
            return out.toByteArray();
        }
    }

    private static boolean rewrite(COSStream stream, Map<Integer, String> sequences) throws IOException {
        CMap cmap;
        try (var in = stream.createInputStream()) {
            cmap = new CMapParser().parse(new RandomAccessReadBuffer(in));
        }
        Map<Integer, String> mapping = new TreeMap<>();
        boolean changed = false;
        for (int code = 0; code <= 0xFFFF; code++) {
            String unicode = cmap.toUnicode(code);
            if (unicode == null) {
                continue;
            }
            String logical = unicode.codePointCount(0, unicode.length()) == 1 && sequences.containsKey(unicode.codePointAt(0))
                    ? sequences.get(unicode.codePointAt(0)) : logical(unicode);
            changed |= !logical.equals(unicode);
            mapping.put(code, logical);
        }
        if (changed) {
            try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
                out.write(cmapText(mapping).getBytes(StandardCharsets.US_ASCII));
            }
        }
        return changed;
    }

    /**
     * The letters a joined glyph stands for. A lam-alef ligature maps to its lam alone: extractors disagree on the
     * order of a glyph's several letters in right-to-left text, so its alef is written as invisible text beside it
     * ({@link #ligatureAlef}) and every glyph maps to one letter.
     */
    static String logical(String unicode) {
        if (unicode.codePoints().noneMatch(LogicalUnicode::isPresentationForm)) {
            return unicode;
        }
        String letters = Normalizer.normalize(unicode, Normalizer.Form.NFKC);
        return unicode.length() == 1 && ligatureAlef(unicode.charAt(0)) != null ? letters.substring(0, 1) : letters;
    }

    /** The alef of a lam-alef ligature (U+FEF5–FEFC), or null for any other character. */
    static String ligatureAlef(char ch) {
        if (ch < 0xFEF5 || ch > 0xFEFC) {
            return null;
        }
        String letters = Normalizer.normalize(String.valueOf(ch), Normalizer.Form.NFKC);
        return letters.substring(1);
    }

    private static String cmapText(Map<Integer, String> mapping) {
        StringBuilder b = new StringBuilder("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
                .append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
                .append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
                .append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        var entries = mapping.entrySet().stream().toList();
        for (int start = 0; start < entries.size(); start += 100) {
            var block = entries.subList(start, Math.min(entries.size(), start + 100));
            b.append(block.size()).append(" beginbfchar\n");
            for (var e : block) {
                b.append(String.format("<%04X> <", e.getKey()));
                for (char ch : e.getValue().toCharArray()) {
                    b.append(String.format("%04X", (int) ch));
                }
                b.append(">\n");
            }
            b.append("endbfchar\n");
        }
        return b.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n").toString();
    }
}
