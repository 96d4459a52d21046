package org.fuliankg.extract.funding;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fuliankg.domain.money.FundingFigure;
import org.fuliankg.domain.money.Qualifier;
import org.fuliankg.extract.text.FirstCharacters;
import org.fuliankg.lexicon.Currencies;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds sums of money in a string: Arabic or Chinese numerals, 万/亿/千 multipliers, decimals, ranges
 * (1500-2800元, 2至3万元) and qualifiers (近/约/左右 approximate; 余/多/超过/以上 at least). A sum needs 元, or a
 * money word right before it (捐款5万, 资金100万) and no counter after it (5.8万人次 is not money).
 *
 * <p>Sums above {@link #LARGEST_PLAUSIBLE} yuan (a hundred trillion) are OCR or typing accidents: they are
 * skipped and logged at debug level rather than reported.
 */
public final class MoneyExpressions {

    /** 100 trillion yuan: about the size of China's yearly GDP; no sum in a news item is larger. */
    public static final BigDecimal LARGEST_PLAUSIBLE = new BigDecimal("1e14");

    private static final Logger LOG = LoggerFactory.getLogger(MoneyExpressions.class);

    private static final String ARABIC = "[0-9０-９]+(?:[,，][0-9０-９]{3})*(?:[.．][0-9０-９]+)?";
    private static final String CHINESE = "[" + ChineseNumeral.CHARACTERS + "]+";
    /** Traditional 萬/億/餘 are read too, for text the normaliser left in traditional script. */
    private static final String MULTIPLIER = "万亿|亿|千万|百万|万|千|百|萬億|億|千萬|百萬|萬";

    /** One number: 315.06万, 1000余万, 236万余, 三十五万 (a space may separate number and unit: 100 万元). */
    private static String part(String p) {
        return "(?<" + p + "num>" + ARABIC + "|" + CHINESE + ")(?<" + p + "more1>余|餘|多)? ?(?<" + p + "mult>"
                + MULTIPLIER + ")?(?<" + p + "more2>余|餘|多)?";
    }

    /** 近80万元, 近 80 万元 (a space as some sites write numbers); 突破10亿元: past it, at least. */
    private static final String PREFIX = "(?:(?<pre>将近|接近|近|大约|约合|约为|约计|约达|约|逾|超过|超|突破|不少于|不低于|至少) ?)?";
    /** The upper end of a range: 1500-2800元, 2至3万元, 10万元至20万元. */
    private static final String RANGE = "(?:(?:元|块钱)?\\s*(?:-|—|–|~|～|至|到)\\s*" + part("b") + ")?";
    private static final String SUFFIX = "(?<post>左右|以上|余|餘|多)?";

    /** Words after a number naming a currency other than the yuan (港元, 港幣, 美金; {@code currencies.tsv}). */
    private static final List<String> OTHER_CURRENCY_AFTER = Currencies.wordsAfter();
    /** Of those, the ones without 元: a sentence holding one is searched even when it has no 元. */
    private static final List<String> OTHER_CURRENCY_WITHOUT_YUAN =
            OTHER_CURRENCY_AFTER.stream().filter(w -> w.indexOf('元') < 0).toList();

    /**
     * A sum written with its currency: 元, 人民币 after 万 or 亿 (出资2000万人民币), or another's name (500萬港元). Not 元
     * of 元旦, 单元, 多元化 …
     */
    private static final Pattern WITH_CURRENCY = Pattern.compile(PREFIX + part("a") + RANGE + " ?(?:(?<cur>"
            + String.join("|", OTHER_CURRENCY_AFTER) + ")|(?:元|块钱)(?![旦宵素化件器首帅老])|(?<=[万亿萬億])人民币)" + SUFFIX);
    /** Where a sum can start (its numeral or a word before it): the patterns are tried there only. */
    private static final FirstCharacters WITH_CURRENCY_STARTS = FirstCharacters.of(WITH_CURRENCY.pattern());

    /** The part below 万 of a sum in parts: 5000, or 5千 (5千3百) with its units written. */
    private static final String BELOW_WAN = "[0-9][千仟](?:[0-9][百佰])?|[0-9]{1,4}";

    /**
     * A sum written in parts (1亿3932万5000元, 1億零987萬元, 905975萬5000元, 1465萬5千元): what {@link #WITH_CURRENCY}
     * would read as its last part only. Arabic digits before each unit; tried only on text holding 亿/万 and 元.
     */
    private static final Pattern IN_PARTS = Pattern.compile(PREFIX + "(?<![0-9.．])(?:"
            + "(?<yi>[0-9]{1,4})[亿億]零?(?:(?<wan>[0-9]{1,4})[万萬])?零?(?<rest>" + BELOW_WAN + ")?"
            + "|(?<wanOnly>[0-9]{1,8})[万萬]零?(?<restOfWan>" + BELOW_WAN + "))元" + SUFFIX);
    private static final FirstCharacters IN_PARTS_STARTS = FirstCharacters.of(IN_PARTS.pattern());

    /** Words after which a bare number is money. */
    private static final List<String> MONEY_WORDS = List.of("捐款", "善款", "资金", "款项", "经费", "奖金", "救助金",
            "助学金", "慰问金", "募集", "筹集", "筹款", "募款", "募捐", "劝募", "捐赠", "捐助", "捐献", "投入", "拨付", "下拨", "贷款",
            "工资", "预算", "金额");

    /** A number after a money word, not followed by a counter. */
    private static final Pattern MONEY_CONTEXT = Pattern.compile(
            "(?:" + String.join("|", MONEY_WORDS) + ")(?:达到|达|为|共计|共|计|总计|总额|金额|了)?" + PREFIX + part("a") + RANGE + SUFFIX
                    + "(?![0-9０-９.%％‰" + ChineseNumeral.CHARACTERS
                    + "余餘多人名次场个件份户位条项亩米所家台套辆只头张本册期届批棵株年月日天岁倍元美港欧英镑吨斤笔箱袋瓶盒桶])");
    private static final FirstCharacters MONEY_CONTEXT_STARTS = FirstCharacters.of(MONEY_CONTEXT.pattern());

    /**
     * 发放了8.1万救助金, 发放2663万小额贴息贷款, 提供了500亿金额的保险保障: a number of 万 or 亿 with the money (or its
     * amount) named right after it, 元 left out.
     */
    private static final Pattern MONEY_WORD_AFTER = Pattern.compile(PREFIX + part("a") + RANGE + SUFFIX
            + "(?=的?(?:金额|救助金|助学金|慰问金|奖金|资金|善款|捐款|经费|款物|(?:小额|担保|贴息|创业|财政|信用|扶贫|无息|低息)*贷款))");
    private static final FirstCharacters MONEY_WORD_AFTER_STARTS = FirstCharacters.of(MONEY_WORD_AFTER.pattern());

    /** Vague magnitudes (数十万元, 上百万元, 成千上万元, 几千元) have no amount; 完成100万元 is exact. */
    private static final String VAGUE_BEFORE = "数几";
    private static final String VAGUE_BEFORE_CHINESE = "上成";

    public List<MoneyExpression> find(String text) {
        List<MoneyExpression> found = new ArrayList<>();
        // most sentences name no currency and no money word: the patterns, tried at every position, cannot match them
        if (text.indexOf('元') >= 0 && hasMyriads(text)) collectInParts(text, found);
        if (text.indexOf('元') >= 0 || text.contains("块钱") || text.contains("人民币")
                || OTHER_CURRENCY_WITHOUT_YUAN.stream().anyMatch(text::contains)) {
            collect(WITH_CURRENCY_STARTS.matches(WITH_CURRENCY, text), text, found, false);
        }
        if (MONEY_WORDS.stream().anyMatch(text::contains)) collect(MONEY_CONTEXT_STARTS.matches(MONEY_CONTEXT, text), text, found, true);
        if (hasMyriads(text)) collectNamedAfter(text, found);
        collectSharingTheUnit(text, found);
        if (EnglishMoney.mayHold(text)) { // an English page's 50,000 yuan, US$16.3 billion
            for (MoneyExpression e : EnglishMoney.find(text)) if (!overlapsFound(found, e.start(), e.end())) found.add(e);
        }
        found.sort((x, y) -> Integer.compare(x.start(), y.start()));
        return found;
    }

    private void collect(FirstCharacters.Matches matches, String text, List<MoneyExpression> found, boolean contextual) {
        Matcher m = matches.matcher();
        while (matches.find()) {
            int start = contextual ? m.start("pre") >= 0 ? m.start("pre") : m.start("anum") : m.start();
            if (start > 0 && isVague(text.charAt(start - 1), m.group("anum"))) continue;
            if (contextual && isLoneDigit(m)) continue; // 救助金一定程度上: 一 of a word, not a sum
            if (start > 0 && isPartOfAToken(text.charAt(start - 1))) continue; // 1e308元, A-1000元, v2.5元
            if (overlapsFound(found, start, m.end())) continue; // a part of a sum in parts, or read already
            MoneyExpression e = read(m, start, text);
            if (e != null) found.add(e);
        }
    }

    /** {@link #MONEY_WORD_AFTER}: only with 万 or 亿 written (3名救助金 is no sum), and not a sum read already. */
    private void collectNamedAfter(String text, List<MoneyExpression> found) {
        FirstCharacters.Matches matches = MONEY_WORD_AFTER_STARTS.matches(MONEY_WORD_AFTER, text);
        Matcher m = matches.matcher();
        while (matches.find()) {
            String mult = m.group("amult");
            if (mult == null || !(mult.contains("万") || mult.contains("萬") || mult.contains("亿") || mult.contains("億"))) {
                continue;
            }
            int start = m.start();
            if (start > 0 && (isVague(text.charAt(start - 1), m.group("anum")) || isPartOfAToken(text.charAt(start - 1)))) {
                continue;
            }
            if (overlapsFound(found, start, m.end())) continue;
            MoneyExpression e = read(m, start, text);
            if (e != null) found.add(e);
        }
    }

    /** 分别为40万及80万元, 30万、50万元: a number of 万 or 亿 joined to the sum after it shares its 元. */
    private static final Pattern SHARES_THE_UNIT = Pattern.compile(
            "(?<![0-9.．])(?<num>[0-9]+(?:\\.[0-9]+)?)(?<mult>万|亿|萬|億)(?:及|和|或|与|、)$");

    private static void collectSharingTheUnit(String text, List<MoneyExpression> found) {
        List<MoneyExpression> shared = new ArrayList<>();
        for (MoneyExpression e : found) {
            if (e.qualifier() == Qualifier.RANGE) continue;
            Matcher m = SHARES_THE_UNIT.matcher(text.substring(Math.max(0, e.start() - 16), e.start()));
            if (!m.find()) continue;
            int start = Math.max(0, e.start() - 16) + m.start();
            if (overlapsFound(found, start, start + m.group("num").length())) continue;
            BigDecimal mult = m.group("mult").matches("[万萬]") ? new BigDecimal(10000) : new BigDecimal(100000000);
            BigDecimal amount = new BigDecimal(m.group("num")).multiply(mult);
            shared.add(new MoneyExpression(start, start + m.group("num").length() + 1, strip(amount), null,
                    Qualifier.EXACT, e.currency()));
        }
        found.addAll(shared);
    }

    private static boolean hasMyriads(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '亿' || c == '億' || c == '万' || c == '萬') return true;
        }
        return false;
    }

    /** Sums in parts ({@link #IN_PARTS}); 1亿元 alone or 3.5万元 are read by {@link #WITH_CURRENCY}. */
    private static void collectInParts(String text, List<MoneyExpression> found) {
        FirstCharacters.Matches matches = IN_PARTS_STARTS.matches(IN_PARTS, text);
        Matcher m = matches.matcher();
        while (matches.find()) {
            BigDecimal value;
            if (m.group("yi") != null) {
                if (m.group("wan") == null && m.group("rest") == null) continue;
                value = new BigDecimal(m.group("yi")).multiply(new BigDecimal("1e8"))
                        .add(digitsOrZero(m.group("wan")).multiply(BigDecimal.valueOf(10_000))).add(belowWan(m.group("rest")));
            } else {
                value = new BigDecimal(m.group("wanOnly")).multiply(BigDecimal.valueOf(10_000)).add(belowWan(m.group("restOfWan")));
            }
            if (value.compareTo(LARGEST_PLAUSIBLE) > 0) continue;
            found.add(new MoneyExpression(m.start(), m.end(), strip(value), null,
                    qualifier(m.group("pre"), m.group("post"), false), currencyBefore(text, m.start())));
        }
    }

    private static BigDecimal digitsOrZero(String digits) {
        return digits == null ? BigDecimal.ZERO : new BigDecimal(digits);
    }

    /** {@link #BELOW_WAN}: 5000, or 5千3百 (a digit before each unit); null is zero. */
    private static BigDecimal belowWan(String part) {
        if (part == null) return BigDecimal.ZERO;
        if (part.length() < 2 || Character.isDigit(part.charAt(1))) return new BigDecimal(part);
        int value = (part.charAt(0) - '0') * 1000;
        if (part.length() >= 4) value += (part.charAt(2) - '0') * 100;
        return BigDecimal.valueOf(value);
    }

    private static boolean isVague(char before, String number) {
        return VAGUE_BEFORE.indexOf(before) >= 0
                || VAGUE_BEFORE_CHINESE.indexOf(before) >= 0 && !Character.isDigit(number.charAt(0));
    }

    /** A single Chinese digit with no multiplier after a money word (救助金一定…, 资金二次…) is part of a word. */
    private static boolean isLoneDigit(Matcher m) {
        String num = m.group("anum");
        return num.length() == 1 && !Character.isDigit(num.charAt(0)) && m.group("amult") == null
                && m.group("bnum") == null;
    }

    private static boolean overlapsFound(List<MoneyExpression> found, int start, int end) {
        for (MoneyExpression e : found) {
            if (e.start() < end && start < e.end()) return true;
        }
        return false;
    }

    /**
     * The currency of a sum: the one written after it (500萬港元), else one written right before it (新台币2亿元,
     * 港币100万元), else the yuan.
     */
    private static String currency(Matcher m, String text, int start) {
        String after = m.pattern() == WITH_CURRENCY ? m.group("cur") : null;
        if (after != null) return Currencies.writtenAfter(after).orElseThrow().code();
        return currencyBefore(text, start);
    }

    private static String currencyBefore(String text, int start) {
        for (Currencies.Currency c : Currencies.all()) {
            for (String word : c.before()) {
                if (start >= word.length() && text.startsWith(word, start - word.length())) return c.code();
            }
        }
        return FundingFigure.YUAN;
    }

    private MoneyExpression read(Matcher m, int start, String text) {
        Amount a = amount(m, "a");
        if (a == null) return null;
        if (BARE_UNIT.matcher(m.group("anum")).matches() && !bareUnitIsASum(text, start, m.end())) return null;
        if (everySingleYuan(text, start, m.group("anum")) && m.group("amult") == null) return null;
        Amount b = m.group("bnum") == null ? null : amount(m, "b");
        if (b == null && a.upper != null) b = new Amount(a.upper, a.multiplier, false, null); // 五六万元
        BigDecimal low = a.value;
        BigDecimal high = null;
        if (b != null) {
            high = b.value;
            // 2至3万元: the multiplier written once applies to both ends (but not in 五千到一万元)
            BigDecimal shared = low.multiply(b.multiplier);
            if (a.multiplier.equals(BigDecimal.ONE) && shared.compareTo(high) <= 0) low = shared;
            if (low.compareTo(high) >= 0) return null; // 2022-2023 and the like are not ranges of money
        }
        BigDecimal largest = high != null ? high : low;
        if (largest.compareTo(LARGEST_PLAUSIBLE) > 0) {
            LOG.debug("skipping implausible sum {}", m.group());
            return null;
        }
        if (low.signum() <= 0) return null;
        return new MoneyExpression(start, m.end(), strip(low), high == null ? null : strip(high),
                qualifier(m, a, b != null), currency(m, text, start));
    }

    private static Qualifier qualifier(Matcher m, Amount a, boolean range) {
        if (range) return Qualifier.RANGE;
        return qualifier(m.group("pre"), m.group("post"), a.more);
    }

    private static Qualifier qualifier(String pre, String post, boolean more) {
        if (pre != null && pre.matches("将近|接近|近|大约|约合|约为|约计|约达|约")) return Qualifier.APPROXIMATE;
        if ("左右".equals(post)) return Qualifier.APPROXIMATE;
        if (pre != null || post != null || more) return Qualifier.AT_LEAST;
        return Qualifier.EXACT;
    }

    /** @param upper the upper end of a colloquial range such as 五六万 (5万 to 6万), else null */
    private record Amount(BigDecimal value, BigDecimal multiplier, boolean more, BigDecimal upper) {}

    /** A numeral of units only (百万, 千万, 万, 千): one of the first unit. */
    private static final Pattern BARE_UNIT = Pattern.compile("[百千万亿萬億佰仟]+");

    /**
     * A unit with no digit is a sum (筹集百万元), not 万元户 (a household grown rich), 数以亿元 (a magnitude) nor 余万元,
     * 理赔总金额万元, 发放贷款12户万元, 募集 万余元 (a page that lost the digits before 余, after an amount word, after a
     * count of households or people, or where a space stands for them).
     */
    private static boolean bareUnitIsASum(String text, int start, int end) {
        if (text.startsWith("户", end) || start == 0) return start == 0 && !text.startsWith("户", end);
        char before = text.charAt(start - 1);
        if (DIGITS_LOST_AFTER.indexOf(before) >= 0) return false;
        // 12户万元: a count with no sum; not 每户万元 (a sum per household)
        return COUNTERS.indexOf(before) < 0 || start >= 2 && text.charAt(start - 2) == '每';
    }

    /** Characters after which a bare unit lost its digits: 以 of 数以, 余, an amount word, a space. */
    private static final String DIGITS_LOST_AFTER = "以余餘多额額 \u3000";
    /** Counters of households and people, which a bare unit right after lost its digits to. */
    private static final String COUNTERS = "户戶名位";

    /** 每一元捐赠都是一份爱心: "every single yuan" is a figure of speech, no sum. */
    private static boolean everySingleYuan(String text, int start, String numeral) {
        return start > 0 && text.charAt(start - 1) == '每' && "一".equals(numeral);
    }

    /** 五六万, 三四千: two neighbouring digits before the units give a range. */
    private static final String CN_DIGITS = "一二三四五六七八九";
    private static final Pattern NEIGHBOUR_DIGITS = Pattern.compile("^([一二三四五六七八])([二三四五六七八九])(.+)$");

    private static Amount amount(Matcher m, String p) {
        String num = m.group(p + "num");
        if (num.length() > 24) return null; // runaway digit strings are not sums
        BigDecimal base;
        BigDecimal upper = null;
        BigDecimal chineseUnit = BigDecimal.ONE;
        if (Character.isDigit(num.charAt(0))) {
            String digits = halfWidth(num);
            if (digits.matches("0\\d.*")) return null; // 0001万元 is no way to write a sum
            base = new BigDecimal(digits);
        } else {
            Matcher pair = NEIGHBOUR_DIGITS.matcher(num);
            if (pair.matches() && CN_DIGITS.indexOf(pair.group(2)) == CN_DIGITS.indexOf(pair.group(1)) + 1) {
                base = ChineseNumeral.parse(pair.group(1) + pair.group(3));
                upper = ChineseNumeral.parse(pair.group(2) + pair.group(3));
            } else {
                // 百万元, 千万元, 万余元: a unit written with no digit before it counts one
                base = ChineseNumeral.parse(BARE_UNIT.matcher(num).matches() ? "一" + num : num);
            }
            if (base == null) return null;
            chineseUnit = trailingUnit(num);
        }
        BigDecimal mult = multiplier(m.group(p + "mult"));
        boolean more = m.group(p + "more1") != null || m.group(p + "more2") != null;
        BigDecimal higher = higherPart(num, mult);
        if (higher != null) { // 三十五亿一千余万元: the 万 counts only the part after 亿
            BigDecimal rest = ChineseNumeral.parse(num.substring(lastHigherUnit(num, mult) + 1));
            if (rest == null) return null;
            return new Amount(higher.add(rest.multiply(mult)), mult, more, null);
        }
        return new Amount(base.multiply(mult), mult.equals(BigDecimal.ONE) ? chineseUnit : mult, more,
                upper == null ? null : upper.multiply(mult));
    }

    /**
     * The value of a Chinese numeral's part up to its last unit larger than the multiplier after it (三十五亿 of
     * 三十五亿一千余万), or null when it has none: the multiplier counts only the part after that unit.
     */
    private static BigDecimal higherPart(String num, BigDecimal mult) {
        int at = lastHigherUnit(num, mult);
        if (at < 0 || at == num.length() - 1) return null;
        return ChineseNumeral.parse(num.substring(0, at + 1));
    }

    /** Where the numeral's last 亿 (or 万, before a multiplier below 万) stands, or -1. */
    private static int lastHigherUnit(String num, BigDecimal mult) {
        if (mult.equals(BigDecimal.ONE) || Character.isDigit(num.charAt(0))) return -1;
        int at = -1;
        for (int i = 0; i < num.length(); i++) {
            char c = num.charAt(i);
            boolean yi = c == '亿' || c == '億';
            boolean wan = c == '万' || c == '萬';
            if (yi && mult.compareTo(new BigDecimal("1e8")) < 0 || wan && mult.compareTo(BigDecimal.valueOf(10_000)) < 0) {
                at = i;
            }
        }
        return at;
    }

    private static BigDecimal trailingUnit(String chinese) {
        if (chinese.endsWith("亿") || chinese.endsWith("億")) return new BigDecimal("1e8");
        if (chinese.endsWith("万") || chinese.endsWith("萬")) return BigDecimal.valueOf(10_000);
        return BigDecimal.ONE;
    }

    private static BigDecimal multiplier(String unit) {
        if (unit == null) return BigDecimal.ONE;
        return switch (unit) {
            case "万亿", "萬億" -> new BigDecimal("1e12");
            case "亿", "億" -> new BigDecimal("1e8");
            case "千万", "千萬" -> BigDecimal.valueOf(10_000_000);
            case "百万", "百萬" -> BigDecimal.valueOf(1_000_000);
            case "万", "萬" -> BigDecimal.valueOf(10_000);
            case "千" -> BigDecimal.valueOf(1_000);
            case "百" -> BigDecimal.valueOf(100);
            default -> BigDecimal.ONE;
        };
    }

    private static boolean isPartOfAToken(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || c == '.' || c == '-' || c == '_' || c == '/');
    }

    private static String halfWidth(String digits) {
        StringBuilder b = new StringBuilder(digits.length());
        for (char c : digits.toCharArray()) {
            if (c >= '０' && c <= '９') b.append((char) ('0' + (c - '０')));
            else if (c == '．') b.append('.');
            else if (c != ',' && c != '，') b.append(c);
        }
        return b.toString();
    }

    private static BigDecimal strip(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
