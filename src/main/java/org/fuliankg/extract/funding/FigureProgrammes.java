package org.fuliankg.extract.funding;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.fuliankg.annotate.AnnotatedText;
import org.fuliankg.annotate.Sentence;
import org.fuliankg.domain.money.FundingFigure;
import org.fuliankg.domain.money.FundingRole;
import org.fuliankg.domain.Item;
import org.fuliankg.domain.programme.Programme;
import org.fuliankg.domain.programme.ProgrammeMention;
import org.fuliankg.extract.programme.SchemeVariants;
import org.fuliankg.extract.text.ScreenedPattern;
import org.fuliankg.lexicon.Programmes;

/**
 * The programme of a funding figure: the scheme named in its clause, else in its sentence, else the sentence before
 * or the sum before it goes on with, else the item's; a programme named away from the sum must fit what its clause
 * says the money was for. Read by {@link FundingFinder}, one figure at a time.
 */
final class FigureProgrammes {

    /**
     * Money given or handled for a cause (gifts of money too, and a fund's size: 共注入担保基金…万元 is the loan
     * scheme's): the item's programme is its programme when no nearer one is named; not pay or other sums, and goods
     * only when the campaign hands them out ({@link #GOODS_GIVEN_OUT}, not a donor's gift).
     */
    private static final Set<FundingRole> ITEM_PROGRAMME_ROLES = EnumSet.of(FundingRole.RAISED, FundingRole.DISBURSED,
            FundingRole.ALLOCATED, FundingRole.SPENT, FundingRole.PER_PERSON, FundingRole.BUDGET, FundingRole.PLEDGED,
            FundingRole.LOAN, FundingRole.DONATED, FundingRole.FUND_SIZE);

    /** The generic class of relief money on a page about 两癌 that names no scheme for the sum. */
    private static final Programme TWO_CANCER_RELIEF = Programmes.standard().byName("两癌救助");
    /** A scheme's name written as the people it helps (春蕾女童, 春蕾学生). */
    private static final ScreenedPattern PEOPLE_HELPED = ScreenedPattern.compile("(?:女童|女生|学生|儿童)$");
    private static final String PART_NUMERALS = "一二三四五六七八九十";
    /** Relief of another kind named in the sum's clause (维权救助金6.9万元, 生活救助金): that relief, not the item's
     * programme or the page's 两癌 relief. */
    private static final Pattern OTHER_RELIEF = Pattern.compile("(?:维权|生活|医疗|临时|助学|救灾|慰问)救助");

