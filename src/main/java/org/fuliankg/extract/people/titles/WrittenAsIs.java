package org.fuliankg.extract.people.titles;

import java.util.regex.Pattern;
import org.fuliankg.domain.org.OrgType;
import org.fuliankg.domain.org.Organisation;
import org.fuliankg.extract.people.bodies.Page;
import org.fuliankg.lexicon.OrganisationSuffixes;

/**
 * The body written before a title in its phrase when no finder read it (a name no lexicon knows, a place's body
 * whose place opens it, 某某顾问社的董事长): kept as the text wrote it, with no place or level (unresolved), since a
 * post with the body as written says more than a post with none ({@link Organisation#unresolved()}: no organisation
 * of the graph, a body of its document only). Only words ending as bodies' names end.
 */
final class WrittenAsIs {

    /** Last characters of bodies' names the suffix lexicon leaves out (顾问社, 服务中心, 人才组, 公署, 大联盟). A
     * department (部, 处) is a unit of some body, which other rules find, not a body written alone. */
    private static final String BODY_LAST = "委局办厅室会社所院组团盟队站署馆校司心";
    private static final String DEPARTMENT_LAST = "部处";
    /** Words around the body that are no part of it: a term, a former or new post, 的 before the title. */
    private static final Pattern NOT_BODY = Pattern.compile(
            "(?:第?[一二三四五六七八九十0-9]{1,3}[届任]|首届|首任|原任|原|前任|上一?届|新任|现任|代理)?的?$");
    /** Words that open a class of bodies or point back (该会, 各单位, 我校) rather than name one. */
    private static final Pattern NO_NAME = Pattern.compile("[该本我其此这那各全每相有]|村|镇|乡|社区|机关|支部|党");
    /** Characters of a clause, not of a body's name: aspect, prepositions, the copula. */
    private static final Pattern CLAUSE_WORDS = Pattern.compile("[了着过在是向对将把被给从到]");
    /** A body's own council written alone (执行委员会主席为甲): the council of the body the passage is about, which
     * the bare titles' rules find. */
    private static final Pattern COUNCIL = Pattern.compile("(?:执行委员会|执委会|理事会|监事会|主席团|常委会|委员会)$");
    /** Only Chinese characters: a garbled or annotated run (F(xiàn)任) is no body's name. */
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}+");
    /** The shortest name read: three characters are a kind of body or a unit alone (管委会, 院工会). */
    private static final int MIN = 4;
    /** The longest name read: longer words are a clause, not a body's name. */
    private static final int MAX = 14;

    private WrittenAsIs() {}

    /** The words as the body's written form: without a term, event words or 的 after it. */
    static String form(String words) {
        return NOT_BODY.matcher(words).replaceFirst("");
    }

    /** The body {@code words} (starting at {@code start}, ending at a title) write, or null. */
    static Organisation body(Page page, int start, String words) {
        String name = form(words);
        int end = start + name.length();
        if (name.length() < MIN || name.length() > MAX || DEPARTMENT_LAST.indexOf(name.charAt(name.length() - 1)) >= 0
                || BODY_LAST.indexOf(name.charAt(name.length() - 1)) < 0
                && OrganisationSuffixes.get().suffixEndingAt(page.t, end).isEmpty()) {
            return null;
        }
        // a body's own name may hold a verb (再出发大联盟) or a title (工程顾问社), but no clause's words, no verb
        // opening it, no holder named inside it (副院长某某及院工会)
        if (!HAN.matcher(name).matches() || COUNCIL.matcher(name).find()) return null;
        if (NO_NAME.matcher(name).lookingAt() || CLAUSE_WORDS.matcher(name).find() || page.shape.startsVerb(start)
                || page.names.nameEndingAt(end).isPresent()) {
            return null;
        }
        for (int i = start + 1; i < end; i++) { // nor a body found inside it, read by the finders' own rules
            if (page.titleByEnd.containsKey(i) && page.names.nameEndAfterTitle(i).filter(e -> e <= end).isPresent()) return null;
            if (page.orgByEnd.containsKey(i) && i > start + 1) return null;
        }
        var suffix = OrganisationSuffixes.get().suffixEndingAt(page.t, end);
        return new Organisation(name, suffix.isPresent() ? suffix.get().getValue() : OrgType.OTHER, null, null, false, true);
    }
}
