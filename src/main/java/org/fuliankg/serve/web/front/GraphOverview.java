package org.fuliankg.serve.web.front;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.fuliankg.store.version.StoreVersion;

/**
 * The graph at a glance, for the front page: how many documents, federations, persons … the documents' graphs hold,
 * federations per level, documents per year and province, the programmes with most funding figures. Aggregate
 * SPARQL over the live store, computed once per store version (a served store changes only through writes) and
 * kept, so that a front page asked for a thousand times costs one computation.
 */
public final class GraphOverview {

    /** One number of the overview: its key (the query's), and how the page names it. */
    record Count(String key, String zh, String en, long value) {}

    /** One bar of a breakdown: its name, the entity it stands for (null if none) and its value. */
    record Bar(String name, String iri, long value) {}

    record Figures(List<Count> counts, List<Bar> federationsByLevel, List<Bar> documentsByYear,
                   List<Bar> documentsByProvince, List<Bar> programmesByFigures) {}

    /** The counts shown, in order: key, Chinese and English name. */
    static final Map<String, String[]> COUNTED = new LinkedHashMap<>();

    static {
        COUNTED.put("documents", new String[] {"文档", "documents"});
        COUNTED.put("federations", new String[] {"妇联", "women's federations"});
        COUNTED.put("other-organisations", new String[] {"其他组织", "other organisations"});
        COUNTED.put("persons", new String[] {"人物", "persons"});
        COUNTED.put("officials", new String[] {"任职人员", "officials (persons holding a post)"});
        COUNTED.put("posts", new String[] {"职位", "posts"});
        COUNTED.put("post-holdings", new String[] {"任职记录", "post attestations"});
        COUNTED.put("programmes", new String[] {"项目", "programmes"});
        COUNTED.put("funding-figures", new String[] {"资金数字", "funding figures"});
        COUNTED.put("hierarchy", new String[] {"参考层级中的妇联", "federations in the reference hierarchy"});
    }

    private static final String PREFIXES = """
            PREFIX fl:      <https://w3id.org/fulian-kg/ontology#>
            PREFIX org:     <http://www.w3.org/ns/org#>
            PREFIX foaf:    <http://xmlns.com/foaf/0.1/>
            PREFIX skos:    <http://www.w3.org/2004/02/skos/core#>
            PREFIX schema:  <https://schema.org/>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX prov:    <http://www.w3.org/ns/prov#>
            """;

    /**
     * Entities of the documents' graphs (the reference data's hierarchy is counted apart). Every pattern names its
     * graph: over the union default graph each triple would be looked up in every graph and deduplicated, several
     * times slower on a large store.
     */
    static final String COUNTS = PREFIXES + """
            SELECT ?key (COUNT(DISTINCT ?s) AS ?n) WHERE {
              { VALUES (?key ?class) { ("documents" fl:Document) ("federations" fl:WomensFederation)
                                       ("persons" foaf:Person) ("posts" org:Post) ("post-holdings" fl:PostHolding)
                                       ("programmes" fl:Programme) ("funding-figures" fl:FundingFigure) }
                GRAPH ?g { ?s a ?class } FILTER (?g != <https://w3id.org/fulian-kg/reference-data>) }
              UNION
              { GRAPH ?g { ?s a org:Organization FILTER NOT EXISTS { ?s a fl:WomensFederation } }
                FILTER (?g != <https://w3id.org/fulian-kg/reference-data>) BIND ("other-organisations" AS ?key) }
              UNION
              { GRAPH ?g { ?holding org:heldBy ?s } BIND ("officials" AS ?key) }
              UNION
              { GRAPH <https://w3id.org/fulian-kg/reference-data> { ?s a fl:WomensFederation } BIND ("hierarchy" AS ?key) }
            } GROUP BY ?key
            """;

    private static final String FEDERATIONS_BY_LEVEL = PREFIXES + """
            SELECT ?iri (SAMPLE(?label) AS ?name) (COUNT(?f) AS ?n) WHERE {
              { SELECT DISTINCT ?f WHERE { GRAPH ?g { ?f a fl:WomensFederation }
                                           FILTER (?g != <https://w3id.org/fulian-kg/reference-data>) } }
              OPTIONAL { ?f fl:level ?iri . ?iri skos:prefLabel ?label FILTER (LANG(?label) = "zh") }
            } GROUP BY ?iri
            """;
    /** Levels from the top down; a federation of no known level comes last. */
    private static final List<String> LEVELS = List.of("national", "province", "prefecture", "county", "village",
            "industry");

