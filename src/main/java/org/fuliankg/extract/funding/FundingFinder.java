package org.fuliankg.extract.funding;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fuliankg.annotate.AnnotatedText;
import org.fuliankg.annotate.Sentence;
import org.fuliankg.domain.money.FundingFigure;
import org.fuliankg.domain.money.FundingRole;
import org.fuliankg.domain.Item;
import org.fuliankg.domain.org.OrganisationMention;
import org.fuliankg.domain.programme.Programme;
import org.fuliankg.domain.programme.ProgrammeMention;
import org.fuliankg.domain.text.Span;
import org.fuliankg.extract.text.SourceSpans;

/** Finds money amounts and what the text says about them: qualifier, role ({@link MoneyRoles}), giver, receiver
 * ({@link FundingParties}), programme ({@link FigureProgrammes}), beneficiaries ({@link FigureBeneficiaries}), time
 * ({@link TimeExpressions}). Sentences that repeat an earlier passage (layout duplicates) are skipped so that one sum
 * is not counted twice. */
public final class FundingFinder {

    private static final Pattern THING_AFTER = Pattern.compile(
            "^的?([\\u4e00-\\u9fff“”]{0,8}?(?:物资|物品|健康包|礼包|助学金|救助金|慰问金|奖金|资金|善款|款物))");
    private static final Pattern THING_BEFORE = Pattern.compile(
            "^[了到]?(.{0,15}?(?:资金|善款|助学金|救助金|慰问金|款|经费|物资|奖金|补贴|工资|待遇))"
                    + "(?:达到|达|为|共计|共|计|约|近|将近|超过|价值|总计|合计|总额|金额)*$");

    /** A clause adding to what was said before: 另外, 此外, 还将, 再. */
    private static final Pattern FURTHER = Pattern.compile("\\s*(?:另外|此外|另|还将|并将|再)");
    /** 全年, 本年度: the whole year the paragraph's figures are of, the one an earlier sum named. */
    private static final Pattern WHOLE_YEAR = Pattern.compile("全年|本年度");

    /** Roles a share of a per-person rate may be read with (县财政资助700元 of 每户1000元): then it is a rate too. */
    private static final Set<FundingRole> PARTS_OF_A_RATE = EnumSet.of(FundingRole.DISBURSED, FundingRole.DONATED,
            FundingRole.ALLOCATED, FundingRole.SPENT, FundingRole.OTHER);

    private final MoneyExpressions money = new MoneyExpressions();
    private final MoneyRoles roles = new MoneyRoles();
    private final BeneficiaryCounts beneficiaries = new BeneficiaryCounts();
    private final TimeExpressions times = new TimeExpressions();
    private final FundingParties parties = new FundingParties();

