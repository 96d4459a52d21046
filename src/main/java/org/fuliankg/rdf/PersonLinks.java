package org.fuliankg.rdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDFS;
import org.fuliankg.resolve.CrossDocumentPersons;
import org.fuliankg.resolve.PersonSighting;

/**
 * The person-links graph: which person IRIs of different documents denote one person, with the evidence of each
 * merge ({@link CrossDocumentPersons} decides). It depends on all documents, so it is computed from the document
 * graphs of a dataset after they are written, never while one document is mapped.
 */
public final class PersonLinks {

    private static final String PREFIXES = """
            PREFIX fl:   <https://w3id.org/fulian-kg/ontology#>
            PREFIX org:  <http://www.w3.org/ns/org#>
            PREFIX foaf: <http://xmlns.com/foaf/0.1/>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            """;
    /** Officials with a post in a specific organisation, per document. */
    private static final Query SIGHTINGS = QueryFactory.create(PREFIXES + """
            SELECT DISTINCT ?person ?name ?org ?doc WHERE {
              GRAPH ?g {
                ?post a fl:PostHolding ; org:heldBy ?person ; org:postIn ?org ; prov:wasDerivedFrom ?doc .
                ?person foaf:name ?name .
                FILTER NOT EXISTS { ?org fl:generic true }
              }
              FILTER (STRSTARTS(STR(?person), "%s"))
            }""".formatted(Iris.BASE + "person/"));
    private static final Query PARENTS = QueryFactory.create(PREFIXES + """
            SELECT DISTINCT ?child ?parent WHERE { GRAPH ?g { ?child org:subOrganizationOf ?parent } }""");

    private PersonLinks() {}

    /** Replaces the person-links graph of {@code dataset} by one computed from its document graphs; in a write transaction. */
    public static CrossDocumentPersons.Result rewrite(DatasetGraph dataset) {
        var graph = NodeFactory.createURI(Iris.PERSON_LINKS_GRAPH);
        dataset.removeGraph(graph);
        var resolution = resolve(dataset);
        Model links = model(resolution);
        if (!links.isEmpty()) dataset.addGraph(graph, links.getGraph());
        return resolution;
    }

    /** The merges the document graphs of {@code dataset} support; in a read transaction. */
    public static CrossDocumentPersons.Result resolve(DatasetGraph dataset) {
        List<PersonSighting> sightings = new ArrayList<>();
        select(dataset, SIGHTINGS).forEachRemaining(row -> sightings.add(new PersonSighting(
                row.get("person").getURI(), row.get("name").getLiteralLexicalForm(), row.get("org").getURI(),
                row.get("doc").getURI())));
        Map<String, Set<String>> parents = new HashMap<>();
        select(dataset, PARENTS).forEachRemaining(row -> parents
                .computeIfAbsent(row.get("child").getURI(), k -> new HashSet<>()).add(row.get("parent").getURI()));
        Map<String, Set<String>> ancestors = new HashMap<>();
        return CrossDocumentPersons.resolve(sightings, org -> ancestors.computeIfAbsent(org, o -> above(o, parents)));
    }

    /** The graph of a resolution: one fl:PersonMerge per merge, owl:sameAs from each merged IRI to its person's. */
    public static Model model(CrossDocumentPersons.Result resolution) {
        Model model = Prefixes.apply(ModelFactory.createDefaultModel());
        for (CrossDocumentPersons.Merge merge : resolution.merges()) {
            String[] keys = merge.organisations().stream().map(PersonLinks::organisationKey).toArray(String[]::new);
            // the rule's labels are read from the ontology; the concept itself lives in the reference data, not copied here
            Resource rule = Ontology.model().getResource(Ontology.mergeRule(merge.rule().code()).getURI());
            Resource r = model.createResource(Iris.personMerge(merge.rule().code(), merge.name(), keys), FL.PersonMerge)
                    .addProperty(FL.mergeRule, rule)
                    .addProperty(RDFS.label, "同一人 · " + merge.name() + " · " + label(rule, "zh"), "zh")
                    .addProperty(RDFS.label, "Same person · " + merge.name() + " · " + label(rule, "en"), "en");
            merge.persons().forEach(p -> r.addProperty(FL.mergedPerson, model.createResource(p)));
            merge.organisations().forEach(o -> r.addProperty(FL.viaOrganisation, model.createResource(o)));
            merge.documents().forEach(d -> r.addProperty(FL.wasDerivedFrom, model.createResource(d)));
        }
        resolution.canonical().forEach((person, canonical) ->
                model.createResource(person).addProperty(OWL.sameAs, model.createResource(canonical)));
        return model;
    }

    private static Set<String> above(String organisation, Map<String, Set<String>> parents) {
        Set<String> found = new HashSet<>();
        List<String> todo = new ArrayList<>(parents.getOrDefault(organisation, Set.of()));
        while (!todo.isEmpty()) {
            String next = todo.remove(todo.size() - 1);
            if (found.add(next)) todo.addAll(parents.getOrDefault(next, Set.of()));
        }
        return found;
    }

    private static String organisationKey(String iri) {
        String prefix = Iris.BASE + "org/";
        return iri.startsWith(prefix) ? iri.substring(prefix.length()) : iri;
    }

    private static String label(Resource concept, String lang) {
        return concept.listProperties(org.apache.jena.vocabulary.SKOS.prefLabel).toList().stream()
                .filter(s -> s.getLanguage().equals(lang)).map(s -> s.getString()).findFirst().orElse("");
    }

    private static RowSet select(DatasetGraph dataset, Query query) {
        return QueryExec.dataset(dataset).query(query).build().select().materialize();
    }
}
