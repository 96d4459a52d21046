package org.fuliankg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

/** The IRI check that keeps a document whose mapping made an unusable IRI out of a build's output. */
class IrisTest {

    @Test
    void minted_iris_with_chinese_and_percent_encoding_are_valid() {
        assertTrue(Iris.isValid(Iris.organisation("四川省妇联")));
        assertTrue(Iris.isValid(Iris.document("web/example.org/a b/新闻.html")));
        assertTrue(Iris.isValid("urn:x-fulian:1"));
    }

    @Test
    void an_iri_without_a_scheme_is_invalid() {
        // a parser would resolve it against the output file's location: another IRI in every copy
        for (String relative : new String[] {"no-scheme/path", ":empty-scheme", "1http://x", "h_t://x"}) {
            assertFalse(Iris.isValid(relative), relative);
        }
    }

    @Test
    void what_n_triples_forbids_in_an_iri_is_invalid() {
        for (String bad : new String[] {"ht tp://x", "http://x/a b", "http://x/<a>", "http://x/\"q\"", "http://x/{a}",
                "http://x/a|b", "http://x/a^b", "http://x/`a`", "http://x/a\\b", "http://x/\u0001"}) {
            assertFalse(Iris.isValid(bad), bad);
        }
    }

    @Test
    void an_iri_the_store_loader_refuses_is_invalid() {
        // Jena's parser is lenient about some forbidden characters, but not about these: written out, they would
        // make the whole staged file unloadable
        for (String bad : new String[] {"http://x/a b", "http://x/<a>"}) {
            assertFalse(Iris.isValid(bad), bad);
            String ntriples = "<" + bad + "> <http://x/p> \"o\" .";
            assertThrows(RiotException.class, () -> RDFParser.fromString(ntriples, Lang.NTRIPLES).toModel(), bad);
        }
    }

    @Test
    void invalidIn_names_the_first_unusable_iri_of_a_graph() {
        Model model = ModelFactory.createDefaultModel();
        model.createResource(Iris.organisation("某市妇联")).addProperty(RDFS.label, "某市妇联");
        assertNull(Iris.invalidIn(Iris.graph("a.txt"), model));
        model.createResource("http://x/a b").addProperty(RDFS.label, "bad");
        assertEquals("mapping made an invalid IRI <http://x/a b>", Iris.invalidIn(Iris.graph("a.txt"), model));
        assertEquals("mapping made an invalid graph IRI <graph a>", Iris.invalidIn("graph a", ModelFactory.createDefaultModel()));
    }
}
