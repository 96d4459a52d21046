package org.fuliankg.bench.growth;

import java.util.List;
import java.util.Locale;
import java.util.function.DoubleUnaryOperator;

/**
 * How a measure grows with the number of articles n, fitted on a few sizes (the bench has three): a straight line
 * {@code a + b·n}, {@code a + b·n·ln n}, or a power {@code a·n^b} (least squares on the logarithms). The model kept
 * is the one whose largest relative miss on the measured points is smallest, the line winning ties (it is the
 * plainest claim). Three points leave one degree of freedom to the two-parameter models: the fit says how a
 * measure grew over one decade of sizes, and a projection two decades further is a reading of that, not a promise.
 *
 * @param model    which curve
 * @param a        its first parameter (intercept, or the power's factor)
 * @param b        its second (slope, or the power's exponent)
 * @param maxError the largest |fitted − measured| / measured over the points
 * @param exponent the power fit's exponent, whichever model is kept: 1 is linear, below 1 slower, above faster
 */
record GrowthFit(Model model, double a, double b, double maxError, double exponent) {

    public enum Model {
        LINEAR("a + b·n"), N_LOG_N("a + b·n·ln n"), POWER("a·n^b");

        final String formula;

        Model(String formula) {
            this.formula = formula;
        }

        public String formula() {
            return formula;
        }
    }

    /** The sizes a measure is solved over: a million times the largest projected size is far enough. */
    private static final double MAX_N = 1e12;

    /**
     * Fits the points (n, y); points with a y that is not a positive number (a failed query) are left out. Empty
     * fit (NaN parameters) with fewer than two points left.
     */
    public static GrowthFit of(List<double[]> points) {
        List<double[]> usable = points.stream().filter(p -> p[1] > 0 && Double.isFinite(p[1])).toList();
        if (usable.size() < 2) return new GrowthFit(Model.LINEAR, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        double[] line = leastSquares(usable, n -> n, y -> y);
        double[] nLogN = leastSquares(usable, n -> n * Math.log(n), y -> y);
        double[] logLog = leastSquares(usable, Math::log, Math::log);
        GrowthFit power = new GrowthFit(Model.POWER, Math.exp(logLog[0]), logLog[1], 0, logLog[1]);
        GrowthFit best = null;
        for (GrowthFit candidate : List.of(new GrowthFit(Model.LINEAR, line[0], line[1], 0, logLog[1]),
                new GrowthFit(Model.N_LOG_N, nLogN[0], nLogN[1], 0, logLog[1]), power)) {
            double miss = 0;
            for (double[] p : usable) miss = Math.max(miss, Math.abs(candidate.at(p[0]) - p[1]) / p[1]);
            GrowthFit scored = new GrowthFit(candidate.model, candidate.a, candidate.b, miss, logLog[1]);
            if (best == null || miss < best.maxError - 1e-9) best = scored;
        }
        return best;
    }

    /** The fitted value at {@code n} articles. */
    public double at(double n) {
        return switch (model) {
            case LINEAR -> a + b * n;
            case N_LOG_N -> a + b * n * Math.log(n);
            case POWER -> a * Math.pow(n, b);
        };
    }

    /**
     * The fit read at {@code n} articles past the largest measured size {@code from}: never below its value there. A
     * fit that falls with the size (timings of a few ms, whose noise outweighs their growth) is read as flat, not as
     * a query that gets faster, or takes negative time, on a larger store.
     */
    public double projected(double n, double from) {
        return Math.max(at(n), at(from));
    }

    /**
     * The number of articles at which the fitted measure reaches {@code limit}, searched upwards from {@code from}
     * (a measured size): {@code from} when it is already there, infinity when it never gets there (a flat or falling
     * fit) before {@value #MAX_N} or there is no fit.
     */
    public double sizeReaching(double limit, double from) {
        if (Double.isNaN(a)) return Double.POSITIVE_INFINITY;
        if (at(from) >= limit) return from;
        if (at(MAX_N) < limit) return Double.POSITIVE_INFINITY;
        double low = Math.log(from), high = Math.log(MAX_N); // the fits only rise past the measured sizes: bisect
        for (int i = 0; i < 100; i++) {
            double mid = (low + high) / 2;
            if (at(Math.exp(mid)) < limit) low = mid;
            else high = mid;
        }
        return Math.exp(high);
    }

    /** Intercept and slope of y' = a + b·x' by least squares, with x' and y' the transformed coordinates. */
    private static double[] leastSquares(List<double[]> points, DoubleUnaryOperator x, DoubleUnaryOperator y) {
        double n = points.size(), sx = 0, sy = 0, sxx = 0, sxy = 0;
        for (double[] p : points) {
            double xi = x.applyAsDouble(p[0]), yi = y.applyAsDouble(p[1]);
            sx += xi;
            sy += yi;
            sxx += xi * xi;
            sxy += xi * yi;
        }
        double slope = (n * sxy - sx * sy) / (n * sxx - sx * sx);
        return new double[] {(sy - slope * sx) / n, slope};
    }

    /** The fit in words, e.g. "power a·n^b, b = 1.07 (max miss 2%)". */
    public String describe() {
        if (Double.isNaN(a)) return "no fit (fewer than two measured sizes)";
        String params = model == Model.POWER ? String.format(Locale.ROOT, "b = %.2f", b)
                : String.format(Locale.ROOT, "a = %.4g, b = %.4g; power exponent %.2f", a, b, exponent);
        return String.format(Locale.ROOT, "%s %s, %s (max miss %.0f%%)", model.name().toLowerCase(
                Locale.ROOT).replace('_', ' '), model.formula, params, 100 * maxError);
    }
}
