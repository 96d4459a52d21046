package org.fuliankg.extract.org;

import java.util.Optional;
import java.util.regex.Pattern;
import org.fuliankg.domain.org.Organisation;
import org.fuliankg.lexicon.KnownOrganisations;
import org.fuliankg.lexicon.TaiwanDivisions;

/**
 * 婦聯會 and 婦聯總會 on a page about Taiwan: the short forms Taiwan writes for 中華民國婦女聯合會 (its branches are
 * 某縣分會, 某國分會), not a federation of the mainland's and not Macau's 澳門婦女聯合總會, whose short form
 * 婦聯總會 is only on a page about Macau. A page is about Taiwan when it names the Republic's own words (中華民國,
 * 民國 years, 新台幣, 台灣) or one of Taiwan's counties, and no Macau.
 */
final class TaiwanFederation {

    private static final String FEDERATION = "中华民国妇女联合会";
    /** The short forms as the normalised text writes them, the longer first. */
    private static final String[] SHORT_FORMS = {"妇联总会", "妇联会"};
    private static final Pattern REPUBLIC = Pattern.compile("中华民国|民国[0-9一二三四五六七八九十百]+年|新台币|台湾");
    private static final String MACAU = "澳门";

    private final Organisation federation;

    private TaiwanFederation(Organisation federation) {
        this.federation = federation;
    }

    /** The reader of the page {@code text}, or none when the page is not about Taiwan. */
    static Optional<TaiwanFederation> on(String text) {
        if (text.contains(MACAU) || text.indexOf("妇联") < 0) return Optional.empty();
        // the words looked up first: the expression is tried at every position, only 民国 needs it (民国N年)
        boolean republic = text.contains("台湾") || text.contains("新台币")
                || text.contains("民国") && REPUBLIC.matcher(text).find();
        boolean taiwan = republic || TaiwanDivisions.names().stream().anyMatch(text::contains);
        if (!taiwan) return Optional.empty();
        return KnownOrganisations.get().byName(FEDERATION).map(TaiwanFederation::new);
    }

    /**
     * The length of the short form at {@code pos}, or 0. Not the federation: 婦聯會分會 (a branch spoken of), nor
     * 婦聯會主委 on a page naming a branch (分會), whose chair the page reports.
     */
    int shortFormAt(String text, int pos) {
        for (String form : SHORT_FORMS) {
            if (!text.startsWith(form, pos)) continue;
            int end = pos + form.length();
            if (text.startsWith(BRANCH, end)) return 0;
            if (form.equals(SHORT_FORMS[1]) && CHAIR.matcher(text).region(end, text.length()).lookingAt()
                    && text.contains(BRANCH)) {
                return 0;
            }
            return form.length();
        }
        return 0;
    }

    private static final String BRANCH = "分会";
    private static final Pattern CHAIR = Pattern.compile("主委|主任委员");

    Organisation federation() {
        return federation;
    }
}
