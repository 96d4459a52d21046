package org.fuliankg.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.function.Supplier;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.sparql.core.DatasetGraph;
import org.fuliankg.publish.DatasetDescription;

/**
 * The server describes itself: VoID + DCAT of the dataset at {@code /.well-known/void} (RFC 8615; VoID's
 * well-known location), and a SPARQL 1.1 Service Description in answer to a GET on the query endpoint without a
 * query. Counting the store's quads and entities walks it, so a read-only server counts once, at the first request;
 * a writable one counts on every request.
 */
final class SelfDescription extends HttpServlet implements Filter {

    static final String WELL_KNOWN_VOID = "/.well-known/void";

    private final DatasetGraph dataset;
    private final boolean changes;
    private volatile Model counted;

    SelfDescription(DatasetGraph dataset, boolean changes) {
        this.dataset = dataset;
        this.changes = changes;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        write(request, response);
    }

    /** On the query endpoint: a GET without {@code query} is asking what the service is. */
    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request instanceof HttpServletRequest http && "GET".equals(http.getMethod())
                && http.getParameter("query") == null) {
            write(http, (HttpServletResponse) response);
        } else {
            chain.doFilter(request, response);
        }
    }

    private void write(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Lang lang = negotiated(request.getHeader("Accept"));
        Model description = description(() -> DatasetDescription.ofServer(dataset, datasetUrl(request)));
        response.setContentType(lang.getContentType().getContentTypeStr());
        response.setCharacterEncoding("UTF-8");
        RDFDataMgr.write(response.getOutputStream(), description, lang);
    }

    private Model description(Supplier<Model> count) {
        if (changes) return count.get();
        Model model = counted;
        if (model == null) {
            synchronized (this) {
                if (counted == null) counted = count.get();
                model = counted;
            }
        }
        return model;
    }

    /** Turtle unless the client asks for another RDF syntax Jena writes. */
    static Lang negotiated(String accept) {
        if (accept != null) {
            for (String range : accept.split(",")) {
                Lang lang = RDFLanguages.contentTypeToLang(range.split(";")[0].trim());
                if (lang != null && RDFLanguages.isTriples(lang)) return lang;
            }
        }
        return Lang.TURTLE;
    }

    private static String datasetUrl(HttpServletRequest request) {
        return KgServer.datasetUrl(request.getScheme(), request.getServerName(), request.getServerPort());
    }
}
