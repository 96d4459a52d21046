package org.fuliankg.pipeline;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongSupplier;
import org.fuliankg.annotate.AnnotatedText;
import org.fuliankg.annotate.Annotator;
import org.fuliankg.extract.DocumentFacts;
import org.fuliankg.extract.FactExtractor;
import org.fuliankg.normalise.TextNormaliser;
import org.fuliankg.source.SourceDocument;

/**
 * Text in → normalise → annotate → extract: one document's facts. Thread-confined: one per worker.
 *
 * <p>Each document has a time budget (default {@value #DEFAULT_BUDGET_SECONDS} s, or the system property
 * {@value #BUDGET_PROPERTY} in seconds): it is checked between the stages and while the extractors read
 * sentences, and a document that runs past it fails with a {@link DocumentTooSlowException}, which a build reports
 * as a skipped input. Annotation itself is not interrupted; it is linear in the text, as sentences are bounded.
 */
public final class Pipeline {

    public static final String BUDGET_PROPERTY = "fuliankg.documentSeconds";
    static final long DEFAULT_BUDGET_SECONDS = 30;

    private final TextNormaliser normaliser = new TextNormaliser();
    private final Annotator annotator = new Annotator();
    private final FactExtractor extractor = new FactExtractor();
    private final Duration budget;
    private final LongSupplier clock;

    /** A pipeline with the configured budget per document (see the class comment). */
    public Pipeline() {
        this(configuredBudget());
    }

    public Pipeline(Duration budgetPerDocument) {
        this(budgetPerDocument, System::nanoTime);
    }

    /**
     * @param clock nanoseconds, read at the start of each document and at every budget check: {@link System#nanoTime}
     *              in use, a counting clock in tests (so that what exceeds a budget does not depend on the machine)
     */
    public Pipeline(Duration budgetPerDocument, LongSupplier clock) {
        if (budgetPerDocument.isNegative() || budgetPerDocument.isZero()) {
            throw new IllegalArgumentException("the time budget must be positive, not " + budgetPerDocument);
        }
        this.budget = budgetPerDocument;
        this.clock = clock;
    }

    public DocumentFacts process(SourceDocument source) {
        TimeBudget time = TimeBudget.start(budget, source.fileName(), clock);
        return extract(annotate(source, time), time);
    }

    /**
     * What {@link #processAll} gives for one document: its facts, or what stopped its reading (a
     * {@link DocumentTooSlowException}, a bug's exception, a stack overflow on a pathological text).
     */
    public record Outcome(SourceDocument source, DocumentFacts facts, Throwable failure) {}

    /**
     * {@link #process} of several documents, in their order: each is normalised and annotated, then each is
     * extracted. The facts are those of one at a time, for less CPU: the segmenter's dictionaries and the
     * extractors' lexicons each stay in the processor's caches for a run of documents, where one document at a time
     * had each push the other out (600 generated articles in batches of 25: 14–18% less CPU in the thread). A
     * document that fails, or runs past its budget (counted for it alone), fails alone.
     */
    public List<Outcome> processAll(List<SourceDocument> sources) {
        List<Outcome> annotated = new ArrayList<>(sources.size());
        List<TimeBudget> budgets = new ArrayList<>(sources.size());
        List<AnnotatedText> texts = new ArrayList<>(sources.size());
        for (SourceDocument source : sources) {
            TimeBudget time = TimeBudget.start(budget, source.fileName(), clock);
            budgets.add(time);
            try {
                texts.add(annotate(source, time));
                annotated.add(null);
            } catch (RuntimeException | StackOverflowError e) {
                texts.add(null);
                annotated.add(new Outcome(source, null, e));
            }
            time.pause();
        }
        List<Outcome> outcomes = new ArrayList<>(sources.size());
        for (int i = 0; i < sources.size(); i++) {
            if (annotated.get(i) != null) {
                outcomes.add(annotated.get(i));
                continue;
            }
            TimeBudget time = budgets.get(i);
            time.resume();
            try {
                outcomes.add(new Outcome(sources.get(i), extract(texts.get(i), time), null));
            } catch (RuntimeException | StackOverflowError e) {
                outcomes.add(new Outcome(sources.get(i), null, e));
            }
        }
        return outcomes;
    }

    private AnnotatedText annotate(SourceDocument source, TimeBudget time) {
        var normalised = normaliser.normalise(source.text());
        time.check("normalisation");
        var annotated = annotator.annotate(source, normalised);
        time.check("annotation");
        return annotated;
    }

    private DocumentFacts extract(AnnotatedText annotated, TimeBudget time) {
        var budgeted = new AnnotatedText(annotated.source(), annotated.text(),
                new BudgetedSentences(annotated.sentences(), time));
        DocumentFacts facts = extractor.extract(budgeted);
        time.check("extraction");
        return facts;
    }

    private static Duration configuredBudget() {
        String seconds = System.getProperty(BUDGET_PROPERTY);
        if (seconds == null || seconds.isBlank()) return Duration.ofSeconds(DEFAULT_BUDGET_SECONDS);
        try {
            return Duration.ofNanos(Math.round(Double.parseDouble(seconds.strip()) * 1e9));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(BUDGET_PROPERTY + " must be a number of seconds, not '" + seconds + "'");
        }
    }
}
