package org.fuliankg.source;

/** How a document's text was taken from its input; the graph records it as a code (fl:textExtraction). */
public enum TextExtraction {
    /** A text file as decoded. */
    PLAIN_TEXT("plain-text"),
    /** An HTML page's article: title, byline and date lines, body paragraphs; navigation, lists and footers dropped. */
    HTML_MAIN_CONTENT("html-main-content"),
    /** An HTML page with no recognisable article: all its visible text but link lists and page furniture. */
    HTML_VISIBLE_TEXT("html-visible-text");

    private final String code;

    TextExtraction(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
