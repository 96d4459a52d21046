package org.fuliankg.extract.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.fuliankg.annotate.Annotator;
import org.fuliankg.domain.Item;
import org.fuliankg.normalise.TextNormaliser;
import org.fuliankg.source.SourceDocument;
import org.fuliankg.source.SourceReader;
import org.fuliankg.source.UnreadableSourceException;
import org.junit.jupiter.api.Test;

/** Every readable text of the test corpora splits into numbered, ordered, disjoint items inside the text. */
class ItemSplitterCorpusTest {

    @Test
    void itemsAreOrderedDisjointAndInsideTheText() throws Exception {
        List<Path> files = new ArrayList<>();
        for (String dir : List.of("seeds", "src/test/resources/unseen", "src/test/resources/badinput")) {
            try (Stream<Path> s = Files.list(Path.of(dir))) {
                s.filter(Files::isRegularFile).sorted().forEach(files::add);
            }
        }
        Annotator annotator = new Annotator();
        int readable = 0;
        for (Path f : files) {
            SourceDocument source;
            try {
                source = new SourceReader().read(f);
            } catch (UnreadableSourceException skipped) {
                continue;
            }
            readable++;
            var text = annotator.annotate(source, new TextNormaliser().normalise(source.text()));
            List<Item> items = new ItemSplitter().split(text);
            int length = source.text().codePointCount(0, source.text().length());
            int previousEnd = 0;
            for (int n = 0; n < items.size(); n++) {
                Item item = items.get(n);
                assertEquals(n + 1, item.number(), f.toString());
                assertTrue(previousEnd <= item.span().start() && item.span().start() < item.span().end()
                        && item.span().end() <= length, f + ": " + item.span());
                previousEnd = item.span().end();
            }
            boolean hasText = !source.text().isBlank();
            assertTrue(!hasText || !items.isEmpty(), f + " has text but no item");
        }
        assertTrue(readable > 20, "corpus not found");
    }
}
