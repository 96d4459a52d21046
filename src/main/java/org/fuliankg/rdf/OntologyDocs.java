package org.fuliankg.rdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * Writes the human documentation of the ontology (Markdown with a Mermaid class diagram) from the Turtle file, so
 * the two cannot drift apart. Usage: {@code OntologyDocs ontology/fulian.ttl ontology/README.md}.
 */
public final class OntologyDocs {

    private final Model ontology;
    /** Every prefix except {@code fkg:}, which would shadow {@code fl:} (the ontology namespace lies under it). */
    private final PrefixMapping prefixes = Prefixes.apply(PrefixMapping.Factory.create()).removeNsPrefix("fkg");

    public OntologyDocs(Model ontology) {
        this.ontology = ontology;
    }

    public static void main(String[] args) throws IOException {
        Model model = ModelFactory.createDefaultModel();
        RDFDataMgr.read(model, args[0]);
        Files.writeString(Path.of(args[1]), new OntologyDocs(model).markdown(), StandardCharsets.UTF_8);
    }

    public String markdown() {
        Resource root = ontology.listSubjectsWithProperty(RDF.type, OWL.Ontology).next();
        var md = new StringBuilder();
        md.append("# ").append(label(root, "en")).append(" / ").append(label(root, "zh")).append("\n\n");
        md.append("<!-- Generated from ontology/fulian.ttl by org.fuliankg.rdf.OntologyDocs: do not edit by hand. -->\n\n");
        md.append(comment(root, "en")).append("\n\n").append(comment(root, "zh")).append("\n\n");
        md.append("- Ontology IRI: `").append(root.getURI()).append("`, version ")
                .append(root.getProperty(OWL.versionInfo).getString()).append("\n");
        md.append("- Namespace: `").append(Iris.ONTOLOGY).append("` (prefix `fl:`)\n");
        md.append("- Data IRIs: under `").append(Iris.BASE).append("`\n");
        md.append("- Reused vocabularies: ");
        md.append(String.join(", ", root.listProperties(RDFS.seeAlso).mapWith(s -> "`" + s.getResource().getURI() + "`")
                .toList().stream().sorted().toList())).append("\n\n");
        md.append("## IRI scheme\n\n").append(literal(root, FL.NS + "iriScheme", "en")).append("\n\n");
        List<String> notes = root.listProperties(SKOS.scopeNote).mapWith(s -> s.getString().strip()).toList().stream()
                .sorted().toList();
        if (!notes.isEmpty()) md.append("## Modelling notes\n\n").append(String.join("\n\n", notes)).append("\n\n");
        root.listProperties(SKOS.example).nextOptional().ifPresent(example -> md.append("## Example\n\n```turtle\n")
                .append(example.getString().strip()).append("\n```\n\n"));
        notes(md, root);
        md.append("## Classes\n\n");
        table(md, termsOfType(OWL.Class), true);
        md.append("## Object properties\n\n");
        table(md, termsOfType(OWL.ObjectProperty), false);
        md.append("## Datatype properties\n\n");
        table(md, termsOfType(OWL.DatatypeProperty), false);
        md.append("## Concept schemes\n\n");
        for (Resource scheme : sorted(ontology.listSubjectsWithProperty(RDF.type, SKOS.ConceptScheme).toList())) {
            md.append("### ").append(label(scheme, "en")).append(" / ").append(label(scheme, "zh"))
                    .append(" (`").append(scheme.getURI()).append("`)\n\n").append(comment(scheme, "en")).append("\n\n");
            List<Resource> concepts = sorted(ontology.listSubjectsWithProperty(SKOS.inScheme, scheme).toList());
            if (concepts.isEmpty()) {
                md.append("Concepts are minted from the data.\n\n");
                continue;
            }
            md.append("| notation | zh | en |\n|---|---|---|\n");
            for (Resource c : concepts) {
                md.append("| `").append(c.getProperty(SKOS.notation).getString()).append("` | ")
                        .append(prefLabel(c, "zh")).append(" | ").append(prefLabel(c, "en")).append(" |\n");
            }
            md.append("\n");
        }
        md.append("## Diagram\n\n```mermaid\nclassDiagram\n");
        for (Resource p : termsOfType(OWL.ObjectProperty)) {
            Optional<Resource> domain = Optional.ofNullable(p.getPropertyResourceValue(RDFS.domain));
            Optional<Resource> range = Optional.ofNullable(p.getPropertyResourceValue(RDFS.range));
            if (domain.isPresent() && range.isPresent()) {
                md.append("  ").append(mermaidName(domain.get())).append(" --> ").append(mermaidName(range.get()))
                        .append(" : ").append(short_(p)).append("\n");
            }
        }
        for (Resource c : termsOfType(OWL.Class)) {
            for (Resource parent : sorted(c.listProperties(RDFS.subClassOf).mapWith(s -> s.getResource()).toList())) {
                md.append("  ").append(mermaidName(parent)).append(" <|-- ").append(mermaidName(c)).append("\n");
            }
        }
        md.append("```\n");
        return md.toString();
    }

