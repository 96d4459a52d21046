package org.fuliankg.annotate;

/** A word from the segmenter with its part-of-speech tag (HanLP tags: nr person, ns place, nt organisation …);
 * start/end are UTF-16 indices into the normalised text. */
public record Token(String word, String tag, int start, int end) {
    public boolean isPerson() { return tag.startsWith("nr"); }
    public boolean isPlace() { return tag.startsWith("ns"); }
    public boolean isOrganisation() { return tag.startsWith("nt"); }
}
