package org.fuliankg.extract.funding;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.fuliankg.domain.money.FundingFigure;
import org.fuliankg.domain.money.Qualifier;
import org.fuliankg.lexicon.Currencies;

/**
 * Sums written in English, as English-language pages about women's federations write them: {@code 50,000 yuan},
 * {@code 3.55 million yuan}, {@code more than 100 billion yuan}, {@code RMB 2 million}, {@code US$16.3 billion},
 * {@code 365 million U.S. dollars}. A number needs its currency, before it (a symbol of {@code currencies.tsv}, RMB)
 * or after it (yuan, dollars …): a bare number (2.34 million women) is no sum. A word before the number says how
 * exact it is: more than, over, at least (at least); about, nearly, almost, around, some (approximate).
 */
final class EnglishMoney {

    /** Symbols written before the number: those of {@code currencies.tsv} (US$, HK$, NT$ …), longest first. */
    private static final List<Currencies.Currency> SYMBOLLED = Currencies.all().stream()
            .filter(c -> c.englishSymbol() != null && !c.englishSymbol().isBlank())
            .sorted(Comparator.comparingInt((Currencies.Currency c) -> c.englishSymbol().length()).reversed())
            .toList();
    private static final String SYMBOLS = SYMBOLLED.stream()
            .map(c -> symbol(c.englishSymbol())).collect(Collectors.joining("|"));

    /** US$ also written US $ (a space before the dollar sign). */
    private static String symbol(String s) {
        return s.endsWith("$") ? Pattern.quote(s.substring(0, s.length() - 1)) + "\\s?\\$" : Pattern.quote(s);
    }

    /** Currency words after the number; a yuan word first (the yuan is no foreign currency). */
    private static final String YUAN_AFTER = "yuan|Yuan|RMB|renminbi|CNY";
    private static final String FOREIGN_AFTER =
            "U\\.S\\.\\s?dollars|US\\s?dollars|American dollars|Hong Kong dollars|HK dollars|Macao patacas|patacas"
                    + "|NT dollars|New Taiwan dollars|Taiwan dollars|euros|pounds|yen|dollars";

    private static final Pattern SUM = Pattern.compile(
            "(?<![\\w$.,])(?:(?<pre>more than|over|at least|no less than|nearly|almost|about|around|approximately"
                    + "|roughly|some|close to|up to)\\s+)?"
                    + "(?:(?<sym>" + SYMBOLS + "|\\$|RMB|CNY)\\s?)?"
                    + "(?<num>[0-9]{1,3}(?:,[0-9]{3})+(?:\\.[0-9]+)?|[0-9]+(?:\\.[0-9]+)?)"
                    + "(?:\\s?(?<mult>thousand|million|mln|billion|bln|trillion)\\b)?"
                    + "(?:\\s(?<yuan>" + YUAN_AFTER + ")\\b|\\s(?<foreign>" + FOREIGN_AFTER + ")\\b)?");

    /** Whether the text may hold an English sum: a currency word or symbol in Latin script. */
    static boolean mayHold(String text) {
        return text.contains("yuan") || text.contains("Yuan") || text.contains("RMB") || text.contains("$")
                || text.contains("dollars") || text.contains("CNY");
    }

    static List<MoneyExpression> find(String text) {
        List<MoneyExpression> found = new ArrayList<>();
        Matcher m = SUM.matcher(text);
        while (m.find()) {
            String sym = m.group("sym");
            String yuan = m.group("yuan");
            String foreign = m.group("foreign");
            if (sym == null && yuan == null && foreign == null) continue; // 2.34 million women
            BigDecimal amount = new BigDecimal(m.group("num").replace(",", "")).multiply(multiplier(m.group("mult")));
            if (amount.signum() <= 0 || amount.compareTo(MoneyExpressions.LARGEST_PLAUSIBLE) > 0) continue;
            String currency = currency(sym, yuan, foreign);
            found.add(new MoneyExpression(m.start(), m.end(), amount.stripTrailingZeros(), null,
                    qualifier(m.group("pre")), currency));
        }
        return found;
    }

    private static BigDecimal multiplier(String word) {
        if (word == null) return BigDecimal.ONE;
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "thousand" -> new BigDecimal("1e3");
            case "million", "mln" -> new BigDecimal("1e6");
            case "billion", "bln" -> new BigDecimal("1e9");
            default -> new BigDecimal("1e12");
        };
    }

    /** The currency: a yuan word after the number wins over a symbol (RMB 5 yuan is rare; $ alone is the US dollar). */
    private static String currency(String sym, String yuan, String foreign) {
        if (yuan != null) return FundingFigure.YUAN;
        if (foreign != null) {
            String f = foreign.toLowerCase(Locale.ROOT);
            if (f.contains("hong kong") || f.startsWith("hk")) return "HKD";
            if (f.contains("pataca")) return "MOP";
            if (f.contains("taiwan") || f.startsWith("nt")) return "TWD";
            if (f.startsWith("euro")) return "EUR";
            if (f.startsWith("pound")) return "GBP";
            if (f.equals("yen")) return "JPY";
            return "USD";
        }
        if (sym.equals("RMB") || sym.equals("CNY")) return FundingFigure.YUAN;
        if (sym.equals("$")) return "USD";
        String written = sym.replaceAll("\\s", "");
        for (Currencies.Currency c : SYMBOLLED) {
            if (c.englishSymbol().replaceAll("\\s", "").equals(written)) return c.code();
        }
        return FundingFigure.YUAN;
    }

    private static Qualifier qualifier(String pre) {
        if (pre == null || pre.equals("up to")) return Qualifier.EXACT;
        return switch (pre) {
            case "more than", "over", "at least", "no less than" -> Qualifier.AT_LEAST;
            default -> Qualifier.APPROXIMATE;
        };
    }

    private EnglishMoney() {
    }
}
