package org.fuliankg.serve.web.entity;

import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.fuliankg.ledger.FundingLedger;

/**
 * The HTML page of one entity: its names in Chinese and English, types, statements (links to our other entities,
 * to Wikidata and the like), the source sentences it was read from, and the facts that point at it (posts,
 * funding figures …) each with its own statements and source sentence.
 */
public final class EntityHtml {

    private static final String FL = EntityDescriptions.BASE + "ontology#";
    private static final Property EVIDENCE = ResourceFactory.createProperty(FL + "evidence");
    private static final Property IN_SENTENCE = ResourceFactory.createProperty(FL + "inSentence");
    private static final Property DERIVED_FROM = ResourceFactory.createProperty("http://www.w3.org/ns/prov#wasDerivedFrom");
    private static final Resource PROGRAMME = ResourceFactory.createResource(FL + "Programme");
    private static final Resource REGION = ResourceFactory.createResource(FL + "Region");
    private static final String OA = "http://www.w3.org/ns/oa#";
    private static final Property EXACT = ResourceFactory.createProperty(OA + "exact");
    private static final Property START = ResourceFactory.createProperty(OA + "start");
    private static final Property END = ResourceFactory.createProperty(OA + "end");
    private static final Property URL = ResourceFactory.createProperty("https://schema.org/url");
    private static final Property DATE = ResourceFactory.createProperty("http://purl.org/dc/terms/date");
    private static final Property DATE_ORIGIN = ResourceFactory.createProperty(FL + "dateOrigin");
    /** Facts pointing at an entity that are described in full on its page (others are listed by name). */
    private static final int MAX_FACTS = 60;

    private final EntityDescriptions descriptions;
    private final Model model;
    private final Resource entity;

    EntityHtml(EntityDescriptions descriptions, Model description, String iri) {
        this.descriptions = descriptions;
        this.model = ModelFactory.createDefaultModel().add(description);
        this.entity = model.createResource(iri);
    }

    String page() {
        List<Resource> pointing = model.listStatements(null, null, entity).mapWith(Statement::getSubject)
                .filterKeep(Resource::isURIResource).toSet().stream()
                .sorted(Comparator.comparing(Resource::getURI)).toList();
        for (Resource fact : pointing.subList(0, Math.min(MAX_FACTS, pointing.size()))) {
            model.add(descriptions.describe(fact.getURI())); // with its evidence: quote, offsets, document
        }
        List<Node> toName = new ArrayList<>();
        model.listStatements().forEach(s -> {
            toName.add(s.getSubject().asNode());
            toName.add(s.getPredicate().asNode());
            toName.add(s.getObject().asNode());
        });
        model.add(descriptions.labelsOf(toName));
        model.add(descriptions.labelsOf(model.listObjectsOfProperty(RDF.type).mapWith(RDFNode::asNode).toList()));

        String zh = ShownNames.label(model, entity, "zh").orElse(ShownNames.name(model, entity));
        String en = ShownNames.label(model, entity, "en").orElse("");
        var html = new StringBuilder();
        html.append("<!DOCTYPE html><html lang=\"zh\"><head><meta charset=\"utf-8\"><title>").append(esc(zh))
                .append(" · fulian-kg</title><link rel=\"stylesheet\" href=\"/web/style.css\">")
                .append(alternate("text/turtle", "ttl")).append(alternate("application/ld+json", "jsonld"))
                .append("</head><body><nav><a href=\"/\">首页 / Home</a> · <a href=\"/query\">查询 / Query</a></nav><main class=\"entity\">");
        html.append("<h1>").append(esc(zh)).append("</h1>");
        if (!en.isEmpty()) html.append("<p class=\"en\">").append(esc(en)).append("</p>");
        html.append("<p class=\"iri\"><code>").append(esc(entity.getURI())).append("</code></p><p class=\"types\">");
        entity.listProperties(RDF.type).forEach(t -> html.append("<span class=\"type\">")
                .append(esc(ShownNames.name(model, t.getResource()))).append("</span> "));
        html.append("</p><p class=\"formats\"><a id=\"graph-link\" href=\"").append(esc(IriPaths.graphViewOf(
                entity.getURI()))).append("\">关系图 / Graph</a> · <a href=\"?format=ttl\">Turtle</a> · ")
                .append("<a href=\"?format=jsonld\">JSON-LD</a> · <a href=\"?format=nt\">N-Triples</a></p>");
        html.append("<h2>属性 / Statements</h2>").append(statements(entity));
        timeline(html);
        FundingLedger.Scope money = entity.hasProperty(RDF.type, PROGRAMME) ? FundingLedger.Scope.PROGRAMME
                : entity.hasProperty(RDF.type, ORG.Organization) ? FundingLedger.Scope.ORGANISATION
                : entity.hasProperty(RDF.type, REGION) ? FundingLedger.Scope.REGION : null;
        if (money != null) html.append(new LedgerHtml(new FundingLedger(descriptions.dataset())).section(money, entity.getURI()));
        sources(entity, html);
        if (!pointing.isEmpty()) {
            html.append("<h2>引用此项 / Referred to by (").append(pointing.size()).append(")</h2>");
            Map<String, List<Resource>> byType = new LinkedHashMap<>();
            for (Resource fact : pointing) {
                Resource type = fact.getPropertyResourceValue(RDF.type);
                byType.computeIfAbsent(type == null ? "" : ShownNames.name(model, type), k -> new ArrayList<>())
                        .add(fact);
            }
            byType.forEach((type, facts) -> {
                html.append("<h3>").append(esc(type)).append("</h3>");
                for (Resource fact : facts) {
                    html.append("<section class=\"fact\"><p>").append(link(fact)).append("</p>");
                    if (fact.listProperties().hasNext()) html.append(statements(fact));
                    sources(fact, html);
                    html.append("</section>");
                }
            });
        }
        return html.append("</main></body></html>").toString();
    }

