package org.fuliankg.source.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.dankito.readability4j.Readability4J;
import org.junit.jupiter.api.Test;

/**
 * Our block scoring against Readability4J (Mozilla's Readability) on the saved pages: the share of article lines
 * each keeps (headline, header line, paragraphs) and the furniture strings each lets through. Readability4J is
 * only a test dependency: this measurement is why the build uses our extractor.
 */
class MainContentComparisonTest {

    @Test
    void ourExtractorKeepsAtLeastAsMuchOfTheArticleAndLetsLessFurnitureThrough() throws Exception {
        double ourRecall = 0;
        double theirRecall = 0;
        int ourNoise = 0;
        int theirNoise = 0;
        List<String> table = new ArrayList<>();
        for (PageFixture page : PageFixture.all()) {
            String ours = HtmlArticle.read(page.html(), "").text();
            var parsed = new Readability4J("http://example.org/", page.html()).parse();
            String theirs = (parsed.getTitle() == null ? "" : parsed.getTitle() + "\n")
                    + (parsed.getTextContent() == null ? "" : parsed.getTextContent());
            ourRecall += page.recall(ours);
            theirRecall += page.recall(theirs);
            ourNoise += page.noise(ours).size();
            theirNoise += page.noise(theirs).size();
            table.add(String.format("%-30s ours: recall %.2f, furniture %s | Readability4J: recall %.2f, furniture %s",
                    page.file(), page.recall(ours), page.noise(ours), page.recall(theirs), page.noise(theirs)));
        }
        int pages = PageFixture.all().size();
        table.add(String.format("mean recall ours %.3f, Readability4J %.3f; furniture strings ours %d, Readability4J %d",
                ourRecall / pages, theirRecall / pages, ourNoise, theirNoise));
        System.out.println(String.join("\n", table));

        assertTrue(ourRecall >= theirRecall && ourNoise <= theirNoise, String.join("\n", table));
    }
}
