package org.fuliankg.extract.programme;

import java.util.regex.Pattern;

/**
 * Networks of facilities the federations build (妇女之家, 儿童之家, 留守儿童之家, 留守妇女暖心家园): a programme where
 * the text builds one, a place where it only visits or describes one. The build may be written before the name with
 * a count and a grade between (新建80个省级“妇女儿童之家”, 建设“留守儿童之家”40所) or after it (妇女之家建设,
 * “妇女之家”创建工作). A grade before the name (市级妇女儿童之家) is the grade of one home, not a scheme of its own.
 */
final class BuiltFacilities {

    /** How a facility's name ends: a home (之家) or a homestead (家园) of the people it serves. */
    static final Pattern FACILITY = Pattern.compile("(?:之家|家园)$");
    /** Whom such a home serves, written in its name: women, children, mothers (not 妇联之家, the federation's own). */
    private static final Pattern SERVED = Pattern.compile("妇女|儿童|女童|母亲|女性|巾帼|妇儿|家长|留守|流动|困境");
    /** A home (妇女之家) is mostly a room a text visits; a named homestead (儿童快乐家园) is mostly a scheme's. */
    static final Pattern HOME = Pattern.compile("之家$");
    private static final Pattern BUILT_AFTER = Pattern.compile("^[”」』]?(?:建设|创建|建成|揭牌)");
    private static final Pattern BUILT_BEFORE = Pattern.compile(
            "(?:捐建|新建|建成|创建|建立|建设|援建|打造)"
                    + "(?:[0-9一二两三四五六七八九十百千万]+[个所家座处批])?(?:[省市县区乡镇村]级)?[^，。；、]{0,3}$");
    /** The grade of one home written before its name: 市级妇女儿童之家. */
    static final Pattern GRADE_BEFORE = Pattern.compile("[省市县区乡镇村]级$");
    private static final int REACH = 14;

    private BuiltFacilities() {}

    /** True when {@code name} is a home or a homestead of the people the federations serve (留守妇女暖心家园). */
    static boolean servesPeople(String name) {
        return FACILITY.matcher(name).find() && SERVED.matcher(name).find();
    }

    /** True when the facility named at [start, end) is built there (the words before or right after it). */
    static boolean builtAt(String text, int start, int end) {
        return BUILT_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 3))).find()
                || BUILT_BEFORE.matcher(text.substring(Math.max(0, start - REACH), start)).find();
    }
}
