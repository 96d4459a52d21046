package org.fuliankg.extract.people.titles;

import java.util.regex.Pattern;
import org.fuliankg.extract.people.bodies.Page;
import org.fuliankg.extract.text.OrganisationAt;
import org.fuliankg.lexicon.Positions;

/** Lists of office holders under a heading that names their body (湖南省妇联 / 主席：A / 副主席：B), or with the body
 * named after the list (以上为市妇联领导班子成员). */
public final class ListHeadings {

    /** How many other lines may stand between a list of office holders and the line naming their body. */
    private static final int MAX_LINES_ABOVE_LIST = 5;
    /** Words naming a body's leadership (领导班子成员, 现任领导). */
    private static final Pattern LEADERSHIP = Pattern.compile("(?:新一届|第?[一二三四五六七八九十0-9]{1,3}届)?"
            + "(?:领导班子|领导成员|班子成员|现任领导|领导名单|组成人员)");
    /** What a heading line may add to the organisation's name: 领导班子, 领导班子成员, a colon. */
    private static final Pattern HEADING_REST = Pattern.compile(
            "(?:(?:新一届|第?[一二三四五六七八九十0-9]{1,3}届)?(?:领导班子|领导成员|班子成员|现任领导|领导|执行委员会|执委会)"
            + "(?:成员|名单)?)?[】\\]》：:\\s]*");
    private static final Pattern HEADING_DECORATION = Pattern.compile("[【\\[《\\s]*");
    /** A heading that names no body: 【领导班子】, 现任领导：. */
    private static final Pattern HEADING_ONLY = Pattern.compile(
            "[【\\[《]?(?:领导班子|领导成员|班子成员|现任领导|领导)(?:成员|名单)?[】\\]》：:]?");

    private final Page page;

    public ListHeadings(Page page) {
        this.page = page;
    }

    /**
     * In a list of office holders (湖南省妇联 / 主席：A / 副主席：B、C) a title at the start of a line belongs to
     * the body the list names: in the nearest line above that is one organisation's name, possibly with words
     * such as 领导班子 (成都市妇联领导班子), with only other title lines between; or, when the list has no such
     * heading (【领导班子】 or nothing), in the first line after the list that names the body's leaders
     * (以上为市妇联领导班子成员).
     */
    OrganisationAt listHeading(int lineStart) {
        if (page.t.charAt(lineStart - 1) != '\n') return null;
        int end = lineStart - 1;
        int otherLines = 0; // an encyclopedia box: the body's name, a few lines of term and dates, the titles
        while (end > 0) {
            int start = page.t.lastIndexOf('\n', end - 1) + 1;
            String line = page.t.substring(start, end).strip();
            if (!line.isEmpty() && !isTitleLine(line)) {
                OrganisationAt org = headingOrganisation(start, end);
                if (org != null) return org;
                if (otherLines == 0 && HEADING_ONLY.matcher(line).matches()) return listFooter(lineStart);
                if (++otherLines > MAX_LINES_ABOVE_LIST) return null;
            }
            end = start - 1;
        }
        return listFooter(lineStart);
    }

    /** The organisation a heading line [start, end) consists of, with decorations and words such as 领导班子. */
    private OrganisationAt headingOrganisation(int start, int end) {
        for (OrganisationAt org : page.orgByStart.values()) {
            if (org.start() < start || org.end() > end) continue;
            String before = page.t.substring(start, org.start());
            String after = page.t.substring(org.end(), end);
            if (HEADING_DECORATION.matcher(before).matches() && HEADING_REST.matcher(after).matches()) return org;
        }
        return null;
    }

    /** The body named, with its leadership, in the first line after the title lines that follow {@code lineStart}. */
    private OrganisationAt listFooter(int lineStart) {
        int start = lineStart;
        while (start < page.t.length()) {
            int end = page.t.indexOf('\n', start);
            if (end < 0) end = page.t.length();
            String line = page.t.substring(start, end).strip();
            if (!line.isEmpty() && !isTitleLine(line)) {
                for (OrganisationAt org : page.orgByStart.values()) {
                    if (org.start() >= start && org.end() <= end
                            && LEADERSHIP.matcher(page.t).region(org.end(), end).lookingAt()) {
                        return org;
                    }
                }
                return null;
            }
            start = end + 1;
        }
        return null;
    }

    private boolean isTitleLine(String line) {
        return Positions.get().titleAt(line, 0).isPresent();
    }
}
