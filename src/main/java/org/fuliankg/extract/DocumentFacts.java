package org.fuliankg.extract;

import java.util.List;
import org.fuliankg.domain.money.FundingFigure;
import org.fuliankg.domain.Item;
import org.fuliankg.domain.org.OrganisationMention;
import org.fuliankg.domain.people.Person;
import org.fuliankg.domain.people.PostHolder;
import org.fuliankg.domain.programme.ProgrammeMention;
import org.fuliankg.domain.people.Reporter;
import org.fuliankg.domain.text.SourcedDate;
import org.fuliankg.source.SourceDocument;

/**
 * Everything extracted from one document. Lists are in text order.
 *
 * <p>{@code date} is the document's date and where it comes from ({@link org.fuliankg.domain.text.DateOrigin}), or null
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
