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
 * Departments listed after one written in full, without their committee or place: 藤县县委组织部、宣传部 (the same
 * 县委's 宣传部), 天水市教育局、民政局 (the same city's 民政局). Each listed department is that body's.
 */
public final class ListedDepartments {

    /** A Party committee's department, after the committee's 委. */
    private static final Pattern COMMITTEE_DEPARTMENT = Pattern.compile("(组织部|宣传部|统战部|政法委|社会工作部)$");
    /** The same, written bare in the list. */
    private static final Pattern BARE_DEPARTMENT = Pattern.compile("(?:组织部|宣传部|统战部|政法委|社会工作部)(?![门长])");
    /** A government bureau, written bare (民政局, 卫健局), not a level letter's (市民政局: read as written). */
    private static final Pattern BARE_BUREAU = Pattern.compile("(?![省市州县区旗乡镇])\\p{IsHan}{2,4}?局(?![长门])");
    private static final Pattern BUREAU = Pattern.compile("局$");
    /** A people's association written bare in the list (青年志愿者协会, 女企业家互助会), not a level letter's. */
    private static final Pattern BARE_ASSOCIATION = Pattern.compile(
            "(?![省市州县区旗乡镇该本各])\\p{IsHan}{2,7}?(?:协会|促进会|互助会|商会|学会)(?![长])");
    /** What joins the members of a list. */
    private static final String JOINERS = "、和及与";

    private ListedDepartments() {}

    public static List<OrganisationCandidate> find(List<OrganisationCandidate> found, String text) {
        List<OrganisationCandidate> listed = new ArrayList<>();
        for (OrganisationCandidate c : found) {
            Organisation o = c.at().organisation();
            if (o.type() != OrgType.GOVERNMENT || o.generic()) continue;
            String owner = ownerOf(o);
            if (owner == null) continue;
            Pattern member = BUREAU.matcher(o.name()).find() ? BARE_BUREAU : BARE_DEPARTMENT;
            int pos = c.at().end();
            while (pos + 1 < text.length() && JOINERS.indexOf(text.charAt(pos)) >= 0) {
                Matcher m = member.matcher(text).region(pos + 1, text.length());
                if (!m.lookingAt()) break;
                listed.add(new OrganisationCandidate(new OrganisationAt(m.start(), m.end(),
                        new Organisation(owner + m.group(), o.type(), o.level(), o.region(), false)), false));
                pos = m.end();
            }
        }
        return listed;
    }

    /**
     * 某县妇联、青年志愿者协会: an association listed bare right after a place's federation or bureau is that place's
     * (某县青年志愿者协会), as the list's members share its place.
     */
    public static List<OrganisationCandidate> associations(List<OrganisationCandidate> found, String text) {
        List<OrganisationCandidate> listed = new ArrayList<>();
        for (OrganisationCandidate c : found) {
            Organisation o = c.at().organisation();
            if (o.generic() || o.region() == null || !o.name().startsWith(o.region().name())
                    || o.type() != OrgType.FEDERATION && o.type() != OrgType.GOVERNMENT) {
                continue;
            }
            int pos = c.at().end();
            while (pos + 1 < text.length() && JOINERS.indexOf(text.charAt(pos)) >= 0) {
                Matcher m = BARE_ASSOCIATION.matcher(text).region(pos + 1, text.length());
                if (!m.lookingAt()) break;
                listed.add(new OrganisationCandidate(new OrganisationAt(m.start(), m.end(), new Organisation(
                        o.region().name() + m.group(), OrgType.ASSOCIATION, o.level(), o.region(), false)), false));
                pos = m.end();
            }
        }
        return listed;
    }

    /** 藤县县委 of 藤县县委组织部, 天水市 of 天水市教育局; null for other bodies. */
    private static String ownerOf(Organisation o) {
        String name = o.name();
        Matcher department = COMMITTEE_DEPARTMENT.matcher(name);
        if (department.find() && department.start() > 0 && name.charAt(department.start() - 1) == '委') {
            return name.substring(0, department.start());
        }
        if (BUREAU.matcher(name).find() && o.region() != null && name.startsWith(o.region().name())) {
            return o.region().name();
        }
        return null;
    }
}
