package org.fuliankg.source.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What was read from one HTML page.
 *
 * @param title       the article's headline, or null
 * @param header      the lines between headline and body that give date, source, author or editor, as shown
 * @param paragraphs  the body, one paragraph (or line of a {@code <br>}-broken block) each
 * @param published   the publication date the page states (metadata, then the header lines), or null
 * @param site        the site or source it names (来源, site name metadata), or null
 * @param url         the address the page gives for itself (canonical link, og:url, "saved from url"), or null
 * @param mainContent true when an article was found; false when the page had none and all its visible text but
 *                    link lists was kept
 */
public record Article(String title, List<String> header, List<String> paragraphs, LocalDate published, String site,
                      String url, boolean mainContent) {

    public Article {
        header = List.copyOf(header);
        paragraphs = List.copyOf(paragraphs);
    }

    /** Headline, header lines and paragraphs, one per line: the text facts are read from. */
    public String text() {
        List<String> lines = new ArrayList<>();
        if (title != null && (paragraphs.isEmpty() || !paragraphs.get(0).equals(title))) lines.add(title);
        lines.addAll(header);
        lines.addAll(paragraphs);
        return String.join("\n", lines);
    }
}
