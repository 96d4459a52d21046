package org.fuliankg.extract.funding;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fuliankg.extract.text.FirstCharacters;
import org.fuliankg.extract.text.ScreenedPattern;

/**
 * Finds when a sum was given, as written: 2012—2022, 2019年至2023年, 2022年, 今年9月初, 连续两年, 近日; and the period of a
 * running total: 今年以来, 截至目前, 十年来.
 */
public final class TimeExpressions {

    /** A cut-off at press time: 截至发稿, 截至记者发稿时. */
    private static final String PRESS_TIME = "截[至止]到?(?:记者)?发稿时?";
    /** A year written in Chinese numerals, one character a digit: 二〇一九. */
    private static final String CHINESE_YEAR = "[〇○零一二三四五六七八九]{4}";
    /**
     * A year of the Republic of China calendar (Taiwan): 民國112年, 114學年(度), 112年度, 112年9月; three digits are
     * read so only with 民國, 学年, 年度 or a month after them (建党100年 is no year).
     */
    private static final String ROC_YEAR =
            "民[国國] ?(?<roc>\\d{1,3}) ?年|(?<![0-9])(?<rocShort>1[0-4][0-9]) ?(?:学年度?|學年度?|年度|年(?= ?\\d{1,2} ?月))";
    private static final Pattern ROC = Pattern.compile(ROC_YEAR);
    /** The Republic of China's first year is 1912. */
    private static final int ROC_YEAR_ZERO = 1911;
    /** A running total up to a month of the context year: 截至6月, 截至七月底. */
    private static final String UP_TO_A_MONTH = "截[至止]到?(?:\\d{1,2}|[一二三四五六七八九十元]{1,2})月(?:底|末|份)?";
    /** 几个月来, 三个月以来: a running total of recent months, within the context year. */
    private static final String MONTHS_SINCE = "[0-9一二两三四五六七八九十几数]+个月(?:来|以来)";
    private static final ScreenedPattern MONTHS_SINCE_TIME = ScreenedPattern.compile("^" + MONTHS_SINCE);
    /** From one year to another: 2019—2023, 2015年至2018年. */
    private static final String YEAR_RANGE = "(?:19|20)\\d{2}年?\\s*(?:-|—|–|~|～|至|到)+\\s*(?:19|20)\\d{2}";
    /** How many years a term has: two to nineteen. */
    private static final String SEVERAL_YEARS = "(?:[二两三四五六七八九十]|[2-9]|1[0-9])";
    /** A term of several years a sum spans: 为期三年, 三年每人共 (not 第三年, 每年, 2023年). */
    private static final String TERM = "为期" + SEVERAL_YEARS + "个?学?年"
            + "|(?<![0-9〇○零一二三四五六七八九十第每当今去明前同近])(?:[二两三四五六七八九十]|[2-9])个?学?年(?=每|共|内|里|中|总)";
    /** A term opening the clause after the sum (资助总金额为276万元，为期三年): the sum spans those years. */
    private static final Pattern TERM_AFTER = Pattern.compile("^[，,](?:此|该|这个)?(?:项目|计划|活动|协议)?(" + TERM + ")");
    private static final String MONTH_NAMES =
            "January|February|March|April|May|June|July|August|September|October|November|December";
    /** The times English pages give a figure: In 2006, on September 15, 2013, last year, this year, Since 2011. */
    private static final String ENGLISH_TIME = "(?:[Ii]n|[Ss]ince) (?:19|20)[0-9]{2}(?![0-9])"
            + "|(?:" + MONTH_NAMES + ") [0-9]{1,2}, (?:19|20)[0-9]{2}(?![0-9])|[Ll]ast year|[Tt]his year";
    private static final Pattern ENGLISH_YEAR = Pattern.compile("(?:19|20)[0-9]{2}");

    /**
     * A count of years written in figures opening what was done in them (6年发放贷款近3.2亿元, 3年保费共40万元): a
     * period; not a year (2016年), an abbreviated date (19年3月), 5年前, 3年级, 5年内, nor a duration closing a clause
     * (扎根荒山13年，…).
     */
    static final String YEARS_IN_FIGURES =
            "(?<![0-9.０-９])(?:[1-9]|[12][0-9]|30)年(?![0-9０-９级度底初末月前后代内里中的时期制，,。；;、了）)\\s])";

