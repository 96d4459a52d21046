package org.fuliankg.extract;

import java.util.List;
import org.fuliankg.annotate.AnnotatedText;

/** Finds money amounts and what the text says about them: qualifier, role, giver, receiver, programme,
 * beneficiaries, time. */
public final class FundingFinder {

    public List<FundingFigure> find(AnnotatedText text, List<Item> items, List<OrganisationMention> organisations,
                                    List<ProgrammeMention> programmes) {
        return List.of();
    }
}
