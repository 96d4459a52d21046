package org.fuliankg.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.fuliankg.lexicon.ResourceLines;
import org.junit.jupiter.api.Test;

class FirstCharactersTest {

    /** The verb cues of the money roles (MoneyRoles), the largest table of word lists tried this way. */
    private static final String VERB_TABLE = "/org/fuliankg/lexicon/funding-verbs.tsv";

    @Test
    void wordsAfterALookbehindAndInAGroupStartWithTheirFirstCharacter() {
        FirstCharacters starts = FirstCharacters.of("(?<!统)筹(?=[0-9一二]|$)|(?:资助|救助)(?!金|款)|认捐款?");
        assertNotNull(starts);
        assertEquals(4, starts.firstCandidate("他们在统筹资金")); // a candidate only: 统筹 is no match
        assertEquals(2, starts.firstCandidate("为她救助"));
        assertEquals(-1, starts.firstCandidate("发放慰问金"));
    }

    @Test
    void anExpressionThatMayStartOtherwiseIsNoList() {
        assertNull(FirstCharacters.of("[甲乙]捐"));
        assertNull(FirstCharacters.of("捐?款"));
        assertNull(FirstCharacters.of("(?:捐|)款"));
        assertNull(FirstCharacters.of("(?:捐|赠)*款"));
        assertNull(FirstCharacters.of("募集|.{0,2}捐"));
        assertNull(FirstCharacters.of("\\d+元"));
    }

    /** No match of a verb cue starts before the first candidate, on every fixture text. */
    @Test
    void noCueOfTheRoleTableMatchesBeforeItsFirstCandidate() throws IOException {
        List<String> texts;
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources/real-shapes"))) {
            texts = files.filter(p -> p.toString().endsWith(".txt")).map(FirstCharactersTest::read).toList();
        }
        assertTrue(texts.size() > 10);
        int cuesRead = 0;
        for (String[] row : ResourceLines.read(FirstCharactersTest.class, VERB_TABLE)) {
            FirstCharacters starts = FirstCharacters.of(row[1]);
            assertNotNull(starts, row[1]); // every cue of the table is a list of words today
            cuesRead++;
            for (String text : texts) {
                Matcher m = Pattern.compile(row[1]).matcher(text);
                int first = starts.firstCandidate(text);
                if (m.find()) assertTrue(first >= 0 && first <= m.start(), row[1]);
                else if (first >= 0) assertTrue(first < text.length());
            }
        }
        assertTrue(cuesRead > 5);
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
