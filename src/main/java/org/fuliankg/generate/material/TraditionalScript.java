package org.fuliankg.generate.material;

import java.util.HashMap;
import java.util.Map;

/**
 * Writes a simplified text in traditional characters, one character for one, by inverting the normaliser's
 * traditional→simplified table. Where several traditional characters share one simplified form (發/髮 → 发) the
 * first in the table is taken unless {@link #PREFERRED} says otherwise; characters outside the Basic Multilingual
 * Plane are left alone, so offsets in chars stay valid.
 */
public final class TraditionalScript {

    /**
     * Characters Taiwan and Hong Kong pages write as they are in the words of these articles (表示, 方面, 合肥,
     * 主席, 家庭, 志愿, 机制 …), although the table lists a traditional character that simplifies to them.
     */
    private static final String SAME_IN_TRADITIONAL = "克出制合同向周回困家局岳席幸彩征志扎托教昆朱梁沈泛注涂秋穗累胡范表面蒙台群峰杰了才只系松致谷借卷";
    /** Simplified, then the usual traditional form where the table's first one is rare (噹, 囌, 鈡 …). */
    private static final String PREFERRED = "当當苏蘇钟鐘坛壇线線镇鎮蕴蘊干幹";

    private static final Map<Character, Character> TO_TRADITIONAL = load();

    private TraditionalScript() {}

    public static String of(String simplified) {
        StringBuilder out = new StringBuilder(simplified.length());
        for (int i = 0; i < simplified.length(); i++) {
            char c = simplified.charAt(i);
            out.append(TO_TRADITIONAL.getOrDefault(c, c));
        }
        return out.toString();
    }

    private static Map<Character, Character> load() {
        Map<Character, Character> map = new HashMap<>();
        for (String[] row : Lexicon.rows("/org/fuliankg/normalise/traditional-simplified.tsv")) {
            if (row[0].length() != 1 || row[1].length() != 1) continue; // astral characters
            char simplified = row[1].charAt(0);
            if (SAME_IN_TRADITIONAL.indexOf(simplified) < 0) map.putIfAbsent(simplified, row[0].charAt(0));
        }
        for (int i = 0; i < PREFERRED.length(); i += 2) map.put(PREFERRED.charAt(i), PREFERRED.charAt(i + 1));
        return Map.copyOf(map);
    }
}
