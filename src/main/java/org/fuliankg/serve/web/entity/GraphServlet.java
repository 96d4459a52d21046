package org.fuliankg.serve.web.entity;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryException;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;

/**
 * {@code /graph?iri=…}: an entity's neighbourhood (what it links to and what links to it), or
 * {@code /graph?query=CONSTRUCT…}: a query's result, as JSON {@code {nodes:[{id,label,type,typeLabel}],
 * edges:[{source,target,label}]}} for the graph view. Literals and types are not drawn as nodes; types colour them.
 */
public final class GraphServlet extends HttpServlet {

    /** More would be unreadable in a browser and slow to lay out. */
    private static final int MAX_EDGES = 400;

    private final EntityDescriptions descriptions;

    public GraphServlet(EntityDescriptions descriptions) {
        this.descriptions = descriptions;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String iri = request.getParameter("iri");
        String query = request.getParameter("query");
        Model found;
        try {
            if (iri != null) {
                found = descriptions.describe(iri);
                Resource entity = found.createResource(iri);
                // Only the entity's own links: not the evidence details the description also carries.
                found = ModelFactory.createDefaultModel().add(found.listStatements().filterKeep(
                        s -> s.getSubject().equals(entity) || s.getObject().equals(entity)).toList());
            } else if (query != null) {
                found = descriptions.construct(query);
            } else {
                response.sendError(HttpServletResponse.SC_BAD_REQUEST, "give ?iri= or ?query=");
                return;
            }
        } catch (QueryException | IllegalArgumentException e) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
            return;
        }
        response.setContentType("application/json; charset=utf-8");
        response.getWriter().write(json(found, iri).toString());
    }

    private JsonObject json(Model found, String centre) {
        List<Statement> links = found.listStatements().filterKeep(s -> s.getSubject().isURIResource()
                && s.getObject().isURIResource() && !s.getPredicate().equals(RDF.type)).toList();
        if (links.size() > MAX_EDGES) links = links.subList(0, MAX_EDGES);
        Set<Node> shown = new LinkedHashSet<>();
        if (centre != null) shown.add(found.createResource(centre).asNode());
        for (Statement link : links) {
            shown.add(link.getSubject().asNode());
            shown.add(link.getObject().asNode());
        }
        List<Node> toName = new ArrayList<>(shown);
        links.forEach(l -> toName.add(l.getPredicate().asNode()));
        Model names = descriptions.labelsOf(toName).add(found);
        // Types of the ontology's classes are named by the ontology too.
        List<Node> classes = names.listObjectsOfProperty(RDF.type).mapWith(n -> n.asNode()).toList();
        names.add(descriptions.labelsOf(classes));

        JsonArray nodes = new JsonArray();
        for (Node node : shown) {
            Resource resource = names.createResource(node.getURI());
            JsonObject item = new JsonObject();
            item.put("id", node.getURI());
            item.put("label", ShownNames.name(names, resource));
            Resource type = mainType(resource);
            item.put("type", type == null ? "" : ShownNames.lastSegment(type));
            item.put("typeLabel", type == null ? "" : ShownNames.name(names, type));
            nodes.add(item);
        }
        JsonArray edges = new JsonArray();
        for (Statement link : links) {
            JsonObject item = new JsonObject();
            item.put("source", link.getSubject().getURI());
            item.put("target", link.getObject().asResource().getURI());
            item.put("label", ShownNames.name(names, names.createResource(link.getPredicate().getURI())));
            edges.add(item);
        }
        JsonObject graph = new JsonObject();
        graph.put("nodes", nodes);
        graph.put("edges", edges);
        return graph;
    }

    /** The type that says most: one of our ontology's classes if there is one. */
    private static Resource mainType(Resource resource) {
        List<Resource> types = resource.listProperties(RDF.type).mapWith(Statement::getResource)
                .filterKeep(Resource::isURIResource).toList();
        return types.stream().filter(t -> t.getURI().startsWith(EntityDescriptions.BASE)).findFirst()
                .orElse(types.isEmpty() ? null : types.get(0));
    }
}
