package org.fuliankg.extract.funding;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fuliankg.annotate.AnnotatedText;
import org.fuliankg.annotate.Sentence;
import org.fuliankg.domain.money.FundingRole;
import org.fuliankg.domain.Item;
import org.fuliankg.domain.org.OrgType;
import org.fuliankg.domain.org.Organisation;
import org.fuliankg.domain.org.OrganisationMention;
import org.fuliankg.domain.people.Post;
import org.fuliankg.extract.funding.Clause;
import org.fuliankg.extract.text.ScreenedPattern;
import org.fuliankg.normalise.NormalisedText;

/**
 * Who gave, administered and received a sum, read from the organisations named around it:
 * <ul>
 *   <li>givers: organisations named before the sum in its sentence (the subject and its 联合 partners; a part
 *       after ； is a sentence of its own; media in a byline are not givers), or after 获得/收到
 *       ("大冶市还获得中国妇女发展基金会和英伟达…20万元");</li>
 *   <li>recipients: organisations after 向/给/为/支援/支持, the subject of 获得, and for pay the bodies whose
 *       staff are paid;</li>
 *   <li>administrator: the federation among the givers of money it raised, totalled or handed out; when the
 *       sentence names no organisation (and no person, 她/他, is its subject), the federation the item is about:
 *       the interviewee's, else the one the item names most often before the sum.</li>
 * </ul>
 */
final class FundingParties {

    record Parties(List<Organisation> givers, Organisation administrator, List<Organisation> recipients) {}

    private static final Pattern RECEIVING = Pattern.compile("获得|获赠|收到|得到|接受");
    private static final ScreenedPattern TO_RECIPIENT = ScreenedPattern.compile("(?:向|给|为|支援|援助|支持|捐给|助力|帮助|资助)$");
    /**
     * A person who gives (她累计投入…), not the people money goes to (向她们提供…, 为他们), a person a verb acts on
     * (减免了她的住宿费), one named as owner (她的家庭) nor one who only speaks (她指出，…再拨500万元: the words are hers or
     * his, the money another's).
     */
    static final Pattern PERSON_SUBJECT = Pattern.compile(
            "(?<![向为给对帮助了])[她他](?!们|的|(?:表示|指出|说|称|介绍|举例|强调|认为|透露|告诉|谈到|回忆))");
    private static final Set<FundingRole> ADMINISTERED = EnumSet.of(FundingRole.RAISED, FundingRole.SPENT,
            FundingRole.DISBURSED, FundingRole.ALLOCATED, FundingRole.PER_PERSON, FundingRole.VALUE_OF_GOODS,
            FundingRole.PLEDGED, FundingRole.BUDGET);
    private static final Set<FundingRole> HANDLED_BY_FEDERATION = EnumSet.of(FundingRole.RAISED,
            FundingRole.SPENT, FundingRole.DISBURSED, FundingRole.ALLOCATED);

    /**
     * @param amountStart normalised index of the sum in the text
     * @param role        what the sum was
     * @param verb        what the nearest verb says was done with it (筹集 raised, 捐赠 donated …), or null
     */
    Parties find(AnnotatedText text, Sentence sentence, int amountStart, FundingRole role, FundingRole verb,
                 List<OrganisationMention> organisations, List<Item> items) {
        NormalisedText n = text.text();
        String masked = Clause.maskQuotes(sentence.text());
        int amountLocal = amountStart - sentence.start();
        int partStart = Math.max(masked.lastIndexOf('；', amountLocal), masked.lastIndexOf(';', amountLocal)) + 1;
        Clause clause = Clause.around(masked, amountLocal, amountLocal);
        int receivedAt = lastMatchStart(RECEIVING, masked.substring(clause.start(), amountLocal));
        if (receivedAt >= 0) receivedAt += clause.start();
        int partOriginal = n.originalStart(sentence.start() + partStart);
        int sentenceEnd = n.originalEnd(sentence.end());
        int amountOriginal = n.originalStart(amountStart);

        List<Organisation> givers = new ArrayList<>();
        List<Organisation> recipients = new ArrayList<>();
        for (OrganisationMention m : organisations) {
            if (m.span().start() < partOriginal || m.span().start() >= sentenceEnd) continue;
            if (m.organisation().type() == OrgType.MEDIA) continue;
            int local = Math.min(masked.length(), Math.max(0, normalisedIndex(n, m.span().start()) - sentence.start()));
            String preceding = masked.substring(Math.max(0, local - 4), local);
            boolean before = m.span().end() <= amountOriginal;
            if (TO_RECIPIENT.find(preceding)) {
                addOnce(recipients, m.organisation());
            } else if (before && receivedAt >= 0 && clause.start() <= local && local < receivedAt) {
                addOnce(recipients, m.organisation()); // the subject of 获得 receives
            } else if (before && role == FundingRole.SALARY) {
                addOnce(recipients, m.organisation()); // 村妇联主席待遇: the body whose staff are paid
            } else if (before) {
                addOnce(givers, m.organisation());
            }
        }

        Organisation administrator = null;
        boolean donatedGoods = role == FundingRole.VALUE_OF_GOODS && verb != FundingRole.RAISED;
        if (ADMINISTERED.contains(role) && receivedAt < 0 && !donatedGoods) {
            administrator = givers.stream().filter(o -> o.type() == OrgType.FEDERATION).findFirst().orElse(null);
            boolean personSubject = PERSON_SUBJECT.matcher(masked.substring(partStart, amountLocal)).find();
            if (administrator == null && givers.isEmpty() && !personSubject && HANDLED_BY_FEDERATION.contains(role)) {
                administrator = federationOfItem(amountOriginal, organisations, items);
            }
        }
        return new Parties(List.copyOf(givers), administrator, List.copyOf(recipients));
    }

    /** The interviewee's federation, else the federation named most often in the item before {@code at}. */
    private static Organisation federationOfItem(int at, List<OrganisationMention> organisations, List<Item> items) {
        Item item = null;
        for (Item i : items) {
            if (i.span().start() <= at && at < i.span().end()) item = i;
        }
        if (item != null && item.interviewee() != null) {
            for (Post post : item.interviewee().posts()) {
                Organisation o = post.organisation();
                if (o != null && o.type() == OrgType.FEDERATION && !o.generic()) return o;
            }
        }
        int scopeStart = item == null ? 0 : item.span().start();
        Map<Organisation, Integer> counts = new HashMap<>();
        Organisation best = null;
        for (OrganisationMention m : organisations) {
            Organisation o = m.organisation();
            if (o.type() != OrgType.FEDERATION || o.generic()) continue;
            if (m.span().start() < scopeStart || m.span().end() > at) continue;
            int count = counts.merge(o, 1, Integer::sum);
            if (best == null || count >= counts.get(best)) best = o; // ties go to the later mention
        }
        return best;
    }
    private static void addOnce(List<Organisation> list, Organisation o) {
        if (!list.contains(o)) list.add(o);
    }

    private static int lastMatchStart(Pattern p, String s) {
        Matcher m = p.matcher(s);
        int end = -1;
        while (m.find()) end = m.start();
        return end;
    }

    /** The first normalised index whose character comes from at or after {@code original}. */
    static int normalisedIndex(NormalisedText n, int original) {
        int[] map = n.toOriginal();
        int lo = 0, hi = map.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (map[mid] < original) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}
