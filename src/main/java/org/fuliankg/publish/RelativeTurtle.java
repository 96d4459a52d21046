package org.fuliankg.publish;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;

/**
 * Turtle whose IRIs under {@link #FOLDER} are written relative ({@code <graph.nq.gz>}), so a reader resolves them
 * against wherever the published folder is deposited.
 */
final class RelativeTurtle {

    /** The stand-in base of the files of a published folder. */
    static final String FOLDER = "http://folder.invalid/";

    private RelativeTurtle() {}

    static String write(Model model) {
        String absolute = RDFWriter.source(model).format(RDFFormat.TURTLE_PRETTY).asString();
        return absolute.replace("<" + FOLDER, "<");
    }
}
