package org.fuliankg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.SKOS;
import org.fuliankg.pipeline.Pipeline;
import org.fuliankg.source.SourceDocument;
import org.junit.jupiter.api.Test;

/**
 * A short form (市妇联) whose place the text does not tell is said so in the graph: the body keeps its surface form,
 * carries {@code fl:unresolved true}, belongs to its own document only and sits outside the federation hierarchy.
 * Names are invented.
 */
class UnresolvedBodyGraphTest {

    private static final String TEXT = "市妇联召开执委会议。会议增选石佩琳为市妇联第十一届副主席。";

    private static Model graph(String file) {
        var source = new SourceDocument(file, Path.of(file), TEXT, "UTF-8", "");
        return new GraphMapper().map(new Pipeline().process(source));
    }

    private static Resource bodyOfThePost(Model m) {
        List<Resource> bodies = m.listObjectsOfProperty(ORG.postIn).mapWith(o -> o.asResource()).toList();
        assertEquals(1, bodies.size(), "one post, in one body");
        return bodies.get(0);
    }

    @Test
    void theBodyIsMarkedUnresolvedWithItsSurfaceForm() {
        Resource body = bodyOfThePost(graph("a.txt"));
        assertTrue(body.hasLiteral(FL.unresolved, true));
        assertEquals("市妇联", body.getProperty(SKOS.prefLabel).getString());
        assertFalse(body.hasProperty(ORG.subOrganizationOf), "no parent federation is guessed");
    }

    @Test
    void thePostKeepsTheBodyAsWritten() {
        Model m = graph("a.txt");
        List<String> written = m.listObjectsOfProperty(FL.bodyWritten).mapWith(o -> o.asLiteral().getString()).toList();
        assertEquals(List.of("市妇联"), written, "what the text wrote, for the officials query's ?orgWritten");
    }

    @Test
    void twoDocumentsDoNotShareAnUnresolvedBody() {
        assertNotEquals(bodyOfThePost(graph("a.txt")).getURI(), bodyOfThePost(graph("b.txt")).getURI());
    }
}
