package org.fuliankg.annotate;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import com.hankcs.hanlp.utility.Predefine;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.regex.Pattern;
import org.fuliankg.normalise.NormalisedText;
import org.fuliankg.normalise.ResourceLines;
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
    /** Shorter sentences (slogans, headings) repeat legitimately: on their own they are never duplicates. */
    static final int MIN_DUPLICATE_LENGTH = 12;
    /** Below this, a repeat says nothing even inside a copied passage. */
    private static final int MIN_REPEAT_LENGTH = 4;
    /** How far back a sentence is looked for inside earlier sentences; layout copies stay on the same page. */
    private static final int DUPLICATE_WINDOW = 20_000;
    private static final Pattern OPENING_MARKS = Pattern.compile("^[“‘「『《(（]+");

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
        for (String line : ResourceLines.read(Annotator.class, "domain-terms.tsv")) {
            String[] cols = line.split("\t");
            CustomDictionary.add(cols[0], cols[1]);
        }
    }

    public AnnotatedText annotate(SourceDocument source, NormalisedText text) {
        String t = text.text();
        List<SentenceSplitter.Span> spans = splitter.split(t);
        boolean[] duplicate = duplicates(t, spans);
        List<Sentence> sentences = new ArrayList<>(spans.size());
        for (int i = 0; i < spans.size(); i++) {
            SentenceSplitter.Span span = spans.get(i);
            String s = t.substring(span.start(), span.end());
            sentences.add(new Sentence(span.start(), span.end(), s, tokens(s, span.start()), duplicate[i]));
        }
        return new AnnotatedText(source, text, sentences);
    }

    /**
     * Sentences copied by page layout: a run of consecutive sentences that each occurred earlier in the document
     * (whole, or inside an earlier sentence), with at least one of {@link #MIN_DUPLICATE_LENGTH} characters. The
     * run lets short sentences inside a copied passage count too, while short repeats on their own do not.
     * A repeated sentence that is a whole line (an interview question, a column heading) is a template that
     * recurs by design, not a copy.
     */
    private static boolean[] duplicates(String text, List<SentenceSplitter.Span> spans) {
        boolean[] repeated = new boolean[spans.size()];
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < spans.size(); i++) {
            SentenceSplitter.Span span = spans.get(i);
            String s = text.substring(span.start(), span.end());
            boolean again = !seen.add(s) || occursBefore(text, s, span.start());
            repeated[i] = again && s.length() >= MIN_REPEAT_LENGTH && !isWholeLine(text, span);
        }
        boolean[] duplicate = new boolean[spans.size()];
        for (int runStart = 0; runStart < spans.size(); ) {
            int runEnd = runStart;
            boolean hasLong = false;
            while (runEnd < spans.size() && repeated[runEnd]) {
                SentenceSplitter.Span span = spans.get(runEnd++);
                hasLong |= span.end() - span.start() >= MIN_DUPLICATE_LENGTH;
            }
            for (int i = runStart; i < runEnd; i++) duplicate[i] = hasLong;
            runStart = Math.max(runEnd, runStart + 1);
        }
        return duplicate;
    }

    private static boolean isWholeLine(String text, SentenceSplitter.Span span) {
        int before = span.start() - 1;
        while (before >= 0 && text.charAt(before) != '\n' && Character.isWhitespace(text.charAt(before))) before--;
        int after = span.end();
        while (after < text.length() && text.charAt(after) != '\n' && Character.isWhitespace(text.charAt(after))) after++;
        return (before < 0 || text.charAt(before) == '\n') && (after == text.length() || text.charAt(after) == '\n');
    }

    /**
     * Whether {@code sentence} is part of the text shortly before {@code start}, e.g. a copied sentence tail. A
     * copy that starts inside a quotation keeps the opening quote mark, so leading opening marks are ignored.
     */
    private static boolean occursBefore(String text, String sentence, int start) {
        String core = OPENING_MARKS.matcher(sentence).replaceFirst("");
        if (core.length() < MIN_REPEAT_LENGTH) return false;
        int found = text.indexOf(core, Math.max(0, start - DUPLICATE_WINDOW));
        return found >= 0 && found + core.length() <= start;
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
