package org.fuliankg.normalise;

/** One kind of repair of the text; it must keep the map to the original exact (see {@link TracedText}). */
interface Repair {
    TracedText apply(TracedText text);
}
