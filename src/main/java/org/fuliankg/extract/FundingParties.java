package org.fuliankg.extract;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fuliankg.annotate.AnnotatedText;
import org.fuliankg.annotate.Sentence;
import org.fuliankg.extract.money.Clause;
import org.fuliankg.normalise.NormalisedText;

/**
 * Who gave, administered and received a sum, read from the organisations named around it:
 * <ul>
 *   <li>givers: organisations named before the sum in its sentence (the subject and its 联合 partners), or after
 *       获得/收到 ("大冶市还获得中国妇女发展基金会和英伟达…20万元");</li>
 *   <li>recipients: organisations after 向/给/为/支援/支持, and the subject of 获得;</li>
 *   <li>administrator: the federation among the givers of money it raised, totalled or handed out; when the
 *       sentence names no organisation, the nearest federation named before it in the same item.</li>
 * </ul>
 */
final class FundingParties {

    record Parties(List<Organisation> givers, Organisation administrator, List<Organisation> recipients) {}

    private static final Pattern RECEIVING = Pattern.compile("获得|获赠|收到|得到|接受");
    private static final Pattern TO_RECIPIENT = Pattern.compile("(?:向|给|为|支援|援助|支持|捐给|助力|帮助|资助)$");
    private static final Set<FundingRole> ADMINISTERED = EnumSet.of(FundingRole.RAISED, FundingRole.CUMULATIVE,
            FundingRole.DISBURSED, FundingRole.ALLOCATED, FundingRole.PER_PERSON, FundingRole.VALUE_OF_GOODS,
            FundingRole.PLEDGED, FundingRole.BUDGET);
    private static final Set<FundingRole> HANDLED_BY_FEDERATION = EnumSet.of(FundingRole.RAISED,
            FundingRole.CUMULATIVE, FundingRole.DISBURSED, FundingRole.ALLOCATED);

    /**
     * @param amountStart normalised index of the sum in the text
     */
    Parties find(AnnotatedText text, Sentence sentence, int amountStart, FundingRole role,
                 List<OrganisationMention> organisations, List<Item> items) {
        NormalisedText n = text.text();
        int sentenceStart = n.originalStart(sentence.start());
        int sentenceEnd = n.originalEnd(sentence.end());
        int amountOriginal = n.originalStart(amountStart);
        String masked = Clause.maskQuotes(sentence.text());
        int amountLocal = amountStart - sentence.start();
        Clause clause = Clause.around(masked, amountLocal, amountLocal);
        int receivedAt = lastMatchStart(RECEIVING, masked.substring(clause.start(), amountLocal));
        if (receivedAt >= 0) receivedAt += clause.start();

        List<Organisation> givers = new ArrayList<>();
        List<Organisation> recipients = new ArrayList<>();
        for (OrganisationMention m : organisations) {
            if (m.span().start() < sentenceStart || m.span().start() >= sentenceEnd) continue;
            int local = Math.min(masked.length(), Math.max(0, normalisedIndex(n, m.span().start()) - sentence.start()));
            String preceding = masked.substring(Math.max(0, local - 4), local);
            boolean before = m.span().end() <= amountOriginal;
            if (TO_RECIPIENT.matcher(preceding).find()) {
                addOnce(recipients, m.organisation());
            } else if (before && receivedAt >= 0 && local < receivedAt) {
                addOnce(recipients, m.organisation()); // the subject of 获得 receives
            } else if (before) {
                addOnce(givers, m.organisation());
            }
        }

        Organisation administrator = null;
        if (ADMINISTERED.contains(role) && receivedAt < 0) {
            administrator = givers.stream().filter(o -> o.type() == OrgType.FEDERATION).findFirst().orElse(null);
            if (administrator == null && givers.isEmpty() && HANDLED_BY_FEDERATION.contains(role)) {
                administrator = nearestFederationBefore(amountOriginal, organisations, items);
            }
        }
        return new Parties(List.copyOf(givers), administrator, List.copyOf(recipients));
    }

    private static Organisation nearestFederationBefore(int at, List<OrganisationMention> organisations,
                                                        List<Item> items) {
        int scopeStart = 0;
        for (Item item : items) {
            if (item.span().start() <= at && at < item.span().end()) scopeStart = item.span().start();
        }
        OrganisationMention best = null;
        for (OrganisationMention m : organisations) {
            Organisation o = m.organisation();
            if (o.type() != OrgType.FEDERATION || o.generic()) continue;
            if (m.span().start() < scopeStart || m.span().end() > at) continue;
            if (best == null || m.span().start() > best.span().start()) best = m;
        }
        return best == null ? null : best.organisation();
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
