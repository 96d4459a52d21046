package org.fuliankg.generate.article;

import org.fuliankg.generate.gold.KnownFacts;

/** The text of an article as it is written, with the facts stated so far and where they are. */
public final class ArticleText {

    private final StringBuilder text = new StringBuilder();
    public final KnownFacts facts = new KnownFacts();

    /** Where the next appended text starts. */
    int position() {
        return text.length();
    }

    ArticleText add(String s) {
        text.append(s);
        return this;
    }

    ArticleText line(String s) {
        text.append(s).append('\n');
        return this;
    }

    /** A blank line between paragraphs. */
    ArticleText paragraphBreak() {
        text.append('\n');
        return this;
    }

    public String text() {
        return text.toString();
    }
}
