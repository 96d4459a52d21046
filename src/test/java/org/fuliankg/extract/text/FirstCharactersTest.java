package org.fuliankg.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
    void optionalElementsAddTheirFirstCharactersToThoseOfWhatFollows() {
        FirstCharacters starts = FirstCharacters.of("(?<pre>约|近)?(?:[0-9０-９]+|[一二三])(?<more>余)?元");
        assertNotNull(starts);
        assertEquals(3, starts.firstCandidate("共计为约5元"));
        assertEquals(2, starts.firstCandidate("共计２元"));
        assertEquals(-1, starts.firstCandidate("共计五元"));
        assertEquals(1, FirstCharacters.of("捐?款").firstCandidate("的款"));
        assertEquals(1, FirstCharacters.of("(?:捐|)款").firstCandidate("的款"));
        assertEquals(2, FirstCharacters.of("\\d+元").firstCandidate("共计7元"));
    }

    @Test
    void anExpressionThatMayStartOtherwiseOrMatchNothingHasNoFirstCharacters() {
        assertNull(FirstCharacters.of("[^甲乙]捐"));
        assertNull(FirstCharacters.of("捐?款?"));
        assertNull(FirstCharacters.of("(?:捐|)"));
        assertNull(FirstCharacters.of("募集|.{0,2}捐"));
        assertNull(FirstCharacters.of("\\p{IsHan}元"));
        assertNull(FirstCharacters.of("(?i)a元"));
        assertNull(FirstCharacters.of("^捐"));
    }

    /** The matches found from the candidates only are those of Matcher.find(), lookbehinds and ^ included. */
    @Test
    void matchesFromTheCandidatesAreThoseOfFind() {
        List<String> regexes = List.of("(?<![0-9])(?:约|近)?[0-9]+(?:万)?元(?!旦)", "(?<=[划目])[、及]计划|启动了?[甲乙]{1,3}",
                "(?:最高|不超过)[^，。]{0,4}$", "捐?款", "(?:约|近)?[0-9一二]+万?(?=的?(?:资金|善款))",
                "(?:大约|近)?[0-9一二]+(?:万|千)?\\s?(?:港元|元)|今天|\\d{4}年(?:初|底)?", "为[^，。元]{0,9}?[0-9]+名");
        String text = "为她们，为5元的一个大会近2万的善款、为一万资金，为20名，大约一千 港元，二十元；今天2019年底，"
                + "约5元，近12万元旦、3元20元。启动了甲乙乙计划、及计划最高可获款，捐款不超过5元";
        for (String regex : regexes) {
            Pattern p = Pattern.compile(regex);
            FirstCharacters.Matches matches = FirstCharacters.of(regex).matches(p, text);
            Matcher expected = p.matcher(text);
            int found = 0;
            while (expected.find()) {
                assertTrue(matches.find(), regex);
                assertEquals(expected.start() + "-" + expected.end(), matches.matcher().start() + "-" + matches.matcher().end(), regex);
                found++;
            }
            assertTrue(found > 0, regex);
            assertFalse(matches.find(), regex);
        }
    }

    /** A match is a run of the characters its expression consumes, holding one of its last required element's. */
    @Test
    void aMatchIsARunOfItsCharactersHoldingARequiredOne() {
        MatchCharacters sum = MatchCharacters.of("(?:约|近)?[0-9]+万?元(?!旦)");
        assertNotNull(sum);
        assertTrue(sum.required.get('元') && !sum.required.get('5') && !sum.required.get('旦'));
        assertTrue(sum.body.get('约') && sum.body.get('5') && sum.body.get('万') && !sum.body.get('旦'));
        MatchCharacters named = MatchCharacters.of("[0-9]+万(?=的?资金)"); // what a closing lookahead reads follows
        assertNotNull(named);
        assertTrue(named.required.get('资') && named.body.get('的') && named.body.get('金'));
        assertNull(MatchCharacters.of("[0-9]+元|.元"));
        MatchCharacters clause = MatchCharacters.of("为[^，。]{0,9}名"); // a negated class: a run ends at its members
        assertNotNull(clause);
        assertTrue(clause.body.get('人') && !clause.body.get('，') && clause.required.get('名'));
        assertNull(MatchCharacters.of("\\u5143[0-9]"));
        assertNull(MatchCharacters.of("捐?款?")); // nothing it must hold
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
