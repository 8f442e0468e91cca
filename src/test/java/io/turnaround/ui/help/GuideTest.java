package io.turnaround.ui.help;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The user guide as the window shows it: its parts read right, and every picture it names is shipped. */
class GuideTest {
    @Test
    void headingsParagraphsItemsAndPicturesAreReadAsWritten() {
        List<Guide.Block> blocks = Guide.blocks("""
                # Title
                A paragraph on
                two lines, with **bold** and `code`.

                ![A picture](img/x.png)
                ## Part
                - one item, see [the team guide](team.md)
                - another,
                  on two lines
                """);
        assertEquals(List.of(new Guide.Heading(1, "Title"), new Guide.Paragraph("A paragraph on two lines, with bold and code."),
                new Guide.Picture("/io/turnaround/guide/img/x.png", "A picture"), new Guide.Heading(2, "Part"),
                new Guide.Item("one item, see the team guide"), new Guide.Item("another, on two lines")), blocks);
    }

    @Test
    void theShippedGuideIsIllustratedAndEveryPictureIsThere() {
        List<Guide.Block> blocks = Guide.blocks(Guide.text());
        List<Guide.Picture> pictures = blocks.stream().filter(b -> b instanceof Guide.Picture).map(b -> (Guide.Picture) b).toList();
        assertTrue(pictures.size() >= 3, "illustrated: " + pictures);
        for (Guide.Picture p : pictures) {
            assertNotNull(Guide.class.getResource(p.resource()), p.resource() + " is shipped");
            assertTrue(!p.alt().isBlank(), "each picture says what it shows");
        }
        assertTrue(blocks.stream().anyMatch(b -> b instanceof Guide.Heading h && h.text().startsWith("On the call")));
    }

    @Test
    void theLicencesNameEveryBundledFont() {
        String licences = AboutDialog.licences();
        for (String font : List.of("Noto Sans", "DejaVu Sans", "Droid Sans Fallback", "Noto Emoji")) {
            assertTrue(licences.contains(font), font);
        }
    }
}
