package org.fuliankg.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
    private final SentenceSplitter splitter = new SentenceSplitter();

    private List<String> sentences(String text) {
        return splitter.split(text).stream().map(s -> text.substring(s.start(), s.end())).toList();
    }

    @Test
    void splitsAtSentenceEndsKeepingClosingQuotesAndAtLineBreaks() {
        String text = "湖北大冶设立妇儿关爱基金\r\n\n记者 姚鹏\n她说:“好!”大家鼓掌。真的吗?是的！  \n 最后一句";
        assertEquals(List.of("湖北大冶设立妇儿关爱基金", "记者 姚鹏", "她说:“好!”", "大家鼓掌。", "真的吗?", "是的！", "最后一句"),
                sentences(text));
    }

    @Test
    void overLongRunsAreCutAtClausePunctuationOrAtTheLimit() {
        String clause = "妇联组织关爱困难妇女儿童,";
        String longSentence = clause.repeat(60);
        List<SentenceSplitter.Span> spans = splitter.split(longSentence);
        assertTrue(spans.size() > 1);
        for (SentenceSplitter.Span s : spans) {
            assertTrue(s.end() - s.start() <= SentenceSplitter.MAX_LENGTH);
            assertEquals(',', longSentence.charAt(s.end() - 1));
        }
        String noPunctuation = "妇联".repeat(1000);
        List<SentenceSplitter.Span> cut = splitter.split(noPunctuation);
        assertEquals(2000 / SentenceSplitter.MAX_LENGTH + 1, cut.size());
        assertEquals(noPunctuation.length(), cut.get(cut.size() - 1).end());
    }

    @Test
    void aCommaBetweenDigitsIsNoCutPoint() {
        // an English paragraph over the limit whose last comma before it sits inside a sum
        String head = "The Riverside Women's Association thanked its partners for their help with the training of "
                + "village nurses, and the foundation of the Lakeview district, which ";
        String middle = "y".repeat(60) + ", ";
        String filler = "x".repeat(SentenceSplitter.MAX_LENGTH - head.length() - middle.length() - 17);
        String text = head + middle + filler + " gave US$ 412,560 to the clinic in the hills of the north";
        assertTrue(text.indexOf("412,") < SentenceSplitter.MAX_LENGTH);
        List<String> pieces = sentences(text);
        assertTrue(pieces.size() > 1);
        assertTrue(pieces.stream().anyMatch(p -> p.contains("US$ 412,560")), pieces.toString());
    }

    @Test
    void blankTextHasNoSentences() {
        assertEquals(List.of(), sentences(" \n\n \t"));
    }
}
