package org.fuliankg.serve.web.entity;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/** What the pages call a resource: its Chinese (or English) label, else its name, title or IRI's last segment. */
final class ShownNames {

    private static final Property FOAF_NAME = org.apache.jena.sparql.vocabulary.FOAF.name;
    private static final Property SOURCE_FILE =
            org.apache.jena.rdf.model.ResourceFactory.createProperty(EntityDescriptions.BASE + "ontology#sourceFile");
    private static final List<Property> LABELS = List.of(SKOS.prefLabel, RDFS.label, FOAF_NAME, DCTerms.title,
            SOURCE_FILE);

    private ShownNames() {}

    /** The label in {@code lang} ("zh" or "en"), if the model has one. */
    static Optional<String> label(Model model, Resource resource, String lang) {
        for (Property property : LABELS) {
            Optional<String> found = model.listObjectsOfProperty(resource, property).toList().stream()
                    .filter(RDFNode::isLiteral).map(RDFNode::asLiteral)
                    .filter(l -> l.getLanguage().startsWith(lang)).map(Literal::getLexicalForm)
                    .min(Comparator.naturalOrder());
            if (found.isPresent()) return found;
        }
        return Optional.empty();
    }

    /**
     * Chinese label, else English, else any label without a language, else (for facts, which have no label) the
     * Chinese name of its class of ours and the IRI's last segment (任职陈述 839-855), else that segment alone.
     */
    static String name(Model model, Resource resource) {
        return label(model, resource, "zh").or(() -> label(model, resource, "en"))
                .or(() -> label(model, resource, "")).orElseGet(() -> classOf(model, resource)
                        .flatMap(type -> label(model, type, "zh")).map(type -> type + " " + lastSegment(resource))
                        .orElseGet(() -> lastSegment(resource)));
    }

    private static Optional<Resource> classOf(Model model, Resource resource) {
        return model.listObjectsOfProperty(resource, RDF.type).toList().stream().filter(RDFNode::isURIResource)
                .map(RDFNode::asResource).filter(t -> t.getURI().startsWith(EntityDescriptions.BASE)).findFirst();
    }

    static String lastSegment(Resource resource) {
        if (!resource.isURIResource()) return "_:" + resource.getId().getLabelString();
        String iri = resource.getURI();
        String tail = iri.substring(Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/', iri.length() - 2)) + 1);
        try {
            return URLDecoder.decode(tail.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return tail;
        }
    }
}