    /** For a person or an organisation: the posts attested over time. */
    private void timeline(StringBuilder html) {
        boolean person = entity.hasProperty(RDF.type, FOAF.Person);
        if (!person && !entity.hasProperty(RDF.type, ORG.Organization)) return;
        List<Timeline.Entry> entries = descriptions.timeline(entity.getURI(), person);
        if (!entries.isEmpty()) html.append(Timeline.html(entries));
    }

    private String alternate(String type, String format) {
        return "<link rel=\"alternate\" type=\"" + type + "\" href=\"?format=" + format + "\">";
    }

    /** A table of a resource's statements, without its types and evidence (shown apart). */
    private String statements(Resource subject) {
        var rows = new StringBuilder("<table class=\"statements\">");
        Map<Property, List<RDFNode>> values = new LinkedHashMap<>();
        subject.listProperties().toList().stream()
                .filter(s -> !s.getPredicate().equals(RDF.type) && !s.getPredicate().equals(EVIDENCE))
                .sorted(Comparator.comparing(s -> s.getPredicate().getURI()))
                .forEach(s -> values.computeIfAbsent(s.getPredicate(), k -> new ArrayList<>()).add(s.getObject()));
        values.forEach((property, objects) -> {
            String zh = ShownNames.label(model, property, "zh").orElse(ShownNames.lastSegment(property));
            String en = ShownNames.label(model, property, "en").orElse("");
            rows.append("<tr><th title=\"").append(esc(property.getURI())).append("\">").append(esc(zh));
            if (!en.isEmpty() && !en.equals(zh)) rows.append(" <span class=\"en\">").append(esc(en)).append("</span>");
            rows.append("</th><td>");
            for (RDFNode object : objects) rows.append("<div>").append(value(object, subject)).append("</div>");
            rows.append("</td></tr>");
        });
        return rows.append("</table>").toString();
    }

