package io.turnaround.domain;

/**
 * "Numbers change minds" (METHOD.md, Facts): from a sample of a population, the defect rate
 * with a 95 % Wilson score interval, how far that rate sits from zero in standard deviations,
 * and a plain sentence the manager can put into a fact.
 *
 * @param population N, the items the sample was drawn from (0 when unknown)
 * @param sample     n, the items examined
 * @param defects    the items of the sample found outside specification
 */
public record SampleStatistics(long population, long sample, long defects) {
    /** z for a two-sided 95 % interval. */
    public static final double Z95 = 1.959963984540054;

    public SampleStatistics {
        if (sample <= 0) {
            throw new IllegalArgumentException("The sample must have at least one item");
        }
        if (defects < 0 || defects > sample) {
            throw new IllegalArgumentException("Defects must be between 0 and the sample size");
        }
        if (population != 0 && population < sample) {
            throw new IllegalArgumentException("The sample cannot be larger than the population");
        }
    }

    public double rate() {
        return (double) defects / sample;
    }

    /** Lower bound of the 95 % Wilson score interval for the defect rate. */
    public double lower() {
        return wilson(-1);
    }

    /** Upper bound of the 95 % Wilson score interval for the defect rate. */
    public double upper() {
        return wilson(+1);
    }

    private double wilson(int sign) {
        double n = sample;
        double p = rate();
        double z2 = Z95 * Z95;
        double centre = p + z2 / (2 * n);
        double margin = Z95 * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n));
        double bound = (centre + sign * margin) / (1 + z2 / n);
        return Math.min(1, Math.max(0, bound));
    }

    /** The standard deviation of the observed rate, √(p(1−p)/n), with the finite-population correction when N is known. */
    public double standardError() {
        double p = rate();
        double se = Math.sqrt(p * (1 - p) / sample);
        if (population > 1) {
            se *= Math.sqrt((double) (population - sample) / (population - 1));
        }
        return se;
    }

    /** Defects expected in the whole population at the observed rate; 0 when N is unknown. */
    public double expectedDefectsInPopulation() {
        return population * rate();
    }

    /** "About 1 in X" for the upper bound: the most the data allow, said the way people hear it. */
    public long oneInAtWorst() {
        double u = upper();
        return u <= 0 ? Long.MAX_VALUE : Math.max(1, Math.round(1 / u));
    }

    /**
     * How far the worst case the data allow lies above what was observed, in standard deviations
     * of the observed rate; 0 when there is no spread (no defects, or all).
     */
    public double upperBoundInStandardDeviations() {
        double se = standardError();
        return se == 0 ? 0 : (upper() - rate()) / se;
    }

    /** The spread, said plainly: one standard deviation of the rate, in percentage points. */
    public String spreadSentence() {
        return String.format("One standard deviation of the rate is %.2f percentage points; the worst case above lies %.1f "
                + "standard deviations above what we observed.", standardError() * 100, upperBoundInStandardDeviations());
    }

    /** A sentence for a fact, e.g. "Out of 15,000 items we sampled 300 and found 2 outside specification …". */
    public String sentence() {
        String found = defects == 0 ? "none" : String.format("%,d", defects);
        String base = population > 0
                ? String.format("Out of %,d items we sampled %,d and found %s outside specification", population, sample, found)
                : String.format("We sampled %,d items and found %s outside specification", sample, found);
        return base + String.format(" (%.2f%%; with 95%% confidence the true rate is between %.2f%% and %.2f%%, "
                + "about 1 in %,d at worst).", rate() * 100, lower() * 100, upper() * 100, oneInAtWorst());
    }
}
