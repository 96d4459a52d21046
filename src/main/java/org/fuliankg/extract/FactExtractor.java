package org.fuliankg.extract;

import java.util.List;
import java.util.stream.Collectors;
import org.fuliankg.annotate.AnnotatedText;
import org.fuliankg.domain.FundingFigure;
import org.fuliankg.domain.Item;
import org.fuliankg.domain.OrganisationMention;
import org.fuliankg.domain.Person;
import org.fuliankg.domain.Post;
import org.fuliankg.domain.PostHolder;
import org.fuliankg.domain.ProgrammeMention;
import org.fuliankg.domain.Reporter;
import org.fuliankg.extract.funding.FigureYears;
import org.fuliankg.extract.funding.FundingFinder;
import org.fuliankg.extract.org.OrganisationFinder;
import org.fuliankg.extract.page.ItemSplitter;
import org.fuliankg.extract.people.OfficialFinder;
import org.fuliankg.extract.people.PersonFinder;
import org.fuliankg.extract.programme.ProgrammeFinder;

/** Runs the extractors in dependency order: items → organisations → officials → other
 * persons; programmes → fundings. */
public final class FactExtractor {

    private final ItemSplitter items = new ItemSplitter();
    private final OrganisationFinder organisations = new OrganisationFinder();
    private final OfficialFinder officials = new OfficialFinder();
    private final ProgrammeFinder programmes = new ProgrammeFinder();
    private final FundingFinder fundings = new FundingFinder();
    private final FigureYears years = new FigureYears();
    private final PersonFinder persons = new PersonFinder();

    public DocumentFacts extract(AnnotatedText text) {
        ItemSplitter.Page page = items.read(text);
        List<Item> itemList = page.items();
        List<OrganisationMention> orgs = organisations.find(text, itemList);
        List<PostHolder> people = officials.find(text, itemList, orgs);
        List<ProgrammeMention> progs = programmes.find(text, itemList);
        List<FundingFigure> money = years.dated(fundings.find(text, itemList, orgs, progs), itemList, page.date(),
                page.statedYear());
        List<Reporter> reporters = itemList.stream().flatMap(i -> i.reporters().stream()).toList();
        String title = itemList.isEmpty() || itemList.get(0).headline() == null
                ? text.source().fileName() : itemList.get(0).headline();
        List<Person> others = persons.find(text, itemList, people);
        // classes of bodies (村(社区)妇联, 各街道妇联) help read the text but are no organisations of the graph, unless
        // someone holds a post in one the text cannot name (镇妇联主席某某 in a text naming no town)
        var held = people.stream().flatMap(p -> p.posts().stream()).map(Post::organisation).collect(Collectors.toSet());
        List<OrganisationMention> named = orgs.stream()
                .filter(o -> !o.organisation().generic() || held.contains(o.organisation())).toList();
        return new DocumentFacts(text.source(), title, itemList, people, reporters, others, named, progs, money,
                page.date());
    }
}
