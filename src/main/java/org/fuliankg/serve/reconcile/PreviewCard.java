package org.fuliankg.serve.reconcile;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.fuliankg.rdf.Iris;
import org.fuliankg.serve.reconcile.facts.Descriptions;
import org.fuliankg.serve.reconcile.facts.EntityFacts.Named;
import org.fuliankg.serve.reconcile.facts.EntityFacts;
import org.fuliankg.serve.reconcile.facts.EntityType;
import org.fuliankg.serve.reconcile.facts.FactReader;
import static org.apache.commons.text.StringEscapeUtils.escapeHtml4;

/**
 * The small HTML card OpenRefine shows in an iframe when a candidate is hovered: name, type, the line that tells
 * namesakes apart, the chair of an organisation, and a link to the entity page.
 */
final class PreviewCard {

    private final DatasetGraph dataset;

    PreviewCard(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    /** Null when the id is none of the service's entities. */
    String html(String id) {
        if (!id.startsWith(Iris.BASE)) return null;
        return Txn.calculateRead(dataset, () -> {
            FactReader reader = new FactReader(dataset);
            EntityFacts facts = reader.read(FactReader.uri(id));
            if (facts == null) return null;
            String types = facts.types().stream().map(t -> t.label).collect(Collectors.joining(", "));
            String chairs = facts.types().contains(EntityType.ORGANISATION)
                    ? reader.chairs(id).stream().map(Named::name).collect(Collectors.joining("、")) : "";
            String aliases = facts.names().stream().skip(1).collect(Collectors.joining("、"));
            StringBuilder html = new StringBuilder("""
                    <!DOCTYPE html>
                    <html lang="zh"><head><meta charset="utf-8"><title>%s</title>
                    <style>body{font:14px sans-serif;margin:8px}h1{font-size:18px;margin:0 0 4px}
                    p{margin:2px 0}.t{color:#666}</style></head><body>
                    <h1>%s</h1><p class="t">%s</p>
                    """.formatted(escapeHtml4(facts.name()), escapeHtml4(facts.name()), escapeHtml4(types)));
            line(html, "", Descriptions.of(facts));
            line(html, "又名 ", aliases);
            line(html, "主席 ", chairs);
            html.append("<p><a href=\"/entity?iri=").append(URLEncoder.encode(id, StandardCharsets.UTF_8))
                    .append("\" target=\"_blank\">").append(escapeHtml4(id)).append("</a></p></body></html>\n");
            return html.toString();
        });
    }

    private static void line(StringBuilder html, String label, String text) {
        if (!text.isEmpty()) html.append("<p>").append(escapeHtml4(label + text)).append("</p>\n");
    }
}
