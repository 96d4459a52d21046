package org.fuliankg.serve.web.front;

import static org.fuliankg.serve.web.entity.EntityHtml.esc;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.fuliankg.serve.web.entity.IriPaths;
import org.fuliankg.serve.web.query.QueryPageServlet;

/**
 * The page at {@code /}: the graph at a glance ({@link GraphOverview}), a search box over names leading to entity
 * pages, and the query editor one click away at {@code /query}. Links made when the editor was at {@code /}
 * ({@code /?query=…}, YASGUI's shared links) are sent on to {@code /query} with their parameters.
 */
public final class FrontPageServlet extends HttpServlet {

    /** Provinces listed; the rest are summed in one line. */
    private static final int PROVINCES_SHOWN = 15;

    private final GraphOverview overview;

    public FrontPageServlet(GraphOverview overview) {
        this.overview = overview;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getQueryString() != null && request.getParameter("query") != null) {
            response.sendRedirect(QueryPageServlet.PATH + "?" + request.getQueryString());
            return;
        }
        GraphOverview.Figures figures = overview.figures();
        var html = new StringBuilder("<!DOCTYPE html><html lang=\"zh\"><head><meta charset=\"utf-8\">"
                + "<title>妇联知识图谱 · fulian-kg</title><link rel=\"stylesheet\" href=\"/web/style.css\"></head><body>"
                + "<nav><strong>妇联知识图谱 fulian-kg</strong> · 首页 / Home · <a href=\"" + QueryPageServlet.PATH
                + "\">SPARQL 查询 / Query</a> · <a href=\"/graph-view\">关系图 / Graph view</a></nav>"
                + "<main class=\"front\"><p class=\"lead\">从妇联新闻中读出的知识图谱：文档、妇联与其他组织、人物与职务、项目与资金数字，每项事实可追溯到原文。"
                + "<br><span class=\"en\">A knowledge graph read from news about women's federations: documents, "
                + "federations and other organisations, officials and their posts, programmes and funding figures, "
                + "each fact traced to its sentence.</span></p>");
        html.append("<form class=\"search\" action=\"/search\" method=\"get\"><input id=\"search\" name=\"q\" "
                + "type=\"search\" required placeholder=\"搜索名称（人物、妇联、项目、地区）/ Search names: persons, "
                + "federations, programmes, places\"><button type=\"submit\">搜索 / Search</button></form>");
        html.append("<section class=\"counts\">");
        for (GraphOverview.Count c : figures.counts()) {
            html.append("<div class=\"count\" data-key=\"").append(esc(c.key())).append("\" data-value=\"")
                    .append(c.value()).append("\"><span class=\"n\">").append(number(c.value()))
                    .append("</span><span class=\"what\">").append(esc(c.zh())).append("<br><span class=\"en\">")
                    .append(esc(c.en())).append("</span></span></div>");
        }
        html.append("</section><p class=\"hint\">文档图中的实体（参考数据中的行政区划与妇联层级另计）。Entities of the documents' "
                + "graphs; the reference hierarchy of divisions and federations is counted apart. Figures computed "
                + "by SPARQL on the store, once per store version.</p><div class=\"breakdowns\">");
        breakdown(html, "levels", "各级妇联 / Federations per level", figures.federationsByLevel(), 0);
        breakdown(html, "years", "各年文档 / Documents per year", figures.documentsByYear(), 0);
        breakdown(html, "provinces", "各省文档 / Documents per province",
                figures.documentsByProvince(), PROVINCES_SHOWN);
        breakdown(html, "programmes", "资金数字最多的项目 / Programmes with most funding figures",
                figures.programmesByFigures(), 0);
        html.append("</div><p class=\"hint\">一份文档计入其提到的组织所在的每个省。A document counts for every province in "
                + "which it names an organisation.</p><p class=\"to-query\"><a href=\"").append(QueryPageServlet.PATH)
                .append("\">写 SPARQL 查询（含示例查询）/ Write a SPARQL query (with the project's queries) →</a></p>")
                .append("</main></body></html>");
        response.setContentType("text/html; charset=utf-8");
        response.setHeader("Cache-Control", "no-cache");
        response.getWriter().write(html.toString());
    }

    /** A titled list of bars, widths relative to the largest; {@code shown} > 0 lists that many and counts the rest. */
    private static void breakdown(StringBuilder html, String id, String title, List<GraphOverview.Bar> bars, int shown) {
        html.append("<section class=\"breakdown\" id=\"").append(id).append("\"><h2>").append(esc(title)).append("</h2>");
        if (bars.isEmpty()) html.append("<p class=\"hint\">无 / none</p>");
        long max = bars.stream().mapToLong(GraphOverview.Bar::value).max().orElse(1);
        List<GraphOverview.Bar> listed = shown > 0 && bars.size() > shown ? bars.subList(0, shown) : bars;
        html.append("<table class=\"bars\">");
        for (GraphOverview.Bar bar : listed) {
            String name = bar.iri() == null ? esc(bar.name())
                    : "<a href=\"" + esc(IriPaths.pageOf(bar.iri())) + "\">" + esc(bar.name()) + "</a>";
            html.append("<tr data-value=\"").append(bar.value()).append("\"><th>").append(name)
                    .append("</th><td><span class=\"bar\" style=\"width:")
                    .append(String.format(Locale.ROOT, "%.1f", 100.0 * bar.value() / max)).append("%\"></span></td><td class=\"n\">")
                    .append(number(bar.value())).append("</td></tr>");
        }
        if (listed.size() < bars.size()) {
            int more = bars.size() - listed.size();
            html.append("<tr class=\"rest\"><th colspan=\"3\">另有 ").append(more).append(" 个 / ").append(more)
                    .append(" more</th></tr>");
        }
        html.append("</table></section>");
    }

    static String number(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }
}
