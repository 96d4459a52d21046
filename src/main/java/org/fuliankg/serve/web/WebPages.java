package org.fuliankg.serve.web;

import java.nio.file.Path;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.fuliankg.serve.web.entity.EntityDescriptions;
import org.fuliankg.serve.web.entity.EntityServlet;
import org.fuliankg.serve.web.entity.GraphServlet;
import org.fuliankg.serve.web.front.FrontPageServlet;
import org.fuliankg.serve.web.front.GraphOverview;
import org.fuliankg.serve.web.front.NameSearch;
import org.fuliankg.serve.web.front.SearchServlet;
import org.fuliankg.serve.web.query.QueryLibrary;
import org.fuliankg.serve.web.query.QueryPageServlet;

/**
 * The human side of the server, next to the SPARQL endpoint in the same process:
 * <ul>
 *   <li>{@code /} front page: the graph at a glance and a search box over names ({@code /search?q=…});</li>
 *   <li>{@code /query} query page (YASGUI) with every query of {@code queries/} one click away;</li>
 *   <li>{@code /entity?iri=…} and {@code /id/<rest>} (for {@code https://w3id.org/fulian-kg/<rest>}) entity pages:
 *       HTML, or Turtle / JSON-LD / N-Triples by the Accept header;</li>
 *   <li>{@code /graph-view?iri=…} (or {@code ?query=CONSTRUCT…}) a drawn neighbourhood graph, fed by the JSON of
 *       {@code /graph};</li>
 *   <li>{@code /web/*} this package's scripts and styles, {@code /webjars/*} the libraries' (YASGUI, Cytoscape),
 *       both from the classpath, so the pages work without any outside network.</li>
 * </ul>
 */
public final class WebPages {

    private WebPages() {}

    /**
     * Registers the pages on a server being built. The query list is read from {@code queries} (the folder of
     * canned queries) on every request, so a query edited there shows up on reload without a rebuild.
     */
    public static void addTo(FusekiServer.Builder builder, DatasetGraph dataset, Path queries) {
        var descriptions = new EntityDescriptions(dataset);
        builder.addServlet("", new FrontPageServlet(new GraphOverview(dataset)))
                .addServlet(QueryPageServlet.PATH, new QueryPageServlet(new QueryLibrary(queries)))
                .addServlet("/search", new SearchServlet(new NameSearch(dataset)))
                .addServlet("/entity", new EntityServlet(descriptions))
                .addServlet("/id/*", new EntityServlet(descriptions))
                .addServlet("/graph", new GraphServlet(descriptions))
                .addServlet("/graph-view", new ClasspathFileServlet("org/fuliankg/web/graph.html"))
                .addServlet("/web/*", new ClasspathFileServlet("org/fuliankg/web"))
                .addServlet("/webjars/*", new ClasspathFileServlet("META-INF/resources/webjars"));
    }
}
