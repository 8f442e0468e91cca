package io.turnaround.ui.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpreadCalculatorTest {
    @Test
    void valuesAsTypedWithLimitsGiveTheSentence() {
        SpreadCalculator calc = new SpreadCalculator();
        calc.valuesProperty().set("9,98 10.02\n10.00; 9.99  10.01");
        assertEquals("", calc.resultProperty().get(), "no tolerance yet");
        calc.lowerProperty().set("9.95");
        calc.upperProperty().set("10,05");
        // mean 10.00, s = √(0.001/4) = 0.015811; 0.05 / 0.015811 = 3.16 σ each side.
        assertEquals(3.162, calc.spread().orElseThrow().sigmaLevel(), 1e-3);
        assertTrue(calc.resultProperty().get().startsWith("We measured 5 items"), calc.resultProperty().get());
    }

    @Test
    void meanAndDeviationAloneAreEnoughAndTheMethodsExampleReadsAsIn1000() {
        SpreadCalculator calc = new SpreadCalculator();
        calc.meanProperty().set("0");
        calc.deviationProperty().set("1");
        calc.lowerProperty().set("−3.3");
        calc.upperProperty().set("3.3");
        assertTrue(calc.resultProperty().get().contains("3.3 standard deviations"), calc.resultProperty().get());
        assertTrue(calc.resultProperty().get().contains("about 1 in 1,03"), calc.resultProperty().get());
        calc.deviationProperty().set("0");
        assertEquals("", calc.resultProperty().get(), "a zero deviation says nothing");
    }

    @Test
    void numbersAreReadLeniently() {
        assertEquals(List.of(1.5, -2.0, 3.25), SpreadCalculator.numbers(" 1,5 −2 ; 3.25 x "));
    }
}
