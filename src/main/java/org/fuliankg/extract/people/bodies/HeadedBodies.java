package org.fuliankg.extract.people.bodies;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fuliankg.domain.org.OrgType;
import org.fuliankg.domain.org.Organisation;
import org.fuliankg.domain.org.Region;
import org.fuliankg.extract.text.OrganisationAt;
import org.fuliankg.lexicon.ResourceLines;

/**
 * A body no organisation finder read, written right before a post's title: the title says the noun phrase before it
 * names the body it serves, so a phrase ending in a general head of bodies (lexicon/body-heads.tsv: 协会, 妇联, 医院,
 * 公司, 国小, a unit's 部 or 科 …) with words of its own before the head is read as that body (某某行业协会副会长,
 * 区某某医院妇联主席). A level letter opening the phrase (区, 市) is resolved to its place as the short forms are; a
 * place's name opening it stays part of the name. A unit (部, 科, 处) is read only with its place or its own body
 * written before it: alone, its body is some other one's that the text does not name.
 */
final class HeadedBodies {

    /** A head's kind: how many words of its own a name needs when no place opens it. */
    private enum Kind { UNIT, SCHOOL, BODY }

    private record Head(String word, OrgType type, Kind kind) {}

    /** The heads, longest first: 分公司 before 公司, 妇女联合会 before 联合会. */
    private static final List<Head> HEADS = ResourceLines.read(HeadedBodies.class, "/org/fuliankg/lexicon/body-heads.tsv")
            .stream().map(r -> new Head(r[0], OrgType.valueOf(r[1].trim().toUpperCase(Locale.ROOT)),
                    Kind.valueOf(r[2].trim().toUpperCase(Locale.ROOT))))
            .sorted(Comparator.comparingInt((Head h) -> h.word().length()).reversed()).toList();
    /** Level letters a short form opens with, resolved to the item's place (区人民医院 → 某某区人民医院). */
    private static final String LEVEL_LETTERS = "省市州县区旗";
    /** Words that make the phrase a class of bodies or a pointer, not one body's name (各协会, 该公司, 全市妇联). */
    private static final Pattern NOT_ONE_BODY = Pattern.compile("[各全该本我其此这那每的之与和及或等]|基层|所属|下属|有关|相关");
    /** The fewest characters of a name before its head (行业协会, 某某国小); a single one is a word, not a name (全部, 干部). */
    private static final int MIN_OWN_WORDS = 2;
    private static final int MAX_LENGTH = 24;
    /** The fewest words of its own a name with no place before it needs (某某行业协会, not 女律师联谊会). */
    private static final int MIN_PLACELESS_WORDS = 4;
    /** Marks joining the titles of one holder's chain. */
    private static final String CHAIN_MARKS = "、";
    /** A Party or League organ (党支部, 党总支部, 团支部, 党组): its head is no body's name here. */
    private static final Pattern PARTY_ORGAN = Pattern.compile("[党团](?:总?支部?|组|委)?(?:部|委员会)$");
    /** Words between a body and its title that belong to the post (某会特邀顾问, 名誉会长 read as 会长 elsewhere). */
    private static final Pattern TITLE_QUALIFIERS = Pattern.compile("(?:特邀|特聘|名誉|荣誉)$");

    private final Page page;

    HeadedBodies(Page page) {
        this.page = page;
    }

    /**
     * The body named by the words [seg, end) before a title, from their first start that opens a phrase (the phrase's
     * own, after a verb, a linking character such as 的, a list's mark or a space); null if none.
     */
    OrganisationAt before(int seg, int end) {
        // 县委常委、组织部部长: after a list's mark the words are a unit of the chain's body, which the chain reads
        if (seg > 0 && CHAIN_MARKS.indexOf(page.t.charAt(seg - 1)) >= 0) return null;
        Matcher qualifier = TITLE_QUALIFIERS.matcher(page.t).region(seg, end);
        int bodyEnd = qualifier.find() ? qualifier.start() : end;
        for (int s0 = Math.max(seg, bodyEnd - MAX_LENGTH); s0 < bodyEnd - MIN_OWN_WORDS; s0++) {
            if (!opens(seg, s0)) continue;
            Organisation body = named(s0, bodyEnd);
            if (body != null) return new OrganisationAt(s0, bodyEnd, body);
        }
        return null;
    }

    /** 拜访了某协会: a verb, and its 了 or 过, end the words before a body; so do 的 and the other linking characters. */
    private boolean opens(int seg, int s0) {
        if (s0 == seg || page.shape.followsVerb(s0)) return true;
        char before = page.t.charAt(s0 - 1);
        return WordsBeforeTitle.LINKING.indexOf(before) >= 0 || !Character.isLetterOrDigit(before)
                || (before == '了' || before == '过') && page.shape.followsVerb(s0 - 1);
    }

    private Organisation named(int start, int end) {
        String words = page.t.substring(start, end);
        Head head = HEADS.stream().filter(h -> words.endsWith(h.word())).findFirst().orElse(null);
        if (head == null || words.length() - head.word().length() < MIN_OWN_WORDS) return null;
        // 党支部, 团总支部: a Party or League organ's own word, read with its place by the short forms or not at all
        if (PARTY_ORGAN.matcher(words).find()) return null;
        if (NOT_ONE_BODY.matcher(words).find() || !words.chars().allMatch(c -> Character.isIdeographic(c)
                || Character.isLetterOrDigit(c) && c < 128)) {
            return null;
        }
        if (!page.shape.isPlaceLike(start, end)) return null;
        var place = page.places.placeStartingAt(start);
        if (place.isPresent() && place.get().end() >= end - head.word().length()) return null; // 某县妇联: the short forms'
        if (place.isPresent()) return new Organisation(words, head.type(), place.get().region().level(), place.get().region(), false);
        String letter = words.substring(0, 1);
        if (LEVEL_LETTERS.contains(letter)) {
            // 市某某委某某科: a unit after a letter is named only with the body it belongs to written before it
            if (head.kind() == Kind.UNIT && !bodyInside(words.substring(0, words.length() - head.word().length()))) return null;
            Region r = page.places.regionFor(start, letter);
            if (r == null) return null;
            return new Organisation(r.name() + words.substring(1), head.type(), r.level(), r, false);
        }
        // no place: a unit is some body's whose name is not written (律管处), and a short name a kind of bodies
        // (女律师联谊会) rather than one; a school is named by two characters of its place (某某国小)
        int own = words.length() - head.word().length();
        boolean reads = head.kind() == Kind.SCHOOL ? own >= MIN_OWN_WORDS : head.kind() == Kind.BODY && own >= MIN_PLACELESS_WORDS;
        return reads ? new Organisation(words, head.type(), null, null, false) : null;
    }

    /** True when a body's head of its own (卫生健康委, 协会) ends inside the words, not at their start. */
    private static boolean bodyInside(String words) {
        for (int k = words.length(); k > 1; k--) {
            String part = words.substring(0, k);
            if (HEADS.stream().anyMatch(h -> h.kind() == Kind.BODY && part.endsWith(h.word()) && part.length() > h.word().length())) {
                return true;
            }
        }
        return false;
    }
}
