package org.fuliankg.extract.people.bodies;

import java.util.Collection;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fuliankg.domain.org.Organisation;
import org.fuliankg.extract.text.OrganisationAt;

/**
 * The body a bare title serves (副主席甲, 妇联主席乙, 会长丙, 基金会秘书长丁): the nearest body of the title's kind
 * that governs it. First the one named last before the title in its sentence or the passage just before it (an
 * enumeration's holders are read before, in {@link TitleChain}); then the page's own body: the one its headline
 * names, else its publisher (来源：某县妇联, or （某县妇联） closing a paragraph), else the first its lead sentence
 * names (网站简介：某市妇女联合会成立于…; 【記者】某會某縣分會今日…). Null when none is named, and the post stays without
 * a body.
 */
public final class GoverningBodies {

    /** How far back (characters) the body of a bare title may be named in the passage before it. */
    static final int REACH = 300;
    /** The longest headline, characters; a longer first line is running text. */
    private static final int MAX_HEADLINE = 60;
    /** The longest lead sentence read for the page's own body, characters. */
    private static final int MAX_LEAD = 200;
    /** How many non-empty lines at the top of a page may come before its headline (a site's path, 分享). */
    private static final int LINES_BEFORE_HEADLINE = 3;
    /** A publisher's line (来源：, 供稿：) or a source in brackets closing a paragraph: （长兴县妇联）. */
    private static final Pattern PUBLISHER = Pattern.compile(
            "(?m)(?:来源|供稿|稿件来源)[:：][^\\n]{0,40}|[(（][^()（）\\n]{2,24}[)）][ \\t　|]*$");

    private final Page page;
    /** The organisations found, by where they end and by where they start (the page's maps). */
    private final Collection<OrganisationAt> byEnd;
    private final Collection<OrganisationAt> byStart;
    /** Where the page's top lines end: its headline and the site's lines before it, up to the running text. */
    private final int topEnd;
    /** Where the page's lead sentence, the first of its running text, ends. */
    private final int leadEnd;

    public GoverningBodies(Page page) {
        this.page = page;
        this.byEnd = page.orgByEnd.values();
        this.byStart = page.orgByStart.values();
        this.topEnd = topLinesEnd(page.t);
        this.leadEnd = sentenceEnd(page.t, topEnd);
    }

    /**
     * The body of {@code kind} governing a bare title at {@code pos}: named last before it, from {@code from} on and
     * within reach, else the page's own body of that kind; null when there is none.
     */
    Organisation of(int pos, int from, Predicate<OrganisationAt> kind) {
        OrganisationAt before = nearestBefore(pos, from, kind);
        return before != null ? before.organisation() : pageBody(kind);
    }

    /**
     * The page's own body of {@code kind} (its headline's, publisher's or lead sentence's), else the one named last
     * before {@code pos}: for a word that means the host whoever spoke last (总会 on a page about one 总会, where
     * guests of another are named too).
     */
    Organisation ownFirst(int pos, Predicate<OrganisationAt> kind) {
        Organisation own = pageBody(kind);
        return own != null ? own : of(pos, 0, kind);
    }

    /**
     * As {@link #of}, for a kind of body written alone (婦聯會主委甲, 该协会会长乙): when none is named before it nor is the
     * page's, the one body of that kind the page names later (its full name given further on); null when it names
     * none or several.
     */
    Organisation ofKindWritten(int pos, int from, Predicate<OrganisationAt> kind) {
        Organisation found = of(pos, from, kind);
        if (found != null) return found;
        Organisation later = null;
        for (OrganisationAt o : byStart) {
            if (o.start() < pos || !kind.test(o)) continue;
            if (later != null && !later.name().equals(o.organisation().name())) return null;
            later = o.organisation();
        }
        return later;
    }

    /**
     * The body of {@code kind} named last before {@code pos}, from {@code from} on and within reach, or null: for a
     * name written before a bare title (陈某主席), who is someone the passage just spoke of, not the page's.
     */
    Organisation before(int pos, int from, Predicate<OrganisationAt> kind) {
        OrganisationAt before = nearestBefore(pos, from, kind);
        return before == null ? null : before.organisation();
    }

    private OrganisationAt nearestBefore(int pos, int from, Predicate<OrganisationAt> kind) {
        OrganisationAt best = null;
        for (OrganisationAt o : byEnd) {
            if (o.end() <= pos && o.start() >= from && pos - o.end() <= REACH && (best == null || o.end() > best.end())
                    && kind.test(o)) {
                best = o;
            }
        }
        return best;
    }

    /**
     * The page's own body of {@code kind}: the first its headline names, else the first its publisher names, else the
     * first its lead sentence names.
     */
    private Organisation pageBody(Predicate<OrganisationAt> kind) {
        OrganisationAt named = firstWithin(0, topEnd, kind);
        Matcher publisher = PUBLISHER.matcher(page.t);
        while (named == null && publisher.find()) named = firstWithin(publisher.start(), publisher.end(), kind);
        if (named == null) named = firstWithin(topEnd, leadEnd, kind);
        return named == null ? null : named.organisation();
    }

    /** The end of the first sentence after {@code from} (at 。！？ or a line's end, within {@link #MAX_LEAD}). */
    private static int sentenceEnd(String t, int from) {
        int start = from;
        while (start < t.length() && Character.isWhitespace(t.charAt(start))) start++;
        int end = start;
        while (end < t.length() && end - start < MAX_LEAD && "。！？!?\n".indexOf(t.charAt(end)) < 0) end++;
        return end;
    }

    private OrganisationAt firstWithin(int start, int end, Predicate<OrganisationAt> kind) {
        OrganisationAt first = null;
        for (OrganisationAt o : byStart) {
            if (o.start() >= start && o.end() <= end && (first == null || o.start() < first.start()) && kind.test(o)) {
                first = o;
            }
        }
        return first;
    }

    /**
     * The end of the page's top lines: its first few non-empty lines while they are short (a site's path, the
     * headline, a short lead sentence); 0 when the page opens with a long paragraph.
     */
    private static int topLinesEnd(String t) {
        int start = 0;
        int top = 0;
        for (int line = 0; line <= LINES_BEFORE_HEADLINE && start < t.length(); ) {
            int end = t.indexOf('\n', start);
            if (end < 0) end = t.length();
            String text = t.substring(start, end).strip();
            if (!text.isEmpty()) {
                if (text.length() > MAX_HEADLINE) break;
                top = end;
                line++;
            }
            start = end + 1;
        }
        return top;
    }
}
