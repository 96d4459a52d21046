package org.fuliankg.extract.funding;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fuliankg.annotate.Sentence;
import org.fuliankg.annotate.Token;
import org.fuliankg.domain.money.Qualifier;
import org.fuliankg.extract.text.FirstCharacters;

/**
 * Finds how many people a sum reached: "为1433名妇女", "救助20名…患者", "为将近2500名困境女童", "对普查出的157名…",
 * "资助贫困学子50余名", "捐助乡村学子1500余名", "受益人数9千余人", "16名贫困母亲获得16万元", "54名女大学新生分享…23万元",
 * "其中…13名，争取…13万元", "看望10名…妇女，为她们每人送去…" (a visit, then the gift), and in a list of sums
 * "、1名困境妇女发放2000元".
 * Only people are counted (名, 位, 户, 人, 个家庭, and 16万孤困儿童 without a unit); 人次 counts donors or visits,
 * not beneficiaries, except after a verb of help (惠及10万人次).
 */
public final class BeneficiaryCounts {

    /** A count found in a sentence; offsets index the sentence. */
    public record Count(int start, int end, long count, Qualifier qualifier, String unit, String description) {}

    /** 170余万人次: 余/多 may stand before the 万 it rounds; 1,249人次: thousands set apart by commas (Taiwan, Hong Kong). */
    private static final String NUMBER = "[0-9]{1,3}(?:,[0-9]{3})+(?![0-9])|[0-9]+(?:\\.[0-9]+)?(?:[余多]?[万千][零〇一二两三四五六七八九十百千]*)?|[零〇一二两三四五六七八九十百千万]+";
    /** The unit of a count; a space may stand before it (35 名 患病妇女), as some sites write numbers. */
    private static final String UNIT = " ?(?:名|位|个家庭|户家庭|户|人(?![次员士才口均]))";
    private static final String MARKER = "为|对|救助|资助|补助|援助|惠及|发放(?=[^元]{0,3}[0-9])|帮助|帮扶|扶持|带动|覆盖|培训|受益|慰问|走访|看望|探望|发放到|送到|发放给|给|向|让|使";
    /** What may stand between a marker and its count: places and modifiers, never a sum (元) nor a clause mark. */
    private static final String GAP = "[^，,。；;:：!！?？元]{0,24}?";

