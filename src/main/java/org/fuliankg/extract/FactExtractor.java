package org.fuliankg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.fuliankg.annotate.AnnotatedText;
import org.fuliankg.domain.money.FundingFigure;
import org.fuliankg.domain.Item;
import org.fuliankg.domain.org.Organisation;
import org.fuliankg.domain.org.OrganisationMention;
import org.fuliankg.domain.people.Person;
import org.fuliankg.domain.people.Post;
import org.fuliankg.domain.people.PostHolder;
import org.fuliankg.domain.programme.ProgrammeMention;
import org.fuliankg.domain.people.Reporter;
import org.fuliankg.extract.funding.FigureYears;
import org.fuliankg.extract.funding.FundingFinder;
import org.fuliankg.extract.org.OrganisationFinder;
import org.fuliankg.extract.page.ItemSplitter;
import org.fuliankg.extract.people.OfficialFinder;
import org.fuliankg.extract.people.PersonFinder;
import org.fuliankg.extract.programme.ProgrammeFinder;
import org.fuliankg.extract.text.PlaceContext;
import org.fuliankg.lexicon.Positions;

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
        PlaceContext places = new PlaceContext(text, itemList); // read once: both finders below need the places
        // the titles too: both finders read them all (a lexicon walk at every position of the text)
        List<Positions.Title> titles = Positions.get().titlesIn(text.text().text());
        List<OrganisationMention> orgs = organisations.find(text, places, titles);
        List<PostHolder> people = officials.find(text, places, orgs, titles);
        List<ProgrammeMention> progs = programmes.find(text, itemList);
        List<FundingFigure> money = years.dated(fundings.find(text, itemList, orgs, progs), itemList, page.date(),
                page.statedYear(), page.topicYear());
        List<Reporter> reporters = itemList.stream().flatMap(i -> i.reporters().stream()).toList();
        String title = itemList.isEmpty() || itemList.get(0).headline() == null
                ? text.source().fileName() : itemList.get(0).headline();
        List<Person> others = persons.find(text, itemList, people);
        // classes of bodies (村(社区)妇联, 各街道妇联) help read the text but are no organisations of the graph, unless
        // someone holds a post in one the text cannot name (镇妇联主席某某 in a text naming no town)
        var held = people.stream().flatMap(p -> p.posts().stream()).map(Post::organisation).collect(Collectors.toSet());
        List<OrganisationMention> named = new ArrayList<>(orgs.stream()
                .filter(o -> !o.organisation().generic() || held.contains(o.organisation())).toList());
        named.addAll(bodiesOfTitles(people, named));
        named.sort(Comparator.comparingInt(m -> m.span().start()));
        return new DocumentFacts(text.source(), title, itemList, people, reporters, others, named, progs, money,
                page.date());
    }

    /**
     * A body written only inside a title (区委书记某某, 县政协主席某某) is named there as much as anywhere: each body a
     * post is held in that no mention names yet becomes a mention at the post's title. Not a body the title alone
     * implies (总书记 → the Party's central committee) nor the congress of a delegate: the text names neither; nor a
     * short form whose place the text does not tell (市妇联), which names no one body.
     */
    private static List<OrganisationMention> bodiesOfTitles(List<PostHolder> people, List<OrganisationMention> named) {
        Set<String> known = named.stream().map(m -> m.organisation().name()).collect(Collectors.toSet());
        List<OrganisationMention> added = new ArrayList<>();
        for (PostHolder p : people) {
            for (Post post : p.posts()) {
                Organisation body = post.organisation();
                if (body == null || body.generic() || body.unresolved() || post.span() == null || impliedByTitle(post)
                        || placeItself(body) || governmentUnwritten(body, post)) {
                    continue;
                }
                if (known.add(body.name())) added.add(new OrganisationMention(body, post.span()));
            }
        }
        return added;
    }

    /**
     * 副市长某某, 镇长某某, 行政长官某某: a head's title says which government the post is in, but writes no
     * government: the post keeps its body, the page names no government there. A title that writes it
     * (区政府办主任) names it.
     */
    private static boolean governmentUnwritten(Organisation body, Post post) {
        return body.name().endsWith(GOVERNMENT) && !post.span().surface().contains(GOVERNMENT);
    }

    private static final String GOVERNMENT = "政府";

    /** 市领导某某: the leaders' place stands for its bodies together and is no organisation named. */
    private static boolean placeItself(Organisation body) {
        return body.region() != null && body.name().equals(body.region().name());
    }

    private static boolean impliedByTitle(Post post) {
        return post.position().contains("代表")
                || post.organisation().name().equals(Positions.get().impliedOrganisation(post.position()));
    }
}