    private String value(RDFNode node, Resource subject) {
        if (node.isLiteral()) {
            Literal literal = node.asLiteral();
            String text = literal.getValue() instanceof Number number
                    ? new DecimalFormat("#,##0.##").format(number) : literal.getLexicalForm();
            String lang = literal.getLanguage().isEmpty() ? "" : " <span class=\"lang\">@" + literal.getLanguage()
                    + "</span>";
            return esc(text) + lang;
        }
        Resource resource = node.asResource();
        if (resource.isAnon() || isPartOf(resource, subject)) {
            // A part of the subject (e.g. its beneficiaries) is shown inline (its values), after its link.
            var inline = new StringBuilder(resource.isAnon() ? "" : link(resource) + ": ");
            resource.listProperties().filterKeep(s -> s.getObject().isLiteral()).forEach(s -> inline
                    .append(esc(ShownNames.name(model, s.getPredicate()))).append(" ")
                    .append(value(s.getObject(), resource)).append("; "));
            return inline.toString();
        }
        return link(resource);
    }

    private static boolean isPartOf(Resource part, Resource whole) {
        return part.isURIResource() && whole.isURIResource()
                && (part.getURI().startsWith(whole.getURI() + "/") || part.getURI().startsWith(whole.getURI() + "#"));
    }

    /** Our IRIs link to their pages; others (Wikidata …) link out. */
    private String link(Resource resource) {
        String iri = resource.getURI();
        String name = ShownNames.name(model, resource);
        if (iri.startsWith(EntityDescriptions.BASE)) {
            return "<a href=\"" + esc(IriPaths.pageOf(iri)) + "\">" + esc(name) + "</a>";
        }
        return "<a class=\"out\" href=\"" + esc(iri) + "\">" + esc(name.equals(ShownNames.lastSegment(resource))
                ? iri : name) + "</a>";
    }

    /** The quotes a resource was read from: exact text, offsets [start, end), sentence and document. */
    private void sources(Resource subject, StringBuilder html) {
        List<Resource> selectors = subject.listProperties(EVIDENCE).mapWith(Statement::getResource).toList();
        for (Resource selector : selectors) {
            String exact = selector.hasProperty(EXACT) ? selector.getProperty(EXACT).getString() : "";
            String offsets = selector.hasProperty(START) && selector.hasProperty(END)
                    ? "[" + selector.getProperty(START).getInt() + ", " + selector.getProperty(END).getInt() + ")" : "";
            html.append("<blockquote class=\"source\"><p class=\"quote\">")
                    .append(exact.isEmpty() ? "" : "「" + esc(exact) + "」 ")
                    .append("<span class=\"offsets\">").append(esc(offsets)).append("</span></p>");
            Resource sentence = selector.getPropertyResourceValue(IN_SENTENCE);
            if (sentence != null && sentence.hasProperty(RDF.value)) {
                html.append("<p class=\"sentence\">").append(esc(sentence.getProperty(RDF.value).getString()))
                        .append("</p>");
            }
            Resource document = subject.getPropertyResourceValue(DERIVED_FROM);
            if (document != null) html.append("<p class=\"document\">来源 / Source: ").append(link(document))
                    .append(whereAndWhen(document)).append("</p>");
            html.append("</blockquote>");
        }
    }

    /** A document's web address (linked) and date, with "capture date" when the page stated none. */
    private static String whereAndWhen(Resource document) {
        var text = new StringBuilder();
        Statement url = document.getProperty(URL);
        if (url != null) {
            String address = url.getString();
            String href = address.startsWith("http://") || address.startsWith("https://") ? address : "#";
            text.append(" · <a class=\"out url\" href=\"").append(esc(href)).append("\">").append(esc(address)).append("</a>");
        }
        Statement date = document.getProperty(DATE);
        if (date != null) {
            Resource origin = document.getPropertyResourceValue(DATE_ORIGIN);
            boolean captured = origin != null && origin.isURIResource() && origin.getURI().endsWith("/captured");
            text.append(" · <span class=\"date\">").append(esc(date.getString()))
                    .append(captured ? "（抓取日期 / capture date）" : "").append("</span>");
        }
        return text.toString();
    }

    public static String esc(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
