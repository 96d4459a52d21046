package org.fuliankg.annotate;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import java.lang.invoke.MethodHandles;
import java.util.List;

/**
 * HanLP segmentation alone, set up as {@link Annotator} sets it up (Viterbi with person, place and organisation
 * recognition, the domain terms in the dictionary): the baseline the bench compares the whole pipeline with.
 * One instance per thread.
 */
public final class NerSegmentation {

    static {
        try {
            // the Annotator adds its domain terms (and silences HanLP) when its class is initialised
            MethodHandles.lookup().ensureInitialized(Annotator.class);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private final Segment segment = HanLP.newSegment()
            .enableNameRecognize(true)
            .enablePlaceRecognize(true)
            .enableOrganizationRecognize(true)
            .enableOffset(true);

    /** Segments each sentence as {@link Annotator} does; returns the number of words. */
    public int segmentEach(List<String> sentences) {
        int words = 0;
        for (String sentence : sentences) words += segment.seg(sentence).size();
        return words;
    }
}