    public List<FundingFigure> find(AnnotatedText text, List<Item> items, List<OrganisationMention> organisations,
                                    List<ProgrammeMention> programmes) {
        List<FundingFigure> found = new ArrayList<>();
        List<Integer> verbless = new ArrayList<>(); // figures of role other that no verb of their sentence acts on
        List<Integer> titled = new ArrayList<>(); // figures of a title line
        SentenceBefore before = null; // what the sentence before stated
        Programme pageRelief = FigureProgrammes.pageRelief(text, programmes); // read once, not per relief figure
        FundingFigure paragraphFigure = null; // the last figure of the paragraph's sentences before this one
        int paragraphStart = 0;
        String paragraphTime = null; // 2018年 of a paragraph opening 2018年，…, 5年来 of a sentence opening 5年来，…
        String paragraphYear = null; // the last time within one year a sum of the paragraph named: 全年 later means its year
        String whole = text.text().text();
        for (Sentence sentence : text.sentences()) {
            if (opensParagraph(whole, sentence.start())) {
                paragraphFigure = null;
                paragraphStart = sentence.start();
                paragraphTime = null;
                paragraphYear = null;
                if (before != null) before = before.inParagraphBefore();
            }
            String topic = times.topicTime(sentence.text()); // for the sentences after this one
            if (sentence.duplicate()) {
                if (topic != null) paragraphTime = topic;
                continue;
            }
            String s = sentence.text();
            String masked = Clause.maskQuotes(s);
            List<MoneyExpression> sums = money.find(s);
            Set<Integer> claimedCounts = new HashSet<>();
            List<BeneficiaryCounts.Count> counts = sums.isEmpty() ? List.of() : beneficiaries.all(sentence);
            Sentence lead = before == null ? null : before.lead();
            FundingFigure figureBefore = before == null ? null : before.lastFigure();
            // 其中… details the total just stated (累计发放3600万元。其中…共计2750万元): its parts share its period
            boolean partOfRunningTotal = figureBefore != null && figureBefore.cumulative() && s.strip().startsWith("其中");
            int firstOfSentence = found.size();
            // read only before a sentence with sums: most sentences state none
            boolean periodBefore = !sums.isEmpty() && (lead != null && roles.opensPeriod(Clause.maskQuotes(lead.text()))
                    || times.isPeriod(paragraphTime)); // 5年来，他们…发放…。争取…资金885.96万元: the paragraph's period
            List<MoneyExpression> stated = new ArrayList<>(); // the sentence's sums that became figures, in order
            List<TimeExpressions.TimeAt> sentenceTimes = sums.isEmpty() ? List.of() : times.in(s);
            for (MoneyExpression e : sums) {
                FundingFigure rate = FigureBeneficiaries.lastRate(found, firstOfSentence);
                if (Clause.inQuotedName(s, masked, e.start(), e.end())) continue; // “家家幸福一元捐” names a campaign
                int start = sentence.start() + e.start();
                int end = sentence.start() + e.end();
                // 累计募集646万元；其中2021年募集26万元: a part opening with 其中 details the figure before it; so does a
                // clause (设立基金600万元，其中市财政安排100万元，各县分别安排50万元) the figure of its sentence before 其中
                FundingFigure detailed = detailedFigure(s, e, stated, found, firstOfSentence, figureBefore);
                // what the verb nearest the sum did: the role, the parties and the checks below each ask it
                FundingRole verb = roles.verb(masked, e.start(), e.end());
                FundingRole role = roles.classify(masked, e.start(), e.end(), verb);
                if (detailed != null && detailed.role() == FundingRole.PER_PERSON && detailed != figureBefore
                        && PARTS_OF_A_RATE.contains(role)) {
                    role = FundingRole.PER_PERSON; // 每年资助1000元/户，其中县财政资助700元: a share of the rate
                }
                // 捐赠数额达十二亿元。第一批团体签约，金额七亿元: an amount no verb of its sentence acts on is of the
                // act of the figure right before it
                FundingFigure parallel = found.size() > firstOfSentence ? found.get(found.size() - 1) : figureBefore;
                if (role == FundingRole.OTHER && parallel != null && parallel.role() != FundingRole.OTHER
                        && roles.onlyAnAmount(masked, e.start(), e.end(), verb)) {
                    role = parallel.role();
                }
                // 投入580余万元。其中，某计划129.55万元: a part of a total that no verb of its own acts on shares the
                // total's act; 募得4万元，其中某基金会2万元: a part named by its giver is that giver's gift
                if (detailed != null && detailed.role() != FundingRole.OTHER && detailed.role() != FundingRole.PER_PERSON) {
                    if (role == FundingRole.RAISED && detailed.role() == FundingRole.RAISED
                            && roles.namedByGiver(masked, e.start())) {
                        role = FundingRole.DONATED;
                    } else if (role == FundingRole.OTHER && verb == null) {
                        role = detailed.role();
                    }
                }
                // 决提拨约280亿元做公益，其中160亿元给…；另60亿元给…: a further part after a pledge is promised too
                if (role == FundingRole.OTHER && parallel != null && parallel.role() == FundingRole.PLEDGED
                        && (detailed == parallel || FURTHER.matcher(masked).region(
                        Clause.around(masked, e.start(), e.end()).start(), e.start()).lookingAt())) {
                    role = FundingRole.PLEDGED;
                }
                // 将捐出160亿元…。另外捐60亿元给…、60亿元给…: a further gift after a pledge is promised too
                if (role == FundingRole.DONATED && parallel != null && parallel.role() == FundingRole.PLEDGED
                        && FURTHER.matcher(masked).region(Clause.around(masked, e.start(), e.end()).start(), e.start())
                        .lookingAt()) {
                    role = FundingRole.PLEDGED;
                }
                boolean cumulative = roles.cumulative(masked, e.start(), e.end(), role)
                        || periodBefore && roles.continuesPeriodBefore(masked, e.start(), e.end(), role);
                String carried = cumulative && !times.withinTheYear(paragraphTime) ? null : paragraphTime;
                // the sum's own time, else the time its paragraph set before it (a running total takes it only when
                // it lies within one year: 截至6月, not 2018年 or 5年来, which a running total may reach beyond)
                String own = times.withParagraph(times.near(s, sentenceTimes, e.start(), e.end()), paragraphTime);
                // 2018年，…累计发放795万元: a running total's bare year in another clause is no year of the total's
                // (全年共发放, 年度合计: a total within the year keeps it)
                if (cumulative && times.bareYearOfAnotherClause(s, e.start(), e.end(), own)
                        && !WHOLE_YEAR.matcher(s).region(0, e.end()).find()) {
                    own = null;
                }
                // 未来5年…将提供不少于N元, 决定在某年至某年的三年时间内投入N元: a plan over several years is of none of them
                if (role == FundingRole.BUDGET || role == FundingRole.PLEDGED) {
                    String term = times.planTerm(s);
                    if (term != null) own = term;
                }
                if (carried == null && !cumulative && WHOLE_YEAR.matcher(s).region(0, e.start()).find()) {
                    carried = paragraphYear; // 2022年…收入7248万元。全年捐赠收入较上年增加1137万元: 全年 is 2022
                }
                Programme previous = FigureProgrammes.programmeBefore(text, sentence, masked, e, found, firstOfSentence,
                        paragraphFigure, paragraphStart, programmes);
                Programme programme = FigureProgrammes.programme(text, sentence, lead, detailed, previous,
                        found.size() > firstOfSentence, e, sums, programmes, items, role, pageRelief);
                Span span = SourceSpans.of(text, start, end);
                FundingParties.Parties who = parties.find(text, sentence, start, role,
                        verb, organisations, items);
                found.add(new FundingFigure(e.amount(), e.maxAmount(), e.qualifier(), role,
                        thing(s, masked, e), who.givers(), who.administrator(), who.recipients(), programme,
                        FigureBeneficiaries.reachedOrShared(FigureBeneficiaries.reached(text, sentence, e, sums, counts, claimedCounts, rate), s, e, stated,
                                found, firstOfSentence),
                        own != null ? own : carried, cumulative || partOfRunningTotal && roles.canAccumulate(role),
                        span, null, e.currency()));
                stated.add(e);
                if (role == FundingRole.OTHER && verb == null || isTitle(s)) {
                    verbless.add(found.size() - 1);
                }
                if (isTitle(s)) titled.add(found.size() - 1);
                if (times.withinOneYear(own)) paragraphYear = own;
            }
            if (topic != null) paragraphTime = topic;
            if (found.size() > firstOfSentence) paragraphFigure = found.get(found.size() - 1);
            before = new SentenceBefore(sentence, !sums.isEmpty(),
                    found.size() > firstOfSentence ? found.get(found.size() - 1) : null);
        }
        // a headline's 2697万元公益金为…撑起“保护伞”: a sum no verb acts on, stated again further on with its act, has
        // that act; so has a title's sum (婦聯會:捐總資產七成280億元, told in full below as a decision to give)
        for (int i : verbless) {
            FundingFigure f = found.get(i);
            for (int j = i + 1; j < found.size(); j++) {
                FundingFigure later = found.get(j);
                if (later.role() != FundingRole.OTHER && sameSum(f, later)) {
                    found.set(i, f.withRole(later.role()));
                    break;
                }
            }
        }
        // 湖南援疆公益基金捐赠10万元健康物资 over a story telling how “红石榴”湖南援疆公益专项基金 gave them: a title's sum
        // told again further on is of the programme the story names for it
        for (int i : titled) {
            FundingFigure f = found.get(i);
            if (f.programme() != null) continue;
            for (int j = i + 1; j < found.size(); j++) {
                FundingFigure later = found.get(j);
                if (later.programme() != null && sameSum(f, later)) {
                    found.set(i, f.withProgramme(later.programme()));
                    break;
                }
            }
        }
        // 某省发放贷款8.8亿元 over a lead telling 6年间共发放…8.8亿元, 某省发放贷款43亿 over 累计发放43.68亿元: a title's sum
        // that the story states again as a running total is that total, over its period (a headline drops 累计)
        for (int i : titled) {
            FundingFigure f = found.get(i);
            if (f.cumulative() || f.time() != null) continue; // a title naming its own time (今年…) keeps it
            for (int j = i + 1; j < found.size(); j++) {
                FundingFigure later = found.get(j);
                if (titled.contains(j) || !sameSum(f, later) && !roundedFrom(f, later)) continue;
                if (later.cumulative()) found.set(i, f.withPeriodOf(later));
                break;
            }
        }
        return found;
    }

