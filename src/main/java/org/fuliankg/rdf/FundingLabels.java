package org.fuliankg.rdf;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.SKOS;
import org.fuliankg.domain.money.FundingFigure;
import org.fuliankg.domain.money.FundingRole;
import org.fuliankg.domain.org.OrgType;
import org.fuliankg.domain.org.Organisation;
import org.fuliankg.domain.money.Qualifier;
import org.fuliankg.lexicon.Currencies;
import org.fuliankg.lexicon.ResourceLines;

/**
 * Readable labels of a funding figure in Chinese and English, made from the fact itself: amount with its qualifier,
 * role, programme, responsible organisation and time, e.g. {@code 111万元 · 物资价值 · 中国妇女发展基金会} and
 * {@code ¥1.11 million · value of goods · China Women's Development Foundation}.
 */
final class FundingLabels {

    private static final String SEPARATOR = " · ";
    private static final BigDecimal WAN = BigDecimal.valueOf(10_000);
    private static final BigDecimal YI = BigDecimal.valueOf(100_000_000);
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);
    private static final BigDecimal BILLION = BigDecimal.valueOf(1_000_000_000);
    /** Times written only with digits (2022年, 2012—2022) read the same in English without 年. */
    private static final Pattern NUMERIC_TIME = Pattern.compile("[0-9年\\-—–~～至到]+");
    private static final Map<String, String> ENGLISH_NAMES = englishNames();

    private FundingLabels() {}

    /** {@code 58万余元 · 发放 · 春蕾计划 · 自贡市妇联 · 2023年}. */
    static String chinese(FundingFigure figure, Organisation responsible) {
        List<String> parts = new ArrayList<>();
        if (figure.amount() != null) parts.add(chineseAmount(figure));
        if (figure.role() != null) parts.add((figure.cumulative() ? "累计" : "") + roleLabel(figure.role(), "zh"));
        if (figure.programme() != null) parts.add(figure.programme().name());
        if (responsible != null) parts.add(responsible.name());
        if (figure.time() != null) parts.add(figure.time());
        return String.join(SEPARATOR, parts);
    }

    /** {@code at least ¥580,000 · disbursed · 春蕾计划 · 自贡市 Women's Federation · 2023}. */
    static String english(FundingFigure figure, Organisation responsible) {
        List<String> parts = new ArrayList<>();
        if (figure.amount() != null) parts.add(englishAmount(figure));
        if (figure.role() != null) parts.add((figure.cumulative() ? "cumulative " : "") + roleLabel(figure.role(), "en"));
        if (figure.programme() != null) parts.add(figure.programme().name());
        if (responsible != null) parts.add(englishName(responsible));
        if (figure.time() != null && NUMERIC_TIME.matcher(figure.time()).matches()) {
            parts.add(figure.time().replace("年", "").replaceAll("[\\-—~～至到]+", "–"));
        }
        return String.join(SEPARATOR, parts);
    }

    private static String chineseAmount(FundingFigure figure) {
        Qualifier q = figure.qualifier() == null ? Qualifier.EXACT : figure.qualifier();
        String unit = other(figure).map(Currencies.Currency::chineseUnit).orElse("元");
        if (q == Qualifier.RANGE && figure.maxAmount() != null) {
            String[] min = chineseNumber(figure.amount());
            String[] max = chineseNumber(figure.maxAmount());
            return min[0] + min[1] + "—" + max[0] + max[1] + unit;
        }
        String[] number = chineseNumber(figure.amount());
        return switch (q) {
            case APPROXIMATE -> "约" + number[0] + number[1] + unit;
            case AT_LEAST -> number[0] + number[1] + "余" + unit;
            default -> number[0] + number[1] + unit;
        };
    }

    /** Digits and unit: {@code [111, 万]}, {@code [1.5, 亿]}, {@code [2000, ""]}. */
    private static String[] chineseNumber(BigDecimal yuan) {
        if (yuan.compareTo(YI) >= 0) return new String[] {plain(yuan.divide(YI)), "亿"};
        if (yuan.compareTo(WAN) >= 0) return new String[] {plain(yuan.divide(WAN)), "万"};
        return new String[] {plain(yuan), ""};
    }

    private static String englishAmount(FundingFigure figure) {
        Qualifier q = figure.qualifier() == null ? Qualifier.EXACT : figure.qualifier();
        String symbol = other(figure).map(Currencies.Currency::englishSymbol).orElse("¥");
        if (q == Qualifier.RANGE && figure.maxAmount() != null) {
            return englishNumber(figure.amount(), symbol) + "–" + englishNumber(figure.maxAmount(), symbol);
        }
        String number = englishNumber(figure.amount(), symbol);
        return switch (q) {
            case APPROXIMATE -> "about " + number;
            case AT_LEAST -> "at least " + number;
            default -> number;
        };
    }

    /** A currency other than the yuan the figure is in, if any. */
    private static Optional<Currencies.Currency> other(FundingFigure figure) {
        return figure.currency() == null || figure.currency().equals(FundingFigure.YUAN) ? Optional.empty()
                : Currencies.byCode(figure.currency());
    }

    /** {@code ¥1.11 million}, {@code ¥1.2 billion}, {@code ¥580,000}, {@code HK$5 million}. */
    private static String englishNumber(BigDecimal amount, String symbol) {
        if (amount.compareTo(BILLION) >= 0) {
            return symbol + plain(amount.divide(BILLION).setScale(3, RoundingMode.HALF_UP)) + " billion";
        }
        if (amount.compareTo(MILLION) >= 0) {
            return symbol + plain(amount.divide(MILLION).setScale(3, RoundingMode.HALF_UP)) + " million";
        }
        return symbol + new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(amount);
    }

    private static String plain(BigDecimal number) {
        return number.stripTrailingZeros().toPlainString();
    }

    private static String roleLabel(FundingRole role, String lang) {
        Resource concept = Ontology.fundingRole(role);
        return Ontology.model().listObjectsOfProperty(concept, SKOS.prefLabel).toList().stream()
                .filter(l -> l.isLiteral() && l.asLiteral().getLanguage().equals(lang))
                .map(l -> l.asLiteral().getString()).findFirst().orElse(role.code());
    }

    private static String englishName(Organisation organisation) {
        String known = ENGLISH_NAMES.get(organisation.name());
        if (known != null) return known;
        if (organisation.type() == OrgType.FEDERATION && organisation.region() != null && !organisation.generic()
                && organisation.name().equals(organisation.region().name() + "妇联")) {
            return organisation.region().name() + " Women's Federation";
        }
        return organisation.name();
    }

    private static Map<String, String> englishNames() {
        Map<String, String> names = new java.util.HashMap<>();
        for (String[] f : ResourceLines.read(FundingLabels.class, "organisations-en.tsv")) names.put(f[0], f[1]);
        return names;
    }
}