    private static final Pattern TIME = Pattern.compile(
            ROC_YEAR
                    // 从1995年至2018年8月: the whole period, not its last month's year (not 2000至2500元, a range of money)
                    + "|(?:从|自)?" + YEAR_RANGE + "(?![0-9.元万])年?(?:\\d{1,2}月(?:底|末)?)?"
                    // 从2011年的2.5亿元 (发展到…) is the sum of 2011, no period from it
                    + "|(?:(?:从|自)(?=\\d{4} ?年(?!的))|截[至止]到?)?\\d{4} ?年(?: ?\\d{1,2} ?月(?: ?\\d{1,2} ?日)?)?(?:初|底|末|以来|至今|起"
                    // 2012年6月某项目在我省启动以来: the period from that day, its 以来 a few words on
                    + "|[^，,。；;0-9元]{1,20}?(?:启动|实施|开展|成立|设立|创办|开始)以来)?"
                    // 二〇一九年, 二〇一九年度: the year in Chinese numerals (a year-end report, a sign-off's style)
                    + "|(?:从|自|截[至止]到?)?" + CHINESE_YEAR + "年度?(?:底|末|以来|至今|起)?"
                    + "|(?:今年|去年|前年|明年|当年|同年)(?:\\d{1,2}月(?:\\d{1,2}日)?)?(?:初|底|末|上旬|中旬|下旬|以来)?"
                    + "|" + PRESS_TIME + "|截[至止]到?(?:目前|今)"
                    + "|(?:从|自|截[至止])?\\d{1,2} ?月 ?\\d{1,2} ?日"
                    + "|" + UP_TO_A_MONTH
                    // English pages: In 2006, on September 15, 2013, last year, this year, Since 2011
                    + "|" + ENGLISH_TIME
                    + "|今天|今日|当天|当日|昨天|昨日|近日|日前|近年来?|多年来|连续[0-9一二两三四五六七八九十]+年|[0-9一二两三四五六七八九十]+年(?:来|累计|间)|"
                    + YEARS_IN_FIGURES + "|" + MONTHS_SINCE + "|疫情期间"
                    // 为期三年, 三年每人共救助3600元: a term of several years, of no single year
                    + "|" + TERM
                    // 每年86万元, 每学年1200元: a yearly rate, of no single year
                    + "|每学?年");
    private static final FirstCharacters TIME_STARTS = FirstCharacters.of(TIME.pattern());

