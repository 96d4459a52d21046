package org.fuliankg.extract.funding;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fuliankg.annotate.AnnotatedText;
import org.fuliankg.annotate.Sentence;
import org.fuliankg.annotate.Token;
import org.fuliankg.domain.money.Beneficiaries;
import org.fuliankg.domain.money.FundingFigure;
import org.fuliankg.domain.money.FundingRole;
import org.fuliankg.domain.money.Qualifier;
import org.fuliankg.extract.text.ScreenedPattern;
import org.fuliankg.extract.text.SourceSpans;

/**
 * Whom a funding figure reached: the count of people in its own clause, else in a later clause going on with its
 * subject, else in the clause its clause totals; a count goes to one sum only. Read by {@link FundingFinder}.
 */
final class FigureBeneficiaries {

    /** Clause marks after which the sentence goes on with the same subject (not ；, which starts a new part). */
    private static final String CLAUSE_GOES_ON = ",，";
    /** A further group of people listed after a count, with no verb of its own: ，初中生45名 (then 、高中生158名 …). */
    private static final Pattern LISTED_GROUP = Pattern.compile(
            "[，,、][\\u4e00-\\u9fff]{1,6}?([0-9]{1,7})(名|人)(?=[，,、。；;]|$)");
    /**
     * A clause that goes on with the sum's subject: it opens with what the money did for people (直接受惠近1.4万名妇女,
     * 重点慰问…207户, 获贷人数达1.5万多人).
     */
    static final Pattern CONTINUES_SUBJECT = Pattern.compile(
            "(?:将|已|共|共计|累计|先后|直接|重点|主要|集中|预计将?|可|并|还|又|再|专项|专门|精准|定向|有效|切实|最终|全部|及时)*(?:用于)?"
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
    /** A clause giving money out (累计发放助学金…, 共发放…): to the people the clause before counted, if they are aided. */
    private static final Pattern GIVES_OUT = Pattern.compile("(?:共|共计|累计|先后|已|并|还|集中)*发放");
    /** A total of the rate just stated: 发放1万元/人、共计5万元; 每人发放1万元，总计35万元. */
    private static final Pattern TOTAL_OF_RATE = Pattern.compile("(?:共计|总计|合计|共)\\s*$");
    /**
     * A clause that only totals or rates what the clause before it did: 共计…, 总额达…, 救助金额达…, 累计发放补助金额…,
     * 救助金达…, 价值…, 发放…, 先后发放…, 每人领取…, 救助金每人….
     */
    static final Pattern ONLY_TOTALS = Pattern.compile(
            "(?:先后|已|并|还)*(?:(?:累计|共)?(?:发放)?[\\u4e00-\\u9fff]{0,4}(?:金额|总额)|[\\u4e00-\\u9fff]{0,3}金(?:达到|达|共计|为)|共计|总计|合计|价值|发放|共|计"
                    + "|(?:[\\u4e00-\\u9fff]{0,3}金)?(?:每人|每户|每名|每位|人均))");

    /** A clause that gives to the people of the clause before it: 已救助了261名…母亲，并向她们每人发放了1万元;
     * …对两名患病妇女实施救助，为每人发放救助金1万元. */
    private static final Pattern GIVES_TO_THEM = Pattern.compile("(?:并|还|再|又)?(?:向|为|给)(?:她们|他们|其|每人|每名|每位)");

    private FigureBeneficiaries() {
    }

    /** 为30名母亲发放了1.5万元的慰问金和价值3000元的物资: a sum joined by 和/及 to the sum before it in its clause
     * reached the same people. */
    private static final Pattern JOINED_TO_SUM_BEFORE = Pattern.compile("^[^，,。；;：:]{0,12}?(?:和|及|以及)[^，,。；;：:0-9]{0,12}$");

    static Beneficiaries reachedOrShared(Beneficiaries own, String s, MoneyExpression e,
                                                 List<MoneyExpression> stated, List<FundingFigure> found,
                                                 int firstOfSentence) {
        if (own != null || stated.isEmpty() || found.size() <= firstOfSentence) return own;
        MoneyExpression previous = stated.get(stated.size() - 1);
        if (previous.end() > e.start()) return own;
        boolean joined = JOINED_TO_SUM_BEFORE.matcher(s.substring(previous.end(), e.start())).matches();
        return joined ? found.get(found.size() - 1).beneficiaries() : own;
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
    private static Beneficiaries beneficiaries(AnnotatedText text, Sentence sentence, MoneyExpression e,
                                        List<MoneyExpression> sums, List<BeneficiaryCounts.Count> counts,
                                        Set<Integer> claimed) {
        String s = sentence.text();
        Clause clause = Clause.around(s, e.start(), e.end());
        Clause own = ownPart(clause, e, sums);
        int from = own.start();
        int to = own.end();
        BeneficiaryCounts.Count c = BeneficiaryCounts.nearest(counts, e.start(), e.end(), from, e.start()); // 为N名…发放X元
        if (c == null) c = BeneficiaryCounts.nearest(counts, e.start(), e.end(), e.end(), to);
        if (c == null) c = countInLaterClause(s, clause, e, sums, counts);
        if (c == null && clause.start() > 0 && CLAUSE_GOES_ON.indexOf(s.charAt(clause.start() - 1)) >= 0) {
            Clause previous = Clause.around(s, clause.start() - 1, clause.start() - 1);
            // 其中建档立卡贫困妇女13名，争取救助金13万元: the part just counted is whom the sum went to
            boolean partCounted = s.startsWith("其中", previous.start());
            if (noSumIn(sums, previous)) {
                c = BeneficiaryCounts.nearest(counts, e.start(), e.end(), previous.start(), previous.end());
                // 结对帮扶17名困境女孩，共捐助学金5.3万元; 完成对655名妇女的救助工作，投入资金655万元: people the
                // clause before gives aid to are whom the money of the act it goes on with reached, whatever the
                // sum's clause opens with; not people trained or employed (培训学员60多名，为…争取贷款100余万元)
                boolean continues = partCounted || ONLY_TOTALS.matcher(s).region(clause.start(), e.start()).lookingAt()
                        || GIVES_TO_THEM.matcher(s).region(clause.start(), e.start()).lookingAt()
                        || HANDS_OVER.matcher(s).region(clause.start(), e.start()).lookingAt()
                        // 30余名学生得到资助，共发放助学金9万元: money given out to the people just counted, when
                        // they are no trainees or workers (培训学员60名，发放贷款100万元)
                        || GIVES_OUT.matcher(s).region(clause.start(), e.start()).lookingAt()
                        && !NOT_AID.matcher(s).region(previous.start(), previous.end()).find();
                // (…16万元，救助患病妇女16人，…每人1万元: people counted after a sum before are that sum's)
                boolean afterSum = sums.stream().anyMatch(x -> x.end() <= previous.start());
                if (c != null && !continues && (afterSum || !givenAid(s.substring(previous.start(), c.start())))) {
                    c = null;
                }
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
    static Beneficiaries reached(AnnotatedText text, Sentence sentence, MoneyExpression e, List<MoneyExpression> sums,
                                  List<BeneficiaryCounts.Count> counts, Set<Integer> claimed, FundingFigure rate) {
        Beneficiaries own = beneficiaries(text, sentence, e, sums, counts, claimed);
        if (own == null) own = onePerson(text, sentence, e, sums); // 给她送上2000元: one person, counted nowhere
        if (own != null || rate == null) return own;
        boolean total = TOTAL_OF_RATE.matcher(sentence.text()).region(Math.max(0, e.start() - 6), e.start()).find();
        return total ? rate.beneficiaries() : null;
    }

    /** The per-person figure that reached people among {@code found} from {@code from} on, or null (the parts of a
     * rate, 1200元慰问金、400元关爱包, name none); null too when there are several (为24名…每人发放2000元，为22名…每人发放
     * 1000元，共计7万元: the total is no one rate's people). */
    static FundingFigure lastRate(List<FundingFigure> found, int from) {
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

    /** Words before a count that make its people ones given aid (帮扶, 资助, 对…的救助, 为…投保); not people trained,
     * employed or who took part. */
    private static final ScreenedPattern AID_GIVEN = ScreenedPattern.compile("帮扶|资助|救助|帮助|慰问|结对|捐助|补助|关爱|为|给|向|对");
    private static final Pattern NOT_AID = Pattern.compile("培训|带动|就业|参加|参与|创业|吸纳|招聘|学员");

    private static boolean givenAid(String beforeCount) {
        return AID_GIVEN.find(beforeCount) && !NOT_AID.matcher(beforeCount).find();
    }

    /** The one person given to, before the sum in its clause: 为其, 给她, 资助他, 帮她 (not 她们). */
    private static final Pattern PRONOUN_GIVEN = Pattern.compile("(?:为|给|向|帮|帮助|资助|赠送|送给|奖励|补助)(?:其|她|他)(?!们|人|的)");
    /** The one person who took the sum in (a person's name or 我 before it in its clause): 接过, 领到, 拿到 …. */
    private static final Pattern TOOK_IN = Pattern.compile("^[^，,。；;]{0,12}?(?:接过|领到|领取了?|收到|拿到|得到)了?$");
    /** The one person handed the sum, named right after it in its clause: 送到(了)某某手中, 发放给某某. */
    private static final ScreenedPattern HANDED_TO = ScreenedPattern.compile("^[^，,。；;]{0,10}?(?:送到|交到|送至|递到|发放给|交给|送给)了?$");
    /** Several people in the clause: 分别, 各, 等, 们, or a list. */
    private static final Pattern SEVERAL = Pattern.compile("分别|各|等|们|、|和|与|及");

    /**
     * One person reached by a sum whose clause counts no one: a pronoun given to (给她送上2000元, 资助他800元), a
     * person's name (or 我) taking the sum in before it (某某在仪式上领到1500元, 我领到了2万元贴息贷款), or named after it
     * as the one handed it (把3000元助学金送到了某某手中); not when the clause speaks of several (分别, 各, 们, a list).
     */
    private static Beneficiaries onePerson(AnnotatedText text, Sentence sentence, MoneyExpression e,
                                           List<MoneyExpression> sums) {
        String s = sentence.text();
        Clause own = ownPart(Clause.around(s, e.start(), e.end()), e, sums);
        int from = own.start();
        int to = own.end();
        if (SEVERAL.matcher(s).region(from, to).find()) return null;
        Matcher pronoun = PRONOUN_GIVEN.matcher(s).region(from, e.start());
        if (pronoun.find()) return one(text, sentence, pronoun.end() - 1, pronoun.end());
        for (Token t : sentence.tokens()) {
            int at = t.start() - sentence.start();
            int end = t.end() - sentence.start();
            boolean person = t.isPerson() && t.word().length() >= 2 || t.word().equals("我");
            if (!person || at < from || end > to) continue;
            if (end <= e.start() && TOOK_IN.matcher(s).region(end, e.start()).lookingAt() // 某某领到1500元
                    || at >= e.end() && HANDED_TO.find(s.substring(e.end(), at))
                    && s.startsWith("手中", end)) { // 送到某某手中
                return one(text, sentence, at, end);
            }
        }
        return null;
    }

    private static Beneficiaries one(AnnotatedText text, Sentence sentence, int from, int to) {
        return new Beneficiaries(1L, Qualifier.EXACT, "人", null,
                SourceSpans.of(text, sentence.start() + from, sentence.start() + to));
    }

    /** The sum's clause cut at the sums beside it there: the part of the clause that is this sum's alone. */
    private static Clause ownPart(Clause clause, MoneyExpression e, List<MoneyExpression> sums) {
        int from = clause.start();
        int to = clause.end();
        for (MoneyExpression other : sums) {
            if (other.end() <= e.start()) from = Math.max(from, other.end());
            if (other.start() >= e.end()) to = Math.min(to, other.start());
        }
        return new Clause(from, to);
    }

    private static boolean noSumIn(List<MoneyExpression> sums, Clause clause) {
        return sums.stream().noneMatch(x -> x.start() < clause.end() && clause.start() < x.end());
    }
}
