package org.fuliankg.extract.funding;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fuliankg.domain.Qualifier;

/**
 * Finds how many people a sum reached: "为1433名妇女", "救助20名…患者", "为将近2500名困境女童",
 * "资助贫困学子50余名". Only people are counted (名, 位, 户, 人, 个家庭); 人次 counts donors or visits, not
 * beneficiaries.
 */
public final class BeneficiaryCounts {

    /** A count found in a sentence; offsets index the sentence. */
    public record Count(int start, int end, long count, Qualifier qualifier, String unit, String description) {}

    private static final String NUMBER = "[0-9]+(?:\\.[0-9]+)?万?|[" + "零〇一二两三四五六七八九十百千万" + "]+";
    private static final String UNIT = "名|位|个家庭|户家庭|户|人(?![次员士才口均])";
    private static final String MARKER = "为|救助|资助|惠及|帮助|帮扶|扶持|带动|覆盖|受益|慰问|给|向|让|使";

    /** 为1433名妇女: the count after a marker, who after the count. */
    private static final Pattern COUNT_THEN_WHO = Pattern.compile("(?:" + MARKER + ")了?(?:全[省市县区州国]|各地)?"
            + "(?<pre>将近|接近|近|约为|约计|约|超过|逾)?"
            + "(?<num>" + NUMBER + ")(?<more>余|多)?(?<unit>" + UNIT + ")");
    /** 资助贫困学子50余名: who before the count. */
    private static final Pattern WHO_THEN_COUNT = Pattern.compile("(?:资助|救助|帮扶|帮助|惠及|慰问)(?<who>[^，,。；;、0-9]{1,12}?)"
            + "(?<pre>将近|接近|近|约为|约计|约|超过|逾)?(?<num>" + NUMBER + ")(?<more>余|多)?(?<unit>" + UNIT + ")");
    /** Where a description of who stops: punctuation or the next verb. */
    private static final Pattern DESCRIPTION_END = Pattern.compile(
            "[，,。；;:：!！?？、（(]|每|送|争取|提供|发放|获得|参加|上学|入学|受益|走出|实现|脱贫|就业|得到|领取|享受|接受|"
                    + "进行|开展|完成|申请|用于|捐|解决|圆|成功|$");

    /** The count nearest to [amountStart, amountEnd) of {@code sentence}, or null. */
    public Count nearest(String sentence, int amountStart, int amountEnd) {
        return nearest(sentence, amountStart, amountEnd, 0, sentence.length());
    }

    /** The count within [from, to) of {@code sentence} nearest to [amountStart, amountEnd), or null. */
    public Count nearest(String sentence, int amountStart, int amountEnd, int from, int to) {
        Count best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Count c : all(sentence)) {
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

    private java.util.List<Count> all(String sentence) {
        java.util.List<Count> found = new java.util.ArrayList<>();
        Matcher m = COUNT_THEN_WHO.matcher(sentence);
        while (m.find()) {
            Long n = count(m.group("num"));
            if (n == null) continue;
            Matcher end = DESCRIPTION_END.matcher(sentence);
            end.region(m.end(), Math.min(sentence.length(), m.end() + 30));
            int stop = end.find() ? end.start() : Math.min(sentence.length(), m.end() + 30);
            String who = clean(sentence.substring(m.end(), stop));
            int start = m.start("pre") >= 0 ? m.start("pre") : m.start("num");
            found.add(new Count(start, m.end("unit"), n, qualifier(m), m.group("unit"), who));
        }
        m = WHO_THEN_COUNT.matcher(sentence);
        while (m.find()) {
            Long n = count(m.group("num"));
            if (n == null) continue;
            found.add(new Count(m.start("who"), m.end("unit"), n, qualifier(m), m.group("unit"),
                    clean(m.group("who"))));
        }
        return found;
    }

    private static Qualifier qualifier(Matcher m) {
        String pre = m.group("pre");
        if (pre != null && !pre.equals("超过") && !pre.equals("逾")) return Qualifier.APPROXIMATE;
        if (pre != null || m.group("more") != null) return Qualifier.AT_LEAST;
        return Qualifier.EXACT;
    }

    private static Long count(String number) {
        BigDecimal v;
        if (Character.isDigit(number.charAt(0))) {
            boolean wan = number.endsWith("万");
            v = new BigDecimal(wan ? number.substring(0, number.length() - 1) : number);
            if (wan) v = v.multiply(BigDecimal.valueOf(10_000));
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
