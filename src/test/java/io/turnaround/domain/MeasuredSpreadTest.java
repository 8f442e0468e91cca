package io.turnaround.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Checked against values worked out by hand from the normal table (Φ(−3) = 0.0013499, Φ(−3.3) = 0.00048342). */
class MeasuredSpreadTest {
    @Test
    void theMethodsExampleWithin3point3SigmaIsAbout1In1000() {
        MeasuredSpread s = new MeasuredSpread(10.0, 0.1, 9.67, 10.33, 0);
        assertEquals(3.3, s.sigmaLevel(), 1e-9);
        assertEquals(2 * 0.00048342, s.outsideRate(), 1e-7);
        assertEquals(1034, s.oneIn(), 1);
        assertTrue(s.sentence().contains("3.3 standard deviations") && s.sentence().contains("about 1 in 1,03"), s.sentence());
    }

    @Test
    void threeSigmaBothSidesIs2point7PerThousand() {
        MeasuredSpread s = new MeasuredSpread(0, 1, -3.0, 3.0, 0);
        assertEquals(0.0026998, s.outsideRate(), 1e-6);
        assertEquals(370, s.oneIn());
    }

    @Test
    void anOffCentreMeanCountsBothTails() {
        // 2σ to the upper limit (0.02275) and 4σ to the lower (0.00003167).
        MeasuredSpread s = new MeasuredSpread(1, 1, -3.0, 3.0, 0);
        assertEquals(2.0, s.sigmaLevel(), 1e-12);
        assertEquals(0.02275013 + 0.00003167, s.outsideRate(), 1e-6);
    }

    @Test
    void aOneSidedLimitCountsOneTail() {
        assertEquals(0.0013499, new MeasuredSpread(0, 2, null, 6.0, 0).outsideRate(), 1e-6);
    }

    @Test
    void fromMeasuredValuesTheSampleStandardDeviationIsUsed() {
        // mean 5, squared deviations 4+1+0+1+4 = 10, s = √(10/4) = 1.5811
        MeasuredSpread s = MeasuredSpread.of(List.of(3.0, 4.0, 5.0, 6.0, 7.0), 0.0, 10.0);
        assertEquals(5.0, s.mean(), 1e-12);
        assertEquals(Math.sqrt(2.5), s.standardDeviation(), 1e-12);
        assertEquals(5 / Math.sqrt(2.5), s.sigmaLevel(), 1e-12);
        assertTrue(s.sentence().startsWith("We measured 5 items: mean 5, standard deviation 1.581"), s.sentence());
    }

    @Test
    void nonsenseIsRefusedWithAReason() {
        assertThrows(IllegalArgumentException.class, () -> new MeasuredSpread(0, 0, -1.0, 1.0, 0));
        assertThrows(IllegalArgumentException.class, () -> new MeasuredSpread(0, 1, null, null, 0));
        assertThrows(IllegalArgumentException.class, () -> new MeasuredSpread(0, 1, 2.0, 1.0, 0));
        assertThrows(IllegalArgumentException.class, () -> MeasuredSpread.of(List.of(1.0), 0.0, 2.0));
    }
}
