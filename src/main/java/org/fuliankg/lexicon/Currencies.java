package org.fuliankg.lexicon;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The currencies other than the yuan ({@code currencies.tsv}), with the words that write them after or before a
 * number. A sum with none of them is in yuan ({@link org.fuliankg.domain.money.FundingFigure#YUAN}).
 */
public final class Currencies {

    /**
     * A currency.
     *
     * @param code         ISO 4217 (HKD)
     * @param chineseUnit  written after the number in Chinese labels (港元)
     * @param englishSymbol written before the number in English labels (HK$)
     * @param after        words that follow a sum in it (500万港元, 200萬港幣)
     * @param before       words that open a sum in it (新台币2亿元)
     */
    public record Currency(String code, String chineseUnit, String englishSymbol, List<String> after,
                           List<String> before) {}

    private static final List<Currency> ALL = load();

    private Currencies() {}

    public static List<Currency> all() {
        return ALL;
    }

    public static Optional<Currency> byCode(String code) {
        return ALL.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    /** The currency a word after a number names (港币 → HKD). */
    public static Optional<Currency> writtenAfter(String word) {
        return ALL.stream().filter(c -> c.after().contains(word)).findFirst();
    }

    /** Every word written after a number, longest first (for a regular expression's alternation). */
    public static List<String> wordsAfter() {
        List<String> words = new ArrayList<>();
        ALL.forEach(c -> words.addAll(c.after()));
        words.sort(Comparator.comparingInt(String::length).reversed());
        return words;
    }

    private static List<Currency> load() {
        List<Currency> currencies = new ArrayList<>();
        for (String[] row : ResourceLines.read("currencies.tsv")) {
            currencies.add(new Currency(row[0], row[1], row[2], List.of(row[3].split(" ")), List.of(row[4].split(" "))));
        }
        return List.copyOf(currencies);
    }
}
