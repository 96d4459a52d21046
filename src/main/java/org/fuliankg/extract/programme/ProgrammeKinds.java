package org.fuliankg.extract.programme;

import java.util.LinkedHashMap;
import java.util.Map;
import org.fuliankg.domain.programme.ProgrammeKind;

/** The kind of a programme that is not in the lexicon, guessed from words of its name. */
public final class ProgrammeKinds {

    /** Checked in order: the more specific words first. */
    private static final Map<String, ProgrammeKind> KEYWORDS = new LinkedHashMap<>();

    static {
        for (String w : new String[] {"两癌", "宫颈癌", "乳腺癌"}) KEYWORDS.put(w, ProgrammeKind.TWO_CANCER);
        KEYWORDS.put("春蕾", ProgrammeKind.SPRING_BUD);
        KEYWORDS.put("儿童友好", ProgrammeKind.CHILD_FRIENDLY);
        for (String w : new String[] {"宣讲", "讲师团"}) KEYWORDS.put(w, ProgrammeKind.PUBLICITY);
        for (String w : new String[] {"家庭", "家风", "家教", "父母", "亲子"}) KEYWORDS.put(w, ProgrammeKind.FAMILY);
        for (String w : new String[] {"乡村", "农村", "庭院", "农民"}) KEYWORDS.put(w, ProgrammeKind.RURAL);
    }

    private ProgrammeKinds() {}

    /** The generic class a named two-cancer scheme is a case of: relief (救助) or screening (筛查, 检查), else null. */
    public static String broader(String name) {
        if (!name.matches(".*(?:两癌|宫颈癌|乳腺癌).*") || name.matches("两癌(?:救助|筛查)")) return null;
        if (name.contains("救助")) return "两癌救助";
        if (name.contains("筛查") || name.contains("检查")) return "两癌筛查";
        return null;
    }

    public static ProgrammeKind guess(String name) {
        for (Map.Entry<String, ProgrammeKind> e : KEYWORDS.entrySet()) {
            if (name.contains(e.getKey())) return e.getValue();
        }
        return ProgrammeKind.OTHER;
    }
}