    /**
     * One section per note of the ontology's own annotation properties on the ontology (e.g. fl:fundingLedger),
     * titled by the property's English label; the note is Markdown, written as is.
     */
    private void notes(StringBuilder md, Resource root) {
        for (Resource note : termsOfType(OWL.AnnotationProperty)) {
            if (note.getURI().equals(FL.NS + "iriScheme")) continue; // written above
            root.listProperties(ontology.createProperty(note.getURI())).nextOptional().ifPresent(text -> md
                    .append("## ").append(label(note, "en")).append("\n\n").append(text.getString().strip())
                    .append("\n\n"));
        }
    }

    private void table(StringBuilder md, List<Resource> terms, boolean classes) {
        md.append(classes ? "| class | zh | en | subclass of | description |\n|---|---|---|---|---|\n"
                : "| property | zh | en | domain → range | description |\n|---|---|---|---|---|\n");
        for (Resource t : terms) {
            String extra = classes
                    ? String.join(", ", sorted(t.listProperties(RDFS.subClassOf).mapWith(s -> s.getResource()).toList())
                            .stream().map(r -> "`" + short_(r) + "`").toList())
                    : object(t, RDFS.domain) + " → " + object(t, RDFS.range);
            md.append("| `").append(short_(t)).append("` | ").append(label(t, "zh")).append(" | ").append(label(t, "en"))
                    .append(" | ").append(extra).append(" | ").append(comment(t, "en")).append(" ").append(comment(t, "zh"))
                    .append(" |\n");
        }
        md.append("\n");
    }

    private List<Resource> termsOfType(Resource type) {
        return sorted(ontology.listSubjectsWithProperty(RDF.type, type).filterKeep(r -> r.getURI().startsWith(FL.NS)).toList());
    }

    private static List<Resource> sorted(List<Resource> resources) {
        return resources.stream().sorted(Comparator.comparing(Resource::getURI)).toList();
    }

    private String object(Resource term, Property property) {
        Resource value = term.getPropertyResourceValue(property);
        return value == null ? "–" : "`" + short_(value) + "`";
    }

    private String short_(Resource r) {
        return prefixes.shortForm(r.getURI());
    }

    private String mermaidName(Resource r) {
        return short_(r).replace(":", "_");
    }

    private static String label(Resource r, String lang) {
        return literal(r, RDFS.label.getURI(), lang);
    }

    private static String comment(Resource r, String lang) {
        return literal(r, RDFS.comment.getURI(), lang);
    }

    private static String prefLabel(Resource r, String lang) {
        return literal(r, SKOS.prefLabel.getURI(), lang);
    }

    private static String literal(Resource r, String property, String lang) {
        return r.listProperties(r.getModel().createProperty(property))
                .mapWith(s -> s.getLiteral())
                .filterKeep(l -> l.getLanguage().equals(lang))
                .mapWith(l -> l.getString().replace("|", "\\|"))
                .nextOptional().orElse("");
    }
}