    private static final String DOCUMENTS_BY_YEAR = PREFIXES + """
            SELECT ?name (COUNT(?d) AS ?n) WHERE {
              { SELECT ?d (MIN(STR(?date)) AS ?first) WHERE {
                  GRAPH ?g { ?d a fl:Document OPTIONAL { ?d dcterms:date ?date } } } GROUP BY ?d }
              BIND (COALESCE(SUBSTR(?first, 1, 4), "无日期 / undated") AS ?name)
            } GROUP BY ?name ORDER BY ?name
            """;

    /** A document counts for every province in which it names an organisation (a national body names none). */
    private static final String DOCUMENTS_BY_PROVINCE = PREFIXES + """
            SELECT ?iri (SAMPLE(?label) AS ?name) (COUNT(DISTINCT ?d) AS ?n) WHERE {
              { SELECT ?region ?iri WHERE { ?iri a fl:Region ; fl:level/skos:notation "province" .
                                            ?region schema:containedInPlace* ?iri } }
              GRAPH ?g { ?d a fl:Document . ?o fl:region ?region }
              ?iri skos:prefLabel ?label FILTER (LANG(?label) = "zh")
            } GROUP BY ?iri ORDER BY DESC(?n) ?name
            """;

    private static final String PROGRAMMES_BY_FIGURES = PREFIXES + """
            SELECT ?iri (SAMPLE(?label) AS ?name) ?n WHERE {
              { SELECT ?iri (COUNT(?f) AS ?n) WHERE { GRAPH ?g { ?f fl:programme ?iri ; a fl:FundingFigure } }
                GROUP BY ?iri ORDER BY DESC(?n) ?iri LIMIT 10 }
              OPTIONAL { ?iri skos:prefLabel ?label FILTER (LANG(?label) = "zh") }
            } GROUP BY ?iri ?n ORDER BY DESC(?n) ?name
            """;

    private static final long LIMIT_MINUTES = 10;

    private final DatasetGraph dataset;
    private Figures kept;
    private long keptVersion;

    public GraphOverview(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    /**
     * The figures of the store as it is now: kept from an earlier call while the store's version is unchanged. One
     * computation at a time: requests arriving meanwhile wait for its figures instead of computing them again.
     */
    Figures figures() {
        return Txn.calculateRead(dataset, () -> {
            OptionalLong version = StoreVersion.of(dataset);
            synchronized (this) {
                if (kept != null && version.isPresent() && version.getAsLong() == keptVersion) return kept;
                Figures computed = compute();
                if (version.isPresent()) {
                    kept = computed;
                    keptVersion = version.getAsLong();
                }
                return computed;
            }
        });
    }

    private Figures compute() {
        Map<String, Long> byKey = new LinkedHashMap<>();
        select(COUNTS, s -> byKey.put(s.getLiteral("key").getString(), s.getLiteral("n").getLong()));
        List<Count> counts = new ArrayList<>();
        COUNTED.forEach((key, names) -> counts.add(new Count(key, names[0], names[1], byKey.getOrDefault(key, 0L))));
        List<Bar> levels = new ArrayList<>(bars(FEDERATIONS_BY_LEVEL));
        levels.sort(Comparator.comparingInt(GraphOverview::levelRank));
        return new Figures(counts, levels, bars(DOCUMENTS_BY_YEAR), bars(DOCUMENTS_BY_PROVINCE),
                bars(PROGRAMMES_BY_FIGURES));
    }

    private static int levelRank(Bar level) {
        int rank = level.iri() == null ? -1 : LEVELS.indexOf(level.iri().substring(level.iri().lastIndexOf('/') + 1));
        return rank < 0 ? LEVELS.size() : rank;
    }

    private List<Bar> bars(String query) {
        return select(query, s -> new Bar(text(s.get("name"), "未知 / unknown"), s.contains("iri") ? s.getResource("iri").getURI()
                : null, s.getLiteral("n").getLong()));
    }

    private <T> List<T> select(String query, Function<QuerySolution, T> reader) {
        List<T> rows = new ArrayList<>();
        // not the served queries' limit: on a large store and a cold disk the first computation may take longer,
        // and it is done once per store version
        try (QueryExec exec = QueryExec.dataset(dataset).query(query).timeout(LIMIT_MINUTES, TimeUnit.MINUTES).build()) {
            ResultSet.adapt(exec.select()).forEachRemaining(s -> rows.add(reader.apply(s)));
        }
        return rows;
    }

    private static String text(RDFNode node, String otherwise) {
        return node == null ? otherwise : node.asLiteral().getLexicalForm();
    }
}
