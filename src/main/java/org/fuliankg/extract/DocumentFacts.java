package org.fuliankg.extract;

import java.util.List;
import org.fuliankg.domain.FundingFigure;
import org.fuliankg.domain.Item;
import org.fuliankg.domain.OrganisationMention;
import org.fuliankg.domain.Person;
import org.fuliankg.domain.PostHolder;
import org.fuliankg.domain.ProgrammeMention;
import org.fuliankg.domain.Reporter;
import org.fuliankg.domain.SourcedDate;
import org.fuliankg.source.SourceDocument;

/**
 * Everything extracted from one document. Lists are in text order.
 *
 * <p>{@code date} is the document's date and where it comes from ({@link org.fuliankg.domain.DateOrigin}), or null
 * when nothing dates it.
 */
public record DocumentFacts(
        SourceDocument source,
        String title,
        List<Item> items,
        List<PostHolder> officials,
        List<Reporter> reporters,
        List<Person> persons,
        List<OrganisationMention> organisations,
        List<ProgrammeMention> programmes,
        List<FundingFigure> fundings,
        SourcedDate date) {}
