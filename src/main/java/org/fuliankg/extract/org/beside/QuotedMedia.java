package org.fuliankg.extract.org.beside;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fuliankg.domain.org.OrgType;
import org.fuliankg.domain.org.Organisation;
import org.fuliankg.extract.org.OrganisationCandidate;
import org.fuliankg.extract.text.OrganisationAt;

/**
 * 在《某某女报》大篇幅宣传, 《某某周刊》报道: a title in book marks that ends in a newspaper's or magazine's word is the
 * paper, a body of the media, whatever the words of its name (no place needed).
 */
public final class QuotedMedia {

    private static final Pattern PAPER = Pattern.compile("《(\\p{IsHan}{2,10}(?:报|杂志|周刊|画报|月刊))》");

    private QuotedMedia() {}

    public static List<OrganisationCandidate> find(List<OrganisationCandidate> found, String text) {
        List<OrganisationCandidate> papers = new ArrayList<>();
        if (text.indexOf('《') < 0) return papers;
        Matcher m = PAPER.matcher(text);
        while (m.find()) {
            int start = m.start(1);
            int end = m.end(1);
            if (found.stream().anyMatch(c -> c.at().start() < end && c.at().end() > start)) continue;
            papers.add(new OrganisationCandidate(new OrganisationAt(start, end,
                    new Organisation(m.group(1), OrgType.MEDIA, null, null, false)), false));
        }
        return papers;
    }
}
