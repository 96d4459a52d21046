package org.fuliankg.extract.page;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fuliankg.extract.text.FirstCharacters;

/**
 * Reads dates as pages write them: a full date (2023年1月5日, 2023-01-05, 2023/1/5, 2023.1.5, 二〇〇九年三月八日; day
 * first with the year last, as aggregator sites stamp a post, 15.04.2015 15:05, and Macau sites date one, 06/12/2018;
 * in English, July 27, 2021; in the Republic of China's calendar, 112年9月2日), a month and day without a year (3月1日,
 * 八月二十四日), a date badge set over lines (12 / 2008-12, 2010 / 01/13), and the years a text states (2019年, not
 * inside a period 2021-2025年 or after 到/至, which are plans).
 */
final class StatedDates {

    private static final String CHINESE_DIGIT = "〇○零OＯ一二三四五六七八九";
    private static final String CHINESE_NUMBER = "[一二三四五六七八九十]{1,3}";
    /** An English month's name or its abbreviation, one group. */
    private static final String ENGLISH_MONTH = "(?i:(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?"
            + "|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?))(?![A-Za-z])";
    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
            "nov", "dec");
    private static final Pattern DATE = Pattern.compile(
            "(?<!\\d)(\\d{4})(?:年|[-/.])(\\d{1,2})(?:月|[-/.])(\\d{1,2})(?:日|号|(?!\\d))"
                    + "|([" + CHINESE_DIGIT + "]{4})年(" + CHINESE_NUMBER + ")月(" + CHINESE_NUMBER + ")[日号]"
                    // the year last (15.04.2015, 06/12/2018): the day first, as aggregator sites stamp a post and
                    // Hong Kong, Macau and Singapore sites date one; a slashed date whose second number cannot be a
                    // month (12/25/2019) is written month first
                    + "|(?<![\\d./])(\\d{1,2})([./])(\\d{1,2})\\8((?:19|20)\\d{2})(?![\\d./])"
                    // English, month first or day first: July 27, 2021; Oct. 16 2019; 15 September 2013
                    + "|(?<![A-Za-z])" + ENGLISH_MONTH + "\\.? (\\d{1,2})(?:st|nd|rd|th)?,? ((?:19|20)\\d{2})(?!\\d)"
                    + "|(?<!\\d)(\\d{1,2}) " + ENGLISH_MONTH + "\\.?,? ((?:19|20)\\d{2})(?!\\d)"
                    // the Republic of China's calendar, as Taiwan's sites date a release: 民國112年9月2日, 112年9月2日
                    // (three digits only with a month and day after them: 建党100年 is no year)
                    + "|(?<!\\d)(?:民[国國] ?(\\d{1,3})|(1[0-4]\\d)) ?年(\\d{1,2})月(\\d{1,2})[日号]");
    /** The Republic of China's first year is 1912. */
    private static final int ROC_YEAR_ZERO = 1911;
    /** A month and day, with or without a year before it; not the end of a period or a cut-off (截至10月17日). */
    private static final Pattern MONTH_DAY = Pattern.compile(
            "(?<![\\d月至到止])(\\d{1,2})月(\\d{1,2})[日号]|(?<![" + CHINESE_DIGIT + "十月至到止])(" + CHINESE_NUMBER + ")月("
                    + CHINESE_NUMBER + ")[日号]");
    /** A date that opens a period (1949年8月31日至9月6日) is no day a page was published. */
    private static final Pattern PERIOD_FOLLOWS = Pattern.compile("\\s*(?:至|到|—|－|-|–|~|～)\\s*[\\d" + CHINESE_DIGIT + "十]");
    /** A year as the text writes it on its own, or closing a day written day (or month) first (10.11.2015 18:22,
     * a day-first date line); {@link #onItsOwn} rules out periods and targets. The
     * year's digits come first, so the pattern is tried cheaply at each position. Some sites space their numbers
     * (2017 年, as 300 元), read as the funding stage reads them. */
    private static final Pattern YEAR = Pattern.compile(
            "(?:19|20)\\d{2}(?: ?年|(?<=(?<![\\d./])\\d{1,2}[./]\\d{1,2}[./]\\d{4})(?![\\d./]))");
    private static final FirstCharacters YEAR_STARTS = FirstCharacters.of(YEAR.pattern());
    private static final Pattern PERIOD_BEFORE = Pattern.compile("\\d年?\\s?[-—–~～]$|[\\d至到]$");
    private static final Pattern MONTH_AFTER_YEAR = Pattern.compile("(\\d{1,2})月");
    private static final Pattern PERIOD_AFTER = Pattern.compile("\\s*(?:-|—|–|~|～|至|到)\\s*\\d");
    /** The start of a running period (自2001年起, 2015年以来, 2017年元月以来): where the text's story began, not its year. */
    private static final Pattern SINCE_AFTER = Pattern.compile("(?:[0-9一二三四五六七八九十元]{1,2}月份?)?(?:起|以来|至今|开始)");
    private static final Pattern SINCE_BEFORE = Pattern.compile("[自从]$");
    /** A date badge's lines joined by spaces: the day, then the year and month (12 2008 - 12), or the year and month,
     * then the day (2008-12 12), or the year, then the month and day (2010 01/13). */
    private static final Pattern BADGE = Pattern.compile(
            "(?<day>\\d{1,2}) (?<year>(?:19|20)\\d{2}) ?[-/.] ?(?<month>\\d{1,2}) ?"
                    + "|(?<year2>(?:19|20)\\d{2}) ?[-/.] ?(?<month2>\\d{1,2}) (?<day2>\\d{1,2}) ?"
                    + "|(?<year3>(?:19|20)\\d{2}) (?<month3>\\d{1,2}) ?[-/.] ?(?<day3>\\d{1,2}) ?");

    private StatedDates() {}

    /** The day a date badge shows ({@link #BADGE}), if its numbers make one. */
    static Optional<LocalDate> badge(String joined) {
        Matcher m = BADGE.matcher(joined);
        if (!m.matches()) return Optional.empty();
        String form = m.group("day") != null ? "" : m.group("day2") != null ? "2" : "3";
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group("year" + form)),
                    Integer.parseInt(m.group("month" + form)), Integer.parseInt(m.group("day" + form))));
        } catch (DateTimeException notADay) {
            return Optional.empty();
        }
    }

    /** The first valid full date in {@code text} as ISO yyyy-MM-dd. */
    static Optional<String> first(String text) {
        return firstDate(text, false).map(d -> d.date().toString());
    }

    /** The first valid full date that does not open a period: the day a header line gives. */
    static Optional<LocalDate> publication(String text) {
        return publicationAt(text).map(FullDate::date);
    }

    /** {@link #publication} with where it stands. */
    static Optional<FullDate> publicationAt(String text) {
        return firstDate(text, true);
    }

    /** The first valid full date in {@code text} with where it starts. */
    static Optional<FullDate> firstFull(String text) {
        return firstDate(text, false);
    }

    /** A full date found at [{@code start}, {@code end}) of a text. */
    record FullDate(LocalDate date, int start, int end) {}

    /** The first month and day in {@code text} (a full date's too) with where it starts. */
    static Optional<Found> firstMonthDay(String text) {
        Matcher m = MONTH_DAY.matcher(text);
        while (m.find()) {
            boolean arabic = m.group(1) != null;
            int month = arabic ? Integer.parseInt(m.group(1)) : chineseNumber(m.group(3));
            int day = arabic ? Integer.parseInt(m.group(2)) : chineseNumber(m.group(4));
            try {
                return Optional.of(new Found(MonthDay.of(month, day), m.start()));
            } catch (DateTimeException notADay) {
                // 13月40日 is no day: keep looking
            }
        }
        return Optional.empty();
    }

    /** A month and day found at {@code start} of a text. */
    record Found(MonthDay day, int start) {}

    /** The latest year {@code text} states on its own (not a period's bound, not a target after 到/至, not the start
     * of a running period: 自2009年…以来), or 0. */
    static int latestYear(String text) {
        Matcher m = YEAR.matcher(text);
        int latest = 0;
        while (m.find()) if (onItsOwn(text, m) && !opensARunningPeriod(text, m)) latest = Math.max(latest, year(m));
        return latest;
    }

    /** The first year {@code text} writes with {@code month} (2019年9月), or 0; not the start of a running period
     * (自2010年12月启动以来 under 12月7日讯 tells when the work began, not the year of the news). */
    static int yearOfMonth(String text, int month) {
        Matcher m = YEAR.matcher(text);
        while (m.find()) {
            if (!onItsOwn(text, m) || opensARunningPeriod(text, m)) continue;
            Matcher after = MONTH_AFTER_YEAR.matcher(text).region(m.end(), text.length());
            if (after.lookingAt() && Integer.parseInt(after.group(1)) == month) return year(m);
        }
        return 0;
    }

    /**
     * The year a text states most often on its own ({@code most}, ties: the later, or 0 when several years are stated
     * once each: what an undated text speaks of; not the latest: reviews of a year close with the next year's plans,
     * 2023年，市妇联将…; not the start of a running period, 自2001年起), and the year it is about ({@code topic}, else 0): that year
     * when stated at least {@value #TOPIC_TIMES} times and more often than all other years together (an interview
     * reviewing 2022 that says 2022年 again and again, where its 今年 is 2022; a report opening two paragraphs with
     * 2012年，… and one with 2011年，…; not a history naming many years).
     */
    record YearsStated(int most, int topic) {}

    /** How often an undated text states a year, at least, to be about it. */
    private static final int TOPIC_TIMES = 2;

    static YearsStated yearsStated(String text) {
        Map<Integer, Integer> counts = statedYears(text);
        int year = most(counts);
        int times = counts.getOrDefault(year, 0);
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        return new YearsStated(year, times >= TOPIC_TIMES && times * 2 > total ? year : 0);
    }

    /**
     * The year stated most often, the latest of those stated as often; 0 when none is, or when several years are
     * stated once each: such a text tells of past events (2015年起…, 2016年确诊…; 2011年设立基金…、2012年…), none of
     * them its own year.
     */
    private static int most(Map<Integer, Integer> counts) {
        int most = counts.entrySet().stream()
                .max(Map.Entry.<Integer, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).orElse(0);
        boolean onceAmongOthers = counts.getOrDefault(most, 0) == 1 && counts.size() > 1;
        return onceAmongOthers ? 0 : most;
    }

    private static Map<Integer, Integer> statedYears(String text) {
        Map<Integer, Integer> counts = new HashMap<>();
        FirstCharacters.Matches years = YEAR_STARTS.matches(YEAR, text);
        Matcher m = years.matcher();
        while (years.find()) if (onItsOwn(text, m) && !opensARunningPeriod(text, m)) counts.merge(year(m), 1, Integer::sum);
        return counts;
    }

    /** Not a bound of a period (2021-2025年, 2019年至2023年) nor a target after 到/至. */
    private static boolean onItsOwn(String text, Matcher year) {
        String before = text.substring(Math.max(0, year.start() - 4), year.start());
        return !PERIOD_BEFORE.matcher(before).find()
                && !PERIOD_AFTER.matcher(text).region(year.end(), text.length()).lookingAt();
    }

    private static boolean opensARunningPeriod(String text, Matcher year) {
        return SINCE_BEFORE.matcher(text).region(Math.max(0, year.start() - 1), year.start()).find()
                || SINCE_AFTER.matcher(text).region(year.end(), text.length()).lookingAt();
    }

    private static int year(Matcher m) {
        return Integer.parseInt(m.group().substring(0, 4));
    }

    private static Optional<FullDate> firstDate(String text, boolean notOpeningAPeriod) {
        Matcher m = DATE.matcher(text);
        while (m.find()) {
            if (notOpeningAPeriod && PERIOD_FOLLOWS.matcher(text).region(m.end(), text.length()).lookingAt()) continue;
            try {
                return Optional.of(new FullDate(dateOf(m), m.start(), m.end()));
            } catch (DateTimeException notADate) {
                // e.g. 2022.13.40 in a version number: keep looking
            }
        }
        return Optional.empty();
    }

    private static LocalDate dateOf(Matcher m) {
        if (m.group(1) != null) {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        }
        if (m.group(4) != null) return LocalDate.of(chineseYear(m.group(4)), chineseNumber(m.group(5)), chineseNumber(m.group(6)));
        if (m.group(11) != null) {
            return LocalDate.of(Integer.parseInt(m.group(13)), month(m.group(11)), Integer.parseInt(m.group(12)));
        }
        if (m.group(14) != null) {
            return LocalDate.of(Integer.parseInt(m.group(16)), month(m.group(15)), Integer.parseInt(m.group(14)));
        }
        if (m.group(19) != null) {
            String roc = m.group(17) != null ? m.group(17) : m.group(18);
            return LocalDate.of(ROC_YEAR_ZERO + Integer.parseInt(roc), Integer.parseInt(m.group(19)),
                    Integer.parseInt(m.group(20)));
        }
        int first = Integer.parseInt(m.group(7));
        int second = Integer.parseInt(m.group(9));
        boolean monthFirst = m.group(8).equals("/") && second > 12 && first <= 12;
        return LocalDate.of(Integer.parseInt(m.group(10)), monthFirst ? first : second, monthFirst ? second : first);
    }

    /** July, Jul → 7. */
    private static int month(String english) {
        return MONTHS.indexOf(english.substring(0, 3).toLowerCase(Locale.ROOT)) + 1;
    }

    /** 二〇〇九 (also written with O or 零) → 2009: one digit per character. */
    private static int chineseYear(String digits) {
        int year = 0;
        for (int i = 0; i < digits.length(); i++) year = year * 10 + chineseDigit(digits.charAt(i));
        return year;
    }

    /** 八 → 8, 十二 → 12, 二十四 → 24, 三十一 → 31. */
    private static int chineseNumber(String written) {
        int ten = written.indexOf('十');
        if (ten < 0) return chineseDigit(written.charAt(0));
        int tens = ten == 0 ? 1 : chineseDigit(written.charAt(0));
        int units = ten == written.length() - 1 ? 0 : chineseDigit(written.charAt(ten + 1));
        return tens * 10 + units;
    }

    private static int chineseDigit(char c) {
        int i = "一二三四五六七八九".indexOf(c);
        return i + 1; // 〇, ○, 零, O: 0
    }
}
