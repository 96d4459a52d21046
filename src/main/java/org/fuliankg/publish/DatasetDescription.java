package org.fuliankg.publish;

import java.time.Instant;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.fuliankg.rdf.Iris;
import org.fuliankg.store.version.StoreManifest;

/**
 * A dataset's description in VoID and DCAT (with PROV for how it was made and SPDX checksums): what it holds
 * (quads, entities, class and property partitions), where to query and download it, under which licence, and which
 * program built it from which inputs.
 */
public final class DatasetDescription {

    /** The dataset's IRI, the same for a published folder and the server that serves it. */
    static final String DATASET = Iris.BASE + "dataset";
    /** The facts are the project's work; the quotes they carry are short citations of the sources. */
    static final String LICENSE = "https://creativecommons.org/licenses/by/4.0/";
    static final String VOID = "http://rdfs.org/ns/void#";
    static final String DCAT = "http://www.w3.org/ns/dcat#";
    static final String PROV = "http://www.w3.org/ns/prov#";
    static final String SPDX = "http://spdx.org/rdf/terms#";
    static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    private static final String MEDIA_TYPES = "https://www.iana.org/assignments/media-types/";
    private static final String FORMATS = "http://www.w3.org/ns/formats/";
    private static final List<String> RESULT_FORMATS = List.of("SPARQL_Results_JSON", "SPARQL_Results_XML",
            "SPARQL_Results_CSV", "SPARQL_Results_TSV", "Turtle", "N-Triples", "JSON-LD", "RDF_XML");

    /** How the dataset was made. */
    record Provenance(Instant created, String programVersion, String buildVersion, List<StoreManifest.Input> inputs) {}

    private final Model model = ModelFactory.createDefaultModel();
    private final Resource dataset = model.createResource(DATASET);

    DatasetDescription(GraphCounts counts) {
        model.setNsPrefix("void", VOID).setNsPrefix("dcat", DCAT).setNsPrefix("dcterms", DCTerms.NS)
                .setNsPrefix("prov", PROV).setNsPrefix("spdx", SPDX).setNsPrefix("sd", SD)
                .setNsPrefix("xsd", XSDDatatype.XSD + "#").setNsPrefix("fl", Iris.ONTOLOGY)
                .setNsPrefix("rdfs", RDFS.getURI());
        dataset.addProperty(RDF.type, model.createResource(VOID + "Dataset"))
                .addProperty(RDF.type, model.createResource(DCAT + "Dataset"))
                .addProperty(RDF.type, model.createResource(SD + "Dataset"))
                .addProperty(DCTerms.title, model.createLiteral("fulian-kg：妇联新闻知识图谱", "zh"))
                .addProperty(DCTerms.title, model.createLiteral("fulian-kg: knowledge graph of news about "
                        + "China's women's federations", "en"))
                .addProperty(DCTerms.description, model.createLiteral("Officials and their posts, organisations, "
                        + "programmes and funding figures extracted from news articles, each fact with the quote "
                        + "and document it comes from; one named graph per article. Counts are over the named "
                        + "graphs: a triple stated in two graphs counts twice.", "en"))
                .addProperty(DCTerms.license, model.createResource(LICENSE))
                .addProperty(property(VOID, "uriSpace"), Iris.BASE)
                .addProperty(property(VOID, "vocabulary"), model.createResource(Iris.ONTOLOGY.replace("#", "")))
                .addProperty(property(VOID, "vocabulary"), model.createResource("http://www.w3.org/ns/org#"))
                .addProperty(property(VOID, "vocabulary"), model.createResource("https://schema.org/"))
                .addProperty(property(VOID, "vocabulary"), model.createResource("http://www.w3.org/ns/prov#"))
                .addProperty(property(VOID, "vocabulary"), model.createResource("http://www.w3.org/ns/oa#"));
        addCounts(counts);
    }

    private void addCounts(GraphCounts counts) {
        dataset.addProperty(property(VOID, "triples"), integer(counts.quads()))
                .addProperty(property(VOID, "entities"), integer(counts.entities()))
                .addProperty(property(VOID, "classes"), integer(counts.instancesByClass().size()))
                .addProperty(property(VOID, "properties"), integer(counts.quadsByProperty().size()))
                .addProperty(property(Iris.ONTOLOGY, "namedGraphs"), integer(counts.graphs()));
        counts.instancesByClass().forEach((type, n) -> dataset.addProperty(property(VOID, "classPartition"),
                model.createResource().addProperty(property(VOID, "class"), model.createResource(type))
                        .addProperty(property(VOID, "entities"), integer(n))));
        counts.quadsByProperty().forEach((predicate, n) -> dataset.addProperty(property(VOID, "propertyPartition"),
                model.createResource().addProperty(property(VOID, "property"), model.createResource(predicate))
                        .addProperty(property(VOID, "triples"), integer(n))));
    }

