package org.fuliankg.source.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a page says about itself in its head: title, publication date, site and address. Chinese government and
 * federation sites follow the national site-metadata convention (ArticleTitle, PubDate, ContentSource, SiteName);
 * news portals use Open Graph and article:published_time; saved pages carry a "saved from url" comment.
 */
final class PageMetadata {

    private static final List<String> TITLE = List.of("ArticleTitle", "og:title", "twitter:title");
    private static final List<String> DATE = List.of("article:published_time", "PubDate", "publishdate",
            "pubdate", "publish_date", "publishtime", "og:release_date", "datePublished", "DC.date.issued",
            "dcterms.issued", "DC.date", "firstpublishedtime", "date");
    private static final List<String> SOURCE = List.of("ContentSource", "source", "og:site_name", "SiteName");
    private static final Pattern SAVED_FROM = Pattern.compile("saved from url=\\(\\d+\\)(\\S+?)\\s*-->");
    /** "Headline_Column_Site" or "Headline - Site": the headline is the first part. */
    private static final Pattern TITLE_PARTS = Pattern.compile("\\s*(?:[_|｜]|\\s[-–—]\\s)\\s*");

    private PageMetadata() {}

    static String title(Document page) {
        return meta(page, TITLE).orElse(null);
    }

    /** The first part of {@code <title>} (the headline, before column and site names), or null. */
    static String documentTitle(Document page) {
        String whole = page.title().strip();
        if (whole.isEmpty()) return null;
        String first = TITLE_PARTS.split(whole, 2)[0].strip();
        return first.isEmpty() ? whole : first;
    }

    static Optional<LocalDate> published(Document page) {
        for (String name : DATE) {
            Optional<LocalDate> date = meta(page, List.of(name)).flatMap(PageDates::first);
            if (date.isPresent()) return date;
        }
        for (Element time : page.select("time[datetime], [itemprop=datePublished]")) {
            Optional<LocalDate> date = PageDates.first(time.hasAttr("datetime") ? time.attr("datetime")
                    : time.hasAttr("content") ? time.attr("content") : time.text());
            if (date.isPresent()) return date;
        }
        return Optional.empty();
    }

    static Optional<String> source(Document page) {
        return meta(page, SOURCE);
    }

    /** The address the page gives for itself: canonical link, og:url, Url metadata, or a "saved from" comment. */
    static Optional<String> url(Document page, String html) {
        Element canonical = page.selectFirst("link[rel=canonical][href]");
        if (canonical != null && !canonical.absUrl("href").isEmpty()) return Optional.of(canonical.absUrl("href"));
        Optional<String> stated = meta(page, List.of("og:url", "Url")).filter(u -> u.startsWith("http"));
        if (stated.isPresent()) return stated;
        Matcher saved = SAVED_FROM.matcher(html.substring(0, Math.min(html.length(), 2048)));
        return saved.find() && saved.group(1).startsWith("http") ? Optional.of(saved.group(1)) : Optional.empty();
    }

    /** The content of the first non-blank {@code <meta>} among {@code names} (name, property or itemprop). */
    private static Optional<String> meta(Document page, List<String> names) {
        for (String name : names) {
            for (Element meta : page.select("meta[content]")) {
                String key = meta.hasAttr("name") ? meta.attr("name")
                        : meta.hasAttr("property") ? meta.attr("property") : meta.attr("itemprop");
                String content = meta.attr("content").strip();
                if (key.equalsIgnoreCase(name) && !content.isEmpty()) return Optional.of(content);
            }
        }
        return Optional.empty();
    }
}
