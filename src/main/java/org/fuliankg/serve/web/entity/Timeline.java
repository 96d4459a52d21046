package org.fuliankg.serve.web.entity;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;

/**
 * The post timeline on the page of a person (every post attested for them and for the IRIs merged with them) or
 * of an organisation (every post attested in it): one entry per attestation, oldest first, undated last, each
 * linking to its fact and its source document. Attestations, not tenures: a date is when a document says so.
 */
final class Timeline {

    private static final String PREFIXES = """
            PREFIX fl:   <https://w3id.org/fulian-kg/ontology#>
            PREFIX org:  <http://www.w3.org/ns/org#>
            PREFIX foaf: <http://xmlns.com/foaf/0.1/>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX owl:  <http://www.w3.org/2002/07/owl#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX time: <http://www.w3.org/2006/time#>
            """;
    private static final String ENTRIES = PREFIXES + """
            SELECT ?post ?date ?zh ?en ?eventZh ?eventEn ?doc ?docName WHERE {
              %s
              ?post a fl:PostHolding ; prov:wasDerivedFrom ?doc .
              OPTIONAL { ?post time:hasTime/time:inXSDDate ?date }
              OPTIONAL { ?post rdfs:label ?zh FILTER (LANG(?zh) = "zh") }
              OPTIONAL { ?post rdfs:label ?en FILTER (LANG(?en) = "en") }
              OPTIONAL { ?post fl:postEvent ?event .
                         ?event skos:prefLabel ?eventZh FILTER (LANG(?eventZh) = "zh")
                         ?event skos:prefLabel ?eventEn FILTER (LANG(?eventEn) = "en") }
              OPTIONAL { ?doc dcterms:title ?title }
              OPTIONAL { ?doc fl:sourceFile ?file }
              BIND (COALESCE(?title, ?file) AS ?docName)
            }
            ORDER BY (!BOUND(?date)) ?date ?doc ?zh ?post
            LIMIT 200""";
    /** The person and every IRI the person-links graph merges with it. */
    private static final String OF_PERSON = """
            { BIND (?e AS ?holder) } UNION { ?holder owl:sameAs ?e } UNION { ?e owl:sameAs ?holder }
              UNION { ?e owl:sameAs ?same . ?holder owl:sameAs ?same FILTER (?holder != ?e) }
              ?post org:heldBy ?holder .""";
    private static final String OF_ORGANISATION = "?post org:postIn ?e .";

    /** One attestation of a post. */
    record Entry(String post, String date, String zh, String en, String eventZh, String eventEn, String document,
                 String documentName) {}

    private final DatasetGraph dataset;

    Timeline(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    /** The entries of a person's or organisation's timeline (empty for anything else). */
    List<Entry> entries(String iri, boolean person) {
        Query query = QueryFactory.create(ENTRIES.formatted(person ? OF_PERSON : OF_ORGANISATION));
        Node entity = NodeFactory.createURI(iri);
        return Txn.calculateRead(dataset, () -> {
            List<Entry> entries = new ArrayList<>();
            try (QueryExec exec = QueryExec.dataset(dataset).query(query).substitution("e", entity).build()) {
                exec.select().forEachRemaining(row -> entries.add(new Entry(uri(row, "post"), text(row, "date"),
                        text(row, "zh"), text(row, "en"), text(row, "eventZh"), text(row, "eventEn"),
                        uri(row, "doc"), text(row, "docName"))));
            }
            return entries;
        });
    }

    /** A vertical line of dated dots: date, post (linked to its fact), event, source (linked to its document). */
    static String html(List<Entry> entries) {
        var html = new StringBuilder("<h2>任职时间线 / Post timeline</h2><ol class=\"timeline\">");
        for (Entry e : entries) {
            html.append("<li class=\"").append(e.date() == null ? "undated" : "dated").append("\">")
                    .append(e.date() == null ? "<span class=\"when\">日期不详 / undated</span>"
                            : "<time class=\"when\" datetime=\"" + EntityHtml.esc(e.date()) + "\">"
                            + EntityHtml.esc(e.date()) + "</time>")
                    .append(" <a class=\"post\" href=\"").append(EntityHtml.esc(IriPaths.pageOf(e.post()))).append("\">")
                    .append(EntityHtml.esc(orElse(e.zh(), tail(e.post())))).append("</a>");
            if (e.en() != null) html.append(" <span class=\"en\">").append(EntityHtml.esc(e.en())).append("</span>");
            if (e.eventZh() != null) {
                html.append(" <span class=\"event\">").append(EntityHtml.esc(e.eventZh())).append(" / ")
                        .append(EntityHtml.esc(orElse(e.eventEn(), ""))).append("</span>");
            }
            html.append(" <span class=\"document\">来源 / Source: <a href=\"")
                    .append(EntityHtml.esc(IriPaths.pageOf(e.document()))).append("\">")
                    .append(EntityHtml.esc(orElse(e.documentName(), e.document()))).append("</a></span></li>");
        }
        return html.append("</ol>").toString();
    }

    private static String tail(String iri) {
        return iri.substring(iri.lastIndexOf('/') + 1);
    }

    private static String orElse(String value, String fallback) {
        return value == null ? fallback : value;
    }

    private static String text(Binding row, String variable) {
        Node node = row.get(variable);
        return node == null ? null : node.isLiteral() ? node.getLiteralLexicalForm() : node.toString();
    }

    private static String uri(Binding row, String variable) {
        Node node = row.get(variable);
        return node == null ? null : node.getURI();
    }
}
