package io.turnaround.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Key points as noted on the call, said back to the customer: in the second person, short, their capitals kept. */
class SpokenPointsTest {
    private static List<Note> noted(String... texts) {
        return Arrays.stream(texts).map(t -> new Note(null, 0, Instant.EPOCH, t, NoteTag.CLAIM, true)).toList();
    }

    private static String said(Locale language, String... texts) {
        return ReflectBack.join(SpokenPoints.of(noted(texts), language, 40), language.getLanguage().equals("de") ? "und"
                : language.getLanguage().equals("fr") ? "et" : "and");
    }

    @Test
    void englishReportedSpeechIsTurnedToTheCustomer() {
        assertEquals("200 surgical gowns arrived with torn seams and you want 200 replacements overnight",
                said(Locale.ENGLISH, "says 200 surgical gowns arrived with torn seams", "Wants 200 replacements overnight"));
        assertEquals("you were promised delivery on Monday by your account manager",
                said(Locale.ENGLISH, "Customer was promised delivery on Monday by their account manager."));
        assertEquals("you need 80 by 2 pm for St Mary's theatre", said(Locale.ENGLISH, "She told us that she needs 80 by 2 pm for St Mary's theatre"),
                "a reported sentence: the report goes, then its subject turns");
    }

    @Test
    void theSampleCasesKeyPointsReadAsSaid() {
        String draft = ReflectBack.fill("So, if I have understood you: {points}. In your place I would be {feeling} too.",
                noted("Print peels after 3 washes\nall 40 shirts", "Wants replacement before 1 May"), Locale.ENGLISH, "and", "angry");
        assertEquals("So, if I have understood you: Print peels after 3 washes, all 40 shirts and you want replacement before 1 May. "
                + "In your place I would be angry too.", draft);
    }

    @Test
    void germanAndFrenchNotesAreTurnedToo() {
        assertEquals("200 OP-Kittel kamen mit gerissenen Nähten und Sie wollen bis Freitag Ersatz für Ihre Station",
                said(Locale.GERMAN, "Kunde sagt, 200 OP-Kittel kamen mit gerissenen Nähten", "will bis Freitag Ersatz für seine Station"));
        assertEquals("Sie sind verärgert, weil niemand zurückgerufen hat", said(Locale.GERMAN, "Die Kundin ist verärgert, weil niemand zurückgerufen hat"));
        assertEquals("40 blouses sont déchirées et vous voulez un remplacement avant vendredi pour votre service",
                said(Locale.FRENCH, "Le client dit que 40 blouses sont déchirées", "veut un remplacement avant vendredi pour son service"));
        assertEquals("vous avez besoin de 80 blouses pour lundi", said(Locale.FRENCH, "La cliente a besoin de 80 blouses pour lundi"));
    }

    @Test
    void atMostThreePointsAndEveryDraftWithinFortyWords() {
        List<Note> many = noted(
                "Says 200 surgical gowns arrived on the 12th with torn seams at the shoulder, found by the theatre nurses during the morning list",
                "Wants 120 by 7 am tomorrow and the other 80 by 2 pm, delivered to the theatre store, not the main dock",
                "Was promised a call back yesterday by the account manager and nobody called, which is the third time this year",
                "Is considering moving the whole contract to another supplier after the board meeting next week");
        for (String template : List.of("So, if I have understood you: {points}. In your place I would be {feeling} too.",
                "Let me check I have this right: {points}. Anyone would be {feeling}.",
                "What I am hearing is that {points}. I can see why you are {feeling}.",
                "Thank you for telling me: {points}. No wonder you are {feeling}.")) {
            String draft = ReflectBack.fill(template, many, Locale.ENGLISH, "and", "let down");
            int words = draft.split("\\s+").length;
            assertTrue(words <= ReflectBack.WORDS, words + " words: " + draft);
            assertTrue(draft.contains("200 surgical gowns arrived on the 12th with torn seams at the shoulder"), draft);
            assertTrue(!draft.matches("(?s).*\\b(the|at|by)\\. .*"), "no point stops mid-phrase: " + draft);
            assertTrue(!draft.contains("considering moving"), "the fourth point is left out: " + draft);
        }
    }
}
