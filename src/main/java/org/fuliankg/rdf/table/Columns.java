package org.fuliankg.rdf.table;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.fuliankg.rdf.Iris;

/**
 * The columns of the research tables (ontology/fulian.ttl, "Research tables"): one property per column, the same
 * property wherever two tables hold the same kind of value. Rows carry no type: their graph says what they are.
 */
final class Columns {

    static final Node FILE = column("rowFile");
    static final Node START = column("rowStart");
    static final Node AMOUNT = column("rowAmount");
    static final Node MAX_AMOUNT = column("rowMaxAmount");
    static final Node CURRENCY = column("rowCurrency");
    static final Node QUALIFIER = column("rowQualifier");
    static final Node ROLE = column("rowRole");
    static final Node PROGRAMME = column("rowProgramme");
    static final Node PROGRAMME_NAME = column("rowProgrammeName");
    static final Node PROGRAMME_KIND = column("rowProgrammeKind");
    static final Node ORGANISATION = column("rowOrganisation");
    static final Node ORGANISATION_NAME = column("rowOrganisationName");
    static final Node BENEFICIARIES = column("rowBeneficiaries");
    static final Node CUMULATIVE = column("rowCumulative");
    static final Node YEAR = column("rowYear");
    static final Node TIME = column("rowTime");
    static final Node PERIOD = column("rowPeriod");
    static final Node YEAR_FROM = column("rowYearFrom");
    static final Node PERSON = column("rowPerson");
    static final Node NAME = column("rowName");
    static final Node POSITION = column("rowPosition");
    static final Node BODY_WRITTEN = column("rowBodyWritten");
    static final Node EVENT = column("rowEvent");
    static final Node DATE = column("rowDate");
    static final Node QUOTE = column("rowQuote");
    static final Node FEDERATION_NAME = column("rowFederationName");
    static final Node REGION = column("rowRegion");
    static final Node REGION_CODE = column("rowRegionCode");
    static final Node REGION_NAME = column("rowRegionName");
    static final Node KIND = column("rowKind");
    static final Node MEASURE = column("rowMeasure");
    static final Node LOWER_BOUND = column("rowLowerBound");
    static final Node APPROXIMATE_TOTAL = column("rowApproximateTotal");
    static final Node UPPER_BOUND = column("rowUpperBound");
    static final Node FIGURES = column("rowFigures");
    static final Node DOCUMENTS = column("rowDocuments");
    static final Node LEFT_OUT = column("rowLeftOut");

    private Columns() {}

    private static Node column(String local) {
        return NodeFactory.createURI(Iris.ONTOLOGY + local);
    }
}
