package org.fuliankg.extract.funding;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fuliankg.domain.FundingRole;

/**
 * Decides what a sum of money was from the words around it. The role is the action; being a running total is
 * separate ({@link #cumulative}). Specific readings win over general ones: a loan, goods at their value (价值,
 * 折合), the size of a fund, pay, a per-person rate (每人, 人均, 标准, even when 发放 is in the sentence), goods
 * named after the sum, a budget (预算, 每年拿出, 预计安排); then the verb nearest before the sum (募集 raised, 捐赠
 * donated, 认捐 pledged, 发放/救助/资助 disbursed, 投入/支出/使用 spent, 争取/拨付 allocated; 获得/收到 aid
 * (救助, 资助) is money disbursed to the receiver).
 */
public final class MoneyRoles {

    private static final Pattern LOAN = Pattern.compile("贷|授信|贴息|放款");
    /** 3000万元贴息贷款; not 捐款5万元帮助妇女申请贷款. */
    private static final Pattern LOAN_AFTER = Pattern.compile("^的?[^□]{0,4}?(?:贷款|贷)");
    private static final Pattern GOODS_BEFORE = Pattern.compile("(?:价值|折合|折价)(?:共计|共|约为|约计|约|近|超过|达)?$");
    private static final Pattern GOODS_AFTER = Pattern.compile(
            "^(?:的)?[^□]{0,6}?(?:物资|物品|健康包|礼包|爱心包|慰问品|药品|衣物|图书|书籍|设备|食品|粮油|生活用品)");
    private static final Pattern FUND_SIZE = Pattern.compile(
            "基金(?!会)[^，。]{0,8}?(?:达到|达|规模|总额|余额|增至|为)|基金规模|基金总额");
    /** 设立200万元的关爱基金: a fund set up with the sum. */
    private static final Pattern FUND_SET_UP = Pattern.compile("设立|成立|注资|出资|注入");
    private static final Pattern FUND_AFTER = Pattern.compile("^的?[^，。□]{0,8}?基金(?!会)");
    private static final Pattern SALARY = Pattern.compile("待遇|工资|薪酬|薪资|月薪|年薪|报酬|津贴|补贴|薪金");
    /** 发放工作补贴，标准为每人每月300至500元: a rate after pay was named earlier in the sentence. */
    private static final Pattern PAY_RATE = Pattern.compile("每月|月均|每年|标准");
    private static final Pattern PER_PERSON_BEFORE = Pattern.compile(
            "每人|人均|每名|每位|每户|每个|每生|每名学生|救助标准|资助标准|补助标准|标准为|可(?:以)?(?:获得|领取|享受)一次性");
    private static final Pattern PER_PERSON_AFTER = Pattern.compile("^(?:/|每)(?:人|名|户|生)");
    private static final Pattern BUDGET = Pattern.compile(
            "预算|(?:每年|每年度|年均)(?:拿出|安排|列支)|(?:预计|计划|拟)(?:安排|投入)");
    /** 获得/收到…救助: the receiver's side of money disbursed. */
    private static final Pattern RECEIVED = Pattern.compile("(?:获得|得到|收到|领到|领取|受助)[^，。；]{0,12}$");
    private static final Pattern AID = Pattern.compile("救助|资助|补助|帮扶|受助");
    private static final Pattern TOTAL_EVER = Pattern.compile("累计|累积|历年|先后|多年来");
    private static final Pattern TOTAL = Pattern.compile("共计|合计|总共|共");
    /** Several years: 2012—2022, 连续两年, 十年来, 近年来, 从2011年…至今. */
    private static final Pattern SEVERAL_YEARS = Pattern.compile(
            "\\d{4}\\s*(?:-|—|–|~|～|至|到)+\\s*\\d{4}|连续[0-9一二两三四五六七八九十几]+年|[0-9一二两三四五六七八九十几多]+年(?:来|以来)"
                    + "|近年来|多年来|历年|至今|以来");

    private record Cue(FundingRole role, Pattern words) {}

    /** Verbs read by proximity; the nearest one before the sum decides. */
    private static final List<Cue> VERBS = List.of(
            new Cue(FundingRole.PLEDGED, Pattern.compile("认捐款?项?|承诺捐款?|意向捐款?")),
            new Cue(FundingRole.RAISED, Pattern.compile(
                    "募集|筹集|筹措|募捐|劝募|众筹|筹得|募得|筹款|募款|助捐|撬动|引进|吸纳"
                            + "|争取(?=[^，。；]{0,8}(?:捐|善款|募))")),
            // money obtained from a higher level or set aside for a purpose: 争取到省里的项目资金, 落实项目资金, 投入专项经费
            new Cue(FundingRole.ALLOCATED, Pattern.compile("拨付|拨入|下拨|划拨|拨款|拨出|下达|配套|争取|申请|落实|安排")),
            // 投入专项经费, 累计投入, 支出, 使用公益金: money spent on the work
            new Cue(FundingRole.SPENT, Pattern.compile("投入|投资|支出|开支|花费|使用|用去")),
            new Cue(FundingRole.DONATED, Pattern.compile(
                    "捐赠|捐款|捐助|捐献|捐物|捐出|捐资|捐|获赠|获得|收到|得到|赠送|援助|支援")),
            // 救助资金, 帮扶资金, 慰问金 are what the money is, not what was done with it
            new Cue(FundingRole.DISBURSED, Pattern.compile(
                    "(?:发放|资助|救助|送去|送上|送出|发给|支付|奖励|慰问|帮扶|兑现|补助|放款)(?!金|资金|款|经费|物资|基金)")));
    /** 募集社会捐款: after a raising verb, 捐款/善款 name what was raised. */
    private static final Pattern RAISING_BEFORE = Pattern.compile("(?:募集|筹集|劝募|募|筹)[^，。；]{0,4}$");

