package io.turnaround.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.turnaround.TestCases;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Two people's edits of one case: what merges by itself, and what is a conflict for a person to decide. */
class CaseMergeTest {
    private final CaseFile base = TestCases.fullyPopulated();

    private static CaseFile noteAdded(CaseFile c, String text) {
        return c.withListen(c.listen().withNoteAdded(new Note(null, 5_000, Instant.parse("2026-03-02T10:00:00Z"), text, NoteTag.CLAIM, false)));
    }

    private static CaseFile answered(CaseFile c, int question, String answer) {
        List<Question> questions = new ArrayList<>(c.ask().questions());
        questions.set(question, questions.get(question).withAnswer(answer));
        return c.withAsk(c.ask().withQuestions(questions));
    }

    @Test
    void bothAddingNotesKeepsBoth() {
        CaseFile mine = noteAdded(base, "Mine: the driver was late");
        CaseFile theirs = noteAdded(base, "Theirs: the invoice is wrong");
        CaseMerge.Result r = CaseMerge.merge(base, mine, theirs);
        assertTrue(r.clean(), r.conflicts().toString());
        List<String> texts = r.merged().listen().notes().stream().map(Note::text).toList();
        assertEquals(base.listen().notes().size() + 2, texts.size());
        assertTrue(texts.contains("Mine: the driver was late") && texts.contains("Theirs: the invoice is wrong"));
    }

    @Test
    void aNoteByOneAndAFactAndARemedyByTheOtherMergeByThemselves() {
        CaseFile mine = noteAdded(base, "Mine");
        List<Fact> facts = new ArrayList<>(base.facts());
        facts.add(new Fact(null, null, null, "The van left at 9", Side.OUR_FIRM, "", List.of(), true, FactKind.FACT));
        CaseFile theirs = base.withFacts(facts).withResolution(base.resolution().withRemedy("A new delivery tomorrow"));
        CaseMerge.Result r = CaseMerge.merge(base, mine, theirs);
        assertTrue(r.clean());
        assertEquals(facts, r.merged().facts());
        assertEquals("A new delivery tomorrow", r.merged().resolution().remedy());
        assertEquals(mine.listen().notes(), r.merged().listen().notes());
    }

    @Test
    void bothEditingTheSameAnswerIsAConflictTheCallerDecides() {
        CaseFile mine = answered(base, 0, "Friday at noon");
        CaseFile theirs = answered(base, 0, "Monday morning");
        CaseMerge.Result shown = CaseMerge.merge(base, mine, theirs);
        assertEquals(1, shown.conflicts().size());
        CaseMerge.Conflict c = shown.conflicts().get(0);
        assertEquals("ask.questions[" + base.ask().questions().get(0).id() + "].answer", c.path());
        assertEquals("Friday at noon", c.mine());
        assertEquals("Monday morning", c.theirs());
        assertEquals("Friday at noon", shown.merged().ask().questions().get(0).answer(), "mine while undecided");
        CaseMerge.Result theirsKept = CaseMerge.merge(base, mine, theirs, CaseMerge.Conflict::theirs);
        assertEquals("Monday morning", theirsKept.merged().ask().questions().get(0).answer());
        CaseMerge.Result edited = CaseMerge.merge(base, mine, theirs, x -> "Friday, or Monday if the part is late");
        assertEquals("Friday, or Monday if the part is late", edited.merged().ask().questions().get(0).answer());
    }

    @Test
    void editingDifferentAnswersOfTheSameStepMerges() {
        CaseMerge.Result r = CaseMerge.merge(base, answered(base, 0, "Friday"), answered(base, 1, "By email"));
        assertTrue(r.clean());
        assertEquals("Friday", r.merged().ask().questions().get(0).answer());
        assertEquals("By email", r.merged().ask().questions().get(1).answer());
    }

    @Test
    void aPartDeletedByOneAndLeftAloneByTheOtherIsGoneButDeletedAndEditedIsAConflict() {
        Party first = base.parties().get(0);
        CaseFile deleted = base.withParties(base.parties().subList(1, base.parties().size()));
        CaseMerge.Result gone = CaseMerge.merge(base, deleted, noteAdded(base, "x"));
        assertTrue(gone.clean());
        assertFalse(gone.merged().parties().contains(first));
        List<Party> edited = new ArrayList<>(base.parties());
        edited.set(0, new Party(first.id(), first.name(), first.organisation(), "Chief buyer", first.email(), first.phone(), first.side(),
                first.receivesSummary()));
        CaseMerge.Result conflict = CaseMerge.merge(base, deleted, base.withParties(edited));
        assertEquals(1, conflict.conflicts().size());
        assertEquals("parties[" + first.id() + "]", conflict.conflicts().get(0).path());
        assertEquals(null, conflict.conflicts().get(0).mine(), "mine deleted it");
    }

    @Test
    void theLastEditsTimeIsTheLaterOfTheTwo() {
        Instant later = base.header().updatedAt().plusSeconds(60);
        CaseFile mine = base.withHeader(base.header().withUpdatedAt(base.header().updatedAt().plusSeconds(5)).withSubject("Mine"));
        CaseFile theirs = noteAdded(base, "x").withHeader(base.header().withUpdatedAt(later));
        CaseMerge.Result r = CaseMerge.merge(base, mine, theirs);
        assertTrue(r.clean(), r.conflicts().toString());
        assertEquals(later, r.merged().header().updatedAt());
        assertEquals("Mine", r.merged().header().subject());
    }
}
