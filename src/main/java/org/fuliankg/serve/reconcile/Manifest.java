package org.fuliankg.serve.reconcile;

import java.util.Arrays;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.fuliankg.rdf.Iris;
import org.fuliankg.serve.reconcile.facts.EntityType;
import org.fuliankg.serve.reconcile.match.CandidateJson;
import org.fuliankg.serve.reconcile.match.Reconciler;

/**
 * The service manifest (what {@code GET /reconcile} answers): identifiers are our IRIs, viewed on the entity pages
 * of the same server; preview, suggest and data extension live under {@code /reconcile/}.
 */
final class Manifest {

    static final int PREVIEW_WIDTH = 400;
    static final int PREVIEW_HEIGHT = 200;

    private Manifest() {}

    /** @param server the server's base URL as the client reached it, e.g. {@code http://127.0.0.1:3030} */
    static JsonObject of(String server) {
        String service = server + ReconcileService.PATH;
        JsonObject json = new JsonObject();
        JsonArray versions = new JsonArray();
        versions.add("0.2");
        json.put("versions", versions);
        json.put("name", "fulian-kg 妇联知识图谱 (women's federations: people, organisations, programmes)");
        json.put("identifierSpace", Iris.BASE);
        json.put("schemaSpace", Iris.ONTOLOGY);
        String version = Manifest.class.getPackage().getImplementationVersion();
        if (version != null) json.put("serviceVersion", version);
        json.put("batchSize", Reconciler.MAX_BATCH);
        JsonArray types = new JsonArray();
        Arrays.stream(EntityType.values()).forEach(t -> types.add(CandidateJson.type(t)));
        json.put("defaultTypes", types);
        json.put("view", url(server + "/entity?iri={{id}}"));
        JsonObject preview = url(service + "/preview?id={{id}}");
        preview.put("width", PREVIEW_WIDTH);
        preview.put("height", PREVIEW_HEIGHT);
        json.put("preview", preview);
        JsonObject suggest = new JsonObject();
        for (String kind : new String[] {"entity", "type", "property"}) {
            suggest.put(kind, servicePath(service, "/suggest/" + kind));
        }
        json.put("suggest", suggest);
        JsonObject extend = new JsonObject();
        extend.put("propose_properties", servicePath(service, "/properties"));
        extend.put("property_settings", new JsonArray());
        json.put("extend", extend);
        return json;
    }

    private static JsonObject url(String url) {
        JsonObject json = new JsonObject();
        json.put("url", url);
        return json;
    }

    private static JsonObject servicePath(String serviceUrl, String path) {
        JsonObject json = new JsonObject();
        json.put("service_url", serviceUrl);
        json.put("service_path", path);
        return json;
    }
}
