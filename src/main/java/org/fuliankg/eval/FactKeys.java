package org.fuliankg.eval;

import java.math.BigDecimal;
import java.util.regex.Pattern;
import org.fuliankg.lexicon.KnownOrganisations;
import org.fuliankg.lexicon.Programmes;
import org.fuliankg.normalise.TextNormaliser;

/**
 * How gold and predicted values are made comparable. Rules:
 * <ul>
 *   <li>all names: normalised as the pipeline normalises text (traditional script to simplified, pinyin and layout
 *       junk removed), so a gold name kept as written ({@code 黃雅麗}) equals the extracted {@code 黄雅丽}; then
 *       whitespace removed;</li>
 *   <li>organisations: 妇女联合会 is written 妇联, 中国共产党中央委员会 中共中央 and 妇女儿童工作委员会 妇儿工委 (the
 *       gold's short forms of the same bodies); 特别行政区 is written 特区, a special administrative region's bureau
 *       without the region (香港民政事务局 = 香港特区政府民政事务局 = 民政事务局), and a known body's other name
 *       (known-organisations.tsv) as its canonical one, also before a department (中央驻港联络办协调部 = 中联办协调部);
 *       a party committee with or without 中共 before its place (中共陕西省委 = 陕西省委; 中共中央 keeps it), and a
 *       government with or without 人民 (陕西省人民政府 = 陕西省政府);</li>
 *   <li>programmes: a name the programme lexicon lists as a variant is its programme's canonical name (the gold
 *       keeps each page's wording, 农村贫困母亲两癌救助, the graph the scheme's one name, 贫困母亲两癌救助); quotes and
 *       brackets (“”‘’"《》「」) removed, then one trailing 项目/工程/活动/工作 (with a 公益 or
 *       慈善 before it) dropped, so {@code “两癌”救助项目} equals {@code 两癌救助}; the money word after 救助 too
 *       (救助金, 救助款: {@code 低收入妇女两癌救助金} is the scheme {@code 低收入妇女两癌救助});</li>
 *   <li>money: amount in yuan without trailing zeros, {@code min-max} for ranges, then qualifier and role code; a
 *       running total also matches the gold's older role code {@code cumulative}. The meaning key adds whether the
 *       figure is a running total ({@code |true}); the gold's older role code {@code cumulative} says it is one
 *       without naming the action, so a running total matches it whatever its role.</li>
 * </ul>
 */
final class FactKeys {

    private static final Pattern SPACE = Pattern.compile("[\\s\\u3000]+");
    private static final Pattern QUOTES = Pattern.compile("[“”‘’\"'《》「」〈〉]");
    private static final Pattern PROGRAMME_SUFFIX = Pattern.compile("(?:(?:公益|慈善)?项目|工程|活动|工作)$");
    private static final Pattern RELIEF_MONEY = Pattern.compile("(?<=救助)(?:资金|金|款)$");
    /** The region (and its government) written before one of its bureaus: 香港民政事务局, 香港特区政府民政事务局 and
     * 民政事务局 are one bureau. */
    private static final Pattern SAR_REGION_BEFORE_BUREAU = Pattern.compile(
            "^(?:香港|澳门)(?:特区政府|特区)?(?=\\p{IsHan}{1,12}[局署处司关]$)");
    /** 中共 before a local party committee (中共陕西省委, 中共某市委宣传部): the gold writes it, the text often not. */
    private static final Pattern PARTY_BEFORE_LOCAL_COMMITTEE = Pattern.compile("^中共(?!中央)(?=\\p{IsHan}{1,12}委)");
    /** The gold's role code for a running total, from before the role was kept apart from being cumulative. */
    static final String CUMULATIVE_ROLE = "cumulative";

    private FactKeys() {}

    private static final TextNormaliser NORMALISER = new TextNormaliser();

    static String text(String s) {
        return s == null ? "" : SPACE.matcher(NORMALISER.normalise(s).text()).replaceAll("");
    }

    static String organisation(String name) {
        String s = text(name);
        var known = KnownOrganisations.get().nameAt(s, 0);
        if (known.isPresent()) s = known.get().getValue().name() + s.substring(known.get().getKey());
        s = s.replace("妇女联合会", "妇联").replace("中国共产党中央委员会", "中共中央")
                .replace("妇女儿童工作委员会", "妇儿工委").replace("特别行政区", "特区").replace("人民政府", "政府");
        s = PARTY_BEFORE_LOCAL_COMMITTEE.matcher(s).replaceFirst("");
        return SAR_REGION_BEFORE_BUREAU.matcher(s).replaceFirst("");
    }

    static String programme(String name) {
        String s = QUOTES.matcher(text(name)).replaceAll("");
        var known = Programmes.standard().byVariant(s);
        if (known != null) s = QUOTES.matcher(text(known.name())).replaceAll("");
        String stripped = RELIEF_MONEY.matcher(PROGRAMME_SUFFIX.matcher(s).replaceFirst("")).replaceFirst("");
        return stripped.isEmpty() ? s : stripped;
    }

    static String official(String name, String organisation) {
        return text(name) + "|" + (organisation == null ? "" : organisation(organisation));
    }

    static String money(BigDecimal amount, BigDecimal max, String qualifier, String role) {
        return amount(amount, max) + "|" + qualifier + "|" + role;
    }

    /** The amount alone: {@code 80000}, or {@code 1780-3300} for a range. */
    static String amount(BigDecimal amount, BigDecimal max) {
        return plain(amount) + (max == null ? "" : "-" + plain(max));
    }

    /** Amount, qualifier, role and whether the figure is a running total. */
    static String meaning(BigDecimal amount, BigDecimal max, String qualifier, String role, boolean cumulative) {
        return money(amount, max, qualifier, role) + "|" + cumulative;
    }

    private static String plain(BigDecimal amount) {
        return amount == null ? "?" : amount.stripTrailingZeros().toPlainString();
    }
}