    /**
     * Whether {@code rounded}, an amount of two significant figures or more, is {@code exact} cut to its precision
     * (43亿 of 43.68亿元): a headline's short form of the sum; one figure (10万元) is too coarse to say so.
     */
    private static boolean roundedFrom(FundingFigure rounded, FundingFigure exact) {
        if (rounded.amount() == null || exact.amount() == null || rounded.maxAmount() != null
                || exact.maxAmount() != null || !Objects.equals(rounded.currency(), exact.currency())) {
            return false;
        }
        BigDecimal shown = rounded.amount().stripTrailingZeros();
        if (shown.precision() < 2) return false;
        BigDecimal unit = BigDecimal.ONE.scaleByPowerOfTen(-shown.scale());
        return exact.amount().compareTo(shown) >= 0 && exact.amount().compareTo(shown.add(unit)) < 0;
    }

    /**
     * What the sentence before stated, the one state carried from sentence to sentence: the sentence itself while it
     * is in the same paragraph and states no sum (its period or programme may be the next one's), and the last figure
     * it gave (a 其中… sentence details it).
     */
    private record SentenceBefore(Sentence sentence, boolean statedSums, FundingFigure lastFigure) {

        /** The sentence before, when it states no sum and is in the same paragraph; else null. */
        Sentence lead() {
            return statedSums ? null : sentence;
        }

