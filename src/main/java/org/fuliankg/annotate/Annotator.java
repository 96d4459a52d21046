package org.fuliankg.annotate;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import com.hankcs.hanlp.utility.Predefine;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import org.fuliankg.normalise.NormalisedText;
import org.fuliankg.lexicon.ResourceLines;
import org.fuliankg.source.SourceDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Splits normalised text into sentences and segments them with HanLP's Viterbi segmenter with person, place and
 * organisation recognition. The only class that knows HanLP. Usable from several threads: each thread gets its
 * own segmenter.
 */
public final class Annotator {
    private static final Logger LOG = LoggerFactory.getLogger(Annotator.class);

    static {
        Predefine.logger.setLevel(Level.OFF); // HanLP logs in Chinese on stderr otherwise
        addDomainTerms();
    }

    private final ThreadLocal<Segment> segment = ThreadLocal.withInitial(() -> HanLP.newSegment()
            .enableNameRecognize(true)
            .enablePlaceRecognize(true)
            .enableOrganizationRecognize(true)
            .enableOffset(true));
    private final SentenceSplitter splitter = new SentenceSplitter();

    /**
     * Words of the women's-federation domain that HanLP splits (全国妇联, 春蕾计划, 两癌 …). Added once, before any
     * segmentation: adding words while others segment changes their output.
     */
    private static void addDomainTerms() {
        for (String[] cols : ResourceLines.read(Annotator.class, "domain-terms.tsv")) {
            CustomDictionary.add(cols[0], cols[1]);
        }
    }

    public AnnotatedText annotate(SourceDocument source, NormalisedText text) {
        String t = text.text();
        List<SentenceSplitter.Span> spans = splitter.split(t);
        boolean[] duplicate = CopiedPassages.flag(t, spans);
        List<Sentence> sentences = new ArrayList<>(spans.size());
        for (int i = 0; i < spans.size(); i++) {
            SentenceSplitter.Span span = spans.get(i);
            String s = t.substring(span.start(), span.end());
            sentences.add(new Sentence(span.start(), span.end(), s, tokens(s, span.start()), duplicate[i]));
        }
        return new AnnotatedText(source, text, sentences);
    }

    /** The sentences {@link #annotate} segments, unsegmented: what HanLP alone is measured on in the bench. */
    public List<String> sentences(NormalisedText text) {
        String t = text.text();
        return splitter.split(t).stream().map(span -> t.substring(span.start(), span.end())).toList();
    }

    private List<Token> tokens(String sentence, int offset) {
        List<Term> terms;
        try {
            terms = segment.get().seg(sentence);
        } catch (RuntimeException e) {
            // a segmenter bug must not stop the build; the sentence is kept, without words
            LOG.warn("HanLP failed on a sentence at {}: {}", offset, e.toString());
            return List.of();
        }
        List<Token> tokens = new ArrayList<>(terms.size());
        for (Term term : terms) {
            if (term.word.isBlank()) continue;
            int start = offset + term.offset;
            tokens.add(new Token(term.word, term.nature.toString(), start, start + term.word.length()));
        }
        return tokens;
    }
}
