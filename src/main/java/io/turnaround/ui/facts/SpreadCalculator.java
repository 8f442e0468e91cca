package io.turnaround.ui.facts;

import io.turnaround.domain.MeasuredSpread;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The Facts step's second calculator: measured values (or their mean and standard deviation) against a tolerance give
 * the sigma level and how many items are expected outside it. What is typed is read as the user wrote it: numbers
 * separated by spaces, new lines or semicolons, a decimal comma accepted.
 */
public final class SpreadCalculator {
    private final StringProperty values = new SimpleStringProperty("");
    private final StringProperty mean = new SimpleStringProperty("");
    private final StringProperty deviation = new SimpleStringProperty("");
    private final StringProperty lower = new SimpleStringProperty("");
    private final StringProperty upper = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper("");

    public SpreadCalculator() {
        for (StringProperty p : List.of(values, mean, deviation, lower, upper)) {
            p.addListener((o, a, b) -> compute());
        }
    }

    private void compute() {
        try {
            result.set(spread().map(MeasuredSpread::sentence).orElse(""));
        } catch (IllegalArgumentException e) {
            result.set("");
        }
    }

    /** The spread typed so far, or empty while something needed is missing. */
    Optional<MeasuredSpread> spread() {
        Optional<Double> low = number(lower.get());
        Optional<Double> high = number(upper.get());
        if (low.isEmpty() && high.isEmpty()) {
            return Optional.empty();
        }
        List<Double> measured = numbers(values.get());
        if (measured.size() >= 2) {
            return Optional.of(MeasuredSpread.of(measured, low.orElse(null), high.orElse(null)));
        }
        Optional<Double> m = number(mean.get());
        Optional<Double> sd = number(deviation.get());
        return m.isPresent() && sd.isPresent() ? Optional.of(new MeasuredSpread(m.get(), sd.get(), low.orElse(null), high.orElse(null), 0))
                : Optional.empty();
    }

    static List<Double> numbers(String text) {
        List<Double> out = new ArrayList<>();
        for (String token : (text == null ? "" : text).strip().split("[\\s;]+")) {
            number(token).ifPresent(out::add);
        }
        return out;
    }

    static Optional<Double> number(String text) {
        String t = text == null ? "" : text.strip().replace('\u2212', '-');
        if (t.isEmpty()) {
            return Optional.empty();
        }
        if (t.indexOf(',') >= 0 && t.indexOf('.') < 0) {
            t = t.replace(',', '.');
        }
        try {
            double v = Double.parseDouble(t.replace(",", ""));
            return Double.isFinite(v) ? Optional.of(v) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public StringProperty valuesProperty() {
        return values;
    }

    public StringProperty meanProperty() {
        return mean;
    }

    public StringProperty deviationProperty() {
        return deviation;
    }

    public StringProperty lowerProperty() {
        return lower;
    }

    public StringProperty upperProperty() {
        return upper;
    }

    /** The sentence for a fact, or empty. */
    public ReadOnlyStringProperty resultProperty() {
        return result.getReadOnlyProperty();
    }
}
