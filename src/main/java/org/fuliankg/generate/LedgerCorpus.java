package org.fuliankg.generate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.fuliankg.generate.material.Chance;
import org.fuliankg.generate.material.Lexicon;
import org.fuliankg.generate.material.Money;

/**
 * Short yearly reports of city federations on their programmes' money, with every figure known: programme, the
 * responsible federation's region, time as written and the year or period it stands for, role, qualifier and
 * amount. Some figures are cumulative over years that other articles report one by one, some are per-person
 * standards, some repeat an earlier article's sentence word for word: the funding ledger must sum them by its rules
 * (ontology/README.md, "Funding ledger"), and its tests compare it with sums made by hand from these facts.
 */
public final class LedgerCorpus {

    /**
     * The facts file written next to the articles: one line per figure, tab-separated, with a header. Hidden, so
     * that building the directory does not read it as an article.
     */
    public static final String FACTS_FILE = ".ledger-figures.tsv";

    /**
     * One figure as written.
     *
     * @param regionCode code of the prefecture (or province) of the federation responsible
     * @param time       the time as written before the figure (2022年, 今年, 2019—2023年), or "" when none
     * @param period     the year or period it stands for (2022, 2019–2023)
     * @param amount     yuan; for ranges the minimum
     * @param max        for ranges the maximum, else null
     */
    public record Figure(String file, String programme, String regionCode, String time, String period,
                         boolean cumulative, String role, String qualifier, long amount, Long max) {}

    private static final List<String> PROGRAMMES = List.of("春蕾计划", "两癌救助");
    private static final int FIRST_YEAR = 2019;
    private static final int LAST_YEAR = 2023;

    private final long seed;
    private final List<Lexicon.Prefecture> cities;

    /** Articles are about three cities of the lexicon, chosen by {@code seed}, so that their rows fill up. */
    public LedgerCorpus(long seed) {
        this.seed = seed;
        Chance chance = new Chance(seed, 0);
        List<Lexicon.Prefecture> all = Lexicon.get().prefectures;
        List<Lexicon.Prefecture> chosen = new ArrayList<>();
        while (chosen.size() < 3) {
            Lexicon.Prefecture city = chance.pick(all);
            if (!chosen.contains(city)) chosen.add(city);
        }
        this.cities = List.copyOf(chosen);
    }

    public static String fileName(int i) {
        return String.format(Locale.ROOT, "ledger-%04d.txt", i);
    }

    /** Writes articles {@code 1..count} and {@value #FACTS_FILE} into {@code dir}; returns the figures. */
    public List<Figure> write(int count, Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Figure> figures = new ArrayList<>();
        String repeatable = null;
        List<Figure> repeatableFigure = List.of();
        for (int i = 1; i <= count; i++) {
            var article = new Article(new Chance(seed, i), fileName(i));
            if (repeatable != null && article.chance.percent(20)) article.repeat(repeatable, repeatableFigure);
            article.write();
            Files.writeString(dir.resolve(article.file), article.text, StandardCharsets.UTF_8);
            figures.addAll(article.figures);
            repeatable = article.firstSentence;
            repeatableFigure = List.of(article.firstFigure);
        }
        Files.writeString(dir.resolve(FACTS_FILE), facts(figures), StandardCharsets.UTF_8);
        return figures;
    }

    private static String facts(List<Figure> figures) {
        var tsv = new StringBuilder("file\tprogramme\tregion_code\ttime\tperiod\tcumulative\trole\tqualifier\tamount\tmax\n");
        for (Figure f : figures) {
            tsv.append(String.join("\t", f.file(), f.programme(), f.regionCode(), f.time(), f.period(),
                    String.valueOf(f.cumulative()), f.role(), f.qualifier(), String.valueOf(f.amount()),
                    f.max() == null ? "" : String.valueOf(f.max()))).append('\n');
        }
        return tsv.toString();
    }

    /** One report: a headline, a dated source line, then one sentence per figure. */
    private final class Article {
        final Chance chance;
        final String file;
        final Lexicon.Prefecture city;
        final String programme;
        final int year;
        final List<Figure> figures = new ArrayList<>();
        final StringBuilder body = new StringBuilder();
        String firstSentence;
        Figure firstFigure;
        String text;

        Article(Chance chance, String file) {
            this.chance = chance;
            this.file = file;
            this.city = chance.pick(cities);
            this.programme = chance.pick(PROGRAMMES);
            this.year = chance.between(FIRST_YEAR, LAST_YEAR);
        }

        /** Opens with an earlier article's first sentence, as reposts do. */
        void repeat(String sentence, List<Figure> itsFigure) {
            body.append("据此前报道，").append(sentence);
            itsFigure.forEach(f -> figures.add(new Figure(file, f.programme(), f.regionCode(), f.time(), f.period(),
                    f.cumulative(), f.role(), f.qualifier(), f.amount(), f.max())));
        }

        void write() {
            String federation = city.region().name() + "妇联";
            String code = city.region().code();
            int start = body.length();
            sentence(year + "年，", federation + "为" + programme + "募集善款", Money.large(chance), "raised", code,
                    String.valueOf(year), false);
            firstSentence = body.substring(start);
            firstFigure = figures.get(figures.size() - 1);
            if (chance.percent(60)) {
                sentence(year + "年，", federation + "通过" + programme + "发放救助金", Money.large(chance), "disbursed",
                        code, String.valueOf(year), false);
            }
            if (chance.percent(40)) {
                sentence("今年，", federation + "为" + programme + "筹集资金", range(), "raised", code,
                        String.valueOf(year), false);
            }
            if (year > FIRST_YEAR && chance.percent(30)) {
                sentence("去年，", federation + "为" + programme + "募集善款", Money.large(chance), "raised", code,
                        String.valueOf(year - 1), false);
            }
            if (chance.percent(40)) {
                sentence(year + "年，", city.province().name() + "妇联为" + programme + "拨付资金", Money.large(chance),
                        "allocated", city.province().code(), String.valueOf(year), false);
            }
            if (chance.percent(40)) {
                sentence(year + "年，", federation + "通过" + programme + "为每名受助女童每年资助", Money.small(chance), "per-person", code,
                        String.valueOf(year), false);
            }
            if (chance.percent(35)) {
                int from = chance.between(FIRST_YEAR - 5, year - 1);
                String period = chance.percent(50) ? from + "—" + year + "年，" : from + "年至" + year + "年，";
                sentence(period, federation + "累计为" + programme + "筹集资金",
                        Money.total(chance), "raised", code, from + "–" + year, true);
            }
            int day = chance.between(10, 28);
            text = city.region().name() + programme + "工作综述\n" + year + "年12月" + day + "日 来源：" + city.region().name()
                    + "妇联\n\n" + body + "\n";
        }

        private void sentence(String time, String words, Money money, String role, String regionCode, String period,
                              boolean cumulative) {
            body.append(time).append(words).append(money.surface()).append("。\n");
            long amount = money.amount() != null ? money.amount() : money.min();
            figures.add(new Figure(file, programme, regionCode, time.substring(0, time.length() - 1), period,
                    cumulative, role, money.qualifier(), amount, money.max()));
        }

        /** 15万至20万元: a range of tens of thousands. */
        private Money range() {
            int min = chance.between(5, 50);
            int max = min + chance.between(1, 20);
            return new Money(min + "万至" + max + "万元", null, min * 10_000L, max * 10_000L, "range");
        }
    }
}
