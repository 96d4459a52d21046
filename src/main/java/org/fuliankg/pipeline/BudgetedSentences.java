package org.fuliankg.pipeline;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;
import org.fuliankg.annotate.Sentence;

/**
 * A document's sentences that check the time budget as the extractors read them: the extractors work sentence
 * by sentence, so this bounds their time without a hook in each of them. The clock is read every
 * {@value #READS_PER_CHECK} reads only, as some extractors read sentences in tight loops.
 */
final class BudgetedSentences extends AbstractList<Sentence> implements RandomAccess {

    private static final int READS_PER_CHECK = 64;

    private final List<Sentence> sentences;
    private final TimeBudget budget;
    private int reads;

    BudgetedSentences(List<Sentence> sentences, TimeBudget budget) {
        this.sentences = sentences;
        this.budget = budget;
    }

    @Override
    public Sentence get(int index) {
        if (++reads % READS_PER_CHECK == 0) budget.check("extraction");
        return sentences.get(index);
    }

    @Override
    public int size() {
        return sentences.size();
    }
}
