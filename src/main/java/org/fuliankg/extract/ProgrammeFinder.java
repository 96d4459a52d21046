package org.fuliankg.extract;

import java.util.List;
import org.fuliankg.annotate.AnnotatedText;

/** Finds programmes by canonical name, variant or OCR slip. */
public final class ProgrammeFinder {

    public List<ProgrammeMention> find(AnnotatedText text) {
        return List.of();
    }
}
