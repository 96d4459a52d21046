package org.fuliankg.serve.reconcile;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonParseException;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.sparql.core.DatasetGraph;
import org.fuliankg.serve.reconcile.facts.BadRequest;
import org.fuliankg.serve.reconcile.facts.EntityType;
import org.fuliankg.serve.reconcile.match.Reconciler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP side of the service: {@code /reconcile} (manifest, {@code queries}, {@code extend}; GET or POST, as a
 * form or a JSON body; JSONP with {@code callback}), {@code /reconcile/preview}, {@code /reconcile/suggest/…} and
 * {@code /reconcile/properties}. A refused request gets a 4xx status and {@code {"error": reason}}.
 */
final class ReconcileServlet extends HttpServlet {

    private static final Logger log = LoggerFactory.getLogger(ReconcileServlet.class);
    /** A body over this size is refused (413) unread; a batch of {@link Reconciler#MAX_BATCH} is far smaller. */
    static final int MAX_BODY_BYTES = 1 << 20;
    private static final Pattern CALLBACK = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$.]{0,99}");

    private final Reconciler reconciler;
    private final Extension extension;
    private final Suggestions suggestions;
    private final PreviewCard preview;

    ReconcileServlet(DatasetGraph dataset) {
        this.reconciler = new Reconciler(dataset);
        this.extension = new Extension(dataset);
        this.suggestions = new Suggestions(dataset);
        this.preview = new PreviewCard(dataset);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        serve(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        serve(request, response);
    }

    private void serve(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String callback = null;
        try {
            callback = callback(request);
            String path = request.getPathInfo() == null ? "/" : request.getPathInfo();
            switch (path) {
                case "/", "" -> service(request, response, callback);
                case "/preview" -> preview(required(request, "id"), response);
                case "/suggest/entity" -> reply(response, callback, suggestions.entities(required(request, "prefix"),
                        types(request.getParameter("type")), cursor(request)));
                case "/suggest/type" -> reply(response, callback, Suggestions.types(required(request, "prefix")));
                case "/suggest/property" -> reply(response, callback, Suggestions.properties(
                        required(request, "prefix"), types(request.getParameter("type"))));
                case "/properties" -> reply(response, callback, Extension.propose(required(request, "type"),
                        integer(request.getParameter("limit"), "limit")));
                default -> throw new BadRequest(404, "no such reconciliation endpoint: " + path);
            }
        } catch (BadRequest e) {
            log.debug("refused {}: {}", request.getRequestURI(), e.getMessage());
            JsonObject error = new JsonObject();
            error.put("error", e.getMessage());
            response.setStatus(e.status());
            write(response, callback, error);
        }
    }

    /** The endpoint itself: a batch of queries, a data extension request, or else the manifest. */
    private void service(HttpServletRequest request, HttpServletResponse response, String callback) throws IOException {
        JsonObject body = jsonBody(request);
        String queries = parameter(request, "queries");
        String single = parameter(request, "query");
        String extend = parameter(request, "extend");
        if (body != null && body.hasKey("extend")) extend = body.get("extend").toString();
        else if (body != null && body.hasKey("ids")) extend = body.toString();
        else if (body != null) queries = (body.hasKey("queries") ? body.get("queries") : body).toString();
        if (queries != null) {
            reply(response, callback, reconciler.answer(Reconciler.readBatch(object(queries, "queries"))));
        } else if (single != null) {
            reply(response, callback, reconciler.answer(Reconciler.readBatch(singleQuery(single))).get("q0"));
        } else if (extend != null) {
            reply(response, callback, extension.extend(object(extend, "extend")));
        } else {
            reply(response, callback, Manifest.of(serverUrl(request)));
        }
    }

    /** The 0.1 protocol's single query: a JSON object, or just the name. */
    private static JsonObject singleQuery(String single) {
        JsonObject batch = new JsonObject();
        if (single.strip().startsWith("{")) batch.put("q0", object(single, "query"));
        else {
            JsonObject query = new JsonObject();
            query.put("query", single);
            batch.put("q0", query);
        }
        return batch;
    }

    private void preview(String id, HttpServletResponse response) throws IOException {
        String html = preview.html(id);
        if (html == null) throw new BadRequest(404, "not an entity of this service: " + id);
        response.setContentType("text/html; charset=utf-8");
        response.getWriter().write(html);
    }

    private static JsonObject object(String json, String field) {
        JsonValue value;
        try {
            value = JSON.parseAny(json);
        } catch (JsonParseException e) {
            throw new BadRequest("malformed JSON in \"" + field + "\": " + e.getMessage());
        } catch (RuntimeException e) { // Jena's parser fails so on some truncated texts
            throw new BadRequest("malformed JSON in \"" + field + "\" (cut short?)");
        }
        if (!value.isObject()) throw new BadRequest("\"" + field + "\" must be a JSON object");
        return value.getAsObject();
    }

    /** A body sent as {@code application/json}, else null (forms and GET carry parameters). */
    private static JsonObject jsonBody(HttpServletRequest request) throws IOException {
        String type = request.getContentType();
        if (!"POST".equals(request.getMethod()) || type == null || !type.startsWith("application/json")) return null;
        if (request.getContentLengthLong() > MAX_BODY_BYTES) {
            throw new BadRequest(BadRequest.TOO_LARGE, "a JSON body over " + MAX_BODY_BYTES + " bytes");
        }
        try (InputStream in = request.getInputStream()) {
            byte[] bytes = in.readNBytes(MAX_BODY_BYTES + 1);
            if (bytes.length > MAX_BODY_BYTES) {
                throw new BadRequest(BadRequest.TOO_LARGE, "a JSON body over " + MAX_BODY_BYTES + " bytes");
            }
            return object(new String(bytes, StandardCharsets.UTF_8), "body");
        }
    }

    /**
     * A parameter, or null. The servlet container refuses a form over its size limit when the form is first read;
     * that is said as what it is: too many queries at once.
     */
    private static String parameter(HttpServletRequest request, String name) {
        if (request.getContentLengthLong() > MAX_BODY_BYTES) {
            throw new BadRequest(BadRequest.TOO_LARGE, "a request body over " + MAX_BODY_BYTES + " bytes: send at most "
                    + Reconciler.MAX_BATCH + " queries per batch");
        }
        try {
            return request.getParameter(name);
        } catch (RuntimeException e) {
            throw new BadRequest(BadRequest.TOO_LARGE, "the request is too large to read (" + e.getMessage()
                    + "): send at most " + Reconciler.MAX_BATCH + " queries per batch");
        }
    }

    private static String required(HttpServletRequest request, String name) {
        String value = parameter(request, name);
        if (value == null) throw new BadRequest("missing parameter '" + name + "'");
        return value;
    }

    private static String callback(HttpServletRequest request) {
        String callback = parameter(request, "callback");
        if (callback != null && !CALLBACK.matcher(callback).matches()) {
            throw new BadRequest("'callback' must be a JavaScript function name");
        }
        return callback;
    }

    private static Set<EntityType> types(String type) {
        return type == null || type.isBlank() ? EnumSet.allOf(EntityType.class) : EnumSet.of(EntityType.require(type));
    }

    private static int cursor(HttpServletRequest request) {
        Integer cursor = integer(request.getParameter("cursor"), "cursor");
        return cursor == null ? 0 : cursor;
    }

    private static Integer integer(String value, String name) {
        if (value == null || value.isBlank()) return null;
        try {
            int n = Integer.parseInt(value.strip());
            if (n < 0) throw new NumberFormatException();
            return n;
        } catch (NumberFormatException e) {
            throw new BadRequest("'" + name + "' must be a non-negative integer, not '" + value + "'");
        }
    }

    /** The server as the client reached it (scheme, host and port), for the manifest's URLs. */
    private static String serverUrl(HttpServletRequest request) {
        String url = request.getRequestURL().toString();
        return url.substring(0, url.length() - request.getRequestURI().length()) + request.getContextPath();
    }

    private static void reply(HttpServletResponse response, String callback, JsonValue json) throws IOException {
        response.setStatus(200);
        write(response, callback, json);
    }

    private static void write(HttpServletResponse response, String callback, JsonValue json) throws IOException {
        String text = JSON.toStringFlat(json);
        if (callback != null) {
            response.setContentType("application/javascript; charset=utf-8");
            text = callback + "(" + text + ");";
        } else {
            response.setContentType("application/json; charset=utf-8");
        }
        response.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
    }
}
