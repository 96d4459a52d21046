package org.fuliankg.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.fuliankg.normalise.GoldNoise;
import org.fuliankg.normalise.NormalisedText;
import org.fuliankg.normalise.TextNormaliser;
import org.fuliankg.source.SourceDocument;
import org.junit.jupiter.api.Test;

class AnnotatorTest {
    private static final String NEWS_PAGE = "000_f9ff3fdd4056e4a8.txt";
    private static final String INTERVIEWS = "003_60f0d1ff23c14434.txt";

    private final Annotator annotator = new Annotator();
    private final TextNormaliser normaliser = new TextNormaliser();

    private AnnotatedText annotate(String text) {
        SourceDocument source = new SourceDocument("t.txt", Path.of("t.txt"), text, "UTF-8", "0");
        return annotator.annotate(source, normaliser.normalise(text));
    }

    private AnnotatedText annotateSeed(String file) {
        return annotate(GoldNoise.seedText(file));
    }

    @Test
    void tokensCoverTheirSentenceAtTheRightOffsets() {
        AnnotatedText a = annotateSeed(NEWS_PAGE);
        String text = a.text().text();
        for (Sentence s : a.sentences()) {
            assertEquals(text.substring(s.start(), s.end()), s.text());
            StringBuilder words = new StringBuilder();
            for (Token t : s.tokens()) {
                assertEquals(t.word(), text.substring(t.start(), t.end()));
                words.append(t.word());
            }
            assertEquals(s.text().replaceAll("\\s", ""), words.toString().replaceAll("\\s", ""));
        }
    }

    @Test
    void headerLinesAreSentencesOfTheirOwn() {
        List<String> sentences = annotateSeed(INTERVIEWS).sentences().stream().map(Sentence::text).toList();
        assertTrue(sentences.contains("成都市妇联党组书记、主席 谭学军"));
        assertTrue(sentences.contains("让二十大精神飞入盐都姐妹家"));
    }

    @Test
    void segmentsTraditionalPagesAfterNormalisation() {
        AnnotatedText a = annotate("廣東省婦聯召開春蕾計劃工作推進會。全國婦聯主席表示,兩癌救助資金增加。");
        List<String> words = a.sentences().stream().flatMap(s -> s.tokens().stream()).map(Token::word).toList();
        assertTrue(words.contains("春蕾计划"), words.toString());
        assertTrue(words.contains("全国妇联"), words.toString());
        assertTrue(words.contains("两癌救助"), words.toString());
    }

    @Test
    void recognisesOrganisationsAndPeople() {
        AnnotatedText a = annotate("成都市妇联主席在会上讲话。中国妇女发展基金会捐赠善款,王海云表示感谢。");
        List<Token> tokens = a.sentences().stream().flatMap(s -> s.tokens().stream()).toList();
        assertTrue(tokens.stream().anyMatch(t -> t.word().equals("中国妇女发展基金会") && t.isOrganisation()),
                tokens.toString());
        assertTrue(tokens.stream().anyMatch(t -> t.word().equals("王海云") && t.isPerson()), tokens.toString());
    }

    @Test
    void everyGoldDuplicatedPassageOfTheInterviewsIsFlagged() {
        AnnotatedText a = annotateSeed(INTERVIEWS);
        NormalisedText n = a.text();
        List<GoldNoise.Record> copies = GoldNoise.records(INTERVIEWS, "layout_noise").stream()
                .filter(r -> r.type().equals("duplicated-passage")).toList();
        assertEquals(3, copies.size());
        for (GoldNoise.Record copy : copies) {
            int end = copy.offset() + copy.surface().codePointCount(0, copy.surface().length());
            List<Sentence> inside = a.sentences().stream()
                    .filter(s -> n.originalStart(s.start()) >= copy.offset() && n.originalEnd(s.end()) <= end)
                    .toList();
            assertFalse(inside.isEmpty(), copy.surface());
            for (Sentence s : inside) assertTrue(s.duplicate(), s.text());
        }
    }

    @Test
    void firstOccurrencesAndShortRepeatsAreNotDuplicates() {
        AnnotatedText a = annotateSeed(INTERVIEWS);
        Sentence first = a.sentences().stream().filter(s -> s.text().startsWith("实施妇儿维权“强基”计划")).findFirst()
                .orElseThrow();
        assertFalse(first.duplicate());
        AnnotatedText b = annotate("巾帼建功。巾帼建功。全市妇女积极参与乡村振兴工作。全市妇女积极参与乡村振兴工作。");
        assertEquals(List.of(false, false, false, true), b.sentences().stream().map(Sentence::duplicate).toList());
        assertTrue(a.sentences().stream().filter(s -> s.text().startsWith("问:")).noneMatch(Sentence::duplicate),
                "repeated interview questions are lines of their own, not layout copies");
    }

    @Test
    void severalThreadsAnnotateLikeOne() throws Exception {
        String text = GoldNoise.seedText(INTERVIEWS);
        AnnotatedText expected = annotate(text);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<AnnotatedText>> results = new ArrayList<>();
            for (int i = 0; i < 6; i++) results.add(pool.submit(() -> annotate(text)));
            for (Future<AnnotatedText> result : results)
                assertEquals(expected.sentences(), result.get().sentences());
        } finally {
            pool.shutdown();
        }
    }
}
