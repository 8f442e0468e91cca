package io.turnaround.domain;

import java.util.List;

/**
 * "Numbers change minds" from measured values (METHOD.md, Facts): the sampled positions lie within about k standard
 * deviations of the tolerance, so about 1 in X items falls outside it. Assumes the measurements are normally
 * distributed and counts both tails (below the lower limit and above the upper one).
 *
 * @param mean              the mean of the measured values
 * @param standardDeviation their sample standard deviation (n − 1)
 * @param lowerLimit        the lower tolerance limit, or null when there is none
 * @param upperLimit        the upper tolerance limit, or null when there is none
 * @param count             how many values were measured; 0 when only the mean and deviation were given
 */
public record MeasuredSpread(double mean, double standardDeviation, Double lowerLimit, Double upperLimit, int count) {
    public MeasuredSpread {
        if (!(standardDeviation > 0) || !Double.isFinite(standardDeviation) || !Double.isFinite(mean)) {
            throw new IllegalArgumentException("The standard deviation must be a positive number");
        }
        if (lowerLimit == null && upperLimit == null) {
            throw new IllegalArgumentException("Give at least one tolerance limit");
        }
        if (lowerLimit != null && upperLimit != null && lowerLimit >= upperLimit) {
            throw new IllegalArgumentException("The lower limit must be below the upper limit");
        }
    }

    /** From the values measured: their mean and sample standard deviation. */
    public static MeasuredSpread of(List<Double> values, Double lowerLimit, Double upperLimit) {
        if (values.size() < 2) {
            throw new IllegalArgumentException("Measure at least two values");
        }
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        double mean = sum / values.size();
        double squares = 0;
        for (double v : values) {
            squares += (v - mean) * (v - mean);
        }
        return new MeasuredSpread(mean, Math.sqrt(squares / (values.size() - 1)), lowerLimit, upperLimit, values.size());
    }

    /** How many standard deviations lie between the mean and the nearer limit (the "sigma level"; 3 × Cpk). */
    public double sigmaLevel() {
        double toUpper = upperLimit == null ? Double.POSITIVE_INFINITY : (upperLimit - mean) / standardDeviation;
        double toLower = lowerLimit == null ? Double.POSITIVE_INFINITY : (mean - lowerLimit) / standardDeviation;
        return Math.min(toUpper, toLower);
    }

    /** The share of items expected outside the tolerance: both tails of the normal distribution. */
    public double outsideRate() {
        double above = upperLimit == null ? 0 : upperTail((upperLimit - mean) / standardDeviation);
        double below = lowerLimit == null ? 0 : upperTail((mean - lowerLimit) / standardDeviation);
        return Math.min(1, above + below);
    }

    /** "About 1 in X" outside; Long.MAX_VALUE when the rate is too small to say. */
    public long oneIn() {
        double r = outsideRate();
        return r <= 0 ? Long.MAX_VALUE : Math.max(1, Math.round(1 / r));
    }

    /** A sentence for a fact, e.g. "The measured positions lie within 3.3 standard deviations of the tolerance …". */
    public String sentence() {
        String measured = count > 0 ? String.format("We measured %,d items: mean %s, standard deviation %s", count, number(mean),
                number(standardDeviation)) : String.format("Mean %s, standard deviation %s", number(mean), number(standardDeviation));
        String limits = lowerLimit != null && upperLimit != null
                ? String.format("the tolerance %s to %s", number(lowerLimit), number(upperLimit))
                : lowerLimit != null ? "the lower limit " + number(lowerLimit) : "the upper limit " + number(upperLimit);
        double k = sigmaLevel();
        String where = k < 0 ? String.format("the mean lies %.1f standard deviations outside %s", -k, limits)
                : String.format("the nearer limit of %s lies %.1f standard deviations from the mean", limits, k);
        long oneIn = oneIn();
        String rate = oneIn == Long.MAX_VALUE ? "practically none are expected outside it"
                : String.format("about 1 in %,d is expected outside it (%s)", oneIn, percent(outsideRate()));
        return measured + "; " + where + ", so " + rate + ", assuming a normal distribution.";
    }

    private static String number(double v) {
        return String.format("%.4g", v).replaceAll("(\\.\\d*?)0+$", "$1").replaceAll("\\.$", "");
    }

    private static String percent(double rate) {
        return rate >= 0.001 ? String.format("%.2f%%", rate * 100) : String.format("%.2g%%", rate * 100);
    }

    /** P(Z > z) for a standard normal Z: erfc(z/√2)/2. */
    static double upperTail(double z) {
        return 0.5 * erfc(z / Math.sqrt(2));
    }

    /** The complementary error function, with a fractional error below 1.2e-7 everywhere (Chebyshev fit, Numerical Recipes). */
    static double erfc(double x) {
        double z = Math.abs(x);
        double t = 1 / (1 + 0.5 * z);
        double r = t * Math.exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806
                + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))));
        return x >= 0 ? r : 2 - r;
    }
}
