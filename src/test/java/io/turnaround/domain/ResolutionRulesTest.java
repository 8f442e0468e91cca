package io.turnaround.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ResolutionRulesTest {
    private static final double EPS = 1e-6;

    @Test
    void wilsonIntervalMatchesHandComputedValues() {
        // p = 2/300. z = 1.959964, z² = 3.841459.
        // centre = (0.0066667 + 3.841459/600) / (1 + 3.841459/300) = 0.0130691 / 1.0128049 = 0.0129039
        // margin = 1.959964 × √(0.0066667 × 0.9933333 / 300 + 3.841459 / 360000) / 1.0128049
        //        = 1.959964 × √(0.0000220741 + 0.0000106707) / 1.0128049 = 0.0110737
        // lower = 0.0129039 − 0.0110737 = 0.0018302; upper = 0.0129039 + 0.0110737 = 0.0239776
        SampleStatistics s = new SampleStatistics(15_000, 300, 2);
        assertEquals(0.0066667, s.rate(), 1e-7);
        assertEquals(0.0018302, s.lower(), 1e-6);
        assertEquals(0.0239776, s.upper(), 1e-6);
        assertEquals(42, s.oneInAtWorst());
        assertEquals(100.0, s.expectedDefectsInPopulation(), EPS);
        // SE = √(p(1−p)/n) × √((N−n)/(N−1)) = 0.0046983 × 0.9899823 = 0.0046512
        assertEquals(0.0046512, s.standardError(), 1e-6);
        // (0.0239776 − 0.0066667) / 0.0046512 = 3.7218
        assertEquals(3.7218, s.upperBoundInStandardDeviations(), 1e-3);
        assertEquals("One standard deviation of the rate is 0.47 percentage points; the worst case above lies 3.7 standard "
                + "deviations above what we observed.", s.spreadSentence());
    }

    @Test
    void noDefectsStillGivesAnHonestUpperBound() {
        SampleStatistics s = new SampleStatistics(0, 300, 0);
        assertEquals(0.0, s.rate(), EPS);
        assertEquals(0.0, s.lower(), EPS);
        // z² / (n + z²) = 3.841459 / 303.841459 = 0.0126429
        assertEquals(0.0126429, s.upper(), 1e-6);
        assertEquals(79, s.oneInAtWorst());
        assertTrue(s.sentence().startsWith("We sampled 300 items and found none outside specification (0.00%"), s.sentence());
        assertTrue(s.sentence().contains("about 1 in 79 at worst"), s.sentence());
    }

    @Test
    void allDefectiveAndEdgeCases() {
        SampleStatistics all = new SampleStatistics(10, 10, 10);
        assertEquals(1.0, all.upper(), EPS);
        assertEquals(1, all.oneInAtWorst());
        assertEquals(0.0, all.standardError(), EPS);
        assertThrows(IllegalArgumentException.class, () -> new SampleStatistics(100, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new SampleStatistics(100, 10, 11));
        assertThrows(IllegalArgumentException.class, () -> new SampleStatistics(5, 10, 1));
    }

    @Test
    void theSentenceQuotesTheFigures() {
        assertEquals("Out of 15,000 items we sampled 300 and found 2 outside specification (0.67%; with 95% confidence the "
                + "true rate is between 0.18% and 2.40%, about 1 in 42 at worst).", new SampleStatistics(15_000, 300, 2).sentence());
    }

    @Test
    void theSuggestedPrincipleFollowsResponsibility() {
        assertEquals(FairnessPrinciple.UNWRITTEN_AGREEMENT, FairnessAdvice.suggest(Responsibility.CUSTOMERS, true, false),
                "an unwritten agreement overrides everything");
        assertEquals(FairnessPrinciple.CUSTOMER_MISSED_STEP, FairnessAdvice.suggest(Responsibility.CUSTOMERS, false, false));
        assertEquals(FairnessPrinciple.BOTH_MADE_MISTAKES, FairnessAdvice.suggest(Responsibility.BOTH, false, true));
        assertEquals(FairnessPrinciple.INFLATED_INVOICE_LINE, FairnessAdvice.suggest(Responsibility.OURS, false, true));
        assertEquals(FairnessPrinciple.ENTIRELY_OURS, FairnessAdvice.suggest(Responsibility.OURS, false, false),
                "a mistake entirely ours: we put it right at our cost");
        assertEquals(FairnessPrinciple.NONE, FairnessAdvice.suggest(Responsibility.UNDECIDED, false, false));
    }

    @Test
    void theStanceFollowsTheThreeQuestions() {
        assertEquals(Stance.CUSTOMER_IS_RIGHT, FairnessAdvice.recommend(true, true, false));
        assertEquals(Stance.PROPOSE_BETTER_SOLUTION, FairnessAdvice.recommend(false, true, false), "facts hard to assess");
        assertEquals(Stance.PROPOSE_BETTER_SOLUTION, FairnessAdvice.recommend(true, false, false), "fact-finding is cheap");
        assertEquals(Stance.PROPOSE_BETTER_SOLUTION, FairnessAdvice.recommend(true, true, true), "the request could hurt them");
        assertEquals(Stance.UNDECIDED, FairnessAdvice.recommend(true, null, false));
    }
}
