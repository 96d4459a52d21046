package org.fuliankg.bench.growth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

/** The growth fits find the curve that made the points, and solve it for a limit. */
class GrowthFitTest {

    private static List<double[]> points(DoubleUnaryOperator f, double... sizes) {
        return java.util.Arrays.stream(sizes).mapToObj(n -> new double[] {n, f.applyAsDouble(n)}).toList();
    }

    @Test
    void a_straight_line_is_fitted_as_one() {
        GrowthFit fit = GrowthFit.of(points(n -> 5 + 2 * n, 1000, 3000, 10000));
        assertEquals(GrowthFit.Model.LINEAR, fit.model());
        assertEquals(5, fit.a(), 1e-6);
        assertEquals(2, fit.b(), 1e-9);
        assertEquals(0, fit.maxError(), 1e-9);
        assertEquals(2_000_005, fit.at(1_000_000), 1e-3);
        assertEquals(1, fit.exponent(), 0.01); // almost proportional: the intercept is small
    }

    @Test
    void a_power_is_fitted_with_its_exponent() {
        GrowthFit fit = GrowthFit.of(points(n -> 3 * Math.pow(n, 1.5), 200, 600, 2000));
        assertEquals(GrowthFit.Model.POWER, fit.model());
        assertEquals(1.5, fit.b(), 1e-9);
        assertEquals(3, fit.a(), 1e-6);
        assertEquals(1.5, fit.exponent(), 1e-9);
    }

    @Test
    void n_log_n_is_told_from_a_line_and_a_power() {
        GrowthFit fit = GrowthFit.of(points(n -> 7 + 0.01 * n * Math.log(n), 1000, 3000, 10000));
        assertEquals(GrowthFit.Model.N_LOG_N, fit.model());
        assertEquals(0.01, fit.b(), 1e-9);
    }

    @Test
    void failed_points_are_left_out_and_two_points_still_fit() {
        List<double[]> measured = List.of(new double[] {1000, 100}, new double[] {3000, 300},
                new double[] {10000, Double.NaN});
        GrowthFit fit = GrowthFit.of(measured);
        assertEquals(1000, fit.at(10000), 1e-6);
        assertTrue(Double.isNaN(GrowthFit.of(List.of(new double[] {1000, 5}, new double[] {3000, -1})).a()));
    }

    @Test
    void a_falling_fit_is_projected_flat() {
        GrowthFit falling = GrowthFit.of(points(n -> 1000 - 0.05 * n, 1000, 3000, 10000));
        assertEquals(GrowthFit.Model.LINEAR, falling.model());
        assertEquals(-49_000, falling.at(1_000_000), 1e-6);
        assertEquals(500, falling.projected(1_000_000, 10_000), 1e-6);
        GrowthFit rising = GrowthFit.of(points(n -> 2 * n, 1000, 3000, 10000));
        assertEquals(2_000_000, rising.projected(1_000_000, 10_000), 1e-3);
    }

    @Test
    void the_size_reaching_a_limit_is_solved_beyond_the_measured_sizes() {
        GrowthFit line = GrowthFit.of(points(n -> 2 * n, 1000, 3000, 10000));
        assertEquals(30_000, line.sizeReaching(60_000, 10_000), 1);
        assertEquals(10_000, line.sizeReaching(1_000, 10_000)); // already past it where measured
        GrowthFit falling = GrowthFit.of(points(n -> 1e6 / n, 1000, 3000, 10000));
        assertEquals(Double.POSITIVE_INFINITY, falling.sizeReaching(1e6, 10_000));
        GrowthFit power = GrowthFit.of(points(n -> Math.pow(n, 2), 1000, 3000, 10000));
        assertEquals(1e6, power.sizeReaching(1e12, 10_000), 1e6 * 1e-6);
    }
}
