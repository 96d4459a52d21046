package org.fuliankg.extract.funding;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds when a sum was given, as written: 2012—2022, 2019年至2023年, 2022年, 今年9月初, 连续两年, 近日; and the period of a
 * running total: 今年以来, 截至目前, 十年来.
 */
public final class TimeExpressions {

    private static final Pattern TIME = Pattern.compile(
            "\\d{4}年?\\s*(?:-|—|–|~|～|至|到)+\\s*\\d{4}年?"
                    + "|(?:从|自)?\\d{4}年(?:\\d{1,2}月(?:\\d{1,2}日)?)?(?:初|底|末|以来|至今|起)?"
                    + "|(?:今年|去年|前年|明年|当年|同年)(?:\\d{1,2}月(?:\\d{1,2}日)?)?(?:初|底|末|上旬|中旬|下旬|以来)?"
                    + "|截[至止](?:目前|今|发稿)"
                    + "|\\d{1,2}月\\d{1,2}日"
                    + "|近日|日前|近年来|多年来|连续[0-9一二两三四五六七八九十]+年|[0-9一二两三四五六七八九十]+年来|疫情期间");

    /** The time nearest before {@code amountStart} in {@code sentence}, else the first one after, else null. */
    public String near(String sentence, int amountStart, int amountEnd) {
        Matcher m = TIME.matcher(sentence);
        String before = null;
        while (m.find()) {
            if (m.end() <= amountStart) before = m.group();
            else if (m.start() >= amountEnd) return before != null ? before : m.group();
        }
        return before;
    }
}
