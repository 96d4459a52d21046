package org.fuliankg.extract.funding;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fuliankg.annotate.AnnotatedText;
import org.fuliankg.annotate.Sentence;
import org.fuliankg.domain.money.Beneficiaries;
import org.fuliankg.domain.money.FundingFigure;
import org.fuliankg.domain.money.FundingRole;
import org.fuliankg.domain.Item;
import org.fuliankg.domain.org.OrganisationMention;
import org.fuliankg.domain.programme.Programme;
import org.fuliankg.domain.programme.ProgrammeMention;
import org.fuliankg.domain.text.Span;
import org.fuliankg.extract.funding.BeneficiaryCounts;
import org.fuliankg.extract.funding.Clause;
import org.fuliankg.extract.funding.MoneyExpression;
import org.fuliankg.extract.funding.MoneyExpressions;
import org.fuliankg.extract.funding.MoneyRoles;
import org.fuliankg.extract.funding.TimeExpressions;
import org.fuliankg.extract.text.SourceSpans;
import org.fuliankg.lexicon.Programmes;

/** Finds money amounts and what the text says about them: qualifier, role, giver, receiver, programme,
 * beneficiaries, time. Sentences that repeat an earlier passage (layout duplicates) are skipped so that one sum
 * is not counted twice. */
public final class FundingFinder {

    private static final Pattern THING_AFTER = Pattern.compile(
            "^的?([\\u4e00-\\u9fff“”]{0,8}?(?:物资|物品|健康包|礼包|助学金|救助金|慰问金|奖金|资金|善款|款物))");
    private static final Pattern THING_BEFORE = Pattern.compile(
            "^[了到]?(.{0,15}?(?:资金|善款|助学金|救助金|慰问金|款|经费|物资|奖金|补贴|工资|待遇))"
                    + "(?:达到|达|为|共计|共|计|约|近|将近|超过|价值|总计|合计|总额|金额)*$");

    /**
     * Money given or handled for a cause (gifts of money too): the item's programme is its programme when no nearer
     * one is named; not goods, pay or other sums.
     */
    private static final Set<FundingRole> ITEM_PROGRAMME_ROLES = EnumSet.of(FundingRole.RAISED, FundingRole.DISBURSED,
            FundingRole.ALLOCATED, FundingRole.SPENT, FundingRole.PER_PERSON, FundingRole.BUDGET, FundingRole.PLEDGED,
            FundingRole.LOAN, FundingRole.DONATED);

    /** The generic class of relief money on a page about 两癌 that names no scheme for the sum. */
    private static final Programme TWO_CANCER_RELIEF = Programmes.standard().byName("两癌救助");
    /** A scheme's name written as the people it helps (春蕾女童, 春蕾学生). */
    private static final Pattern PEOPLE_HELPED = Pattern.compile("(?:女童|女生|学生|儿童)$");
    private static final String PART_NUMERALS = "一二三四五六七八九十";
    /** Relief of another kind named in the sum's clause (维权救助金6.9万元, 生活救助金): that relief, not the item's
     * programme or the page's 两癌 relief. */
    private static final Pattern OTHER_RELIEF = Pattern.compile("(?:维权|生活|医疗|临时|助学|救灾|慰问)救助");
    /** Clause marks after which the sentence goes on with the same subject (not ；, which starts a new part). */
    private static final String CLAUSE_GOES_ON = ",，";
    /** A further group of people listed after a count, with no verb of its own: ，初中生45名 (then 、高中生158名 …). */
    private static final Pattern LISTED_GROUP = Pattern.compile(
            "[，,、][\\u4e00-\\u9fff]{1,6}?([0-9]{1,7})(名|人)(?=[，,、。；;]|$)");
    /** 全年, 本年度: the whole year the paragraph's figures are of, the one an earlier sum named. */
    private static final Pattern WHOLE_YEAR = Pattern.compile("全年|本年度");
    /**
     * A clause that goes on with the sum's subject: it opens with what the money did for people (直接受惠近1.4万名妇女,
     * 重点慰问…207户, 获贷人数达1.5万多人).
     */
    private static final Pattern CONTINUES_SUBJECT = Pattern.compile(
            "(?:将|已|共|共计|累计|先后|直接|重点|主要|集中|预计将?|可|并|还|又|再|专项|专门|精准|定向|有效|切实|最终|全部)*(?:用于)?"
                    + "(?:救助|资助|援助|捐助|惠及|帮助|帮扶|扶持|受益|受惠|受助|覆盖|使|让|为|对|惠泽|慰问|获贷)");
    /** Clauses after the sum's that {@link #countInLaterClause} passes over when they state no sum nor people. */
    private static final int LATER_CLAUSES = 3;
    /**
     * A clause saying how many people benefited: 共有30名同学受惠, 将有1万多人受益, 4819名创业妇女享受到了…扶持,
     * 受益人数超2万人 (收益人数 too, a common slip).
     */
    private static final Pattern PEOPLE_BENEFITED = Pattern.compile(
            "(?:将|已|共|累计|先后|并|还)*(?:有|计有)?[^，,。；;]{0,16}?(?:受惠|受益|受助|获益|获助|收益人数"
                    + "|(?:受到|获得|得到|享受到?)[^，,。；;]{0,10}?(?:救助|资助|帮扶|扶持))");
    /** A clause totalling the aid the clause before it gave (补助金达60多万元, 救助金额共计…), not a rate (每人3000元). */
    private static final Pattern TOTAL_OF_AID = Pattern.compile(
            "(?:[\\u4e00-\\u9fff]{0,4}(?:金额|总额)|[\\u4e00-\\u9fff]{0,3}金(?:达到|达|共计|为)|共计|总计|合计)");
    /** A clause that hands money to the people the clause before it counted: 走访慰问留守儿童3500余人，送出慰问物资21万余元. */
    private static final Pattern HANDS_OVER = Pattern.compile(
            "(?:共|共计|并|还|再|又|累计|先后|已)*(?:送出|送去|送上|提供|给予|捐助|资助)"
                    // 共计6名母亲参加仪式，并将获得救助金各1万元: the people counted receive it
                    + "|(?:并|还|也|均|都)*(?:将|可|可以)?(?:获得|得到|领到|领取)");
    /** A total of the rate just stated: 发放1万元/人、共计5万元; 每人发放1万元，总计35万元. */
    private static final Pattern TOTAL_OF_RATE = Pattern.compile("(?:共计|总计|合计|共)\\s*$");
    /**
     * A clause that only totals or rates what the clause before it did: 共计…, 总额达…, 救助金额达…, 累计发放补助金额…,
     * 救助金达…, 价值…, 发放…, 先后发放…, 每人领取…, 救助金每人….
     */
    private static final Pattern ONLY_TOTALS = Pattern.compile(
            "(?:先后|已|并|还)*(?:(?:累计|共)?(?:发放)?[\\u4e00-\\u9fff]{0,4}(?:金额|总额)|[\\u4e00-\\u9fff]{0,3}金(?:达到|达|共计|为)|共计|总计|合计|价值|发放|共|计"
                    + "|(?:[\\u4e00-\\u9fff]{0,3}金)?(?:每人|每户|每名|每位|人均))");

