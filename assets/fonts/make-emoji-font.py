#!/usr/bin/python3
"""Makes NotoEmoji-*-Turnaround.ttf from Google's monochrome Noto Emoji (OFL 1.1).

The summary draws text through PDFBox, which reaches a glyph only through the font's character map. Emoji sequences
(families joined with U+200D, flags of two regional indicators, keycaps) are ligatures in the font's GSUB 'ccmp'
feature and have no character of their own. This adds one to the character map for each such ligature glyph:
U+F0000 + its glyph id, in Plane 15's private use area. The summary maps a sequence to that character, and the PDF's
ToUnicode maps it back to the sequence, so copy and search give the emoji typed. The variation-sequence subtable
(cmap format 14), which PDFBox does not read, is dropped. Nothing else changes.

Run with Debian's python3-fonttools, from the TTFs of the npm package @expo-google-fonts/noto-emoji:
    make-emoji-font.py NotoEmoji_400Regular.ttf NotoEmoji-Regular-Turnaround.ttf
"""
import sys
from fontTools.ttLib import TTFont
from fontTools.ttLib.tables._c_m_a_p import CmapSubtable

PRIVATE_BASE = 0xF0000

def ligature_glyphs(font):
    gsub = font["GSUB"].table
    names = set()
    for record in gsub.FeatureList.FeatureRecord:
        if record.FeatureTag not in ("ccmp", "liga"):
            continue
        for index in record.Feature.LookupListIndex:
            lookup = gsub.LookupList.Lookup[index]
            for sub in lookup.SubTable:
                if lookup.LookupType == 7:
                    sub = sub.ExtSubTable
                for ligatures in getattr(sub, "ligatures", {}).values():
                    names.update(lig.LigGlyph for lig in ligatures)
    return names

def main(source, target):
    font = TTFont(source)
    order = font.getGlyphOrder()
    mapping = {PRIVATE_BASE + font.getGlyphID(name): name for name in ligature_glyphs(font)}
    table = font["cmap"].getcmap(3, 10)
    if table is None:
        table = CmapSubtable.newSubtable(12)
        table.platformID, table.platEncID, table.language = 3, 10, 0
        table.cmap = dict(font["cmap"].getcmap(3, 1).cmap)
        font["cmap"].tables.append(table)
    table.cmap.update(mapping)
    # Variation sequences (format 14) say which emoji take text or emoji presentation; a monochrome font has one
    # presentation, and PDFBox warns on every parse that it does not read them.
    font["cmap"].tables = [t for t in font["cmap"].tables if t.format != 14]
    font.save(target)
    print(f"{target}: {len(mapping)} sequences reachable from U+{PRIVATE_BASE:X}", file=sys.stderr)

if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
