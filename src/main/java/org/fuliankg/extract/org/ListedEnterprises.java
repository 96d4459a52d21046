package org.fuliankg.extract.org;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fuliankg.domain.org.OrgType;
import org.fuliankg.domain.org.Organisation;
import org.fuliankg.extract.text.OrganisationAt;
import org.fuliankg.extract.text.TextShape;
import org.fuliankg.lexicon.OrganisationSuffixes;

/**
 * 甲有限公司、乙培训学校、丙视光中心等9家企业: a list closed by what its members are and how many (等9家企业, 等三家单位)
 * names a body in each member, also one whose name ends in no usual suffix or opens with no place. The list counts
 * only when one of its members was read as a body already: the closing words alone may follow a list of trades.
 */
final class ListedEnterprises {

    private static final Pattern CLOSING = Pattern.compile(
            "等(?:[0-9]+|[一二两三四五六七八九十百]+)多?家(?:爱心)?(企业|公司|商家|商户|单位|机构)");
    /** Where the list's sentence starts. */
    private static final String SENTENCE_START = "，,。；;：:！？!?\n（(";
    private static final int MAX_MEMBER = 20;
    private static final int MAX_LIST = 200;

    private ListedEnterprises() {}

    static List<OrganisationCandidate> find(List<OrganisationCandidate> found, TextShape shape) {
        String t = shape.text;
        List<OrganisationCandidate> listed = new ArrayList<>();
        Matcher m = CLOSING.matcher(t);
        while (m.find()) {
            int start = m.start();
            while (start > 0 && m.start() - start < MAX_LIST && SENTENCE_START.indexOf(t.charAt(start - 1)) < 0) start--;
            List<int[]> members = new ArrayList<>();
            int from = start;
            for (int i = start; i <= m.start(); i++) {
                if (i == m.start() || t.charAt(i) == '、') {
                    members.add(new int[] {from, i});
                    from = i + 1;
                }
            }
            if (members.size() < 2 || members.stream().noneMatch(s -> covered(found, s[0], s[1]))) continue;
            OrgType kind = m.group(1).equals("单位") || m.group(1).equals("机构") ? OrgType.OTHER : OrgType.COMPANY;
            for (int k = 0; k < members.size(); k++) {
                int s = members.get(k)[0];
                int e = members.get(k)[1];
                String name = t.substring(s, e);
                if (e - s < 2 || e - s > MAX_MEMBER || covered(found, s, e) || !name.matches("[\\p{IsHan}()（）·]+")
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

    /** True when a body read already spans [start, end) or lies inside it. */
    private static boolean covered(List<OrganisationCandidate> found, int start, int end) {
        return found.stream().anyMatch(c -> c.at().start() >= start && c.at().end() <= end
                || c.at().start() <= start && c.at().end() >= end);
    }
}
