package org.fuliankg.domain;

import java.util.List;
import org.fuliankg.domain.org.Region;
import org.fuliankg.domain.people.PostHolder;
import org.fuliankg.domain.people.Reporter;
import org.fuliankg.domain.text.SourcedDate;
import org.fuliankg.domain.text.Span;

/**
 * One article or section of a page (a news item, a commentary, one interview).
 *
 * @param number      1-based position in the document
 * @param span        the whole item
 * @param headline    the headline (normalised), or null
 * @param subheadline or null
 * @param reporters   byline reporters
 * @param dateline    the place in 发自X, or null
 * @param date        the item's date and where it comes from (its header, its lead, 日前/近日 → its page's date as
 *                    an approximation, or its page's date), else null
 * @param place       the item's place (from dateline, headline or interviewee's federation), or null; used to
 *                    resolve 市妇联, 我市 and the like
 * @param interviewee the person interviewed or signing the item, or null
 */
public record Item(int number, Span span, String headline, String subheadline, List<Reporter> reporters,
                   String dateline, SourcedDate date, Region place, PostHolder interviewee) {}