    /** A clause that gives to the people of the clause before it: 已救助了261名…母亲，并向她们每人发放了1万元;
     * …对两名患病妇女实施救助，为每人发放救助金1万元. */
    private static final Pattern GIVES_TO_THEM = Pattern.compile("(?:并|还|再|又)?(?:向|为|给)(?:她们|他们|其|每人|每名|每位)");

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
        SentenceBefore before = null; // what the sentence before stated
        Programme pageRelief = pageRelief(text, programmes); // read once, not per relief figure
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
            for (MoneyExpression e : sums) {
                FundingFigure rate = lastRate(found, firstOfSentence);
                if (Clause.inQuotedName(s, masked, e.start(), e.end())) continue; // “家家幸福一元捐” names a campaign
                int start = sentence.start() + e.start();
                int end = sentence.start() + e.end();
                // 累计募集646万元；其中2021年募集26万元: a part opening with 其中 details the figure before it; so does a
                // clause (设立基金600万元，其中市财政安排100万元，各县分别安排50万元) the figure of its sentence before 其中
                FundingFigure detailed = detailedFigure(s, e, stated, found, firstOfSentence, figureBefore);
                FundingRole role = roles.classify(masked, e.start(), e.end());
                if (detailed != null && detailed.role() == FundingRole.PER_PERSON && detailed != figureBefore
                        && PARTS_OF_A_RATE.contains(role)) {
                    role = FundingRole.PER_PERSON; // 每年资助1000元/户，其中县财政资助700元: a share of the rate
                }
                // 捐赠数额达十二亿元。第一批团体签约，金额七亿元: an amount no verb of its sentence acts on is of the
                // act of the figure right before it
                FundingFigure parallel = found.size() > firstOfSentence ? found.get(found.size() - 1) : figureBefore;
                if (role == FundingRole.OTHER && parallel != null && parallel.role() != FundingRole.OTHER
                        && roles.onlyAnAmount(masked, e.start(), e.end())) {
                    role = parallel.role();
                }
                boolean cumulative = roles.cumulative(masked, e.start(), e.end(), role)
                        || periodBefore && roles.continuesPeriodBefore(masked, e.start(), e.end(), role);
                String carried = cumulative && !times.withinTheYear(paragraphTime) ? null : paragraphTime;
                // the sum's own time, else the time its paragraph set before it (a running total takes it only when
                // it lies within one year: 截至6月, not 2018年 or 5年来, which a running total may reach beyond)
                String own = times.withParagraph(times.near(s, e.start(), e.end()), paragraphTime);
                // 2018年，…累计发放795万元: a running total's bare year in another clause is no year of the total's
                // (全年共发放, 年度合计: a total within the year keeps it)
                if (cumulative && times.bareYearOfAnotherClause(s, e.start(), e.end(), own)
                        && !WHOLE_YEAR.matcher(s).region(0, e.end()).find()) {
                    own = null;
                }
                if (carried == null && !cumulative && WHOLE_YEAR.matcher(s).region(0, e.start()).find()) {
                    carried = paragraphYear; // 2022年…收入7248万元。全年捐赠收入较上年增加1137万元: 全年 is 2022
                }
                Programme previous = programmeBefore(text, sentence, masked, e, found, firstOfSentence,
                        paragraphFigure, paragraphStart, programmes);
                Programme programme = programme(text, sentence, lead, detailed, previous,
                        found.size() > firstOfSentence, e, sums, programmes, items, role, pageRelief);
                Span span = SourceSpans.of(text, start, end);
                FundingParties.Parties who = parties.find(text, sentence, start, role,
                        roles.verb(masked, e.start(), e.end()), organisations, items);
                found.add(new FundingFigure(e.amount(), e.maxAmount(), e.qualifier(), role,
                        thing(s, masked, e), who.givers(), who.administrator(), who.recipients(), programme,
                        reachedOrShared(reached(text, sentence, e, sums, counts, claimedCounts, rate), s, e, stated,
                                found, firstOfSentence),
                        own != null ? own : carried, cumulative || partOfRunningTotal && roles.canAccumulate(role),
                        span, null, e.currency()));
                stated.add(e);
                if (role == FundingRole.OTHER && roles.verb(masked, e.start(), e.end()) == null) {
                    verbless.add(found.size() - 1);
                }
                if (times.withinOneYear(own)) paragraphYear = own;
            }
            if (topic != null) paragraphTime = topic;
            if (found.size() > firstOfSentence) paragraphFigure = found.get(found.size() - 1);
            before = new SentenceBefore(sentence, !sums.isEmpty(),
                    found.size() > firstOfSentence ? found.get(found.size() - 1) : null);
        }
        // a headline's 2697万元公益金为…撑起“保护伞”: a sum no verb acts on, stated again further on with its act, has
        // that act
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
        return found;
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

    /**
     * The programme the sum belongs to: the one named in its clause (nearest before it, else the first after), else
     * in its sentence (a part between semicolons counts as a sentence of its own) but not in a clause that states a
     * figure of its own ("完成“母亲邮包”100个" names the parcels' programme, not the sum's), else, for money the
     * federation handles, the programme that most of the item's programme mentions name (an item that lists several
     * schemes, one sentence each, gives none of them to a sum whose sentence names none; goods, pay, or a person's own
     * gift is not the campaign's money); a programme named away from the sum must fit what its clause says the money
     * was for ({@link SumPurposes}: a scholarship is no 两癌 relief). Money for 两癌 relief (its clause says 救助) never
     * goes to a screening programme: screening is free, so a sum next to a screening mention is relief money. A member
     * of a list of sums (两癌救助金1万元、维权救助金6.9万元) has only its own member's programme; relief of another
     * kind (维权救助金) has no item or page programme; a clause that only totals (…，价值2400元) reads the clause before.
     * Before the item: a sentence of the same paragraph right before, stating no sum, that names one programme
     * (各地妇联将“儿童家园”创建作为抓手。截至目前，已投入创建资金85万元), else the programme of the sum before
     * ({@link #programmeBefore}); before those, for a part opening with 其中, the programme of the figure it details.
     *
     * Relief money with no programme of its own goes to the page's relief ({@link #pageRelief}); on a page of a
     * relief scheme of its own, the kinds of relief that scheme pays (生活救助, 医疗救助) are that scheme's.
     *
     * @param lead       the sentence before when it states no sum, else null
     * @param detailed   the figure a part opening with 其中 details, else null
     * @param previous   the programme of the sum before that the sum goes on with ({@link #programmeBefore}), else null
     * @param previousInSentence whether that sum is of the same sentence
     * @param pageRelief the page's relief scheme or class ({@link #pageRelief}), else null
     */
    private static Programme programme(AnnotatedText text, Sentence sentence, Sentence lead, FundingFigure detailed,
                                       Programme previous, boolean previousInSentence, MoneyExpression e,
                                       List<MoneyExpression> sums,
                                       List<ProgrammeMention> allProgrammes, List<Item> items, FundingRole role,
                                       Programme pageRelief) {
        String s = sentence.text();
        Clause clause = Clause.around(s, e.start(), e.end());
        int member = memberStart(s, e, sums, clause);
        // a programme before an earlier sum of a list is that sum's
        List<ProgrammeMention> programmes = without(text, sentence, clause.start(), member, allProgrammes);
        // …惠及50名妇女，价值2万元: a clause that only totals is the act of the clause before it
        boolean totals = clause.start() > 1 && ONLY_TOTALS.matcher(s).region(clause.start(), e.start()).lookingAt();
        Clause before = totals ? Clause.around(s, clause.start() - 2, clause.start() - 2) : clause;
        // …每人发放救助金1万元，共30万元: a total is relief money when the clause it totals is
        boolean relief = s.substring(totals ? before.start() : clause.start(), clause.end()).contains("救助");
        int partStart = Math.max(s.lastIndexOf('；', e.start()), s.lastIndexOf(';', e.start())) + 1;
        int partEnd = s.length();
        for (char mark : new char[] {'；', ';'}) {
            int i = s.indexOf(mark, e.end());
            if (i >= 0) partEnd = Math.min(partEnd, i);
        }
        // …发放价值54万元的“母亲邮包”，开展了“春风行动”: what follows a later sum of the sentence is that sum's part
        for (MoneyExpression later : sums) {
            if (later.start() >= clause.end()) {
                partEnd = Math.min(partEnd, Clause.around(s, later.start(), later.end()).start());
                break;
            }
        }
        int own = totals && member == clause.start() ? before.start() : member; // a total: the relief it totals
        boolean ownScheme = pageRelief != null && pageRelief != TWO_CANCER_RELIEF;
        boolean otherRelief = !ownScheme && OTHER_RELIEF.matcher(s).region(own, clause.end()).find()
                && s.substring(own, clause.end()).indexOf('癌') < 0;
        Programme chosen = nearest(text, sentence, e, programmes, clause.start(), clause.end(), relief, false);
        if (chosen == null) {
            String withoutNames = withoutProgrammeNames(text, sentence, programmes); // 99公益日 is no figure
            int from = text.text().originalStart(sentence.start() + partStart);
            int to = text.text().originalEnd(sentence.start() + partEnd);
            List<ProgrammeMention> unclaimed = programmes.stream() // only those of the part count (nearest)
                    .filter(m -> m.span() != null && m.span().start() >= from && m.span().end() <= to)
                    .filter(m -> !inClauseWithOwnFigure(text, sentence, withoutNames, m, clause)
                            || totals && !inClauseWithOwnFigure(text, sentence, withoutNames, m, before))
                    .filter(m -> !listed(text.text().original(), m, clause, text, sentence)).toList();
            chosen = nearest(text, sentence, e, unclaimed, partStart, partEnd, relief, true);
        }
        // 她累计投入…: a person's own gift; not a loan she takes (为她联保申请了4万元贷款 is the scheme's loan)
        boolean personGives = role != FundingRole.LOAN
                && FundingParties.PERSON_SUBJECT.matcher(s.substring(partStart, e.start())).find();
        if (chosen == null && detailed != null) chosen = detailed.programme();
        // a programme named away from the sum (the sentence before, the item) is the sum's only for money a campaign
        // handles, and only when it fits what the sum's clause says the money was for (为7名困境儿童每人发放600元助学金
        // on a page of 两癌 relief, a loan total on a Spring Bud page, a foundation's 捐赠收入: none of the item's)
        boolean mayTakeOther = chosen == null && ITEM_PROGRAMME_ROLES.contains(role) && !personGives && !otherRelief;
        List<String> purposes = mayTakeOther ? SumPurposes.named(s, totals ? before.start() : own, clause.end()) : List.of();
        if (mayTakeOther) {
            chosen = onlyProgrammeOfLead(text, sentence, lead, programmes, relief, partStart, partEnd);
            if (!SumPurposes.fits(chosen, purposes, false)) chosen = null;
        }
        // 设立某基金600万元…。每年资助困难母亲1000元/户: a sentence naming no scheme goes on with the sum before; not a
        // loan scheme's for money that is no loan (发放贷款1280万元。争取培训资金56万元)
        if (mayTakeOther && chosen == null && previous != null
                && (role == FundingRole.LOAN || !SumPurposes.serves(previous, "loan"))) {
            // from a sentence before, a scheme of a named purpose (两癌 relief) needs it named in the sum's clause
            chosen = SumPurposes.fits(previous, purposes, !previousInSentence) ? previous : null;
        }
        if (mayTakeOther && chosen == null) {
            chosen = majorityProgrammeOfItem(text.text().originalStart(sentence.start() + e.start()), programmes, items,
                    relief, role == FundingRole.LOAN, text.text().original());
            // 已为6万名妇女进行了“两癌”免费筛查，为162人发放救助金162万元: relief of the 两癌 work its sentence names,
            // not the item's other campaign
            if (chosen != null && relief && !isTwoCancer(chosen, "两癌救助")
                    && s.substring(partStart, partEnd).contains("两癌")) {
                chosen = TWO_CANCER_RELIEF;
            }
            if (!SumPurposes.fits(chosen, purposes, true)) chosen = null;
            // 她们享受财政补助金额达8亿元 on a page of women's loans: money that is no loan is not the loan scheme's
            if (chosen != null && role != FundingRole.LOAN && SumPurposes.serves(chosen, "loan")
                    && !purposes.contains("loan")) {
                chosen = null;
            }
        }
        if (chosen == null && relief && !otherRelief) {
            chosen = pageRelief; // 为202名“两癌”患者发放救助金; 发千余万元救助单亲困难母亲 on the page of that scheme
        }
        return chosen;
    }

    /**
     * The programme of the sum before, which a sum with none of its own goes on with: the figure before it in its
     * sentence when its clause goes on with that act (每年划拨20万元用于“两癌”救助，现已发放75.4万元); else, when its
     * sentence names no programme, the last figure of the paragraph's sentences before, if the paragraph so far names
     * no other programme (设立某基金600万元…。每年资助困难母亲1000元/户; not after a list of schemes, one sentence each).
     */
    private static Programme programmeBefore(AnnotatedText text, Sentence sentence, String masked, MoneyExpression e,
                                             List<FundingFigure> found, int firstOfSentence,
                                             FundingFigure paragraphFigure, int paragraphStart,
                                             List<ProgrammeMention> programmes) {
        if (found.size() > firstOfSentence) {
            Clause clause = Clause.around(masked, e.start(), e.end());
            int words = clause.start();
            while (words < clause.end() && Character.isWhitespace(masked.charAt(words))) words++;
            boolean goesOn = SAME_ACT.matcher(masked).region(words, clause.end()).lookingAt();
            return goesOn ? found.get(found.size() - 1).programme() : null;
        }
        if (paragraphFigure == null || paragraphFigure.programme() == null) return null;
        int from = text.text().originalStart(paragraphStart);
        int sentenceFrom = text.text().originalStart(sentence.start());
        int to = text.text().originalEnd(sentence.end());
        for (ProgrammeMention m : programmes) {
            if (m.span() == null || m.span().start() < from || m.span().end() > to) continue;
            if (m.span().start() >= sentenceFrom || !m.programme().equals(paragraphFigure.programme())) return null;
        }
        return paragraphFigure.programme();
    }

    /** 为30名母亲发放了1.5万元的慰问金和价值3000元的物资: a sum joined by 和/及 to the sum before it in its clause
     * reached the same people. */
    private static final Pattern JOINED_TO_SUM_BEFORE = Pattern.compile("^[^，,。；;：:]{0,12}?(?:和|及|以及)[^，,。；;：:0-9]{0,12}$");

    private static Beneficiaries reachedOrShared(Beneficiaries own, String s, MoneyExpression e,
                                                 List<MoneyExpression> stated, List<FundingFigure> found,
                                                 int firstOfSentence) {
        if (own != null || stated.isEmpty() || found.size() <= firstOfSentence) return own;
        MoneyExpression previous = stated.get(stated.size() - 1);
        if (previous.end() > e.start()) return own;
        boolean joined = JOINED_TO_SUM_BEFORE.matcher(s.substring(previous.end(), e.start())).matches();
        return joined ? found.get(found.size() - 1).beneficiaries() : own;
    }

    private static boolean sameSum(FundingFigure a, FundingFigure b) {
        return a.amount() != null && b.amount() != null && a.amount().compareTo(b.amount()) == 0
                && (a.maxAmount() == null ? b.maxAmount() == null
                        : b.maxAmount() != null && a.maxAmount().compareTo(b.maxAmount()) == 0)
                && java.util.Objects.equals(a.currency(), b.currency());
    }

    /** A clause going on with the act of the clause before: 现已发放, 已累计, 共计 … */
    private static final Pattern SAME_ACT = Pattern.compile("(?:(?:现|至今|迄今|目前|如今)已|已|共|累计|先后|并|还)");

    /**
     * True when {@code m}, outside the sum's clause, is one member of a list of campaigns (开展A、B、C等公益活动，共募集…):
     * the sum is the work of them all, or of the scheme they serve, not of one of them.
     */
    private static boolean listed(String original, ProgrammeMention m, Clause own, AnnotatedText text, Sentence sentence) {
        if (m.span() == null) return false;
        int local = FundingParties.normalisedIndex(text.text(), m.span().start()) - sentence.start();
        if (own.start() <= local && local < own.end()) return false;
        int start = m.span().start();
        int end = m.span().end();
        return start > 0 && original.charAt(start - 1) == '、' || end < original.length() && original.charAt(end) == '、';
    }

    /** The one programme (none of screening for relief money) that the lead sentence, in the sum's paragraph right
     * before it, names, when the sum's own sentence names none; else null. */
    private static Programme onlyProgrammeOfLead(AnnotatedText text, Sentence sentence, Sentence lead,
                                                 List<ProgrammeMention> programmes, boolean relief, int partStart,
                                                 int partEnd) {
        if (lead == null || text.text().text().substring(lead.end(), sentence.start()).indexOf('\n') >= 0) return null;
        if (partStart > 0 || partEnd < sentence.text().length()) { // a part after …；: the sentence's other parts lead
            int sentenceFrom = text.text().originalStart(sentence.start());
            int sentenceTo = text.text().originalEnd(sentence.end());
            for (ProgrammeMention m : programmes) {
                if (m.span() != null && m.span().start() >= sentenceFrom && m.span().end() <= sentenceTo) return null;
            }
        }
        int from = text.text().originalStart(lead.start());
        int to = text.text().originalEnd(lead.end());
        Programme only = null;
        for (ProgrammeMention m : programmes) {
            if (m.span() == null || m.span().start() < from || m.span().end() > to) continue;
            if (only != null && !only.equals(m.programme())) return null;
            only = m.programme();
        }
        return only != null && relief && isTwoCancer(only, "两癌筛查") ? null : only;
    }

    /**
     * Where the sum's member of a list of sums in its clause starts (发放两癌救助金1万元、维权救助金6.9万元: after
     * 1万元、), or the clause's start when it is no such member.
     */
    private static int memberStart(String s, MoneyExpression e, List<MoneyExpression> sums, Clause clause) {
        int start = clause.start();
        for (MoneyExpression other : sums) {
            if (other.start() >= clause.start() && other.end() < e.start() && s.charAt(other.end()) == '、') {
                start = other.end() + 1;
            }
        }
        return start;
    }

    /** The mentions without those in [from, to) of the sentence: the programmes themselves when the range is empty. */
    private static List<ProgrammeMention> without(AnnotatedText text, Sentence sentence, int fromLocal, int toLocal,
                                                  List<ProgrammeMention> programmes) {
        if (toLocal <= fromLocal) return programmes;
        int from = text.text().originalStart(sentence.start() + fromLocal);
        int to = text.text().originalStart(sentence.start() + toLocal);
        return programmes.stream()
                .filter(m -> m.span() == null || m.span().start() < from || m.span().start() >= to).toList();
    }

    /**
     * True when {@code m} lies in a clause of the sentence other than {@code own} that states a figure of its own and
     * does not go on with the sentence's subject ("新投放“母亲健康快车”190多辆", "“消除贫血行动”惠及15万人"; not
     * "资助了1万三千多名春蕾女童").
     *
     * @param masked the sentence with quotes and programme names masked
     */
    private static boolean inClauseWithOwnFigure(AnnotatedText text, Sentence sentence, String masked,
                                                 ProgrammeMention m, Clause own) {
        if (m.span() == null) return false;
        int local = FundingParties.normalisedIndex(text.text(), m.span().start()) - sentence.start();
        if (local < 0 || local >= masked.length() || (own.start() <= local && local < own.end())) return false;
        Clause c = Clause.around(masked, local, local);
        return Clause.statesFigure(masked, c.start(), c.end())
                && !CONTINUES_SUBJECT.matcher(sentence.text()).region(c.start(), c.end()).lookingAt();
    }

    /** The sentence with quotes and the programme names in it masked (□), offsets unchanged. */
    private static String withoutProgrammeNames(AnnotatedText text, Sentence sentence, List<ProgrammeMention> programmes) {
        StringBuilder b = new StringBuilder(Clause.maskQuotes(sentence.text()));
        for (ProgrammeMention m : programmes) {
            if (m.span() == null) continue;
            int from = FundingParties.normalisedIndex(text.text(), m.span().start()) - sentence.start();
            int to = FundingParties.normalisedIndex(text.text(), m.span().end()) - sentence.start();
            for (int i = Math.max(0, from); i < Math.min(b.length(), to); i++) b.setCharAt(i, '□');
        }
        return b.toString();
    }

    /**
     * The programme named nearest before the sum within [from, to) of its sentence (with {@code firstBefore}, the
     * first named before it: 持续实施“某计划”，打造“某”品牌，争取资金…, the scheme the later names serve), else the first
     * after it; none of screening when the money is relief money or a relief programme is named there too.
     */
    private static Programme nearest(AnnotatedText text, Sentence sentence, MoneyExpression e,
                                     List<ProgrammeMention> programmes, int fromLocal, int toLocal, boolean relief,
                                     boolean firstBefore) {
        int from = text.text().originalStart(sentence.start() + fromLocal);
        int amountStart = text.text().originalStart(sentence.start() + e.start());
        int amountEnd = text.text().originalEnd(sentence.start() + e.end());
        int to = text.text().originalEnd(sentence.start() + toLocal);
        List<ProgrammeMention> inRange = programmes.stream()
                .filter(m -> m.span() != null && m.span().start() >= from && m.span().end() <= to).toList();
        boolean reliefMoney = relief || inRange.stream().anyMatch(m -> isTwoCancer(m.programme(), "两癌救助"));
        // 开展“春蕾计划50元捐”活动的宣传及春蕾女童助学申报…，共凑集捐款6380元: the people a scheme helps (春蕾女童)
        // name its programme only when no programme is named there
        boolean namedOtherwise = inRange.stream().anyMatch(m -> !namesPeople(m));
        ProgrammeMention before = null;
        ProgrammeMention after = null;
        for (ProgrammeMention m : inRange) {
            if (reliefMoney && isTwoCancer(m.programme(), "两癌筛查")) continue;
            if (namedOtherwise && namesPeople(m)) continue;
            if (m.span().end() <= amountStart) {
                // “99公益—春蕾计划”: a name joined to the next one is that scheme's occasion, not the first scheme
                if (firstBefore && joinedToNext(text.text().original(), m, inRange)) continue;
                boolean better = before == null || (firstBefore ? m.span().start() < before.span().start()
                        : m.span().end() >= before.span().end());
                if (better) before = m;
            } else if (m.span().start() >= amountEnd && after == null) {
                after = m;
            }
        }
        // 持续开展“某实践活动”，…举行低收入妇女“两癌”救助金发放仪式，按照每人1万元的标准: relief money is the relief
        // scheme's, not the campaign's that opens the sentence
        if (firstBefore && reliefMoney && before != null && !isTwoCancer(before.programme(), "两癌救助")) {
            ProgrammeMention reliefBefore = null;
            for (ProgrammeMention m : inRange) {
                if (m.span().end() <= amountStart && isTwoCancer(m.programme(), "两癌救助")) reliefBefore = m;
            }
            if (reliefBefore != null) before = reliefBefore;
        }
        ProgrammeMention chosen = before != null ? before : after;
        return chosen == null ? null : chosen.programme();
    }

    /** Whether another programme is named right after {@code m} within one name (“99公益—春蕾计划”, 99公益曰春蕾计划):
     * at most two characters between, none a quote, list or clause mark (“齐鲁润春蕾”99公益日 names two). */
    private static boolean joinedToNext(String original, ProgrammeMention m, List<ProgrammeMention> named) {
        if (NOT_WITHIN_A_NAME.indexOf(original.charAt(m.span().end() - 1)) >= 0) return false; // a quoted name ends
        for (ProgrammeMention n : named) {
            int gap = n.span().start() - m.span().end();
            if (n != m && gap >= 0 && gap <= 2 && original.substring(m.span().end(), n.span().start()).chars()
                    .noneMatch(c -> NOT_WITHIN_A_NAME.indexOf(c) >= 0)) {
                return true;
            }
        }
        return false;
    }

    /** Marks that end a name: quotes, list and clause marks, 和/与/及. */
    private static final String NOT_WITHIN_A_NAME = "“”\"'「」《》、，,；;和与及";

    private static boolean namesPeople(ProgrammeMention m) {
        return m.variant() != null && PEOPLE_HELPED.matcher(m.variant()).find();
    }

    /**
     * The relief the page is about: a relief scheme of its own (单亲困难母亲专项救助金, named more often than any other
     * relief and than the 两癌 relief it may also pay), else the generic 两癌 relief on a page that speaks of 两癌, else
     * null.
     */
    private static Programme pageRelief(AnnotatedText text, List<ProgrammeMention> programmes) {
        Map<Programme, Integer> counts = new HashMap<>();
        int twoCancer = 0;
        for (ProgrammeMention m : programmes) {
            if (isTwoCancer(m.programme(), "两癌救助")) twoCancer++;
            else if (isReliefScheme(m.programme())) counts.merge(m.programme(), 1, Integer::sum);
        }
        Programme top = null;
        int best = twoCancer;
        boolean tie = false;
        for (Map.Entry<Programme, Integer> c : counts.entrySet()) {
            if (c.getValue() > best) {
                top = c.getKey();
                best = c.getValue();
                tie = false;
            } else if (c.getValue() == best) {
                tie = true;
            }
        }
        if (top != null && !tie) return top;
        return text.text().text().contains("两癌") ? TWO_CANCER_RELIEF : null;
    }

    /** A relief programme: the 两癌 relief or one of its schemes, or a scheme named for relief (某某专项救助金). */
    private static boolean isReliefScheme(Programme p) {
        return isTwoCancer(p, "两癌救助") || p.name().contains("救助") && !isTwoCancer(p, "两癌筛查");
    }

    private static boolean isGenericTwoCancer(Programme p) {
        return p.name().equals("两癌救助") || p.name().equals("两癌筛查");
    }

    /** The generic 两癌 programme {@code generic} or a named scheme of it. */
    private static boolean isTwoCancer(Programme p, String generic) {
        return p.name().equals(generic) || generic.equals(p.broader());
    }

    /**
     * The programme that more than half of the programme mentions of the item holding {@code at} name, or null; a
     * generic 两癌 class needs more than one mention (one 两癌救助 among the uses of a city's budget does not make the
     * budget relief money); for relief money, only relief programmes are counted when the item names any; an occasion
     * written onto its scheme (“99公益-春蕾计划”) is not counted.
     */
    private static Programme majorityProgrammeOfItem(int at, List<ProgrammeMention> programmes, List<Item> items,
                                                     boolean relief, boolean loan, String original) {
        int from = 0;
        int to = Integer.MAX_VALUE;
        for (Item i : items) {
            if (i.span() != null && i.span().start() <= at && at < i.span().end()) {
                from = i.span().start();
                to = i.span().end();
            }
        }
        // 一是援建妇女儿童之家。投入10万元… 三是实施春蕾计划: a numbered part of the item is the sum's item
        for (int i = Math.min(at, original.length()) - 1; i > from; i--) {
            if (isPartNumber(original, i, from)) {
                from = i - 1;
                for (int j = at; j + 1 < Math.min(to, original.length()); j++) {
                    if (isPartNumber(original, j + 1, from)) {
                        to = j;
                        break;
                    }
                }
                break;
            }
        }
        int itemStart = from;
        int itemEnd = to;
        List<ProgrammeMention> inItem = programmes.stream()
                .filter(m -> m.span() != null && m.span().start() >= itemStart && m.span().start() < itemEnd).toList();
        List<ProgrammeMention> named = inItem;
        inItem = inItem.stream().filter(m -> !occasionOfNext(original, m, named)).toList();
        if (relief && inItem.stream().anyMatch(m -> isReliefScheme(m.programme()))) {
            inItem = inItem.stream().filter(m -> isReliefScheme(m.programme())).toList();
        }
        // a loan (为她担保申请了5万元贷款) is of the item's loan scheme, whatever campaigns the item also names
        if (loan && inItem.stream().anyMatch(m -> m.programme().name().contains("贷"))) {
            inItem = inItem.stream().filter(m -> m.programme().name().contains("贷")).toList();
        }
        Map<Programme, Integer> counts = new HashMap<>();
        for (ProgrammeMention m : inItem) counts.merge(m.programme(), 1, Integer::sum);
        int total = inItem.size();
        for (Map.Entry<Programme, Integer> c : counts.entrySet()) {
            if (2 * c.getValue() > total && (c.getValue() > 1 || !isGenericTwoCancer(c.getKey()))) return c.getKey();
        }
        return null;
    }

    /** A part number 一是, 二是 … at {@code i} (the 是), after a mark or the start of a line, not 统一是. */
    private static boolean isPartNumber(String original, int i, int from) {
        if (original.charAt(i) != '是' || i - 1 < from || PART_NUMERALS.indexOf(original.charAt(i - 1)) < 0) return false;
        return i - 2 < 0 || !Character.isLetterOrDigit(original.charAt(i - 2));
    }

    /** “99公益-春蕾计划”: a programme joined by a dash (or nothing) to the next one is the occasion of that scheme. */
    private static boolean occasionOfNext(String original, ProgrammeMention m, List<ProgrammeMention> all) {
        for (ProgrammeMention n : all) {
            int gap = n.span().start() - m.span().end();
            if (n != m && gap >= 0 && gap <= 2
                    && original.substring(m.span().end(), n.span().start()).chars().allMatch(c -> "-—–·".indexOf(c) >= 0)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Who the sum reached: a count in its own clause (not past the sums before and after it; one before the sum
     * first, as in "为1名儿童发放1000元、1名妇女发放2000元"), else in a later clause that goes on with the sum's
     * subject ("…3.44万元，将惠及150名…", {@link #countInLaterClause}), else, for a clause that only totals
     * ("…共为8名女童发放助学金，总额达28800元") or hands money to those just counted ("…慰问留守儿童3500余人，送出慰问物资
     * 21万余元"), in the clause right before. A count
     * goes to one sum only ({@link #reached}: a total shares the people of its rate); a clause saying how many
     * benefited ("，共有30名同学受惠") goes on with the sum before it; a count in a clause of its own that no sum's
     * clause continues stays with no sum.
     */
    private Beneficiaries beneficiaries(AnnotatedText text, Sentence sentence, MoneyExpression e,
                                        List<MoneyExpression> sums, List<BeneficiaryCounts.Count> counts,
                                        Set<Integer> claimed) {
        String s = sentence.text();
        Clause clause = Clause.around(s, e.start(), e.end());
        int from = clause.start();
        int to = clause.end();
        for (MoneyExpression other : sums) {
            if (other.end() <= e.start()) from = Math.max(from, other.end());
            if (other.start() >= e.end()) to = Math.min(to, other.start());
        }
        BeneficiaryCounts.Count c = BeneficiaryCounts.nearest(counts, e.start(), e.end(), from, e.start()); // 为N名…发放X元
        if (c == null) c = BeneficiaryCounts.nearest(counts, e.start(), e.end(), e.end(), to);
        if (c == null) c = countInLaterClause(s, clause, e, sums, counts);
        if (c == null && clause.start() > 0 && CLAUSE_GOES_ON.indexOf(s.charAt(clause.start() - 1)) >= 0) {
            Clause previous = Clause.around(s, clause.start() - 1, clause.start() - 1);
            // 其中建档立卡贫困妇女13名，争取救助金13万元: the part just counted is whom the sum went to
            boolean partCounted = s.startsWith("其中", previous.start());
            if (noSumIn(sums, previous) && (partCounted || ONLY_TOTALS.matcher(s).region(clause.start(), e.start()).lookingAt()
                    || GIVES_TO_THEM.matcher(s).region(clause.start(), e.start()).lookingAt()
                    || HANDS_OVER.matcher(s).region(clause.start(), e.start()).lookingAt())) {
                c = BeneficiaryCounts.nearest(counts, e.start(), e.end(), previous.start(), previous.end());
            }
        }
        if (c == null || !claimed.add(c.start())) return null;
        // 资助小学生60名，初中生45名，高中生158名: the groups listed after the count are reached too
        long count = c.count();
        int end = c.end();
        Matcher listed = LISTED_GROUP.matcher(s);
        while (end < s.length() && listed.region(end, s.length()).lookingAt() && listed.group(2).equals(c.unit())) {
            count += Long.parseLong(listed.group(1));
            end = listed.end();
        }
        return new Beneficiaries(count, c.qualifier(), c.unit(), end == c.end() ? c.description() : null,
                SourceSpans.of(text, sentence.start() + c.start(), sentence.start() + end));
    }

    /**
     * {@link #beneficiaries}, else for a total of a rate stated before it in the sentence (发放1万元/人、共计5万元;
     * 每人资助1600元（1200元慰问金、400元关爱包），总计99.2万元) the people of that rate.
     *
     * @param rate the last per-person figure of the sentence so far that reached people, or null
     */
    private Beneficiaries reached(AnnotatedText text, Sentence sentence, MoneyExpression e, List<MoneyExpression> sums,
                                  List<BeneficiaryCounts.Count> counts, Set<Integer> claimed, FundingFigure rate) {
        Beneficiaries own = beneficiaries(text, sentence, e, sums, counts, claimed);
        if (own != null || rate == null) return own;
        boolean total = TOTAL_OF_RATE.matcher(sentence.text()).region(Math.max(0, e.start() - 6), e.start()).find();
        return total ? rate.beneficiaries() : null;
    }

    /** The per-person figure that reached people among {@code found} from {@code from} on, or null (the parts of a
     * rate, 1200元慰问金、400元关爱包, name none); null too when there are several (为24名…每人发放2000元，为22名…每人发放
     * 1000元，共计7万元: the total is no one rate's people). */
    private static FundingFigure lastRate(List<FundingFigure> found, int from) {
        FundingFigure rate = null;
        for (int i = found.size() - 1; i >= from; i--) {
            FundingFigure f = found.get(i);
            if (f.role() != FundingRole.PER_PERSON || f.beneficiaries() == null) continue;
            if (rate != null) return null;
            rate = f;
        }
        return rate;
    }

    /**
     * A count in one of the clauses after the sum's that goes on with the sum's subject ({@link #CONTINUES_SUBJECT},
     * {@link #PEOPLE_BENEFITED}): the first such clause holding a count, passing over (in a sentence of one sum) at
     * most {@link #LATER_CLAUSES} clauses that state neither a sum nor a count of people (…捐款108余万元，发放“暖心包”1155个，惠及…4845名困境母亲;
     * …筹资20余万元，覆盖学校20所，捐助乡村学子1500余名). A clause with a sum or another count ends the search.
     */
    private static BeneficiaryCounts.Count countInLaterClause(String s, Clause clause, MoneyExpression e,
                                                            List<MoneyExpression> sums,
                                                            List<BeneficiaryCounts.Count> counts) {
        int at = clause.end();
        // clauses are passed over only in a sentence of one sum: with several (发放贷款5.77亿元，激活民间资金30多亿元，
        // 完成…，扶持创业妇女9800余人) a count further on is no nearer one of them than another
        int reach = sums.size() == 1 ? LATER_CLAUSES : 1;
        for (int i = 0; i < reach && at < s.length() && CLAUSE_GOES_ON.indexOf(s.charAt(at)) >= 0; i++) {
            Clause next = Clause.around(s, at + 1, at + 1);
            if (next.start() >= next.end() || !noSumIn(sums, next)) return null;
            BeneficiaryCounts.Count c = BeneficiaryCounts.nearest(counts, e.start(), e.end(), next.start(), next.end());
            int words = next.start(); // 现已发放75.4万元, 帮扶377名…: some sites put a space after the comma
            while (words < next.end() && Character.isWhitespace(s.charAt(words))) words++;
            boolean goesOn = CONTINUES_SUBJECT.matcher(s).region(words, next.end()).lookingAt()
                    || PEOPLE_BENEFITED.matcher(s).region(words, next.end()).lookingAt();
            if (c != null) return goesOn && !countsForLater(s, next, sums, counts, i > 0) ? c : null;
            at = next.end();
        }
        return null;
    }

    /**
     * Whether the count of {@code clause} is not the earlier sum's to take: the clause after it totals a sum of its own
     * (…募捐善款40多万元，150多名…获得救助，补助金达60多万元: the people are the aid's), or, when clauses were passed
     * over to reach it ({@code passedOver}), it counts one of several outputs listed (…募集善款7209万元，援建安居房1555套，
     * 帮助9750户…，为6.8万名妇女提供…: no one count is the money's).
     */
    private static boolean countsForLater(String s, Clause clause, List<MoneyExpression> sums,
                                          List<BeneficiaryCounts.Count> counts, boolean passedOver) {
        if (clause.end() >= s.length() || CLAUSE_GOES_ON.indexOf(s.charAt(clause.end())) < 0) return false;
        Clause after = Clause.around(s, clause.end() + 1, clause.end() + 1);
        if (after.start() >= after.end()) return false;
        if (!noSumIn(sums, after)) return TOTAL_OF_AID.matcher(s).region(after.start(), after.end()).lookingAt();
        return passedOver && counts.stream().anyMatch(c -> c.start() >= after.start() && c.end() <= after.end());
    }

    private static boolean noSumIn(List<MoneyExpression> sums, Clause clause) {
        return sums.stream().noneMatch(x -> x.start() < clause.end() && clause.start() < x.end());
    }
}
