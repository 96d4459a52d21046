package org.fuliankg.rdf;

import java.nio.charset.StandardCharsets;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.util.iterator.ExtendedIterator;

/**
 * Mints the IRIs of the graph from canonical keys (see the {@code fl:iriScheme} note in ontology/fulian.ttl).
 * Keys stay readable: Chinese characters are kept, characters not allowed in an IRI path segment are
 * percent-encoded.
 */
public final class Iris {

    public static final String BASE = "https://w3id.org/fulian-kg/";
    public static final String ONTOLOGY = BASE + "ontology#";
    public static final String REFERENCE_GRAPH = BASE + "reference-data";
    /** The graph of cross-document person merges, recomputed from the document graphs (see PersonLinks). */
    public static final String PERSON_LINKS_GRAPH = BASE + "person-links";


    private Iris() {}

    /**
     * A document, from its name in the corpus (its path relative to the input folder, or {@code web/} and a page's
     * address; see {@code source.Provenance#name}): each {@code /}-separated part is encoded on its own, so a file
     * directly in the input folder is {@code doc/〈file name〉} and {@code a/b.txt} is {@code doc/a/b.txt}.
     */
    public static String document(String name) {
        return BASE + "doc/" + path(name);
    }

    /** The named graph of a document, from its name in the corpus like {@link #document}. */
    public static String graph(String name) {
        return BASE + "graph/" + path(name);
    }

    public static String organisation(String key) {
        return BASE + "org/" + segment(key);
    }

    /** {@code key} is {@code 〈organisation key〉/〈name〉}; each part is encoded on its own. */
    public static String person(String organisationKey, String name) {
        return BASE + "person/" + segment(organisationKey) + "/" + segment(name);
    }

    /** A person the text ties to no organisation: known only inside one document. */
    public static String documentPerson(String fileName, String name) {
        return document(fileName) + "/person/" + segment(name);
    }

    public static String programme(String name) {
        return BASE + "programme/" + segment(name);
    }

    public static String position(String title) {
        return BASE + "position/" + segment(title);
    }

    public static String region(String code) {
        return BASE + "region/" + segment(code);
    }

    /** A day as a time:Instant, {@code isoDate} yyyy-MM-dd. */
    public static String date(String isoDate) {
        return BASE + "date/" + segment(isoDate);
    }

    /** The evidence that one name in several documents is one person: rule, name and organisation key(s). */
    public static String personMerge(String rule, String name, String... organisationKeys) {
        var iri = new StringBuilder(BASE).append("person-merge/").append(rule).append('/').append(segment(name));
        for (String key : organisationKeys) iri.append('/').append(segment(key));
        return iri.toString();
    }

    public static String scheme(String name) {
        return BASE + "scheme/" + name;
    }

    /** A fixed concept, e.g. {@code funding-role/per-person}. */
    public static String concept(String scheme, String code) {
        return BASE + scheme + "/" + code;
    }

    /** A fact of a document, named by its kind and where it is stated. */
    public static String fact(String fileName, String kind, int start, int end) {
        return document(fileName) + "/" + kind + "/" + start + "-" + end;
    }

    public static String item(String fileName, int number) {
        return document(fileName) + "/item/" + number;
    }

    /** Path of IRI segments: every {@code /}-separated part encoded by {@link #segment}. */
    static String path(String raw) {
        var out = new StringBuilder();
        for (String part : raw.split("/", -1)) {
            if (!out.isEmpty()) out.append('/');
            out.append(segment(part));
        }
        return out.toString();
    }

    /** Percent-encodes what an IRI path segment cannot hold: ASCII outside the unreserved set, spaces, controls. */
    static String segment(String raw) {
        var out = new StringBuilder();
        raw.codePoints().forEach(cp -> {
            if (cp < 0x80 ? isUnreservedAscii(cp) : !Character.isWhitespace(cp) && !Character.isISOControl(cp)
                    && Character.getType(cp) != Character.SPACE_SEPARATOR && cp != 0xFEFF) {
                out.appendCodePoint(cp);
            } else {
                for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(String.format("%02X", b & 0xFF));
                }
            }
        });
        return out.toString();
    }

    private static boolean isUnreservedAscii(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                || c == '-' || c == '.' || c == '_' || c == '~';
    }

    /**
     * Why the graph {@code graphName} of {@code model} could not be written as RDF (an IRI without a scheme, or
     * with a character no parser accepts in an IRI), or null when it can be.
     */
    public static String invalidIn(String graphName, Model model) {
        if (!isValid(graphName)) return "mapping made an invalid graph IRI <" + graphName + ">";
        ExtendedIterator<Triple> triples = model.getGraph().find();
        try {
            while (triples.hasNext()) {
                Triple triple = triples.next();
                for (Node node : new Node[] {triple.getSubject(), triple.getPredicate(), triple.getObject()}) {
                    if (node.isURI() && !isValid(node.getURI())) return "mapping made an invalid IRI <" + node.getURI() + ">";
                }
            }
            return null;
        } finally {
            triples.close();
        }
    }

    /** A scheme ({@code [A-Za-z][A-Za-z0-9+.-]*:}) and none of the characters N-Triples forbids in an IRI. */
    static boolean isValid(String iri) {
        int colon = iri.indexOf(':');
        if (colon < 1 || !isAsciiLetter(iri.charAt(0))) return false;
        for (int i = 1; i < colon; i++) {
            char c = iri.charAt(i);
            if (!isAsciiLetter(c) && !(c >= '0' && c <= '9') && c != '+' && c != '.' && c != '-') return false;
        }
        for (int i = colon + 1; i < iri.length(); i++) {
            if (isForbiddenInIri(iri.charAt(i))) return false;
        }
        return true;
    }

    /** Controls, space and {@code <>"{}|^`\}: what N-Triples forbids in an IRI. */
    private static boolean isForbiddenInIri(char c) {
        return switch (c) {
            case '<', '>', '"', '{', '}', '|', '^', '`', '\\' -> true;
            default -> c <= 0x20;
        };
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
}
