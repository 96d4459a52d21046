package org.fuliankg.extract.org;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.fuliankg.domain.org.Organisation;
import org.fuliankg.extract.text.OrganisationAt;
import org.fuliankg.extract.text.PlaceContext;
import org.fuliankg.extract.text.TextShape;
import org.fuliankg.lexicon.OrganisationSuffixes;

/**
 * Bodies named with no place of the divisions before them, known by the frame of the sentence rather than by their
 * words: a post right after the name (某某体育会会长某某, 某区民政事务处专员某某, 某某茶场场长), a list the sentence
 * closes by what its members are (某某体育会及某某体育会等单位支持), a verb of founding before it (成立了某某协会), or
 * another body it is joined to (某区人民检察院和某某派出所). Hong Kong's district offices, Macau's clubs, a
 * village's cooperatives and a brand's workshops are named so. Read after the other readers, only where none of
 * them found a body ending at the same place: a name they read with its place stays theirs.
 */
final class UnplacedBodies {

    /** The words closing a list of bodies: 等单位, 等三家企业, 等社会组织. */
    private static final Pattern LIST_CLOSE = Pattern.compile(
            "等(?:[0-9一二两三四五六七八九十百]+多?[家个])?(?:爱心)?(?:单位|机构|团体|社团|社会组织|组织|企业|公司|商家)");
    /** Where a clause ends: a list closed later in another clause is not this name's. */
    private static final String CLAUSE_END = "，,。；;：:！？!?\n";
    private static final int MAX_LIST_REACH = 60;
    /** The letters standing for the text's place at the start of a body's name (市特殊教育学校). */
    private static final String PLACE_LETTERS = "省市州县区镇乡";
    private static final int MAX_NAME = 16;
    private static final int MAX_UNKNOWN_PLACE = 4;
    /** Words that a name opened after a verb never hold: 为 and 是 link a person to a post (左一为某会主席), 有 and 获
     * tell who came or what was given (嘉宾尚有某区民政处, 活动获某中学支持), though the segmenter may not say so. */
    private static final Pattern NOT_IN_NAME = Pattern.compile("[为是的在等或获尚还也都已被把由向]|有(?!限)|将(?!军)");
    /** Bodies other rooms read with their owners: women's and children's committees (妇儿工委, 女工委, read with the
     * federations), Party committees (学校党委, read with their place or body), and ranks of a council (常务委员会). */
    private static final Pattern READ_ELSEWHERE = Pattern.compile("妇儿|妇女儿童|女工|党委|党组|党总支|党支部|^常务|^专职");
    /** Words naming a kind of unit or area, not one body: 街道党工委, 开发区管委会, 执行委员会, 学院党委, 社区工委 are
     * bodies of a place or institution the reader of posts resolves. */
    private static final Pattern KIND_WORDS = Pattern.compile(
            "(?:街道|社区|开发区|园区|高新区|新区|经开区|人大|政协|机关|执行|常务|学院|学校|大学|中学|小学|医院|公司|集团|企业|单位"
                    + "|部门|系统|行业|村|镇|乡|中央|全国|国家|省|市|县|区|州|本|该|各)+");

    private UnplacedBodies() {}

