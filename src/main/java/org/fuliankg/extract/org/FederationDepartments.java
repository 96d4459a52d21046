package org.fuliankg.extract.org;

import java.util.ArrayList;
import java.util.List;
import java.util.Comparator;
import org.fuliankg.domain.org.OrgType;
import org.fuliankg.domain.org.Organisation;
import org.fuliankg.extract.text.OrganisationAt;
import org.fuliankg.extract.text.TextShape;
import org.fuliankg.lexicon.ResourceLines;

/**
 * 全国妇联发展部, 省妇联权益部, 市妇联家庭和儿童工作部: a department written right after its federation is a body of its
 * own, named with the federation as resolved (省妇联权益部 → 某省妇联权益部). Federations name their departments
 * alike everywhere (lexicon/federation-departments.txt).
 */
final class FederationDepartments {

    /** The departments' names, longest first: the longest written right after 妇联 is the one named. */
    private static final List<String> DEPARTMENTS = ResourceLines.read(FederationDepartments.class,
                    "/org/fuliankg/lexicon/federation-departments.txt").stream().map(r -> r[0])
            .sorted(Comparator.comparingInt(String::length).reversed()).toList();

    private FederationDepartments() {}

    static List<OrganisationCandidate> find(List<OrganisationCandidate> found, TextShape shape) {
        String text = shape.text;
        List<OrganisationCandidate> departments = new ArrayList<>();
        for (OrganisationCandidate c : found) {
            Organisation federation = c.at().organisation();
            if (federation.type() != OrgType.FEDERATION || federation.generic() || !federation.name().endsWith("妇联")) continue;
            int end = c.at().end();
            if (!text.startsWith("妇联", end - 2)) continue;
            String department = DEPARTMENTS.stream().filter(d -> text.startsWith(d, end)).findFirst().orElse(null);
            if (department == null) continue;
            int departmentEnd = end + department.length();
            // 妇联组织部署, 妇联宣传部门: a word running on past the department's name; 省妇联宣传部副部长某某: a post
            // after the department is the official's in the federation (宣传部副部长), which the reader of posts keeps
            if (departmentEnd < text.length() && "门分署".indexOf(text.charAt(departmentEnd)) >= 0
                    || PostAfterName.follows(shape, departmentEnd)) {
                continue;
            }
            // the mention spans the department's words: the federation before it stays a mention of its own
            departments.add(new OrganisationCandidate(new OrganisationAt(end, departmentEnd, new Organisation(
                    federation.name() + department, OrgType.FEDERATION, federation.level(), federation.region(), false)),
                    c.abbreviated()));
        }
        return departments;
    }
}
