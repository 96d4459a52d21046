package org.fuliankg.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Position titles of officials (positions.tsv) with their surface variants, plus party-congress delegate titles
 * that carry a number (党的二十大代表, 二十大女代表, 省第十二次党代会代表).
 */
public final class Positions {

    private static final Positions INSTANCE = new Positions();

    private static final String NUMERALS = "一二三四五六七八九十";
    private static final String LOCAL_CONGRESS_LEVELS = "省市县区州";
    /** Heads of a unit named by one character (司, 关, 署, 组), which are titles only after the unit's name: the two
     * characters are common inside other words (公司长期, 相关长效, 部署长远), and a group's head written alone is
     * the post a clause gives (由某某任组长, 以某某为组长), not a title a name follows. */
    private static final Set<String> UNIT_HEADS = Set.of("司长", "副司长", "关长", "副关长", "署长", "副署长", "组长", "副组长");
    /** Titles written before their holder's name only: a word before them is the unit one is responsible for
     * (项目负责人, 该站负责人), never a name. */
    private static final Set<String> NAMED_AFTER_ONLY = Set.of("负责人");
    /** 党的二十大代表, 二十大代表, 二十大女代表, 党的十九大代表 … */
    private static final Pattern NATIONAL_CONGRESS =
            Pattern.compile("(?:党的)?([" + NUMERALS + "]{1,3})大(?:女)?代表");
    /** 省第十二次党代会代表, 市第五次党代会代表, 第十二次党代会代表 … */
    private static final Pattern LOCAL_CONGRESS =
            Pattern.compile("([" + LOCAL_CONGRESS_LEVELS + "])?第([" + NUMERALS + "]{1,3})次党代会(?:女)?代表");

    private final Map<String, String> titles = new HashMap<>();
    private final Map<String, String> impliedOrganisations = new HashMap<>();
    private final WordTrie<String> titleTrie;

    private Positions() {
        for (String[] row : ResourceLines.read("positions.tsv")) {
            titles.put(row[0], row[1]);
            if (row.length > 2 && !row[2].isEmpty()) impliedOrganisations.put(row[1], row[2]);
        }
        titleTrie = WordTrie.of(titles);
    }

    public static Positions get() {
        return INSTANCE;
    }

    /**
     * A title as written.
     *
     * @param start      where it starts in the text
     * @param end        exclusive
     * @param title      the normalised title (主席, 党的二十大代表, 党代会代表)
     * @param congress   for delegate titles, the congress as a name fragment: {@code 第二十次全国代表大会} for
     *                   national congresses, {@code 第十二次代表大会} for local ones; else null
     * @param congressLevel for local congresses the level letter written before 第 (省, 市 …), else null
     */
    public record Title(int start, int end, String title, String congress, String congressLevel) {

        /** True for party-congress delegate titles. */
        public boolean isDelegate() {
            return congress != null;
        }
    }

    /** The body a title always belongs to when the text names none (总书记 → 中国共产党中央委员会), or null. */
    public String impliedOrganisation(String title) {
        return impliedOrganisations.get(title);
    }

    /** The titles of {@code text} from its start: the longest at a position ({@link #titleAt}), the next read after
     * its end. */
    public List<Title> titlesIn(String text) {
        List<Title> found = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            var title = titleAt(text, i);
            if (title.isEmpty()) continue;
            found.add(title.get());
            i = title.get().end() - 1;
        }
        return found;
    }

    /** The longest title starting at {@code pos}, if any. */
    public Optional<Title> titleAt(String text, int pos) {
        if (pos >= text.length()) return Optional.empty();
        char first = text.charAt(pos);
        // the patterns are only tried where they can start: matching at every position of a text is costly
        if (first == '党' ? text.startsWith("党的", pos) : NUMERALS.indexOf(first) >= 0 && greatWithin3(text, pos)) {
            Matcher m = NATIONAL_CONGRESS.matcher(text).region(pos, text.length());
            if (m.lookingAt() && !isPartOfLongerWord(text, m.start())) {
                return Optional.of(new Title(pos, m.end(), "党的" + m.group(1) + "大代表",
                        "第" + m.group(1) + "次全国代表大会", null));
            }
        }
        if (first == '第' || LOCAL_CONGRESS_LEVELS.indexOf(first) >= 0 && text.startsWith("第", pos + 1)) {
            Matcher m = LOCAL_CONGRESS.matcher(text).region(pos, text.length());
            if (m.lookingAt()) {
                return Optional.of(new Title(pos, m.end(), "党代会代表", "第" + m.group(2) + "次代表大会", m.group(1)));
            }
        }
        WordTrie.Hit<String> hit = titleTrie.longestAt(text, pos);
        // titles are two characters or more
        if (hit == null || hit.length() < 2) return Optional.empty();
        if (namesCouncil(text, pos + hit.length())) return Optional.empty(); // 人大常委会副秘书长: no 常委 here
        if (UNIT_HEADS.contains(hit.value()) && !afterOwnUnit(text, pos, hit.value())) return Optional.empty(); // 公司长期
        return Optional.of(new Title(pos, pos + hit.length(), hit.value(), null, null));
    }

    /** True when a word of the title lexicon starts at {@code pos}, also a unit's head written away from its unit
     * (任组长): a post named, whether or not a name may follow it. */
    public boolean postWordAt(String text, int pos) {
        WordTrie.Hit<String> hit = titleTrie.longestAt(text, pos);
        return hit != null && hit.length() >= 2 || titleAt(text, pos).isPresent();
    }

    /** True when {@code title} heads a unit whose name is written right before it (司长 after 某某司, 负责人 after
     * 项目), so no name stands there. */
    public boolean headsUnitBefore(String title) {
        return UNIT_HEADS.contains(title) || NAMED_AFTER_ONLY.contains(title);
    }

    /** True when the unit a head's title names is written right before it: 社会文化司|司长, 海关|关长, 某署|副署长. */
    private static boolean afterOwnUnit(String text, int pos, String title) {
        return pos > 0 && text.charAt(pos - 1) == title.charAt(title.length() - 2);
    }

    /**
     * True when the title ending at {@code end} is the start of its council's name: 常委会, 执委会, 委员会, 理事会,
     * 监事会 (not 常委会见).
     */
    private static boolean namesCouncil(String text, int end) {
        if (end + 1 > text.length() || text.charAt(end) != '会' || end < 1) return false;
        if (end + 1 < text.length() && "见谈晤".indexOf(text.charAt(end + 1)) >= 0) return false;
        String before = text.substring(Math.max(0, end - 2), end);
        return before.endsWith("委") || before.equals("委员") || before.equals("理事") || before.equals("监事");
    }

    /** True when a title of the lexicon ends exactly at {@code end} (航天员|, 主席|). */
    public boolean titleEndingAt(String text, int end) {
        for (int start = Math.max(0, end - 8); start <= end - 2; start++) {
            var title = titleAt(text, start);
            if (title.isPresent() && title.get().end() == end) return true;
        }
        return false;
    }

    /** Whether 大 follows the numeral at {@code pos} within its three characters, as a national congress needs: the
     * pattern is not tried at every numeral of a text. */
    private static boolean greatWithin3(String text, int pos) {
        for (int i = pos + 1; i <= pos + 3 && i < text.length(); i++) if (text.charAt(i) == '大') return true;
        return false;
    }

    /** 十大代表 inside 二十大代表 is found from the first numeral only. */
    private static boolean isPartOfLongerWord(String text, int start) {
        return start > 0 && NUMERALS.indexOf(text.charAt(start - 1)) >= 0;
    }
}