    /**
     * The description a running server gives of itself: VoID and DCAT of the dataset it serves, with the endpoint and
     * the dump ({@code /get}), and a SPARQL 1.1 Service Description of the endpoint whose default dataset it is.
     *
     * @param datasetUrl the served dataset's URL, e.g. {@code http://127.0.0.1:3030/kg}
     */
    public static Model ofServer(DatasetGraph data, String datasetUrl) {
        String endpoint = datasetUrl + "/sparql";
        var description = new DatasetDescription(GraphCounts.of(data)).sparqlEndpoint(endpoint)
                .dataDump(datasetUrl + "/get");
        description.model.createResource(endpoint)
                .addProperty(RDF.type, description.model.createResource(SD + "Service"))
                .addProperty(description.property(SD, "endpoint"), description.model.createResource(endpoint))
                .addProperty(description.property(SD, "supportedLanguage"),
                        description.model.createResource(SD + "SPARQL11Query"))
                .addProperty(description.property(SD, "feature"), description.model.createResource(SD + "UnionDefaultGraph"))
                .addProperty(description.property(SD, "feature"),
                        description.model.createResource(SD + "BasicFederatedQuery"))
                .addProperty(description.property(SD, "defaultDataset"), description.dataset);
        for (String format : RESULT_FORMATS) {
            description.model.getResource(endpoint).addProperty(description.property(SD, "resultFormat"),
                    description.model.createResource(FORMATS + format));
        }
        return description.model;
    }

    DatasetDescription sparqlEndpoint(String url) {
        dataset.addProperty(property(VOID, "sparqlEndpoint"), model.createResource(url));
        return this;
    }

    /** Where the whole dataset can be downloaded. */
    DatasetDescription dataDump(String url) {
        dataset.addProperty(property(VOID, "dataDump"), model.createResource(url));
        return this;
    }

    DatasetDescription distribution(String url, PublishedFile file, String title) {
        dataset.addProperty(property(DCAT, "distribution"), model.createResource(url)
                .addProperty(RDF.type, model.createResource(DCAT + "Distribution"))
                .addProperty(DCTerms.title, title)
                .addProperty(property(DCAT, "downloadURL"), model.createResource(url))
                .addProperty(property(DCAT, "mediaType"), model.createResource(MEDIA_TYPES + file.mediaType()))
                .addProperty(property(DCAT, "byteSize"), integer(file.bytes()))
                .addProperty(property(SPDX, "checksum"), checksum(file.sha256()))
                .addProperty(DCTerms.license, model.createResource(LICENSE)));
        return this;
    }

    /** When, by which program (and build of its rules) and from which input files the dataset was made. */
    DatasetDescription provenance(Provenance provenance) {
        String created = provenance.created().toString();
        dataset.addProperty(DCTerms.created, model.createTypedLiteral(created, XSDDatatype.XSDdateTime))
                .addProperty(DCTerms.hasVersion, provenance.programVersion());
        Resource program = model.createResource(model.createResource(PROV + "SoftwareAgent"))
                .addProperty(RDFS.label, provenance.programVersion())
                .addProperty(property(Iris.ONTOLOGY, "buildVersion"), provenance.buildVersion());
        Resource build = model.createResource(model.createResource(PROV + "Activity"))
                .addProperty(RDFS.label, "fulian-kg build")
                .addProperty(property(PROV, "wasAssociatedWith"), program);
        for (StoreManifest.Input input : provenance.inputs()) {
            Resource used = model.createResource(model.createResource(PROV + "Entity"))
                    .addProperty(DCTerms.identifier, input.path());
            // an input the build could not read has no hash (the manifest says "unreadable")
            if (input.sha256().matches("[0-9a-f]{64}")) {
                used.addProperty(property(SPDX, "checksum"), checksum(input.sha256()));
            } else {
                used.addProperty(RDFS.comment, "not read: " + input.sha256());
            }
            build.addProperty(property(PROV, "used"), used);
        }
        dataset.addProperty(property(PROV, "wasGeneratedBy"), build);
        return this;
    }

    private Literal integer(long n) {
        return model.createTypedLiteral(Long.toString(n), XSDDatatype.XSDinteger);
    }

    private Resource checksum(String sha256) {
        return model.createResource(model.createResource(SPDX + "Checksum"))
                .addProperty(property(SPDX, "algorithm"), model.createResource(SPDX + "checksumAlgorithm_sha256"))
                .addProperty(property(SPDX, "checksumValue"),
                        model.createTypedLiteral(sha256, XSDDatatype.XSDhexBinary));
    }

    Model model() {
        return model;
    }

    private Property property(String namespace, String local) {
        return model.createProperty(namespace, local);
    }
}
