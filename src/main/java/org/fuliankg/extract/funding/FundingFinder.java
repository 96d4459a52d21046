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
import org.fuliankg.domain.Beneficiaries;
import org.fuliankg.domain.FundingFigure;
import org.fuliankg.domain.FundingRole;
import org.fuliankg.domain.Item;
import org.fuliankg.domain.OrganisationMention;
import org.fuliankg.domain.Programme;
import org.fuliankg.domain.ProgrammeMention;
import org.fuliankg.domain.Span;
import org.fuliankg.extract.funding.BeneficiaryCounts;
import org.fuliankg.extract.funding.Clause;
import org.fuliankg.extract.funding.MoneyExpression;
import org.fuliankg.extract.funding.MoneyExpressions;
import org.fuliankg.extract.funding.MoneyRoles;
import org.fuliankg.extract.funding.TimeExpressions;
import org.fuliankg.extract.text.SourceSpans;

/** Finds money amounts and what the text says about them: qualifier, role, giver, receiver, programme,
 * beneficiaries, time. Sentences that repeat an earlier passage (layout duplicates) are skipped so that one sum
 * is not counted twice. */
public final class FundingFinder {

    private static final Pattern THING_AFTER = Pattern.compile(
            "^的?([\\u4e00-\\u9fff“”]{0,8}?(?:物资|物品|健康包|礼包|助学金|救助金|慰问金|奖金|资金|善款|款物))");
    private static final Pattern THING_BEFORE = Pattern.compile(
            "^[了到]?(.{0,15}?(?:资金|善款|助学金|救助金|慰问金|款|经费|物资|奖金|补贴|工资|待遇))"
                    + "(?:达到|达|为|共计|共|计|约|近|将近|超过|价值|总计|合计|总额|金额)*$");

    /** Money the federation handles: the item's programme is its programme when no nearer one is named. */
    private static final Set<FundingRole> ITEM_PROGRAMME_ROLES = EnumSet.of(FundingRole.RAISED, FundingRole.DISBURSED,
            FundingRole.ALLOCATED, FundingRole.SPENT, FundingRole.PER_PERSON, FundingRole.BUDGET, FundingRole.PLEDGED);

    private static final Pattern PERSON_SUBJECT = Pattern.compile("[她他]");

    private final MoneyExpressions money = new MoneyExpressions();
    private final MoneyRoles roles = new MoneyRoles();
    private final BeneficiaryCounts beneficiaries = new BeneficiaryCounts();
    private final TimeExpressions times = new TimeExpressions();
    private final FundingParties parties = new FundingParties();

    public List<FundingFigure> find(AnnotatedText text, List<Item> items, List<OrganisationMention> organisations,
                                    List<ProgrammeMention> programmes) {
        List<FundingFigure> found = new ArrayList<>();
        for (Sentence sentence : text.sentences()) {
            if (sentence.duplicate()) continue;
            String s = sentence.text();
            String masked = Clause.maskQuotes(s);
            List<MoneyExpression> sums = money.find(s);
            for (MoneyExpression e : sums) {
                if (Clause.inQuotedName(s, masked, e.start(), e.end())) continue; // “家家幸福一元捐” names a campaign
                int start = sentence.start() + e.start();
                int end = sentence.start() + e.end();
                FundingRole role = roles.classify(masked, e.start(), e.end());
                Span span = SourceSpans.of(text, start, end);
                FundingParties.Parties who = parties.find(text, sentence, start, role,
                        roles.verb(masked, e.start(), e.end()), organisations, items);
                found.add(new FundingFigure(e.amount(), e.maxAmount(), e.qualifier(), role,
                        thing(s, masked, e), who.givers(), who.administrator(), who.recipients(),
                        programme(text, sentence, e, programmes, items, role), beneficiaries(text, sentence, e, sums),
                        times.near(s, e.start(), e.end()), roles.cumulative(masked, e.start(), e.end(), role), span));
            }
        }
        return found;
    }

    /** What the sum was, as written: 防疫物资 after it, or 善款/女童助学金 between the verb and the sum. */
    private static String thing(String sentence, String masked, MoneyExpression e) {
        Matcher after = THING_AFTER.matcher(sentence.substring(e.end()));
        if (after.find()) return after.group(1);
        Clause clause = Clause.around(sentence, e.start(), e.end());
        String before = masked.substring(clause.start(), e.start());
        int verbEnd = Math.max(0, MoneyRoles.lastVerbEnd(before));
        Matcher m = THING_BEFORE.matcher(sentence.substring(clause.start() + verbEnd, e.start()));
        return m.find() ? m.group(1) : null;
    }

