package org.fuliankg.rdf.table;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SchemaDO;
import org.fuliankg.rdf.FL;

/**
 * The rows of the table {@code programme-links} of one document graph: one per federation and programme the
 * document links, the pairs queries/full-graph/programmes-per-federation.rq finds in it (a federation gives,
 * administers or is responsible for money of the programme, or an item names both; generic federations left out),
 * named by their Chinese labels.
 */
final class ProgrammeLinkRows {

    static final String TABLE = "programme-links";
    private static final List<Node> LINKS = List.of(FL.responsibleOrganisation.asNode(), SchemaDO.funder.asNode(),
            FL.administeredBy.asNode());
    private static final Node TRUE = NodeFactory.createLiteralByValue(true);

    private ProgrammeLinkRows() {}

    static void add(Node documentGraph, GraphValues doc, RowWriter rows) {
        Set<List<Node>> pairs = new LinkedHashSet<>(); // federation, programme
        doc.graph().find(Node.ANY, RDF.type.asNode(), FL.FundingFigure.asNode()).toList().forEach(t -> {
            for (Node programme : doc.all(t.getSubject(), FL.programme.asNode())) {
                for (Node link : LINKS) for (Node org : doc.all(t.getSubject(), link)) pairs.add(List.of(org, programme));
            }
        });
        for (List<Set<Node>> item : mentionsPerItem(doc).values()) {
            for (Node org : item.get(0)) for (Node programme : item.get(1)) pairs.add(List.of(org, programme));
        }
        Set<List<Node>> labels = new LinkedHashSet<>();
        for (List<Node> pair : pairs) {
            Node org = pair.get(0);
            Node programme = pair.get(1);
            if (!doc.has(org, RDF.type.asNode(), FL.WomensFederation.asNode())
                    || !doc.has(programme, RDF.type.asNode(), FL.Programme.asNode())
                    || doc.has(org, FL.generic.asNode(), TRUE)) continue;
            for (Node federationName : doc.zhLabels(org)) {
                for (Node programmeName : doc.zhLabels(programme)) labels.add(List.of(federationName, programmeName));
            }
        }
        for (List<Node> names : labels) {
            Node row = NodeFactory.createURI(ResearchTables.graph(TABLE) + "/" + md5(documentGraph.getURI() + "\t"
                    + names.get(0).getLiteralLexicalForm() + "\t" + names.get(1).getLiteralLexicalForm()));
            rows.cell(row, Columns.FEDERATION_NAME, names.get(0));
            rows.cell(row, Columns.PROGRAMME_NAME, names.get(1));
        }
    }

    /** Per item: the federations and the programmes its mentions name. */
    private static Map<Node, List<Set<Node>>> mentionsPerItem(GraphValues doc) {
        Map<Node, List<Set<Node>>> items = new HashMap<>();
        doc.graph().find(Node.ANY, FL.mentionOf.asNode(), Node.ANY).forEachRemaining(t -> {
            Node named = t.getObject();
            int kind = doc.has(named, RDF.type.asNode(), FL.WomensFederation.asNode()) ? 0
                    : doc.has(named, RDF.type.asNode(), FL.Programme.asNode()) ? 1 : -1;
            if (kind < 0) return;
            for (Node item : doc.all(t.getSubject(), FL.inItem.asNode())) {
                items.computeIfAbsent(item, i -> List.of(new LinkedHashSet<>(), new LinkedHashSet<>())).get(kind).add(named);
            }
        });
        return items;
    }

    static String md5(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
