package org.fuliankg.extract.org.beside;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fuliankg.domain.org.OrgType;
import org.fuliankg.domain.org.Organisation;
import org.fuliankg.extract.org.OrganisationCandidate;
import org.fuliankg.extract.text.OrganisationAt;
import org.fuliankg.extract.text.TextShape;
import org.fuliankg.lexicon.OrganisationSuffixes;

/**
 * 甲有限公司、乙培训学校、丙视光中心等9家企业: a list closed by what its members are and how many (等9家企业, 等三家单位)
 * names a body in each member, also one whose name ends in no usual suffix or opens with no place. The list counts
 * only when one of its members was read as a body already: the closing words alone may follow a list of trades.
 */
public final class ListedEnterprises {

    private static final Pattern CLOSING = Pattern.compile(
            "等(?:(?:[0-9]+|[一二两三四五六七八九十百]+)多?家)?(?:爱心)?(企业|公司|商家|商户|单位|机构|团体|社团)");
    /** Where the list's sentence starts. */
    private static final String SENTENCE_START = "，,。；;：:！？!?\n（(";
    private static final int MAX_MEMBER = 20;
    private static final String PLACE_LETTERS = "省市州县区镇乡";
    private static final int MAX_LIST = 200;

    private ListedEnterprises() {}

    public static List<OrganisationCandidate> find(List<OrganisationCandidate> found, TextShape shape) {
        String t = shape.text;
        List<OrganisationCandidate> listed = new ArrayList<>();
        Matcher m = CLOSING.matcher(t);
        while (m.find()) {
            int start = m.start();
            while (start > 0 && m.start() - start < MAX_LIST && SENTENCE_START.indexOf(t.charAt(start - 1)) < 0) start--;
            List<int[]> members = new ArrayList<>();
            int from = start;
            for (int i = start; i <= m.start(); i++) {
                // 某体育会及某体育会: 和, 及 or 与 right after a body's word joins two members (not 文化和旅游局)
                boolean joined = i < m.start() && "和及与".indexOf(t.charAt(i)) >= 0 && i - from >= 2
                        && OrganisationSuffixes.get().suffixEndingAt(t, i).isPresent();
                if (i == m.start() || t.charAt(i) == '、' || joined) {
                    members.add(new int[] {from, i});
                    from = i + 1;
                }
            }
            // 活动获某中学、某集团…等单位支持: the list's first member starts after the verb before it
            if (!members.isEmpty()) members.set(0, new int[] {nameStart(shape, members.get(0)[0], members.get(0)[1]),
                    members.get(0)[1]});
            if (members.size() < 2 || members.stream().noneMatch(s -> covered(found, s[0], s[1]))) continue;
            OrgType kind = m.group(1).equals("单位") || m.group(1).equals("机构") ? OrgType.OTHER : OrgType.COMPANY;
            for (int k = 0; k < members.size(); k++) {
                int s = members.get(k)[0];
                int e = members.get(k)[1];
                String name = t.substring(s, e);
                // 市特殊教育学校、儿童福利院等单位: after a member named by its place's letter, the next is that place's
                // institution named by its kind, no name of its own
                int previousEnd = k > 0 ? members.get(k - 1)[1] : -1;
                boolean kindOfPlace = found.stream().anyMatch(c -> c.at().end() == previousEnd && c.abbreviated()
                        && PLACE_LETTERS.indexOf(t.charAt(c.at().start())) >= 0);
                if (kindOfPlace || e - s < 2 || e - s > MAX_MEMBER || covered(found, s, e) || !name.matches("[\\p{IsHan}()（）·]+")
                        || name.contains("的") || k == 0 && !shape.isNominal(s, e)) {
                    continue;
                }
                OrgType type = OrganisationSuffixes.get().suffixEndingAt(t, e).map(x -> x.getValue()).orElse(kind);
                listed.add(new OrganisationCandidate(new OrganisationAt(s, e, new Organisation(name, type, null, null, false)),
                        false));
            }
        }
        return listed;
    }

    /** Verbs of receiving and giving that open a list of givers, whatever the segmenter tags them (活动获某中学…支持). */
    private static final Pattern GIVERS_VERB = Pattern.compile("获|得到|受到|由");

    /** Where a name starts in the words [start, end): after the last verb among them, if any. */
    private static int nameStart(TextShape shape, int start, int end) {
        if (end - start < 2) return start; // a member of one character or none (，蓝、…; ，、…): no verb to look past
        int s = start;
        for (int k = start + 1; k < end - 1; k++) {
            if (shape.followsVerb(k)) s = k;
        }
        Matcher giver = GIVERS_VERB.matcher(shape.text).region(s, end - 2);
        while (giver.find()) s = giver.end();
        return s;
    }

    /** True when a body read already spans [start, end) or lies inside it. */
    private static boolean covered(List<OrganisationCandidate> found, int start, int end) {
        return found.stream().anyMatch(c -> c.at().start() >= start && c.at().end() <= end
                || c.at().start() <= start && c.at().end() >= end);
    }
}
