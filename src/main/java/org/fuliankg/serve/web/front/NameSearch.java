package org.fuliankg.serve.web.front;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.fuliankg.normalise.TextNormaliser;

/**
 * Finds entities by name in the store's full-text index ({@code text:query}, see store/TextIndex). The words typed
 * are normalised as documents are (traditional characters to simplified, full-width to half-width), so 自貢市婦聯
 * finds 自贡市妇联; each word must occur whole in a name (Lucene's query syntax is not the user's concern).
 */
public final class NameSearch {

    /** One entity found: its IRI, Chinese name and what it is. */
    record Hit(String iri, String name, String kind) {}

    static final int MAX_HITS = 50;
    /** What an entity is, by its most telling type first. */
    private static final Map<String, String> KINDS = new LinkedHashMap<>();

    static {
        KINDS.put("http://xmlns.com/foaf/0.1/Person", "人物 / person");
        KINDS.put("https://w3id.org/fulian-kg/ontology#WomensFederation", "妇联 / women's federation");
        KINDS.put("http://www.w3.org/ns/org#Organization", "组织 / organisation");
        KINDS.put("https://w3id.org/fulian-kg/ontology#Programme", "项目 / programme");
        KINDS.put("https://w3id.org/fulian-kg/ontology#Region", "地区 / region");
        KINDS.put("https://w3id.org/fulian-kg/ontology#Document", "文档 / document");
        KINDS.put("http://www.w3.org/ns/org#Role", "职务 / position");
    }

    private static final String QUERY = """
            PREFIX text:    <http://jena.apache.org/text#>
            PREFIX skos:    <http://www.w3.org/2004/02/skos/core#>
            PREFIX foaf:    <http://xmlns.com/foaf/0.1/>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            SELECT ?s (MAX(?score) AS ?best) (SAMPLE(?name) AS ?shown) (GROUP_CONCAT(DISTINCT STR(?type)) AS ?types)
            WHERE {
              (?s ?score ?hit) text:query (?words ?limit) .
              OPTIONAL { ?s skos:prefLabel ?zh FILTER (LANG(?zh) = "zh") }
              OPTIONAL { ?s foaf:name ?personName }
              OPTIONAL { ?s dcterms:title ?title }
              OPTIONAL { ?s a ?type }
              BIND (STR(COALESCE(?zh, ?personName, ?title, ?hit)) AS ?name)
              FILTER (STRSTARTS(STR(?s), "https://w3id.org/fulian-kg/"))
            } GROUP BY ?s ORDER BY DESC(?best) ?shown LIMIT 50
            """;

    private final DatasetGraph dataset;
    private final TextNormaliser normaliser = new TextNormaliser();

    public NameSearch(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    /**
     * The Lucene query for what a user typed: the words, normalised, each in quotes (so it must occur whole),
     * all required; empty when nothing searchable is left.
     */
    String luceneQuery(String typed) {
        String folded = normaliser.normalise(typed).text().replaceAll("[\\p{Punct}\\p{IsPunctuation}]", " ");
        return Arrays.stream(folded.trim().split("\\s+")).filter(w -> !w.isEmpty())
                .map(w -> "\"" + w + "\"").collect(Collectors.joining(" AND "));
    }

    List<Hit> find(String typed) {
        String words = luceneQuery(typed);
        if (words.isEmpty()) return List.of();
        var query = new ParameterizedSparqlString(QUERY);
        query.setLiteral("words", words);
        query.setLiteral("limit", MAX_HITS * 4); // several names of one entity are several hits
        return Txn.calculateRead(dataset, () -> {
            List<Hit> hits = new ArrayList<>();
            try (QueryExec exec = QueryExec.dataset(dataset).query(query.asQuery()).build()) {
                ResultSet.adapt(exec.select()).forEachRemaining(s -> hits.add(new Hit(s.getResource("s").getURI(),
                        s.getLiteral("shown").getString(), kind(s.getLiteral("types").getString()))));
            }
            return hits;
        });
    }

    private static String kind(String types) {
        List<String> all = List.of(types.split(" "));
        return KINDS.entrySet().stream().filter(k -> all.contains(k.getKey())).map(Map.Entry::getValue).findFirst()
                .orElse("");
    }
}
