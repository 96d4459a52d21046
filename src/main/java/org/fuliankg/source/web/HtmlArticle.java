package org.fuliankg.source.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fuliankg.source.web.PageLines.Line;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Takes the article out of an HTML page (jsoup's HTML5 parser): headline, the header lines with date, source and
 * author, and the body paragraphs; navigation, breadcrumbs, related-news lists, share widgets, comments and
 * footers are left out. The body is the block with the highest score, where every line of prose (long, with
 * sentence punctuation, little link text) adds to the block holding it and half as much to the one above, and
 * link-heavy blocks are discounted. Pages without such a block give all their visible text but link lists.
 * Stateless and thread-safe.
 */
public final class HtmlArticle {

    private static final Pattern HTML_START = Pattern.compile(
            "^\\s*(<\\?xml[^>]*>\\s*)?(<!--.*?-->\\s*)*<(!doctype\\s+html|html)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern ANY_TAG = Pattern.compile("</?[a-zA-Z][a-zA-Z0-9]*\\b[^<>]*>");
    /** Text with this many tags in its first part is markup even without an html element. */
    private static final int MANY_TAGS = 20;
    private static final int SNIFF_CHARS = 4096;

    private static final String INVISIBLE = "script, style, noscript, template, iframe, svg, canvas, object, embed, "
            + "nav, footer, aside, button, select, input, textarea, head";
    /** Class and id words of page furniture (English and the pinyin abbreviations of Chinese content systems). */
    private static final Pattern FURNITURE = Pattern.compile("(?i)(?:^|[-_\\s])(nav|navbar|menu|footer|foot|"
            + "breadcrumbs?|crumbs?|location|weizhi|dqwz|share|bdshare|jiathis|fenxiang|social|comments?|pinglun|"
            + "reply|related|relate|xgxw|xgwz|xgyd|recommend|tuijian|tjyd|hot|rank|paihang|sidebar|advert|ads?|"
            + "banner|copyright|friendlinks?|yqlj|pager|pagination|fanye|toolbar|login|search|sousuo|qrcode|ewm|"
            + "erweima)(?:$|[-_\\s\\d])");
    /** Furniture that holds this share of the page's text is the page itself (an odd class name), not furniture. */
    private static final double FURNITURE_MAX_SHARE = 0.5;
    /** Lines of widgets inside an article block: print, close, share, font size, previous/next links. */
    private static final Pattern WIDGET_LINE = Pattern.compile("^[【\\[]?\\s*(分享到|分享至|扫一扫|打印(本页|此页|文章)?"
            + "|关闭(窗口|本页)?|收藏(本页)?|返回(顶部|首页|列表)|上一篇|下一篇|上一条|下一条|字号|字体|【?大\\s*中\\s*小)"
            + "([】\\]:：\\s].*)?$");
    /** A header line: date, source, author, editor or counter, as content systems print them under the headline. */
    private static final Pattern HEADER_LINE = Pattern.compile(
            "(发布时间|發佈時間|發布時間|发布日期|發布日期|发表时间|時間|时间|日期|来源|來源|来自|來自|作者|记者|記者|编辑|編輯"
                    + "|通讯员|通訊員|浏览|瀏覽|点击|點擊|阅读|閱讀|稿源|文章出处|信息来源)\\s*[:：]"
                    + "|\\d{4}\\s*[-年/.]\\s*\\d{1,2}\\s*[-月/.]\\s*\\d{1,2}");
    private static final Pattern SOURCE = Pattern.compile("(?:来源|來源|稿源|信息来源|文章出处)\\s*[:：]\\s*([^\\s\\u00A0|｜　【\\[]{2,30})");
    private static final int HEADER_MAX_CHARS = 120;
    /** A line shorter than this adds nothing to a block's score: labels, buttons, list entries. */
    private static final int MIN_PROSE_CHARS = 10;
    private static final double MAX_PROSE_LINK_DENSITY = 0.5;
    /** An article block scores at least this; a lower best block means the page has no article. */
    private static final double MIN_ARTICLE_SCORE = 8;
    /** A sibling of the best block with this share of its score is part of the article (a split body). */
    private static final double SIBLING_SHARE = 0.3;
    /** Blocks with the highest scores whose link text is measured (measuring all would be quadratic). */
    private static final int CANDIDATES = 20;
    private static final Set<String> PARAGRAPH_TAGS = Set.of("p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "pre",
            "blockquote", "dd", "dt", "figcaption", "address", "caption", "summary");

    private HtmlArticle() {}

    /** Whether decoded text is an HTML page rather than text that mentions a tag. */
    public static boolean isHtml(String text) {
        String head = text.substring(0, Math.min(text.length(), SNIFF_CHARS));
        if (HTML_START.matcher(head).find()) return true;
        Matcher tags = ANY_TAG.matcher(head);
        int count = 0;
        while (count < MANY_TAGS && tags.find()) count++;
        return count >= MANY_TAGS;
    }

    /** @param baseUri the page's address, to resolve relative links (canonical), or "" */
    public static Article read(String html, String baseUri) {
        Document page = Jsoup.parse(html, baseUri == null ? "" : baseUri);
        String metaTitle = PageMetadata.title(page);
        Optional<LocalDate> metaDate = PageMetadata.published(page);
        Optional<String> metaSource = PageMetadata.source(page);
        String url = PageMetadata.url(page, html).orElse(null);
        String documentTitle = PageMetadata.documentTitle(page);
        Element body = page.body();
        body.select(INVISIBLE).remove();
        body.select("header").stream().filter(h -> h.select("h1, h2, h3").isEmpty()).forEach(Element::remove);
        removeFurniture(body);
        List<Line> lines = PageLines.of(body);

        Map<Element, Double> scores = scores(lines);
        Element best = best(scores, lines);
        if (best == null) {
            List<String> visible = lines.stream().filter(HtmlArticle::isProseOrShort).map(Line::text).toList();
            return new Article(null, List.of(), visible, metaDate.orElse(null), metaSource.orElse(null), url, false);
        }
        Set<Element> parts = articleParts(best, scores);
        int first = -1;
        List<String> paragraphs = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (!inside(line.block(), parts) || line.linkDensity() > MAX_PROSE_LINK_DENSITY
                    || WIDGET_LINE.matcher(line.text()).matches()) continue;
            if (first < 0) first = i;
            paragraphs.add(line.text());
        }
        int titleLine = titleLine(lines, first, metaTitle, documentTitle);
        String title = metaTitle != null ? metaTitle : titleLine >= 0 ? lines.get(titleLine).text() : documentTitle;
        List<String> header = new ArrayList<>();
        for (int i = Math.max(titleLine + 1, first - 6); i < first; i++) {
            String text = lines.get(i).text();
            if (text.length() <= HEADER_MAX_CHARS && HEADER_LINE.matcher(text).find()) header.add(text);
        }
        List<String> top = new ArrayList<>(header);
        paragraphs.stream().limit(3).filter(p -> p.length() <= HEADER_MAX_CHARS).forEach(top::add);
        LocalDate published = metaDate.orElseGet(() -> top.stream().filter(t -> HEADER_LINE.matcher(t).find())
                .map(PageDates::first).flatMap(Optional::stream).findFirst().orElse(null));
        String site = top.stream().map(SOURCE::matcher).filter(Matcher::find).map(m -> m.group(1)).findFirst()
                .orElse(metaSource.orElse(null));
        return new Article(title, header, paragraphs, published, site, url, true);
    }

    /** Removes elements whose class or id names page furniture, unless they hold most of the page's text. */
    private static void removeFurniture(Element body) {
        int pageChars = body.text().length();
        for (Element e : body.select("[class], [id]")) {
            if (e.parent() == null) continue; // inside something removed already
            String names = e.className() + " " + e.id();
            if (FURNITURE.matcher(names).find() && e.text().length() < FURNITURE_MAX_SHARE * pageChars) e.remove();
        }
    }

    /** Block scores: every prose line adds to the block holding it and half as much to the block above. */
    private static Map<Element, Double> scores(List<Line> lines) {
        Map<Element, Double> scores = new IdentityHashMap<>();
        for (Line line : lines) {
            if (!isProse(line)) continue;
            double score = 1 + punctuation(line.text()) + Math.min(line.contentChars() / 30.0, 3);
            Element holder = PARAGRAPH_TAGS.contains(line.block().normalName()) && line.block().parent() != null
                    ? line.block().parent() : line.block();
            scores.merge(holder, score, Double::sum);
            if (holder.parent() != null && !holder.parent().normalName().equals("html"))
                scores.merge(holder.parent(), score / 2, Double::sum);
        }
        return scores;
    }

    /** The highest-scoring block after discounting its link text, or null when none reaches an article's score. */
    private static Element best(Map<Element, Double> scores, List<Line> lines) {
        Element best = null;
        double bestScore = MIN_ARTICLE_SCORE;
        List<Map.Entry<Element, Double>> leading = scores.entrySet().stream()
                .sorted(Map.Entry.<Element, Double>comparingByValue().reversed()).limit(CANDIDATES).toList();
        for (Map.Entry<Element, Double> entry : leading) {
            double score = entry.getValue() * (1 - linkDensity(entry.getKey(), lines));
            if (score > bestScore) {
                best = entry.getKey();
                bestScore = score;
            }
        }
        return best;
    }

    private static Set<Element> articleParts(Element best, Map<Element, Double> scores) {
        Set<Element> parts = Collections.newSetFromMap(new IdentityHashMap<>());
        parts.add(best);
        double threshold = SIBLING_SHARE * scores.get(best);
        for (Element sibling : best.siblingElements()) {
            if (scores.getOrDefault(sibling, 0.0) >= threshold) parts.add(sibling);
        }
        return parts;
    }

    /** The line of the headline: the last heading-like line before the body that names the page's title. */
    private static int titleLine(List<Line> lines, int first, String metaTitle, String documentTitle) {
        int fallback = -1;
        for (int i = Math.max(0, first - 12); i <= first && i < lines.size(); i++) {
            Line line = lines.get(i);
            String text = line.text();
            boolean named = (metaTitle != null && text.equals(metaTitle))
                    || (documentTitle != null && (text.equals(documentTitle) || documentTitle.contains(text)) && text.length() >= 4);
            if (named) return i;
            if (line.block().normalName().matches("h[1-3]") && fallback < 0) fallback = i;
        }
        return fallback;
    }

    private static double linkDensity(Element block, List<Line> lines) {
        long chars = 0;
        long links = 0;
        for (Line line : lines) {
            if (line.block() == block || line.block().parents().contains(block)) {
                chars += line.text().length();
                links += line.linkChars();
            }
        }
        return chars == 0 ? 1 : (double) links / chars;
    }

    private static boolean inside(Element block, Set<Element> parts) {
        for (Element e = block; e != null; e = e.parent()) if (parts.contains(e)) return true;
        return false;
    }

    private static boolean isProse(Line line) {
        return line.contentChars() >= MIN_PROSE_CHARS && line.linkDensity() <= MAX_PROSE_LINK_DENSITY;
    }

    /** Visible text kept when a page has no article: everything but link lists and widgets. */
    private static boolean isProseOrShort(Line line) {
        return line.linkDensity() <= MAX_PROSE_LINK_DENSITY && !WIDGET_LINE.matcher(line.text()).matches();
    }

    private static int punctuation(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) if ("，。、；！？,;".indexOf(text.charAt(i)) >= 0) n++;
        return n;
    }
}
