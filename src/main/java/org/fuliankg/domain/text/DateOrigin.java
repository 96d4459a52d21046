package org.fuliankg.domain.text;

import java.util.Locale;

/**
 * Where the date of a document or item comes from (ontology concepts {@code date-origin/{code}}; the rules are in
 * ontology/README.md, "Dates"). Codes are lower-case with hyphens ({@code publication-line}).
 */
public enum DateOrigin {
    /** the page's HTML metadata (article:published_time, PubDate …) */
    METADATA,
    /** a publication line of the page or item header: 发布时间：2019-03-01, 发表于 2019-3-1 10:20, a date line */
    PUBLICATION_LINE,
    /** the text's dateline or lead: 本报北京3月1日讯, 2019年3月1日，… at the start of its first paragraph */
    LEAD,
    /** a page of several items without a date of its own, dated by the lead of its first dated item */
    ITEM_LEAD,
    /** a date line closing the text, under its signature (二〇〇九年三月八日) */
    SIGN_OFF,
    /** an item whose lead says 日前/近日 and states no date: the date of its page, as an approximation */
    APPROXIMATE,
    /** the day a web archive captured the page */
    CAPTURED;

    public String code() { return name().toLowerCase(Locale.ROOT).replace('_', '-'); }
}