    /**
     * The programme the sum belongs to: the one named in its clause (nearest before it, else the first after), else
     * in its sentence (a part between semicolons counts as a sentence of its own), else, for money the federation
     * handles, the item's dominant programme, named more often than any other in the item (a company's gift of
     * goods, pay, or a person's own gift in an item about a campaign is not the campaign's money). Money for 两癌 work goes to relief: screening is free, so a sum
     * next to a combined 筛查和救助 mention is relief money.
     */
    private static Programme programme(AnnotatedText text, Sentence sentence, MoneyExpression e,
                                       List<ProgrammeMention> programmes, List<Item> items, FundingRole role) {
        String s = sentence.text();
        Clause clause = Clause.around(s, e.start(), e.end());
        int partStart = Math.max(s.lastIndexOf('；', e.start()), s.lastIndexOf(';', e.start())) + 1;
        int partEnd = s.length();
        for (char mark : new char[] {'；', ';'}) {
            int i = s.indexOf(mark, e.end());
            if (i >= 0) partEnd = Math.min(partEnd, i);
        }
        Programme chosen = nearest(text, sentence, e, programmes, clause.start(), clause.end());
        if (chosen == null) chosen = nearest(text, sentence, e, programmes, partStart, partEnd);
        boolean personGives = PERSON_SUBJECT.matcher(s.substring(partStart, e.start())).find(); // 她累计投入…
        if (chosen == null && ITEM_PROGRAMME_ROLES.contains(role) && !personGives) {
            chosen = dominantProgrammeOfItem(text.text().originalStart(sentence.start() + e.start()), programmes, items);
        }
        return chosen;
    }

    /** The programme named nearest before the sum within [from, to) of its sentence, else the first after it. */
    private static Programme nearest(AnnotatedText text, Sentence sentence, MoneyExpression e,
                                     List<ProgrammeMention> programmes, int fromLocal, int toLocal) {
        int from = text.text().originalStart(sentence.start() + fromLocal);
        int amountStart = text.text().originalStart(sentence.start() + e.start());
        int amountEnd = text.text().originalEnd(sentence.start() + e.end());
        int to = text.text().originalEnd(sentence.start() + toLocal);
        ProgrammeMention before = null;
        ProgrammeMention after = null;
        boolean relief = false;
        for (ProgrammeMention m : programmes) {
            if (m.span() == null || m.span().start() < from || m.span().end() > to) continue;
            if (isTwoCancer(m.programme(), "两癌救助")) relief = true;
            if (m.span().end() <= amountStart) {
                if (before == null || m.span().end() >= before.span().end()) before = m;
            } else if (m.span().start() >= amountEnd && after == null) {
                after = m;
            }
        }
        ProgrammeMention chosen = before != null ? before : after;
        if (chosen == null) return null;
        if (relief && isTwoCancer(chosen.programme(), "两癌筛查")) {
            return programmes.stream().filter(m -> m.span() != null && m.span().start() >= from && m.span().end() <= to)
                    .map(ProgrammeMention::programme).filter(p -> isTwoCancer(p, "两癌救助")).findFirst()
                    .orElse(chosen.programme());
        }
        return chosen.programme();
    }

    /** The generic 两癌 programme {@code generic} or a named scheme of it. */
    private static boolean isTwoCancer(Programme p, String generic) {
        return p.name().equals(generic) || generic.equals(p.broader());
    }

    /** The programme the item holding {@code at} names most often (a tie: none), or null. */
    private static Programme dominantProgrammeOfItem(int at, List<ProgrammeMention> programmes, List<Item> items) {
        int from = 0;
        int to = Integer.MAX_VALUE;
        for (Item i : items) {
            if (i.span() != null && i.span().start() <= at && at < i.span().end()) {
                from = i.span().start();
                to = i.span().end();
            }
        }
        Map<Programme, Integer> counts = new HashMap<>();
        for (ProgrammeMention m : programmes) {
            if (m.span() != null && m.span().start() >= from && m.span().start() < to) counts.merge(m.programme(), 1, Integer::sum);
        }
        Programme best = null;
        boolean tie = false;
        for (Map.Entry<Programme, Integer> c : counts.entrySet()) {
            int n = c.getValue();
            int bestCount = best == null ? 0 : counts.get(best);
            if (n > bestCount) {
                best = c.getKey();
                tie = false;
            } else if (n == bestCount) {
                tie = true;
            }
        }
        return tie ? null : best;
    }

    /**
     * Who the sum reached: a count in its clause, else the nearest one in its stretch of the sentence (from the
     * sum before it to the sum after it), so that a count is never taken from another sum's clause.
     */
    private Beneficiaries beneficiaries(AnnotatedText text, Sentence sentence, MoneyExpression e,
                                        List<MoneyExpression> sums) {
        String s = sentence.text();
        Clause clause = Clause.around(s, e.start(), e.end());
        int from = 0;
        int to = s.length();
        for (MoneyExpression other : sums) {
            if (other.end() <= e.start()) from = Math.max(from, other.end());
            if (other.start() >= e.end()) to = Math.min(to, other.start());
        }
        BeneficiaryCounts.Count c = beneficiaries.nearest(s, e.start(), e.end(), clause.start(), clause.end());
        if (c == null) c = beneficiaries.nearest(s, e.start(), e.end(), from, to);
        if (c == null) return null;
        return new Beneficiaries(c.count(), c.qualifier(), c.unit(), c.description(),
                SourceSpans.of(text, sentence.start() + c.start(), sentence.start() + c.end()));
    }
}