    /** 为1433名妇女, 为我镇14户单亲家庭: the count after a marker, who after the count. */
    private static final Pattern COUNT_THEN_WHO = Pattern.compile("(?:" + MARKER + ")了?" + GAP
            + "(?<!每)(?<pre>将近|接近|近|约为|约计|约|超过|逾)?"
            + "(?<num>" + NUMBER + ")(?<more>余|多)?(?<unit>" + UNIT + ")");
    /** Where {@link #COUNT_THEN_WHO} can match: at a marker, with a unit before the next clause mark. */
    private static final FirstCharacters COUNT_THEN_WHO_STARTS = FirstCharacters.of(COUNT_THEN_WHO.pattern());
    /** 资助贫困学子50余名, 受益人数9千余人: who before the count. */
    private static final Pattern WHO_THEN_COUNT = Pattern.compile("(?:资助|捐助|救助|补助|帮扶|帮助|惠及|慰问|受益|受惠|受助)(?<who>[^，,。；;、0-9]{1,12}?)"
            + "(?:共计|共|计|达)?(?<pre>将近|接近|近|约为|约计|约|超过|逾)?(?<num>" + NUMBER + ")(?<more>余|多)?(?<unit>" + UNIT + ")");
    /** 获贷人数688人: a number of people stated as such. */
    private static final Pattern NUMBER_OF_PEOPLE = Pattern.compile("(?<who>[^，,。；;、0-9]{0,6}?)人数(?:达到|达|为|共计|共|约)?"
            + "(?<pre>将近|接近|近|约为|约计|约|超过|超|逾)?(?<num>" + NUMBER + ")(?<more>余|多)?(?<unit>" + UNIT + ")");
    /** "1000元救助金、1名困境妇女发放2000元": a count opening a member of a list of sums, followed by its verb. */
    private static final Pattern LISTED_COUNT = Pattern.compile("(?<=、)(?<pre>将近|接近|近|约)?(?<num>" + NUMBER + ")(?<more>余|多)?"
            + "(?<unit>" + UNIT + ")(?<who>[^，,。；;、0-9]{1,10}?)(?=发放)");
    /** A bare 获 (获…救助金, 获全国妇联救助), not 获悉, 获评, 获批, 获奖 nor the 获得, 获赠 read with the other verbs. */
    private static final String GOT = "获(?![悉评批准奖得赠])";
    /** 16名贫困母亲获得16万元, 该园区40名妇女获得了110万元贷款, 229名创业妇女申领小额担保贷款1295万元, 4819名创业
     * 妇女享受到了…扶持, 9名困难母亲获…救助金, 5名获省妇联救助 (a bare 获: who may be left unsaid): the people who
     * receive, as the subject. */
    private static final Pattern COUNT_THAT_RECEIVED = Pattern.compile("(?<pre>将近|接近|近|约)?(?<num>" + NUMBER
            + ")(?<more>余|多)?(?<unit>" + UNIT + ")(?<who>[^，,。；;、0-9元]{1,12}?"
            + "(?=领取|领到|获得|获赠|得到|收到|分享|享受|申领|" + GOT + ")|(?=" + GOT + "))");
    /** 惠及超10万人次, 资助春蕾女童250多万人次, 扶持女性创业者5200余人次, 获贷妇女3100多人次: person-times after a verb
     * of help or of a loan taken count those helped (not donors). */
    private static final Pattern TIMES_HELPED = Pattern.compile("(?:惠及|资助|救助|受益|受惠|帮扶|帮助|扶持|获贷)(?<who>[^，,。；;、0-9]{0,12}?)"
            + "(?:共计|共|计|达)?(?<pre>将近|接近|近|约|超过|超|逾)?(?<num>" + NUMBER + ")(?<more>余|多)?(?<unit>人次)");
    /** 使我省16万孤困儿童得到救助, 惠及近8万个贫困母亲: tens of thousands of people written without a unit. */
    private static final Pattern MANY_PEOPLE = Pattern.compile("(?:使|让|惠及|救助|资助|帮助|帮扶)[^，,。；;元0-9]{0,8}?"
            + "(?<pre>将近|接近|近|约|超过|超|逾)?(?<num>[0-9]+(?:\\.[0-9]+)?[万千])(?<more>余|多)?个?"
            + "(?<who>[\\u4e00-\\u9fff]{0,4}?(?:妇女|母亲|儿童|女童|学生|学子|孤儿|家庭|群众|患者))(?<unit>)");
    /** 共有30名同学受惠, 将有1万多人受益, 50名…儿童接受救助: a count of people said to have benefited. */
    private static final Pattern COUNT_THAT_BENEFITED = Pattern.compile("(?<pre>将近|接近|近|约|超过|逾)?(?<num>" + NUMBER
            + ")(?<more>余|多)?(?<unit>" + UNIT + ")(?<who>[^，,。；;、0-9]{0,12}?)(?=受惠|受益|获益|(?:受到|接受)[^，,。；;]{0,8}?(?:救助|资助|帮扶))");
    /** 共有10名符合条件的妇女分别获得, 24名患癌妇女每人获得: the people a rate is paid to. */
    private static final Pattern COUNT_OF_EACH = Pattern.compile("(?<pre>将近|接近|近|约|超过|逾)?(?<num>" + NUMBER
            + ")(?<more>余|多)?(?<unit>" + UNIT + ")(?<who>[^，,。；;、0-9]{0,12}?)(?=分别|每人|每户|各)");
    /** 与三位贫困学生结对的干部送来3000元: the people a giver is paired with (结对帮扶) are those the gift reached. */
    private static final Pattern COUNT_PAIRED_WITH = Pattern.compile("(?<=与|和|同)(?<pre>将近|接近|近|约)?(?<num>" + NUMBER
            + ")(?<more>余|多)?(?<unit>" + UNIT + ")(?<who>[^，,。；;、0-9]{0,12}?)(?=结对|结成对子|结成帮扶对子|结亲)");
    /** 653名受助儿童: a count of people said to have received help. */
    private static final Pattern COUNT_OF_RECEIVERS = Pattern.compile("(?<pre>将近|接近|近|约|超过|逾)?(?<num>" + NUMBER
            + ")(?<more>余|多)?(?<unit>" + UNIT + ")(?<who>(?:受助|受益|获助|获救助)[^，,。；;、0-9]{0,8}?)(?=[，,。；;]|$)");
    /**
     * 其中建档立卡贫困妇女13名, 其中本县718人次 (a part of those helped, counted as they were): the part of the people
     * just counted that the next clause's sum went to.
     */
    private static final Pattern PART_OF_THEM = Pattern.compile("其中(?<who>[^，,。；;、0-9元]{1,12}?)(?<pre>将近|接近|近|约)?(?<num>"
            + NUMBER + ")(?<more>余|多)?(?<unit>" + UNIT + "|人次)(?=[，,])");
    /** 为她申请了4万元贷款, 她获得1万元救助金, 自己获得…: one person, named by a pronoun (not 她们). */
    private static final Pattern ONE_PERSON = Pattern.compile("(?:(?:为|给|向|帮助|帮)|(?=(?:她|他|自己)(?!们)[^，,。；;]{0,4}?"
            + "(?:获得|收到|领到|领取|得到)))(?<who>她|他|自己)(?!们)");
    private static final String[] PRONOUNS = {"她", "他", "自己"};
    /** Words one of which every count holds, its unit ({@link #UNIT}). */
    private static final String[] UNIT_WORDS = {"名", "位", "户", "人", "家庭"};
    /** The people {@link #MANY_PEOPLE} counts without a unit. */
    private static final String[] PEOPLE_WORDS = {"妇女", "母亲", "儿童", "女童", "学生", "学子", "孤儿", "群众", "患者"};

