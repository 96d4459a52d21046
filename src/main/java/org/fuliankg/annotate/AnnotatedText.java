package org.fuliankg.annotate;

import java.util.List;
import org.fuliankg.normalise.NormalisedText;
import org.fuliankg.source.SourceDocument;

/** A document split into sentences and words: what the extractors read. */
public record AnnotatedText(SourceDocument source, NormalisedText text, List<Sentence> sentences) {}
