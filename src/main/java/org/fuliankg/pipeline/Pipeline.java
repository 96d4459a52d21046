package org.fuliankg.pipeline;

import org.fuliankg.annotate.Annotator;
import org.fuliankg.extract.DocumentFacts;
import org.fuliankg.extract.FactExtractor;
import org.fuliankg.normalise.TextNormaliser;
import org.fuliankg.source.SourceDocument;

/** Text in → normalise → annotate → extract: one document's facts. Thread-confined: one per worker. */
public final class Pipeline {

    private final TextNormaliser normaliser = new TextNormaliser();
    private final Annotator annotator = new Annotator();
    private final FactExtractor extractor = new FactExtractor();

    public DocumentFacts process(SourceDocument source) {
        var normalised = normaliser.normalise(source.text());
        var annotated = annotator.annotate(source, normalised);
        return extractor.extract(annotated);
    }
}
