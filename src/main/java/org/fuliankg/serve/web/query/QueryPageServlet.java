package org.fuliankg.serve.web.query;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;

/** The page at {@code /query}: the YASGUI editor, the project's queries and prefixes (embedded in the page as JSON). */
public final class QueryPageServlet extends HttpServlet {

    /** Where the page is served; other pages link to it. */
    public static final String PATH = "/query";

    private static final String QUERIES = "/*QUERIES*/[]";
    private static final String PREFIXES = "/*PREFIXES*/{}";

    private final QueryLibrary library;
    private final String template;

    public QueryPageServlet(QueryLibrary library) {
        this.library = library;
        try (InputStream in = getClass().getResourceAsStream("/org/fuliankg/web/query.html")) {
            this.template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("query.html is packaged with the program", e);
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        JsonArray queries = new JsonArray();
        for (var query : library.queries()) {
            JsonObject item = new JsonObject();
            item.put("file", query.file());
            item.put("question", query.question());
            item.put("text", query.text());
            queries.add(item);
        }
        // "</" would end the <script> element early if a query contained it.
        String json = queries.toString().replace("</", "<\\/");
        response.setContentType("text/html; charset=utf-8");
        response.setHeader("Cache-Control", "no-cache");
        JsonObject prefixes = new JsonObject();
        Prefixes.PROJECT.forEach(prefixes::put);
        response.getWriter().write(template.replace(QUERIES, json).replace(PREFIXES, prefixes.toString()));
    }
}
