package org.fuliankg.publish;

import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * What a dataset holds, counted over its named graphs (the default graph of a store is their union, so counting it
 * too would count every quad twice): quads, graphs, distinct IRI subjects (VoID's entities), instances per class and
 * quads per property.
 */
public record GraphCounts(long quads, long graphs, long entities, Map<String, Long> instancesByClass,
                   Map<String, Long> quadsByProperty) {

    static GraphCounts of(DatasetGraph data) {
        Dataset dataset = DatasetFactory.wrap(data);
        return dataset.calculateRead(() -> new GraphCounts(
                count(dataset, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"),
                count(dataset, "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { } }"),
                count(dataset, "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER isIRI(?s) }"),
                grouped(dataset, "SELECT ?key (COUNT(DISTINCT ?s) AS ?n) WHERE { GRAPH ?g { ?s a ?key } "
                        + "FILTER isIRI(?key) } GROUP BY ?key"),
                grouped(dataset, "SELECT ?key (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?key ?o } } GROUP BY ?key")));
    }

    private static long count(Dataset dataset, String select) {
        try (QueryExecution execution = QueryExecution.dataset(dataset).query(select).build()) {
            return execution.execSelect().next().getLiteral("n").getLong();
        }
    }

    private static Map<String, Long> grouped(Dataset dataset, String select) {
        Map<String, Long> counts = new TreeMap<>();
        try (QueryExecution execution = QueryExecution.dataset(dataset).query(select).build()) {
            execution.execSelect().forEachRemaining((QuerySolution row) ->
                    counts.put(row.getResource("key").getURI(), row.getLiteral("n").getLong()));
        }
        return counts;
    }
}
