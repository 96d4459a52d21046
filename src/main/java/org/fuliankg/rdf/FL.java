package org.fuliankg.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** Terms of the fulian-kg ontology (ontology/fulian.ttl), and the PROV-O terms Jena has no constants for. */
public final class FL {

    public static final String NS = Iris.ONTOLOGY;
    public static final String PROV = "http://www.w3.org/ns/prov#";
    /** W3C Time ontology: the dates facts are attested at. */
    public static final String TIME = "http://www.w3.org/2006/time#";

    public static final Resource Document = resource("Document");
    public static final Resource Item = resource("Item");
    public static final Resource PostHolding = resource("PostHolding");
    public static final Resource WomensFederation = resource("WomensFederation");
    public static final Resource Region = resource("Region");
    public static final Resource Programme = resource("Programme");
    public static final Resource FundingFigure = resource("FundingFigure");
    public static final Resource Beneficiaries = resource("Beneficiaries");
    public static final Resource Mention = resource("Mention");
    public static final Resource PersonMerge = resource("PersonMerge");
    public static final Resource Sentence = resource("Sentence");

    public static final Property evidence = property("evidence");
    public static final Property inItem = property("inItem");
    public static final Property mentionOf = property("mentionOf");
    public static final Property organisationType = property("organisationType");
    public static final Property level = property("level");
    public static final Property region = property("region");
    public static final Property place = property("place");
    public static final Property interviewee = property("interviewee");
    public static final Property qualifier = property("qualifier");
    public static final Property fundingRole = property("fundingRole");
    public static final Property programme = property("programme");
    public static final Property programmeKind = property("programmeKind");
    public static final Property administeredBy = property("administeredBy");
    public static final Property responsibleOrganisation = property("responsibleOrganisation");
    public static final Property beneficiaries = property("beneficiaries");
    public static final Property sourceFile = property("sourceFile");
    public static final Property contentHash = property("contentHash");
    public static final Property inSentence = property("inSentence");
    public static final Property dateOrigin = property("dateOrigin");
    public static final Property textExtraction = property("textExtraction");
    public static final Property itemNumber = property("itemNumber");
    public static final Property subheadline = property("subheadline");
    public static final Property dateline = property("dateline");
    public static final Property former = property("former");
    public static final Property generic = property("generic");
    public static final Property unresolved = property("unresolved");
    public static final Property bodyWritten = property("bodyWritten");
    public static final Property isFund = property("isFund");
    public static final Property divisionCode = property("divisionCode");
    public static final Property what = property("what");
    public static final Property time = property("time");
    /** The year a funding figure refers to (xsd:gYear); absent for a period of several years. */
    public static final Property year = property("year");
    public static final Property count = property("count");
    public static final Property unit = property("unit");
    public static final Property postEvent = property("postEvent");
    public static final Property mergedPerson = property("mergedPerson");
    public static final Property mergeRule = property("mergeRule");
    public static final Property viaOrganisation = property("viaOrganisation");
    public static final Property cumulative = property("cumulative");

    public static final Property wasDerivedFrom = ResourceFactory.createProperty(PROV + "wasDerivedFrom");
    public static final Resource Instant = ResourceFactory.createResource(TIME + "Instant");
    public static final Property hasTime = ResourceFactory.createProperty(TIME + "hasTime");
    public static final Property inXSDDate = ResourceFactory.createProperty(TIME + "inXSDDate");
    public static final Property generatedAtTime = ResourceFactory.createProperty(PROV + "generatedAtTime");

    private FL() {}

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS + local);
    }
}
