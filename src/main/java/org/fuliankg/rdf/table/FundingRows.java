package org.fuliankg.rdf.table;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OA;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SchemaDO;
import org.fuliankg.rdf.FL;

/**
 * The rows of the table {@code fundings} of one document graph: one per funding figure, with the columns of
 * queries/fundings.rq, the programme kind two-cancer-per-beneficiary.rq selects on, and those the ledger sums from
 * ({@link LedgerTable}): the programme and organisation IRIs,
 * the time text, the maximum of a range, and the figure's year or period ({@link FigurePeriod}). The currency is
 * written only when it is not yuan and the cumulative flag only when true (the queries read the defaults).
 */
final class FundingRows {

    static final String TABLE = "fundings";
    private static final String CNY = "CNY";
    private static final Node TRUE = NodeFactory.createLiteralByValue(true);
    private static final Node RESPONSIBLE = FL.responsibleOrganisation.asNode();

    private FundingRows() {}

    static void add(GraphValues doc, RowWriter rows) {
        doc.graph().find(Node.ANY, RDF.type.asNode(), FL.FundingFigure.asNode()).toList()
                .forEach(t -> add(doc, t.getSubject(), rows));
    }

    private static void add(GraphValues doc, Node figure, RowWriter rows) {
        Node row = ResearchTables.row(TABLE, figure);
        Node document = doc.one(figure, FL.wasDerivedFrom.asNode());
        Node documentDate = document == null ? null : doc.one(document, DCTerms.date.asNode());
        rows.cell(row, Columns.FILE, document == null ? null : doc.one(document, FL.sourceFile.asNode()));
        rows.cell(row, Columns.START, doc.one(figure, FL.evidence.asNode(), OA.start.asNode()));
        rows.cell(row, Columns.AMOUNT, doc.one(figure, SchemaDO.value.asNode()));
        rows.cell(row, Columns.MAX_AMOUNT, doc.one(figure, SchemaDO.maxValue.asNode()));
        Node currency = doc.one(figure, SchemaDO.currency.asNode());
        if (currency != null && !currency.getLiteralLexicalForm().equals(CNY)) rows.cell(row, Columns.CURRENCY, currency);
        rows.cell(row, Columns.QUALIFIER, GraphValues.code(doc.one(figure, FL.qualifier.asNode())));
        Node role = GraphValues.code(doc.one(figure, FL.fundingRole.asNode()));
        rows.cell(row, Columns.ROLE, role);
        for (Node programme : doc.all(figure, FL.programme.asNode())) {
            var names = doc.zhLabels(programme);
            if (names.isEmpty()) continue; // the queries know a programme by its name
            rows.cell(row, Columns.PROGRAMME, programme);
            rows.cells(row, Columns.PROGRAMME_NAME, names);
            rows.cell(row, Columns.PROGRAMME_KIND, GraphValues.code(doc.one(programme, FL.programmeKind.asNode())));
        }
        for (Node organisation : doc.all(figure, RESPONSIBLE)) {
            rows.cell(row, Columns.ORGANISATION, organisation);
            rows.cells(row, Columns.ORGANISATION_NAME, doc.zhLabels(organisation));
        }
        rows.cell(row, Columns.BENEFICIARIES, doc.one(figure, FL.beneficiaries.asNode(), FL.count.asNode()));
        boolean flagged = doc.has(figure, FL.cumulative.asNode(), TRUE);
        if (flagged) rows.cell(row, Columns.CUMULATIVE, TRUE);
        Node year = doc.one(figure, FL.year.asNode());
        rows.cell(row, Columns.YEAR, year);
        Node time = doc.one(figure, FL.time.asNode());
        rows.cell(row, Columns.TIME, time);
        FigurePeriod period = FigurePeriod.of(time == null ? "" : time.getLiteralLexicalForm(),
                year == null ? null : year.getLiteralLexicalForm(),
                lexical(doc.one(figure, FL.inItem.asNode(), DCTerms.date.asNode())), lexical(documentDate),
                role == null ? "" : role.getLiteralLexicalForm(), flagged);
        rows.cell(row, Columns.PERIOD, NodeFactory.createLiteralString(period.period()));
        rows.cell(row, Columns.YEAR_FROM, NodeFactory.createLiteralString(period.yearFrom()));
    }

    private static String lexical(Node literal) {
        return literal == null ? null : literal.getLiteralLexicalForm();
    }
}