    private FigureProgrammes() {
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
    static Programme programme(AnnotatedText text, Sentence sentence, Sentence lead, FundingFigure detailed,
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
        boolean totals = clause.start() > 1 && FigureBeneficiaries.ONLY_TOTALS.matcher(s).region(clause.start(), e.start()).lookingAt();
        Clause before = totals ? Clause.around(s, clause.start() - 2, clause.start() - 2) : clause;
        // …每人发放救助金1万元，共30万元: a total is relief money when the clause it totals is
        boolean relief = s.substring(totals ? before.start() : clause.start(), clause.end()).contains("救助");
        int partStart = Math.max(s.lastIndexOf('；', e.start()), s.lastIndexOf(';', e.start())) + 1;
        int partEnd = s.length();
        for (char mark : new char[] {'；', ';'}) {
            int i = s.indexOf(mark, e.end());
            if (i >= 0) partEnd = Math.min(partEnd, i);
        }
        // …争取20万元救助20名妇女同时，还拓宽救助途径，把某保险作为补充: a clause adding another act (还, 同时, 此外)
        // names that act's scheme, not the sum's
        for (int at = clause.end(); at < partEnd; ) {
            Clause next = Clause.around(s, at + 1, at + 1);
            if (next.start() >= partEnd) break;
            if (ANOTHER_ACT.matcher(s).region(next.start(), next.end()).lookingAt()) {
                partEnd = next.start();
                break;
            }
            at = next.end();
            if (next.end() <= next.start()) break;
        }
        // …发放价值54万元的“母亲邮包”，开展了“春风行动”: what follows a later sum of the sentence is that sum's part
        for (MoneyExpression later : sums) {
            if (later.start() >= clause.end()) {
                partEnd = Math.min(partEnd, Clause.around(s, later.start(), later.end()).start());
                break;
            }
        }
        // 争取N万元，救助N名两癌患者: relief the clause going on with the act names is no screening's money
        boolean reliefAfter = s.substring(clause.end(), purposeEnd(s, clause, partEnd)).contains("救助");
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
                    .filter(m -> !listed(text.text().original(), m, clause, text, sentence, programmes)).toList();
            chosen = nearest(text, sentence, e, unclaimed, partStart, partEnd, relief, true);
            // 在全区基层妇女儿童之家建设推进会上，为18名“两癌”妇女每人发放1.2万元救助金: relief money its own clause
            // gives to 两癌 patients is 两癌 relief, not the campaign another clause names
            // (设立“双丝带关爱行动”救助项目，对44名“两癌”妇女每人给予3000元救助金: a scheme named as relief stays)
            if (chosen != null && relief && !isReliefScheme(chosen) && !otherRelief
                    && !namedAsRelief(text.text().original(), unclaimed, chosen)
                    && s.substring(totals ? before.start() : own, clause.end()).contains("两癌")) {
                chosen = TWO_CANCER_RELIEF;
            }
            // 建起“某创业园”，…为每户提供2万到4万元贴息贷款: a loan its own clause names is a loan scheme's, not
            // the venue or campaign another clause names; the item's loan scheme, if any, is the sum's
            if (chosen != null && !SumPurposes.serves(chosen, "loan")
                    && SumPurposes.named(s, own, clause.end()).contains("loan")) {
                chosen = null;
            }
        }
        // 她累计投入…: a person's own gift; not a loan she takes (为她联保申请了4万元贷款 is the scheme's loan)
        boolean personGives = role != FundingRole.LOAN
                && FundingParties.PERSON_SUBJECT.matcher(s.substring(partStart, e.start())).find();
        if (chosen == null && detailed != null) chosen = detailed.programme();
        // a programme named away from the sum (the sentence before, the item) is the sum's only for money a campaign
        // handles, and only when it fits what the sum's clause says the money was for (为7名困境儿童每人发放600元助学金
        // on a page of 两癌 relief, a loan total on a Spring Bud page, a foundation's 捐赠收入: none of the item's)
        boolean goodsGivenOut = role == FundingRole.VALUE_OF_GOODS
                && GOODS_GIVEN_OUT.matcher(s.substring(partStart, clause.end())).find()
                && !GOODS_DONATED.find(s.substring(partStart, clause.end()));
        boolean mayTakeOther = chosen == null && (ITEM_PROGRAMME_ROLES.contains(role) || goodsGivenOut)
                && !personGives && !otherRelief;
        List<String> purposes = mayTakeOther
                ? SumPurposes.named(s, totals ? before.start() : own, purposeEnd(s, clause, partEnd)) : List.of();
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
            // money of a loan its clause names (投入贴息资金, 注入担保基金) counts the item's loan schemes only, as a loan does
            chosen = majorityProgrammeOfItem(text.text().originalStart(sentence.start() + e.start()), programmes, items,
                    relief, role == FundingRole.LOAN || purposes.contains("loan"), text.text().original());
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
        if (chosen != null && !relief && reliefAfter && isTwoCancer(chosen, "两癌筛查")) chosen = null;
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
    static Programme programmeBefore(AnnotatedText text, Sentence sentence, String masked, MoneyExpression e,
                                             List<FundingFigure> found, int firstOfSentence,
                                             FundingFigure paragraphFigure, int paragraphStart,
                                             List<ProgrammeMention> programmes) {
        if (found.size() > firstOfSentence) {
            Clause clause = Clause.around(masked, e.start(), e.end());
            int words = clause.start();
            while (words < clause.end() && Character.isWhitespace(masked.charAt(words))) words++;
            boolean goesOn = SAME_ACT.matcher(masked).region(words, clause.end()).lookingAt()
                    || JOINED_TO_SUM.find(masked.substring(words, e.start())); // 30万及60万元
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

    /**
     * Where the words saying what a sum was for end: its clause, and the clause right after it when that one goes on
     * with the act and states no sum of its own (下拨N万元，救助N名两癌贫困妇女: the relief names the purpose).
     */
    private static int purposeEnd(String s, Clause clause, int partEnd) {
        if (clause.end() >= partEnd || ",，".indexOf(s.charAt(clause.end())) < 0) return clause.end();
        Clause next = Clause.around(s, clause.end() + 1, clause.end() + 1);
        if (next.end() > partEnd || s.substring(next.start(), next.end()).indexOf('元') >= 0) return clause.end();
        return PURPOSE_GOES_ON.matcher(s).region(next.start(), next.end()).lookingAt() ? next.end() : clause.end();
    }

    /** A clause going on with the money's use: 救助, 资助, 用于, 帮助, 为 … */
    private static final Pattern PURPOSE_GOES_ON = Pattern.compile("\\s*(?:专门|主要|全部|重点)?(?:用于|用来|救助|资助|帮助|帮扶|救治|扶持|支持|为)");

    /** Goods the campaign hands out (为…送上价值N元的慰问品, 发放…物资): the campaign's own work. */
    private static final Pattern GOODS_GIVEN_OUT = Pattern.compile("发放|送上|送去|送出|分发");
    /** Goods a donor gives (捐赠, 捐助, 收到, 送来): the donor's gift, no campaign's money. */
    private static final ScreenedPattern GOODS_DONATED = ScreenedPattern.compile("捐|收到|送来|赞助");

    /** A clause adding another act: 还, 同时, 此外, 另外. */
    private static final Pattern ANOTHER_ACT = Pattern.compile("\\s*(?:同时|还|此外|另外)");

    /** A sum joined to the sum right before it (分别为30万及60万元, 1万元、2万元): one act. */
    private static final ScreenedPattern JOINED_TO_SUM = ScreenedPattern.compile("[0-9][万亿萬億元]?(?:及|和|或|与|、)$");

    /** A clause going on with the act of the clause before: 现已发放, 已累计, 共计 … */
    private static final Pattern SAME_ACT = Pattern.compile("(?:(?:现|至今|迄今|目前|如今)已|已|共|累计|先后|并|还)");

    /**
     * True when {@code m}, outside the sum's clause, is one member of a list of campaigns (开展A、B、C等公益活动，共募集…):
     * the sum is the work of them all, or of the scheme they serve, not of one of them.
     */
    private static boolean listed(String original, ProgrammeMention m, Clause own, AnnotatedText text, Sentence sentence,
                                  List<ProgrammeMention> all) {
        if (m.span() == null) return false;
        int local = FundingParties.normalisedIndex(text.text(), m.span().start()) - sentence.start();
        if (own.start() <= local && local < own.end()) return false;
        int start = m.span().start();
        int end = m.span().end();
        return start > 0 && original.charAt(start - 1) == '、' || end < original.length() && original.charAt(end) == '、'
                || juxtaposed(original, start, end)
                || all.stream().anyMatch(n -> n.span() != null && (peers(original, m, n) || peers(original, n, m)));
    }

    /**
     * 发放“甲”“乙”“丙”项目款物, “甲”“乙”等项目: quoted names written one after the other, or a name closed by 等, are
     * members of a list (the names' quotes may lie inside or outside the mention).
     */
    private static boolean juxtaposed(String original, int start, int end) {
        int before = start;
        while (before > 0 && "“「\"".indexOf(original.charAt(before - 1)) >= 0) before--;
        if (before < start || original.charAt(start) == '“' || original.charAt(start) == '「') {
            if (before > 0 && "”」".indexOf(original.charAt(before - 1)) >= 0) return true;
        }
        int after = afterClosingQuotes(original, end);
        boolean closedQuote = after > end || end > 0 && "”」".indexOf(original.charAt(end - 1)) >= 0;
        if (!closedQuote || after >= original.length()) return false;
        return "“「".indexOf(original.charAt(after)) >= 0 || original.charAt(after) == '等';
    }

    /** “甲计划”和“乙计划”两大公益项目: two schemes named together as peers (not the 两癌 work's screening and relief). */
    private static final Pattern PEER_JOIN = Pattern.compile("^[”」』\"]?(?:和|与|及|以及)[“「『\"]?$");
    private static final int PEER_JOIN_MAX = 4;

    private static boolean peers(String original, ProgrammeMention a, ProgrammeMention b) {
        int gap = b.span().start() - a.span().end();
        // the join is at most 4 characters (”以及“): most pairs of a long item are ruled out before any regex
        if (gap < 0 || gap > PEER_JOIN_MAX || a.programme().equals(b.programme())) return false;
        if (isTwoCancer(a.programme(), "两癌救助") || isTwoCancer(a.programme(), "两癌筛查")) return false;
        if (isTwoCancer(b.programme(), "两癌救助") || isTwoCancer(b.programme(), "两癌筛查")) return false;
        return PEER_JOIN.matcher(original.substring(a.span().end(), b.span().start())).matches();
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
            if (relief && isTwoCancer(m.programme(), "两癌筛查")) continue; // relief money is never screening's
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
                && !FigureBeneficiaries.CONTINUES_SUBJECT.matcher(sentence.text()).region(c.start(), c.end()).lookingAt();
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
        String original = text.text().original();
        for (ProgrammeMention m : inRange) {
            if (reliefMoney && isTwoCancer(m.programme(), "两癌筛查")) continue;
            if (namedOtherwise && namesPeople(m)) continue;
            // 在“某某公益日”期间开展…募集: a name written as a time says when the money came, not for what; the item's
            // scheme (counted below, where the occasion counts too) is the sum's
            if (namesATime(original, m)) continue;
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
        for (ProgrammeMention n : named) {
            if (n != m && headsByDash(original, m, n)) return true;
            if (NOT_WITHIN_A_NAME.indexOf(original.charAt(m.span().end() - 1)) >= 0) continue; // a quoted name ends
            int gap = n.span().start() - m.span().end();
            if (n != m && gap >= 0 && gap <= 2 && original.substring(m.span().end(), n.span().start()).chars()
                    .noneMatch(c -> NOT_WITHIN_A_NAME.indexOf(c) >= 0)) {
                return true;
            }
        }
        return false;
    }

    /** Words after a name that make it a time: 期间, 之际, 当天, 前夕 (the original text: traditional script too). */
    private static final Pattern TIME_AFTER = Pattern.compile("期[间間]|之[际際]|[当當]天|前夕");

    /** Whether {@code m} is written as a time (“某某日”期间, 某某节之际): the occasion of what follows, not its scheme. */
    private static boolean namesATime(String original, ProgrammeMention m) {
        int at = afterClosingQuotes(original, m.span().end());
        return TIME_AFTER.matcher(original).region(at, Math.min(original.length(), at + 2)).lookingAt();
    }

    /** Dashes that join a heading's occasion or theme to the activity under it. */
    private static final String DASHES = "-—–―~～";
    /** Marks no heading crosses: clause and list marks, 和/与/及. */
    private static final String NOT_IN_A_HEADING = "、，,；;。和与及";

    /**
     * “99公益日—某省春蕾计划”, “喜迎某主题”——某关爱活动, “某行动”--99公益日“春蕾计划”募款: a name followed, across a dash
     * (quotes, a place or a few words between), by another is the occasion or theme that heading puts over the scheme
     * the money serves; or an occasion written straight before a quoted scheme (99公益日“春蕾计划”).
     */
    private static boolean headsByDash(String original, ProgrammeMention m, ProgrammeMention n) {
        int gap = n.span().start() - m.span().end();
        if (gap < 1 || gap > 6) return false;
        String between = original.substring(m.span().end(), n.span().start());
        if (between.chars().anyMatch(c -> NOT_IN_A_HEADING.indexOf(c) >= 0)) return false;
        return between.chars().anyMatch(c -> DASHES.indexOf(c) >= 0) || between.equals("“") || between.equals("「");
    }

    /** Marks that end a name: quotes, list and clause marks, 和/与/及. */
    private static final String NOT_WITHIN_A_NAME = "“”\"'「」《》、，,；;和与及";

    private static boolean namesPeople(ProgrammeMention m) {
        return m.variant() != null && PEOPLE_HELPED.find(m.variant());
    }

    /**
     * The relief the page is about: a relief scheme of its own (单亲困难母亲专项救助金, named more often than any other
     * relief and than the 两癌 relief it may also pay), else the generic 两癌 relief on a page that speaks of 两癌, else
     * null.
     */
    static Programme pageRelief(AnnotatedText text, List<ProgrammeMention> programmes) {
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

    /** The first position at or after {@code at} that is no closing quote. */
    private static int afterClosingQuotes(String original, int at) {
        while (at < original.length() && "”」\"".indexOf(original.charAt(at)) >= 0) at++;
        return at;
    }

    /** Whether a mention of {@code p} is followed by 救助 (“某行动”救助项目): a scheme named as relief. */
    private static boolean namedAsRelief(String original, List<ProgrammeMention> mentions, Programme p) {
        for (ProgrammeMention m : mentions) {
            if (!m.programme().equals(p)) continue;
            if (original.startsWith("救助", afterClosingQuotes(original, m.span().end()))) return true;
        }
        return false;
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
        // an item naming two schemes as peers (“甲计划”和“乙计划”两大公益项目) speaks of both: a sum naming neither is
        // the body's, no one scheme's
        for (ProgrammeMention a : inItem) {
            for (ProgrammeMention b : inItem) if (a != b && peers(original, a, b)) return null;
        }
        // one scheme written more or less fully (某省妇女创业贴息, 农村妇女创业贴息项目) counts as one: its most named form
        Map<Programme, Integer> counts = new LinkedHashMap<>();
        for (ProgrammeMention m : inItem) counts.merge(m.programme(), 1, Integer::sum);
        int total = inItem.size();
        for (Programme p : counts.keySet()) {
            int family = 0;
            Programme mostNamed = p;
            for (Map.Entry<Programme, Integer> c : counts.entrySet()) {
                if (!SchemeVariants.sameScheme(p, c.getKey())) continue;
                family += c.getValue();
                if (c.getValue() > counts.get(mostNamed)) mostNamed = c.getKey();
            }
            if (2 * family > total && (family > 1 || !isGenericTwoCancer(p))) return mostNamed;
        }
        return null;
    }

    /** A part number 一是, 二是 … at {@code i} (the 是), after a mark or the start of a line, not 统一是. */
    private static boolean isPartNumber(String original, int i, int from) {
        if (original.charAt(i) != '是' || i - 1 < from || PART_NUMERALS.indexOf(original.charAt(i - 1)) < 0) return false;
        return i - 2 < 0 || !Character.isLetterOrDigit(original.charAt(i - 2));
    }

    /** “99公益-春蕾计划”: a programme joined by a dash (or nothing) to the next one is the occasion of that scheme;
     * not quoted names written one after the other (“母亲水窖”“春蕾计划”: a list, {@link #juxtaposed}). */
    private static boolean occasionOfNext(String original, ProgrammeMention m, List<ProgrammeMention> all) {
        for (ProgrammeMention n : all) {
            int gap = n.span().start() - m.span().end();
            if (gap == 0 && juxtaposed(original, m.span().start(), m.span().end())) continue;
            if (n != m && gap >= 0 && gap <= 2
                    && original.substring(m.span().end(), n.span().start()).chars().allMatch(c -> "-—–·".indexOf(c) >= 0)) {
                return true;
            }
            if (n != m && headsByDash(original, m, n)) return true;
        }
        return false;
    }
}