    /**
     * A pattern tried after {@link #COUNT_THEN_WHO}, with words one of which each of its matches holds: most
     * sentences with a sum hold none of them, and looking for a few words is much cheaper than trying the pattern
     * at every position.
     */
    private record Reading(Pattern pattern, FirstCharacters starts, String... needsOneOf) {
        /** {@code starts}: where its matches can start, if the pattern tells, to try it there only. */
        Reading(Pattern pattern, String... needsOneOf) {
            this(pattern, FirstCharacters.of(pattern.pattern()), needsOneOf);
        }

        boolean mayMatch(String sentence) {
            return mayHold(sentence, needsOneOf);
        }
    }

    private static final Reading[] READINGS = {
            new Reading(WHO_THEN_COUNT, "资助", "捐助", "救助", "补助", "帮扶", "帮助", "惠及", "慰问", "受益", "受惠", "受助"),
            new Reading(NUMBER_OF_PEOPLE, "人数"),
            new Reading(LISTED_COUNT, "、"),
            new Reading(COUNT_THAT_RECEIVED, "领取", "领到", "获", "得到", "收到", "分享", "享受", "申领"),
            new Reading(TIMES_HELPED, "人次"),
            new Reading(MANY_PEOPLE, "使", "让", "惠及", "救助", "资助", "帮助", "帮扶"),
            new Reading(COUNT_OF_RECEIVERS, "受助", "受益", "获助", "获救助"),
            new Reading(COUNT_THAT_BENEFITED, "受惠", "受益", "获益", "受到", "接受"),
            new Reading(COUNT_OF_EACH, "分别", "每人", "每户", "各"),
            new Reading(COUNT_PAIRED_WITH, "结对", "结成", "结亲"),
            new Reading(PART_OF_THEM, "其中")};

    private static boolean mayHold(String sentence, String[] words) {
        for (String w : words) {
            if (sentence.contains(w)) return true;
        }
        return false;
    }

    /** Where a description of who stops: punctuation or the next verb. */
    private static final Pattern DESCRIPTION_END = Pattern.compile(
            "[，,。；;:：!！?？、（(]|每|送|争取|提供|发放|获得|参加|上学|入学|受益|走出|实现|脱贫|就业|得到|领取|享受|接受|"
                    + "进行|开展|完成|申请|用于|捐|解决|圆|成功|$");