    private static final ScreenedPattern PERIOD = ScreenedPattern.compile(
            YEAR_RANGE + "|年来|年累计|年间|多年|近年|连续|^(?:为期)?" + SEVERAL_YEARS + "个?学?年$"
                    // a plan's term ({@link #planTerm}): 未来5年, 用三年时间
                    + "|^(?:未来|今后|接下来|用)");
    /**
     * A term of several years a plan spans, anywhere in its sentence: 未来5年, 今后三年内, 接下来的两年, 2021年至2023年间
     * 三年时间内, 为期三年, 用三年时间.
     */
    private static final Pattern PLAN_TERM = Pattern.compile(
            "(?:未来|今后|接下来)的?" + SEVERAL_YEARS + "个?年"
                    + "|" + YEAR_RANGE + "(?![0-9.元万])年?"
                    + "|用(?:[二两三四五六七八九十]|[2-9])年(?:的)?时间|" + TERM);
    /** A year as some sites write it too: 2025 年度. */
    private static final Pattern YEAR = Pattern.compile("(\\d{4}|" + CHINESE_YEAR + ") ?年");
    /** A period from a year on: 2015年以来, 2015年至今, 2015年起, 自2015年 (its 以来 further on). */
    private static final ScreenedPattern SINCE = ScreenedPattern.compile("以来|至今|起|^自|^从");
    /** A year's end as the bound of a running total: 截至2022年底, 截至2016年, 累计… counts the years before it too (not
     * 截至2016年11月23日, a day of that year). */
    private static final ScreenedPattern YEAR_END = ScreenedPattern.compile("底|末|^截[至止]到?[^月]*年度?$");
    /**
     * A period from or up to a day or month of the context year (自11月27日, 截止1月29日 an appeal's takings,
     * 截至七月底): what it adds up lies within that year.
     */
    private static final ScreenedPattern FROM_A_DAY = ScreenedPattern.compile("^(?:自|从|截[至止])到?[\\d一二三四五六七八九十元]");
    /**
     * A time a sentence sets for what follows in its paragraph: opening a clause on its own (2018年，各级妇联…;
     * …服务措施，2023年，…; 去年，市妇联…; 5年来，他们…; 截至6月，…), or a year's report opening the sentence
     * (2017年度江苏省…). Not 当年 or 同年: the year of an earlier sentence, which a later one does not know.
     */
    private static final Pattern TOPIC_TIME = Pattern.compile(
            "(?:^|[，,；;。])[\\s\\u3000]*(\\d{4} ?年(?:度)?|" + CHINESE_YEAR + "年(?:度)?|去年|今年(?:以来)?|前年|近?[0-9一二两三四五六七八九十]+年(?:来|以来)|"
                    + UP_TO_A_MONTH + ")(?=[，,])|^[\\s\\u3000]*(\\d{4} ?年度)");
    /** A sum of money as a text writes it: 2.5亿元, 300万, 8000元. */
    private static final Pattern SUM = Pattern.compile("\\d[\\d.,]*\\s*(?:万|亿|元)");
    /** A running total since the start of the context year. */
    private static final ScreenedPattern THIS_YEAR_SO_FAR = ScreenedPattern.compile("^(?:今年|本年)以来");
    /** A cut-off that names no start: 截至目前, 截止发稿. */
    private static final Pattern OPEN_CUT_OFF = Pattern.compile("截[至止]到?(?:目前|今|(?:记者)?发稿时?)");
    /** An appeal's tally at press time (截至记者发稿时，已收到捐款近11万元): a total of days, within the context year. */
    private static final ScreenedPattern PRESS_TIME_TOTAL = ScreenedPattern.compile("^" + PRESS_TIME);
    private static final ScreenedPattern THIS_YEAR = ScreenedPattern.compile("^(?:今年|当年|同年|本年)");
    /**
     * Not a time: what {@link #near} gives for a standard stated before the sum ({@link #STANDARD_BEFORE}), read as a
     * yearly rate is (no single year). {@link FigureYears} drops it once the year is decided: no figure keeps it.
     */
    static final String STANDARD = "标准";
    private static final ScreenedPattern YEARLY = ScreenedPattern.compile("^每学?年|^" + STANDARD);
    /**
     * A standard stated before the sum in its clause (补助标准为每户一次性补助6000元, 标准是每人…): a scheme's rule, of
     * no single year, as a yearly rate is (not 按照每人1万元的标准发放: a standard applied in an act of its day). A
     * converted page's reading in brackets may follow a character (标(biāo)准).
     */
    private static final Pattern STANDARD_BEFORE = Pattern.compile(
            "标(?:\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,8}\\))?准(?:\\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,8}\\))?[为是][^，,。；;]{0,16}$");

    /**
     * A cap written right before the sum (单户贷款额度最高为10万元, 最高可获30万元, 每人最高不超过2万元): a scheme's rule,
     * of no single year, as a standard is.
     */
    private static final Pattern CAP_BEFORE = Pattern.compile(
            "(?:最高|上限|封顶)(?:为|是|可达|可获得?|可贷|可申请|不超过|达)?$");

    /**
     * The year a figure refers to: the one its time names ({@code 2016年夏季}, {@code 2013年度}), or its time read
     * against {@code contextYear} (今年, 去年, 前年, 明年; a day or 近日 within the context year), else
     * {@code contextYear} (its item's or document's year). Null for a period of several years (2012—2022, 三年来,
     * 2012年以来 when the context is later), for a running total that names no single year, or when nothing dates it.
     *
     * @param time        the figure's time as written, or null
     * @param contextYear the year of its item's date, else of its document's, or null
     * @param cumulative  whether the figure is a running total
     */
    public Integer year(String time, Integer contextYear, boolean cumulative) {
        if (time == null) return cumulative ? null : contextYear;
        if (PERIOD.find(time) || YEARLY.find(time)) return null;
        Matcher roc = ROC.matcher(time);
        if (roc.lookingAt()) {
            return ROC_YEAR_ZERO + Integer.parseInt(roc.group("roc") != null ? roc.group("roc") : roc.group("rocShort"));
        }
        if (time.startsWith("ast year", 1)) return contextYear == null ? null : contextYear - 1; // English: last year
        if (time.startsWith("his year", 1)) return contextYear;
        Matcher english = ENGLISH_YEAR.matcher(time);
        if (time.chars().allMatch(c -> c < 0x80) && english.find()) { // In 2006, Since 2011 (the period from then on)
            int year = Integer.parseInt(english.group());
            return time.startsWith("ince", 1) && !Integer.valueOf(year).equals(contextYear) ? null : year;
        }
        Matcher named = YEAR.matcher(time);
        if (named.find()) {
            int year = yearOf(named.group(1));
            // 2022年以来 in a text of 2022 stays within the year
            boolean since = SINCE.find(time) && !Integer.valueOf(year).equals(contextYear);
            boolean runningTotalToYearEnd = cumulative && YEAR_END.find(time);
            return since || runningTotalToYearEnd ? null : year;
        }
        if (contextYear == null) return null;
        if (THIS_YEAR.find(time)) return contextYear;
        if (time.startsWith("去年")) return contextYear - 1;
        if (time.startsWith("前年")) return contextYear - 2;
        if (time.startsWith("明年")) return contextYear + 1;
        if (FROM_A_DAY.find(time)) return contextYear; // 自11月27日…以来, 截止1月29日: within the year
        if (MONTHS_SINCE_TIME.find(time)) return contextYear; // 几个月来: within the year
        if (PRESS_TIME_TOTAL.find(time)) return contextYear; // 截至记者发稿: an appeal's tally, of days
        return cumulative ? null : contextYear; // 9月7日, 近日, 日前: within the context year
    }

