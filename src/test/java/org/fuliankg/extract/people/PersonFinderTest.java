package org.fuliankg.extract.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.atlas.json.JsonValue;
import org.fuliankg.annotate.Annotator;
import org.fuliankg.domain.people.Person;
import org.fuliankg.extract.DocumentFacts;
import org.fuliankg.extract.FactExtractor;
import org.fuliankg.extract.GoldScores;
import org.fuliankg.normalise.TextNormaliser;
import org.fuliankg.source.SourceDocument;
import org.fuliankg.source.SourceReader;
import org.junit.jupiter.api.Test;

/** Named people without office, against the gold {@code other_persons} of the seeds and the texts in other styles. */
class PersonFinderTest {

    private static final Annotator ANNOTATOR = new Annotator();

    private static Set<String> people(SourceDocument source) {
        var annotated = ANNOTATOR.annotate(source, new TextNormaliser().normalise(source.text()));
        DocumentFacts facts = new FactExtractor().extract(annotated);
        return new PersonFinder().find(annotated, facts.items(), facts.officials()).stream()
                .map(Person::name).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void introducedDescribedAndAnonymisedPeopleButNoOfficialsOrReporters() {
        String text = "本报讯（记者 张伟）县妇联主席王秀英介绍，有位叫刘桂香的大姐主动捐款。返乡创业能人陈晓燕，带动村民增收；"
                + "受助女童李某，今年考上了大学。";
        var source = new SourceDocument("t.txt", Path.of("t.txt"), text, "UTF-8", "0");
        assertEquals(Set.of("刘桂香", "陈晓燕", "李某"), people(source));
    }

    @Test
    void seedsAndTextsInOtherStyles() throws Exception {
        int right = 0;
        int predicted = 0;
        int gold = 0;
        List<Path> files;
        try (Stream<Path> unseen = Files.list(Path.of(getClass().getResource("/unseen").toURI()))) {
            files = Stream.concat(Stream.of(Path.of("seeds/000_f9ff3fdd4056e4a8.txt"), Path.of("seeds/003_60f0d1ff23c14434.txt")),
                    unseen.filter(f -> f.toString().endsWith(".txt")).sorted()).toList();
        }
        for (Path file : files) {
            String name = file.getFileName().toString();
            var goldDoc = GoldScores.gold(name.startsWith("u") ? "/unseen/unseen-gold.json" : "/gold/seeds-gold.json", name);
            Set<String> expected = new HashSet<>();
            if (goldDoc.get("other_persons") != null) {
                for (JsonValue v : goldDoc.get("other_persons").getAsArray()) {
                    expected.add(v.getAsObject().get("name").getAsString().value());
                }
            }
            Set<String> found = people(new SourceReader().read(file));
            Set<String> hits = new TreeSet<>(found);
            hits.retainAll(expected);
            right += hits.size();
            predicted += found.size();
            gold += expected.size();
            if (!found.equals(expected)) System.out.println(name + " persons found " + found + " gold " + expected);
        }
        System.out.printf("persons P=%.3f R=%.3f (%d right of %d found, %d gold)%n",
                right / (double) predicted, right / (double) gold, right, predicted, gold);
        assertTrue(right >= 0.9 * predicted, "precision");
        assertTrue(right >= 0.6 * gold, "recall");
    }
}
