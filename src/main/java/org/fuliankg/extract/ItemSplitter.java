package org.fuliankg.extract;

import java.util.List;
import org.fuliankg.annotate.AnnotatedText;

/** Splits a page into items: headline, sub-headline, byline (reporters, dateline), date, place. */
public final class ItemSplitter {

    public List<Item> split(AnnotatedText text) {
        return List.of();
    }
}
