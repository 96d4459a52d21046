package org.fuliankg.generate;

import java.util.List;
import java.util.SplittableRandom;

/** The random choices of one article, reproducible from the corpus seed and the article's number. */
final class Chance {

    private final SplittableRandom random;

    Chance(long seed, int article) {
        // the article's choices do not depend on how many articles are generated
        this.random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + article);
    }

    int below(int bound) {
        return random.nextInt(bound);
    }

    int between(int min, int maxInclusive) {
        return min + random.nextInt(maxInclusive - min + 1);
    }

    /** A draw from the standard normal distribution. */
    double gaussian() {
        return random.nextGaussian();
    }

    boolean percent(int p) {
        return random.nextInt(100) < p;
    }

    <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    @SafeVarargs
    final <T> T pick(T... options) {
        return options[random.nextInt(options.length)];
    }
}
