package org.fuliankg.extract.people.bodies;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.fuliankg.domain.org.Organisation;
import org.fuliankg.domain.people.Post;
import org.fuliankg.domain.people.PostHolder;
import org.fuliankg.extract.text.OrganisationAt;

/**
 * A body written in short where the page also names it in full: 民青局 on a page naming 民政及青年事务局, 社工局 for
 * 社会工作局, 某某集团 for 某某建设集团有限公司. The page decides once which full names it holds; a post's body that
 * abbreviates exactly one of them (its first character first, its characters in order, its kind's last character
 * kept) is that body. A body that is the start of a longer one (全国妇联 and 全国妇联权益部) is another body, not
 * its short form, unless the longer one only adds a company's legal form (某某 for 某某有限公司).
 */
public final class ShortNames {

    /** The region and its government written before a body's own name. */
    private static final Pattern REGION = Pattern.compile("^(?:香港|澳门)(?:特区政府|特别行政区政府|特区)?");
    /** A company's legal form after its own name. */
    private static final Pattern LEGAL_FORM = Pattern.compile("(?:集团)?(?:股份|有限|责任)+公司");
    /** Endings that say a body's kind: the short form keeps them (民青局, 常嘉集团). */
    private static final Pattern KIND_END = Pattern.compile("(?:集团|公司|局|署|处|司|厅|部|会|院|中心)$");

    private final Map<String, Organisation> full = new LinkedHashMap<>();

    public ShortNames(Page page) {
        for (OrganisationAt o : page.orgByStart.values()) {
            Organisation org = o.organisation();
            if (org.generic()) continue;
            full.putIfAbsent(org.name(), org);
            // 某某建设集团有限公司 read as 某某建设集团: the legal form written right after it is part of its full name
            var legal = LEGAL_FORM.matcher(page.t).region(o.end(), page.t.length());
            if (KIND_END.matcher(org.name()).find() && legal.lookingAt() && legal.end() > o.end()) {
                String whole = org.name() + page.t.substring(o.end(), legal.end());
                full.putIfAbsent(whole, new Organisation(whole, org.type(), org.level(), org.region(), false));
            }
        }
    }

    /** The holders with each short-written body replaced by the page's full name of it. */
    public List<PostHolder> named(List<PostHolder> holders) {
        if (full.size() < 2) return holders;
        List<PostHolder> out = new ArrayList<>(holders.size());
        for (PostHolder h : holders) {
            out.add(new PostHolder(h.name(), h.posts().stream().map(this::named).toList(), h.span()));
        }
        return out;
    }

    private Post named(Post p) {
        Organisation o = p.organisation();
        if (o == null || o.generic()) return p;
        Organisation longer = fullOf(o.name());
        return longer == null ? p : new Post(p.position(), longer, p.event(), p.span(), p.bodyWritten());
    }

    /** The one full name on the page that {@code name} abbreviates; null when none or several do. */
    Organisation fullOf(String name) {
        String own = REGION.matcher(name).replaceFirst("");
        if (own.length() < 2 || !KIND_END.matcher(own).find() || WordsBeforeTitle.LEVEL_LETTERS.indexOf(own.charAt(0)) >= 0) {
            return null;
        }
        Organisation found = null;
        for (Organisation candidate : full.values()) {
            String other = REGION.matcher(candidate.name()).replaceFirst("");
            if (other.length() <= own.length() || !abbreviates(own, other)) continue;
            if (found == null || sameWithLegalForm(candidate.name(), found.name())) {
                found = candidate; // the longer of 某某集团 and 某某集团有限公司
            } else if (!sameWithLegalForm(found.name(), candidate.name())) {
                return null;
            }
        }
        return found;
    }

    /** Whether {@code longer} is {@code shorter} with its company's legal form. */
    private static boolean sameWithLegalForm(String longer, String shorter) {
        return longer.startsWith(shorter) && LEGAL_FORM.matcher(longer.substring(shorter.length())).matches();
    }

    /** Whether {@code brief} is {@code whole} written short: same first character, characters in order, the kind's
     * ending among them, and not merely the start of a longer body. */
    static boolean abbreviates(String brief, String whole) {
        if (brief.charAt(0) != whole.charAt(0)) return false;
        // 全国妇联 and 全国妇联权益部: two bodies; 某某集团 and 某某集团有限公司: one
        if (whole.startsWith(brief)) return LEGAL_FORM.matcher(whole.substring(brief.length())).matches();
        int i = 0;
        for (int k = 0; k < whole.length() && i < brief.length(); k++) if (whole.charAt(k) == brief.charAt(i)) i++;
        if (i < brief.length()) return false;
        var kind = KIND_END.matcher(brief);
        if (!kind.find()) return false;
        String ending = kind.group();
        int at = whole.lastIndexOf(ending);
        // the short form's kind closes the whole name, or only a company's legal form follows it (常嘉集团)
        return at >= 0 && (at + ending.length() == whole.length()
                || LEGAL_FORM.matcher(whole.substring(at + ending.length())).matches());
    }
}
