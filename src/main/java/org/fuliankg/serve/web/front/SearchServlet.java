package org.fuliankg.serve.web.front;

import static org.fuliankg.serve.web.entity.EntityHtml.esc;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.fuliankg.serve.web.entity.EntityDescriptions;
import org.fuliankg.serve.web.entity.IriPaths;
import org.fuliankg.serve.web.query.QueryPageServlet;

/** {@code /search?q=…}: the entities whose names hold the words typed ({@link NameSearch}), linked to their pages. */
public final class SearchServlet extends HttpServlet {

    private final NameSearch search;

    public SearchServlet(NameSearch search) {
        this.search = search;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String typed = request.getParameter("q");
        if (typed == null || search.luceneQuery(typed).isEmpty()) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST,
                    "type a name to search for (q=…), e.g. /search?q=妇联; punctuation alone finds nothing");
            return;
        }
        List<NameSearch.Hit> hits = search.find(typed);
        var html = new StringBuilder("<!DOCTYPE html><html lang=\"zh\"><head><meta charset=\"utf-8\"><title>")
                .append(esc(typed)).append(" · 搜索 / search · fulian-kg</title><link rel=\"stylesheet\" "
                        + "href=\"/web/style.css\"></head><body><nav><a href=\"/\">首页 / Home</a> · <a href=\"")
                .append(QueryPageServlet.PATH).append("\">SPARQL 查询 / Query</a></nav><main class=\"front\">")
                .append("<form class=\"search\" action=\"/search\" method=\"get\"><input id=\"search\" name=\"q\" ")
                .append("type=\"search\" required value=\"").append(esc(typed))
                .append("\"><button type=\"submit\">搜索 / Search</button></form><h1>「").append(esc(typed))
                .append("」: ").append(hits.size() == NameSearch.MAX_HITS ? "≥ " : "").append(hits.size())
                .append(" 项 / found</h1>");
        if (hits.isEmpty()) html.append("<p class=\"hint\">没有名称含这些词的实体。No name holds these words: try a "
                + "shorter word (two characters or more).</p>");
        html.append("<ul class=\"hits\">");
        for (NameSearch.Hit hit : hits) {
            html.append("<li><a href=\"").append(esc(IriPaths.pageOf(hit.iri()))).append("\">").append(esc(hit.name()))
                    .append("</a> ").append(hit.kind().isEmpty() ? "" : "<span class=\"type\">" + esc(hit.kind()) + "</span> ")
                    .append("<code class=\"hint\">")
                    .append(esc(hit.iri().substring(EntityDescriptions.BASE.length()))).append("</code></li>");
        }
        response.setContentType("text/html; charset=utf-8");
        response.getWriter().write(html.append("</ul></main></body></html>").toString());
    }
}
