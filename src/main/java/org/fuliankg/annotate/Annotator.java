package org.fuliankg.annotate;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import com.hankcs.hanlp.utility.Predefine;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import org.fuliankg.normalise.NormalisedText;
import org.fuliankg.source.SourceDocument;

/** Splits normalised text into sentences and segments them with HanLP (person/place/organisation recognition). */
public final class Annotator {

    static {
        Predefine.logger.setLevel(Level.OFF); // HanLP logs in Chinese on stderr otherwise
    }

    private final Segment segment = HanLP.newSegment()
            .enableNameRecognize(true)
            .enablePlaceRecognize(true)
            .enableOrganizationRecognize(true)
            .enableOffset(true);

    public AnnotatedText annotate(SourceDocument source, NormalisedText text) {
        List<Sentence> sentences = new ArrayList<>();
        String t = text.text();
        int start = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            boolean last = i == t.length() - 1;
            if (c == '\n' || c == '。' || c == '!' || c == '?' || c == '！' || c == '？' || last) {
                int end = last && c != '\n' ? i + 1 : (c == '\n' ? i : i + 1);
                if (end > start && !t.substring(start, end).isBlank()) sentences.add(sentence(t, start, end));
                start = i + 1;
            }
        }
        return new AnnotatedText(source, text, sentences);
    }

    private Sentence sentence(String t, int start, int end) {
        String s = t.substring(start, end);
        List<Token> tokens = new ArrayList<>();
        for (Term term : segment.seg(s)) {
            tokens.add(new Token(term.word, term.nature.toString(), start + term.offset,
                    start + term.offset + term.word.length()));
        }
        return new Sentence(start, end, s, tokens, false);
    }
}
