package org.fuliankg.serve.web.entity;

import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.util.FmtUtils;
import org.apache.jena.system.Txn;

/**
 * SPARQL CONSTRUCTs over the served dataset (its default graph is the union of the named graphs) that describe
 * entities for the pages: what an entity says, what points at it, and the labels and types to show.
 */
public final class EntityDescriptions {

    /** Where every IRI of ours starts. */
    public static final String BASE = "https://w3id.org/fulian-kg/";

    /**
     * The entity's statements, with the parts of it they lead to (blank nodes and IRIs under its own, such as
     * {@code …#quote}, {@code …/beneficiaries}) two levels deep (beneficiaries → quote → offsets), the text of the
     * sentence a quote lies in, and the statements pointing at it (at most 500).
     */
    private static final String DESCRIBE = """
            CONSTRUCT { ?e ?p ?o . ?o ?p1 ?o1 . ?o1 ?p2 ?o2 . ?s ?in ?e }
            WHERE {
              { ?e ?p ?o
                OPTIONAL { ?o ?p1 ?o1
                           FILTER (isBlank(?o) || STRSTARTS(STR(?o), CONCAT(STR(?e), "#"))
                                   || STRSTARTS(STR(?o), CONCAT(STR(?e), "/")))
                           OPTIONAL { ?o1 ?p2 ?o2 FILTER (isBlank(?o1) || STRSTARTS(STR(?o1), STR(?e))
                                                  || ?p1 = <https://w3id.org/fulian-kg/ontology#inSentence>) } } }
              UNION
              { SELECT ?s ?in ?e WHERE { ?s ?in ?e } LIMIT 500 }
            }""";

    /** Labels (for people: names; for documents: titles, file names, addresses and dates) and types of some resources. */
    private static final String LABELS = """
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX foaf: <http://xmlns.com/foaf/0.1/>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX fl: <https://w3id.org/fulian-kg/ontology#>
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX schema: <https://schema.org/>
            CONSTRUCT { ?x ?p ?l }
            WHERE {
              VALUES ?p { skos:prefLabel rdfs:label foaf:name dcterms:title fl:sourceFile rdf:type schema:url
                          dcterms:date fl:dateOrigin }
              VALUES ?x { %s }
              ?x ?p ?l
            }""";

    private final DatasetGraph dataset;

    public EntityDescriptions(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    /** The served dataset (for the pages that run their own queries, such as a programme's ledger). */
    DatasetGraph dataset() {
        return dataset;
    }

    /** DESCRIBE-like description of one entity (empty when the dataset does not mention it). */
    Model describe(String iri) {
        Query query = QueryFactory.create(DESCRIBE);
        return construct(query, NodeFactory.createURI(iri));
    }

    /** The post timeline of a person or an organisation. */
    List<Timeline.Entry> timeline(String iri, boolean person) {
        return new Timeline(dataset).entries(iri, person);
    }

    /** Labels and types of the given resources (blank nodes and literals are skipped). */
    Model labelsOf(Collection<Node> resources) {
        String values = resources.stream().filter(Node::isURI).distinct().limit(2000)
                .map(n -> FmtUtils.stringForURI(n.getURI())).collect(Collectors.joining(" "));
        if (values.isEmpty()) return ModelFactory.createDefaultModel();
        return construct(QueryFactory.create(LABELS.formatted(values)), null);
    }

    /** Runs a CONSTRUCT query given by a user (for the graph view). */
    Model construct(String queryText) {
        Query query = QueryFactory.create(queryText);
        if (!query.isConstructType()) throw new IllegalArgumentException("not a CONSTRUCT query");
        return construct(query, null);
    }

    private Model construct(Query query, Node entity) {
        return Txn.calculateRead(dataset, () -> {
            var exec = QueryExec.dataset(dataset).query(query);
            if (entity != null) exec = exec.substitution("e", entity);
            try (QueryExec running = exec.build()) {
                return ModelFactory.createModelForGraph(running.construct());
            }
        });
    }
}