        /** Across a paragraph break: a period of the paragraph before (1月份以来，…启动了…) is not this one's. */
        SentenceBefore inParagraphBefore() {
            return new SentenceBefore(null, statedSums, lastFigure);
        }
    }

    /**
     * The figure the sum details, or null: when its part of the sentence (after ；, or the whole) opens with 其中, the
     * figure before it (of the sentence, else of the sentence before); when a clause of its part before it opens with
     * 其中, the last figure of the sentence stated before that 其中.
     *
     * @param stated the sentence's sums that became figures, the last {@code stated.size()} of {@code found}
     */
    private static FundingFigure detailedFigure(String s, MoneyExpression e, List<MoneyExpression> stated,
                                                List<FundingFigure> found, int firstOfSentence,
                                                FundingFigure figureBefore) {
        int partStart = Math.max(s.lastIndexOf('；', e.start()), s.lastIndexOf(';', e.start())) + 1;
        while (partStart < e.start() && Character.isWhitespace(s.charAt(partStart))) partStart++;
        if (s.startsWith("其中", partStart)) {
            return found.size() > firstOfSentence ? found.get(found.size() - 1) : figureBefore;
        }
        int details = s.lastIndexOf("其中", e.start());
        if (details <= partStart || "，,：:".indexOf(s.charAt(details - 1)) < 0) return null;
        FundingFigure detailed = null;
        for (int i = 0; i < stated.size(); i++) {
            if (stated.get(i).end() <= details) detailed = found.get(firstOfSentence + i);
        }
        return detailed;
    }

    /** A title: a short line with no clause or sentence mark (婦聯會:捐總資產七成280億元). */
    private static boolean isTitle(String sentence) {
        return sentence.length() <= 40 && sentence.chars().noneMatch(c -> "。，,；;！!？?".indexOf(c) >= 0);
    }

    /** Whether only blanks stand between the line's start and {@code at}. */
    private static boolean opensParagraph(String text, int at) {
        for (int i = at - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (c == '\n') return true;
            if (!Character.isWhitespace(c) && c != '\u3000' && c != '\u00a0') return false;
        }
        return true;
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

    private static boolean sameSum(FundingFigure a, FundingFigure b) {
        return a.amount() != null && b.amount() != null && a.amount().compareTo(b.amount()) == 0
                && (a.maxAmount() == null ? b.maxAmount() == null
                        : b.maxAmount() != null && a.maxAmount().compareTo(b.maxAmount()) == 0)
                && java.util.Objects.equals(a.currency(), b.currency());
    }
}
