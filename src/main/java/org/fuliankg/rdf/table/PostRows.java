package org.fuliankg.rdf.table;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.OA;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.fuliankg.rdf.FL;

/**
 * The rows of the table {@code posts} of one document graph: one per post holding, with the columns of
 * queries/officials.rq, post-timeline.rq, who-led-when.rq, officials-by-position.rq and
 * officials-in-two-organisations.rq. A row's document is its IRI without the last two
 * segments ({@code …/post/START-END}), so it needs no column.
 */
final class PostRows {

    static final String TABLE = "posts";

    private PostRows() {}

    static void add(GraphValues doc, RowWriter rows) {
        doc.graph().find(Node.ANY, RDF.type.asNode(), FL.PostHolding.asNode()).toList()
                .forEach(t -> add(doc, t.getSubject(), rows));
    }

    private static void add(GraphValues doc, Node post, RowWriter rows) {
        Node row = ResearchTables.row(TABLE, post);
        for (Node holder : doc.all(post, ORG.heldBy.asNode())) {
            rows.cell(row, Columns.PERSON, holder);
            rows.cells(row, Columns.NAME, doc.all(holder, FOAF.name.asNode()));
        }
        for (Node role : doc.all(post, ORG.role.asNode())) rows.cells(row, Columns.POSITION, doc.zhLabels(role));
        for (Node body : doc.all(post, ORG.postIn.asNode())) {
            rows.cell(row, Columns.ORGANISATION, body);
            rows.cells(row, Columns.ORGANISATION_NAME, doc.zhLabels(body));
        }
        rows.cells(row, Columns.BODY_WRITTEN, doc.all(post, FL.bodyWritten.asNode()));
        rows.cell(row, Columns.EVENT, GraphValues.code(doc.one(post, FL.postEvent.asNode())));
        rows.cell(row, Columns.DATE, doc.one(post, FL.hasTime.asNode(), FL.inXSDDate.asNode()));
        rows.cell(row, Columns.FILE, doc.one(post, FL.wasDerivedFrom.asNode(), FL.sourceFile.asNode()));
        rows.cell(row, Columns.QUOTE, doc.one(post, FL.evidence.asNode(), OA.exact.asNode()));
    }
}
