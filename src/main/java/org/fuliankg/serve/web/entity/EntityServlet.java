package org.fuliankg.serve.web.entity;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFLanguages;
import org.fuliankg.serve.web.query.Prefixes;

/**
 * Dereferences our IRIs: {@code /entity?iri=https://w3id.org/fulian-kg/…} or {@code /id/<rest>} for
 * {@code https://w3id.org/fulian-kg/<rest>}. Browsers get an HTML page; RDF clients get Turtle, JSON-LD, N-Triples
 * or RDF/XML by their Accept header ({@code ?format=ttl|jsonld|nt|rdf} overrides it, for links).
 */
public final class EntityServlet extends HttpServlet {

    private static final AcceptList OFFERED = AcceptList.create("text/html", "text/turtle", "application/ld+json",
            "application/n-triples", "application/rdf+xml");
    private static final Map<String, String> FORMATS = Map.of("ttl", "text/turtle", "jsonld", "application/ld+json",
            "nt", "application/n-triples", "rdf", "application/rdf+xml", "html", "text/html");

    private final EntityDescriptions descriptions;

    public EntityServlet(EntityDescriptions descriptions) {
        this.descriptions = descriptions;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String iri = requestedIri(request);
        if (iri == null || !iri.startsWith(EntityDescriptions.BASE)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "not an IRI of this knowledge graph: " + iri);
            return;
        }
        Model description = descriptions.describe(iri);
        if (description.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "nothing is known about " + iri);
            return;
        }
        String type = chosenType(request);
        response.setHeader("Vary", "Accept");
        if (type.equals("text/html")) {
            response.setContentType("text/html; charset=utf-8");
            response.getWriter().write(new EntityHtml(descriptions, description, iri).page());
            return;
        }
        Lang lang = RDFLanguages.contentTypeToLang(type);
        description.setNsPrefixes(Prefixes.PROJECT);
        var out = new ByteArrayOutputStream();
        if (lang.equals(Lang.TURTLE)) RDFDataMgr.write(out, description, RDFFormat.TURTLE_PRETTY);
        else if (lang.equals(Lang.JSONLD)) RDFDataMgr.write(out, description, RDFFormat.JSONLD_PRETTY);
        else RDFDataMgr.write(out, description, lang);
        response.setContentType(type + "; charset=utf-8");
        response.getOutputStream().write(out.toByteArray());
    }

    private static String chosenType(HttpServletRequest request) {
        String format = request.getParameter("format");
        if (format != null && FORMATS.containsKey(format)) return FORMATS.get(format);
        String accept = request.getHeader("Accept");
        if (accept == null || accept.isBlank()) return "text/html";
        MediaType chosen = AcceptList.match(new AcceptList(accept), OFFERED);
        return chosen == null ? "text/html" : chosen.getContentTypeStr();
    }

    /**
     * The IRI asked for. Under {@code /id/} the raw request path is mapped back to an IRI as RFC 3987 §3.2 says:
     * percent-encoded UTF-8 of non-ASCII characters (which browsers send for Chinese) is decoded, while ASCII
     * escapes stay, since our IRIs keep those escaped.
     */
    static String requestedIri(HttpServletRequest request) {
        if (request.getServletPath().equals("/entity")) return request.getParameter("iri");
        String uri = request.getRequestURI();
        String prefix = request.getContextPath() + "/id/";
        if (!uri.startsWith(prefix)) return null;
        return EntityDescriptions.BASE + IriPaths.decodeNonAscii(uri.substring(prefix.length()));
    }
}
