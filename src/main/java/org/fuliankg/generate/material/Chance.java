package org.fuliankg.generate.material;

import java.util.List;
import java.util.SplittableRandom;

/** The random choices of one article, reproducible from the corpus seed and the article's number. */
public final class Chance {

    private final SplittableRandom random;

    public Chance(long seed, int article) {
        // the article's choices do not depend on how many articles are generated
        this.random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + article);
    }

    public int below(int bound) {
        return random.nextInt(bound);
    }

    public int between(int min, int maxInclusive) {
        return min + random.nextInt(maxInclusive - min + 1);
    }

    /** A draw from the standard normal distribution. */
    public double gaussian() {
        return random.nextGaussian();
    }

    public boolean percent(int p) {
        return random.nextInt(100) < p;
    }

    public <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    @SafeVarargs
    public final <T> T pick(T... options) {
        return options[random.nextInt(options.length)];
    }
}