    /**
     * The term of several years a plan spans in {@code sentence} ({@link #PLAN_TERM}), as written, or null: a budget
     * or a pledge over those years is of none of them ({@link #year} reads the term as a period).
     */
    public String planTerm(String sentence) {
        Matcher term = PLAN_TERM.matcher(sentence);
        return term.find() ? term.group() : null;
    }

    /** 2019 → 2019, 二〇一九 → 2019: one digit a character. */
    private static int yearOf(String digits) {
        int year = 0;
        for (int i = 0; i < digits.length(); i++) {
            char c = digits.charAt(i);
            year = year * 10 + (c >= '0' && c <= '9' ? c - '0' : "一二三四五六七八九".indexOf(c) + 1);
        }
        return year;
    }

    /** Whether {@code time} bounds a total within its context year (自11月27日, 截至6月, 截至七月底, 今年以来): a running
     * total may take it from an earlier sentence, as it spans no years. */
    public boolean withinTheYear(String time) {
        return time != null && (FROM_A_DAY.find(time) || THIS_YEAR_SO_FAR.find(time)
                || PRESS_TIME_TOTAL.find(time));
    }

    /**
     * A sum's own time, read with the time its paragraph set: 今年以来，…。截至目前，已投入资金127万元 is this year's
     * running total, its cut-off naming no start of its own; any other own time stands as it is.
     */
    public String withParagraph(String own, String paragraphTime) {
        boolean openCutOff = own != null && OPEN_CUT_OFF.matcher(own).matches();
        return openCutOff && paragraphTime != null && THIS_YEAR_SO_FAR.find(paragraphTime) ? paragraphTime : own;
    }

    /** Whether {@code time} is a period of several years (5年来, 2012—2022, 近年来, 连续三年), whose running totals a
     * paragraph opening with it goes on stating. */
    public boolean isPeriod(String time) {
        return time != null && PERIOD.find(time);
    }

    /**
     * Whether {@code time}, the sum's own time, is a bare year (2018年) standing in an earlier clause of
     * {@code sentence} than the sum's: for a running total (2018年，…累计发放795万元; 2014年确诊…，先后花费8万元) it is
     * where the total started or the sentence's setting, not the total's year.
     */
    public boolean bareYearOfAnotherClause(String sentence, int amountStart, int amountEnd, String time) {
        if (time == null || !BARE_YEAR.matcher(time).matches()) return false;
        int at = sentence.lastIndexOf(time, amountStart);
        if (at < 0 || at >= Clause.around(sentence, amountStart, amountEnd).start()) return false;
        // 2023年区妇联累计走访25户，并送去救助款12.5万元: a year written onto a clause that itself totals (not set
        // apart by a comma, 2018年，…) bounds the year's running total
        int after = at + time.length();
        Clause yearClause = Clause.around(sentence, at, after);
        boolean setApart = after < sentence.length() && ",，".indexOf(sentence.charAt(after)) >= 0;
        return setApart || !TOTAL_IN_CLAUSE.matcher(sentence).region(after, yearClause.end()).find();
    }

    private static final Pattern BARE_YEAR = Pattern.compile("\\d{4} ?年");
    /** A running total's word in the clause a year opens: 累计, 共计, 共有. */
    private static final Pattern TOTAL_IN_CLAUSE = Pattern.compile("累计|共计|共有");

