package org.fuliankg.generate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.fuliankg.generate.article.ArticleText;
import org.fuliankg.generate.article.ArticleWriter;
import org.fuliankg.generate.gold.GeneratedArticle;
import org.fuliankg.generate.gold.GoldJson;
import org.fuliankg.generate.material.Chance;
import org.fuliankg.generate.material.TraditionalScript;

/**
 * Synthetic federation news with known facts, for testing extraction at scale and for benchmarks. Article
 * {@code i} of seed {@code s} is always the same text, whatever the number of articles asked for; about one in ten
 * is written in traditional characters.
 */
public final class CorpusGenerator {

    /** The gold file written next to the articles. */
    public static final String GOLD_FILE = "generated-gold.json";

    private final long seed;
    private final ArticleWriter writer = new ArticleWriter();

    public CorpusGenerator(long seed) {
        this.seed = seed;
    }

    /** The file name of article {@code i} (1-based): {@code gen-000001.txt}. */
    public static String fileName(int i) {
        return String.format(Locale.ROOT, "gen-%06d.txt", i);
    }

    GeneratedArticle article(int i) {
        Chance chance = new Chance(seed, i);
        ArticleText text = writer.write(chance);
        boolean traditional = chance.percent(10);
        String written = traditional ? TraditionalScript.of(text.text()) : text.text();
        return new GeneratedArticle(fileName(i), written, text.facts, traditional);
    }

    /**
     * Writes articles {@code 1..count} into {@code dir} as UTF-8 text and their facts as {@value #GOLD_FILE}.
     *
     * @return the article files, in order
     */
    public List<Path> write(int count, Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Path> files = new ArrayList<>(count);
        GoldJson gold = new GoldJson();
        for (int i = 1; i <= count; i++) {
            GeneratedArticle a = article(i);
            Path file = dir.resolve(a.fileName());
            Files.writeString(file, a.text(), StandardCharsets.UTF_8);
            files.add(file);
            gold.add(a);
        }
        gold.write(dir.resolve(GOLD_FILE));
        return files;
    }

    /**
     * Writes article {@code i} of this seed over the file of that name in {@code dir}: with a generator of another
     * seed, a changed document for rebuild tests (the gold file is not updated).
     */
    public void overwrite(int i, Path dir) throws IOException {
        Files.writeString(dir.resolve(fileName(i)), article(i).text(), StandardCharsets.UTF_8);
    }
}