    /** The count among {@code counts} (those of {@link #all}) within [from, to) of their sentence nearest to
     * [amountStart, amountEnd), or null. */
    public static Count nearest(java.util.List<Count> counts, int amountStart, int amountEnd, int from, int to) {
        Count best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Count c : counts) {
            if (c.start() < amountEnd && amountStart < c.end()) continue;
            if (c.start() < from || c.end() > to) continue;
            int distance = c.end() <= amountStart ? amountStart - c.end() : c.start() - amountEnd;
            if (distance < bestDistance) {
                best = c;
                bestDistance = distance;
            }
        }
        return best;
    }

    /** A person named as the one who received (村民某某领取了1万元, 某某接过…送来的1万元救助金): one person reached. */
    private static final Pattern RECEIVES_AFTER_NAME = Pattern.compile(
            "(?:已|也|还|又|都|成功)?(?:领取|领到|接过|获得|得到|收到|申请到|贷到)");

    /**
     * {@link #all}, and the people the segmenter names (person tokens) right before a receiving verb: each is one
     * person reached.
     */
    public java.util.List<Count> all(Sentence sentence) {
        java.util.List<Count> found = all(sentence.text());
        Matcher receives = RECEIVES_AFTER_NAME.matcher(sentence.text());
        for (Token t : sentence.tokens()) {
            if (!t.isPerson()) continue;
            int end = t.end() - sentence.start();
            if (end <= 0 || end > sentence.text().length()) continue;
            if (receives.region(end, sentence.text().length()).lookingAt()) {
                found.add(new Count(t.start() - sentence.start(), end, 1, Qualifier.EXACT, "人", null));
            }
        }
        return found;
    }

    /** The counts of a sentence, in the order {@link #nearest} breaks ties by: read once per sentence and shared by
     * its sums (a sentence listing many sums was scanned again for each, several times). */
    public java.util.List<Count> all(String sentence) {
        java.util.List<Count> found = new java.util.ArrayList<>();
        if (mayHold(sentence, PRONOUNS)) {
            Matcher one = ONE_PERSON.matcher(sentence);
            while (one.find()) found.add(new Count(one.start("who"), one.end("who"), 1, Qualifier.EXACT, "人", null));
        }
        if (!mayHold(sentence, UNIT_WORDS) && !mayHold(sentence, PEOPLE_WORDS)) return found;
        FirstCharacters.Matches markedCounts = COUNT_THEN_WHO_STARTS.matches(COUNT_THEN_WHO, sentence);
        Matcher m = markedCounts.matcher();
        while (markedCounts.find()) {
            Long n = count(m.group("num"));
            if (n == null) continue;
            Matcher end = DESCRIPTION_END.matcher(sentence);
            end.region(m.end(), Math.min(sentence.length(), m.end() + 30));
            int stop = end.find() ? end.start() : Math.min(sentence.length(), m.end() + 30);
            String who = clean(sentence.substring(m.end(), stop));
            int start = m.start("pre") >= 0 ? m.start("pre") : m.start("num");
            found.add(new Count(start, m.end("unit"), n, qualifier(m), m.group("unit").strip(), who));
        }
        for (Reading r : READINGS) {
            if (!r.mayMatch(sentence)) continue;
            FirstCharacters.Matches matches = r.starts() == null ? null : r.starts().matches(r.pattern(), sentence);
            m = matches == null ? r.pattern().matcher(sentence) : matches.matcher();
            while (matches == null ? m.find() : matches.find()) {
                Long n = count(m.group("num"));
                if (n == null || (r.pattern() == WHO_THEN_COUNT && m.group("who").matches("[了给为向]"))) continue; // 资助了N名
                int start = Math.min(m.start("who"), m.start("num"));
                String unit = m.group("unit").isEmpty() ? "人" : m.group("unit").strip(); // 16万孤困儿童: people
                found.add(new Count(start, Math.max(m.end("unit"), m.end("who")), n, qualifier(m), unit,
                        clean(m.group("who"))));
            }
        }
        return found;
    }

    private static Qualifier qualifier(Matcher m) {
        String pre = m.group("pre");
        if (pre != null && !pre.equals("超过") && !pre.equals("超") && !pre.equals("逾")) return Qualifier.APPROXIMATE;
        if (pre != null || m.group("more") != null || ROUNDED.matcher(m.group("num")).find()) return Qualifier.AT_LEAST;
        return Qualifier.EXACT;
    }

    private static final Pattern ROUNDED = Pattern.compile("[余多]");

    private static Long count(String written) {
        String number = ROUNDED.matcher(written).replaceAll("").replace(",", ""); // 1,249: thousands written apart
        BigDecimal v;
        if (Character.isDigit(number.charAt(0))) {
            int digits = 0;
            while (digits < number.length() && (Character.isDigit(number.charAt(digits)) || number.charAt(digits) == '.')) {
                digits++;
            }
            v = new BigDecimal(number.substring(0, digits));
            if (digits < number.length()) { // 1万三千, 9千
                v = v.multiply(BigDecimal.valueOf(number.charAt(digits) == '万' ? 10_000 : 1_000));
                if (digits + 1 < number.length()) {
                    BigDecimal rest = ChineseNumeral.parse(number.substring(digits + 1));
                    if (rest == null) return null;
                    v = v.add(rest);
                }
            }
        } else if (number.length() == 1 && "十百千万".indexOf(number.charAt(0)) >= 0) { // 近千名: about a thousand
            v = BigDecimal.TEN.pow("十百千万".indexOf(number.charAt(0)) + 1);
        } else {
            v = ChineseNumeral.parse(number);
        }
        if (v == null || v.signum() <= 0 || v.compareTo(BigDecimal.valueOf(10_000_000_000L)) > 0) return null;
        return v.longValue();
    }

    private static String clean(String who) {
        String s = who.strip();
        while (s.endsWith("的")) s = s.substring(0, s.length() - 1);
        return s.isEmpty() ? null : s;
    }
}