    /** Whether {@code time} lies within one year (2022年, 2023年度, 今年4月, 9月7日), not a period from or over years,
     * a yearly rate or a running total up to a day. */
    public boolean withinOneYear(String time) {
        return time != null && !PERIOD.find(time) && !SINCE.find(time) && !YEARLY.find(time)
                && !time.startsWith("截") && !time.endsWith("以来") && !time.endsWith("来");
    }

    /** Whether {@code time} is read against the text's own year, naming none itself (今年9月, 去年以来, 9月7日, 截至七月底,
     * 近日); false for no time. */
    public boolean isRelative(String time) {
        return time != null && !YEAR.matcher(time).find() && !ROC.matcher(time).lookingAt()
                && !(time.chars().allMatch(c -> c < 0x80) && ENGLISH_YEAR.matcher(time).find());
    }

    /** 从2011年的2.5亿元，发展到年均10亿元: a time joined by 的 to a sum is that sum's alone (not a later one's); joined
     * to a thing (去年的暴雨中，…争取了2万元补贴) it stays the time of what follows. */
    private static boolean ofAnotherSum(String sentence, int timeEnd, int amountStart) {
        if (timeEnd >= sentence.length() || sentence.charAt(timeEnd) != '的') return false;
        return SUM.matcher(sentence).region(timeEnd + 1, amountStart).find();
    }

    /** 比2006年增长75%, 较去年: the time a figure is compared with is not its own. */
    private static boolean comparedWith(String sentence, int timeStart) {
        return timeStart > 0 && "比较".indexOf(sentence.charAt(timeStart - 1)) >= 0;
    }

    /** The time {@code sentence} sets for the sentences after it in its paragraph (its last {@link #TOPIC_TIME}),
     * else null. */
    public String topicTime(String sentence) {
        if (sentence.indexOf('年') < 0 && sentence.indexOf('截') < 0) return null; // most sentences: no time to set
        Matcher m = TOPIC_TIME.matcher(sentence);
        String last = null;
        while (m.find()) last = m.group(1) != null ? m.group(1) : m.group(2);
        return last;
    }

    /**
     * The time nearest before {@code amountStart} in {@code sentence}, else the first one after it in its clause
     * (…获得10万元，…明年开学使用: 明年 is another clause's), else null.
     */
    public String near(String sentence, int amountStart, int amountEnd) {
        return near(sentence, in(sentence), amountStart, amountEnd);
    }

    /** A time of a sentence ({@link #TIME}): where it stands and how it is written. */
    record TimeAt(int start, int end, String written) {}

    /** The times of {@code sentence} in order: read once for all the sums of a sentence, not again for each. */
    List<TimeAt> in(String sentence) {
        List<TimeAt> found = new ArrayList<>();
        FirstCharacters.Matches times = TIME_STARTS.matches(TIME, sentence);
        Matcher m = times.matcher();
        while (times.find()) found.add(new TimeAt(m.start(), m.end(), m.group()));
        return found;
    }

    /** {@link #near(String, int, int)} given the sentence's times ({@link #in}). */
    String near(String sentence, List<TimeAt> times, int amountStart, int amountEnd) {
        Matcher term = TERM_AFTER.matcher(sentence).region(amountEnd, sentence.length());
        if (term.lookingAt()) return term.group(1); // 资助总金额为276万元，为期三年: the years it spans
        int clauseStart = Clause.around(sentence, amountStart, amountEnd).start();
        if (STANDARD_BEFORE.matcher(sentence).region(clauseStart, amountStart).find()
                || CAP_BEFORE.matcher(sentence).region(clauseStart, amountStart).find()) {
            return STANDARD;
        }
        String before = null;
        int englishFrom = Clause.englishSentenceStart(sentence, amountStart); // an English sentence's own time
        int englishTo = Clause.englishSentenceEnd(sentence, amountEnd);
        for (TimeAt m : times) {
            if (m.start() < englishFrom || m.start() >= englishTo) continue;
            if (m.end() <= amountStart) {
                if (ofAnotherSum(sentence, m.end(), amountStart) || comparedWith(sentence, m.start())) continue;
                before = m.written();
            } else if (m.start() >= amountEnd) {
                if (before != null) return before;
                return m.start() < Clause.around(sentence, amountStart, amountEnd).end() ? m.written() : null;
            }
        }
        return before;
    }
}