    /**
     * The role of the sum at [start, end) of {@code sentence}.
     *
     * @param sentence the sentence text with quotes masked ({@link Clause#maskQuotes})
     */
    public FundingRole classify(String sentence, int start, int end) {
        Clause clause = Clause.around(sentence, start, end);
        String before = sentence.substring(clause.start(), start);
        String after = sentence.substring(end, clause.end());
        String sentenceBefore = sentence.substring(0, start);

        if (LOAN.matcher(before).find() || LOAN_AFTER.matcher(after).find()) return FundingRole.LOAN;
        if (GOODS_BEFORE.matcher(before).find()) return FundingRole.VALUE_OF_GOODS;
        if (FUND_SIZE.matcher(before).find()
                || FUND_SET_UP.matcher(before).find() && FUND_AFTER.matcher(after).find()) {
            return FundingRole.FUND_SIZE;
        }
        if (SALARY.matcher(before).find()
                || PAY_RATE.matcher(before).find() && SALARY.matcher(sentenceBefore).find()) {
            return FundingRole.SALARY;
        }
        if (PER_PERSON_BEFORE.matcher(before).find() || PER_PERSON_AFTER.matcher(after).find()) {
            return FundingRole.PER_PERSON;
        }
        if (GOODS_AFTER.matcher(after).find()) return FundingRole.VALUE_OF_GOODS;
        if (BUDGET.matcher(before).find()) return FundingRole.BUDGET;
        FundingRole role = verb(sentence, start, end);
        if ((role == null || role == FundingRole.DONATED) && RECEIVED.matcher(before).find()
                && AID.matcher(sentence.substring(clause.start(), clause.end())).find()) {
            return FundingRole.DISBURSED; // 收到了1万元的救助金, 得到一万元的资助
        }
        return role == null ? FundingRole.OTHER : role;
    }

    /**
     * Whether the sum at [start, end) is a running total over a period: 累计, 历年, 先后 in its clause, or 共 in a
     * sentence that spans years ("自2014年以来，该县共争取…").
     *
     * @param sentence the sentence text with quotes masked
     */
    public boolean cumulative(String sentence, int start, int end) {
        Clause clause = Clause.around(sentence, start, end);
        String before = sentence.substring(clause.start(), start);
        String sentenceBefore = sentence.substring(0, start);
        boolean severalYears = SEVERAL_YEARS.matcher(sentenceBefore).find();
        return TOTAL_EVER.matcher(before).find()
                || severalYears && (TOTAL.matcher(before).find() || TOTAL_EVER.matcher(sentenceBefore).find());
    }

    /**
     * What the verb nearest the sum says was done with it (raised, donated, pledged, allocated, disbursed),
     * whatever the sum was: 筹集…防疫物资 is goods that were raised. Null when no verb says.
     *
     * @param sentence the sentence text with quotes masked
     */
    public FundingRole verb(String sentence, int start, int end) {
        Clause clause = Clause.around(sentence, start, end);
        FundingRole role = nearestVerb(sentence.substring(clause.start(), start));
        if (role == null) role = nearestVerb(sentence.substring(0, start));
        if (role == null) role = firstVerb(sentence.substring(end, clause.end()));
        return role;
    }

    private record Verb(FundingRole role, int start, int end) {}

    /** The role verbs in {@code text}; where two overlap at one end, the earlier cue of {@link #VERBS} wins. */
    private static List<Verb> verbs(String text) {
        List<Verb> found = new ArrayList<>();
        for (Cue cue : VERBS) {
            Matcher m = cue.words.matcher(text);
            while (m.find()) {
                if (cue.role == FundingRole.DONATED && RAISING_BEFORE.matcher(text.substring(0, m.start())).find()) {
                    continue;
                }
                found.add(new Verb(cue.role, m.start(), m.end()));
            }
        }
        return found;
    }

    /** End of the last role verb in {@code text}, or -1. */
    public static int lastVerbEnd(String text) {
        return verbs(text).stream().mapToInt(Verb::end).max().orElse(-1);
    }

    private static FundingRole nearestVerb(String text) {
        Verb best = null;
        for (Verb v : verbs(text)) {
            if (best == null || v.end() > best.end()) best = v;
        }
        return best == null ? null : best.role();
    }

    private static FundingRole firstVerb(String text) {
        Verb best = null;
        for (Verb v : verbs(text)) {
            if (best == null || v.start() < best.start()) best = v;
        }
        return best == null ? null : best.role();
    }
}
