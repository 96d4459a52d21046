package org.fuliankg.lexicon;

import java.util.HashSet;
import java.util.Set;

/**
 * Literary names of provinces and regions (三晋, 草原, 南粤) that open the names of their own campaigns: 草原巾帼脱贫行动
 * is Inner Mongolia's case of 巾帼脱贫行动, 三晋巾帼维权行动 a campaign of Shanxi's.
 */
public final class RegionalEpithets {

    private static final RegionalEpithets INSTANCE = new RegionalEpithets();
    private static final int LENGTH = 2;

    private final Set<String> epithets = new HashSet<>();

    private RegionalEpithets() {
        for (String[] row : ResourceLines.read("regional-epithets.txt")) epithets.add(row[0].strip());
    }

    public static RegionalEpithets get() {
        return INSTANCE;
    }

    /** The length of an epithet ending right before {@code at} (草原|巾帼…), or 0. */
    public int lengthBefore(String text, int at) {
        if (at < LENGTH) return 0;
        return epithets.contains(text.substring(at - LENGTH, at)) ? LENGTH : 0;
    }
}