    static List<OrganisationCandidate> find(List<OrganisationCandidate> found, TextShape shape, PlaceContext places) {
        String t = shape.text;
        NamedBodyReader reader = new NamedBodyReader(shape, places);
        List<OrganisationCandidate> more = new ArrayList<>();
        for (int end = 3; end <= t.length(); end++) {
            var suffix = OrganisationSuffixes.get().suffixEndingAt(t, end);
            if (suffix.isEmpty() || covered(found, end) || covered(more, end)) continue;
            int bodyEnd = end - suffix.get().getKey();
            int chunk = shape.phraseStart(bodyEnd, MAX_NAME);
            boolean framed = PostAfterName.follows(shape, end) || closedList(t, end) && !afterPlaceLetter(found, t, chunk);
            for (int j = chunk; j <= bodyEnd - 2; j++) {
                boolean founded = FOUNDED.matcher(t.substring(Math.max(0, j - 5), j)).find();
                boolean coordinated = coordinated(found, t, j);
                if (!framed && !founded && !coordinated) continue;
                if (!opens(shape, j) && !founded && !coordinated || NOT_IN_NAME.matcher(t).region(j, bodyEnd).find() || verbInside(shape, j, bodyEnd)
                        || READ_ELSEWHERE.matcher(t.substring(j, end)).find() || KIND_WORDS.matcher(t.substring(j, bodyEnd)).matches()
                        || overlaps(found, j, end)) {
                    continue;
                }
                OrganisationCandidate c = reader.namedWithoutPlace(j, bodyEnd, end, suffix.get().getValue());
                // 湾|仔民政处: a short place the segmenter does not know, cut into characters it tags as verbs
                if (c == null && bodyEnd - j <= MAX_UNKNOWN_PLACE && shape.wordStartsAt(j) && shape.isPlaceLike(j, bodyEnd)
                        && !shape.isNominal(j, bodyEnd)) {
                    c = new OrganisationCandidate(new OrganisationAt(j, end,
                            new Organisation(t.substring(j, end), suffix.get().getValue(), null, null, false)), false);
                }
                if (c != null) {
                    more.add(c);
                    break;
                }
            }
        }
        return more;
    }

    /** A name opens at the start of a phrase, after a list mark or a bracket, or after a verb (深入某某合作社). */
    private static boolean opens(TextShape shape, int j) {
        String t = shape.text;
        return j == 0 || TextShape.isDelimiter(t.charAt(j - 1)) || "、（(「“\"".indexOf(t.charAt(j - 1)) >= 0
                || shape.followsVerb(j);
    }

    /**
     * 市特殊教育学校、儿童福利院等单位: a member after one named by its place's letter is an institution of that place
     * named by its kind, no name of its own.
     */
    private static boolean afterPlaceLetter(List<OrganisationCandidate> found, String t, int start) {
        return start >= 2 && t.charAt(start - 1) == '、' && found.stream().anyMatch(c -> c.at().end() == start - 1
                && c.abbreviated() && PLACE_LETTERS.indexOf(t.charAt(c.at().start())) >= 0);
    }

    /** 当日嘉宾尚有某区民政处: a verb of two characters or more inside the words says the name starts after it (a
     * single character tagged a verb may be part of a place the segmenter does not know, 湾|仔). */
    private static boolean verbInside(TextShape shape, int j, int bodyEnd) {
        for (int k = j + 1; k < bodyEnd - 1; k++) {
            if (shape.startsVerb(k)) return true;
        }
        return false;
    }

    private static boolean closedList(String t, int end) {
        for (int i = end; i < t.length() && i - end < MAX_LIST_REACH; i++) {
            if (CLAUSE_END.indexOf(t.charAt(i)) >= 0) return false;
            if (t.charAt(i) == '等' && LIST_CLOSE.matcher(t).region(i, t.length()).lookingAt()) return true;
        }
        return false;
    }

    /** 某某社区某某成立了某某协会: a body someone founds is named right after the verb of founding. */
    private static final Pattern FOUNDED = Pattern.compile("(?:成立|创立|创办|组建|注册)了?$");

    /** 在某区人民检察院和某某派出所: a name joined by 和, 及, 与 or 、 to a body read already is a body's too. */
    private static boolean coordinated(List<OrganisationCandidate> found, String t, int j) {
        return j > 1 && "和及与、".indexOf(t.charAt(j - 1)) >= 0
                && found.stream().anyMatch(c -> c.at().end() == j - 1 && !c.at().organisation().generic())
                && !afterPlaceLetter(found, t, j); // 市特殊教育学校、儿童福利院: the place's institution of that kind
    }

    /** True when a body read already lies in [start, end), partly or wholly (澳门红十字会 before 中央委员会主席). */
    private static boolean overlaps(List<OrganisationCandidate> found, int start, int end) {
        return found.stream().anyMatch(c -> c.at().start() < end && c.at().end() > start);
    }

    /** True when a body read already ends at {@code end} or runs over it. */
    private static boolean covered(List<OrganisationCandidate> found, int end) {
        return found.stream().anyMatch(c -> c.at().start() < end && c.at().end() >= end);
    }
}
