package org.fuliankg.extract.page;

import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.fuliankg.domain.text.DateOrigin;
import org.fuliankg.domain.text.SourcedDate;

/**
 * Dates a page and its items from what each item says ({@link ItemDating}) and what the page's source says (its
 * metadata's publication date, its capture date). The rules are in ontology/README.md, "Dates":
 *
 * <p>The document: a publication line of the page (above its first item, or in the first item's header), else the
 * page's metadata, else the lead or closing date line of its one item, else (a page of several items) the first
 * item's date that has one, else the capture date. An item: its own header, lead or closing date; else, when the
 * document's date holds for the whole page (not one item's lead), that date, marked approximate when the item's
 * lead says 日前/近日.
 *
 * <p>A lead's month and day without a year take the year that puts them nearest the page's date; without one, the
 * latest date another item states, else the year the item states nearby ({@link ItemDating#statedYear}).
 */
final class PageDates {

    private final List<SourcedDate> items;
    private final SourcedDate document;

    PageDates(LocalDate pageHeader, List<ItemDating> dating, LocalDate published, Instant captured) {
        LocalDate textHeader = pageHeader != null ? pageHeader : dating.isEmpty() ? null : dating.get(0).header();
        LocalDate pageDay = textHeader != null ? textHeader : published;
        LocalDate latestStated = dating.stream().map(ItemDating::ownFullDate).filter(Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(null);
        LocalDate reference = pageDay != null ? pageDay : latestStated;
        List<SourcedDate> own = dating.stream().map(d -> ownDate(d, reference)).toList();

        SourcedDate doc;
        if (pageDay != null) {
            doc = new SourcedDate(pageDay.toString(), textHeader != null ? DateOrigin.PUBLICATION_LINE : DateOrigin.METADATA);
        } else if (own.size() == 1 && own.get(0) != null) {
            doc = own.get(0);
        } else {
            doc = own.stream().filter(Objects::nonNull).findFirst().map(d -> d.as(DateOrigin.ITEM_LEAD)).orElse(null);
        }
        if (doc == null && captured != null) {
            doc = new SourcedDate(captured.atOffset(ZoneOffset.UTC).toLocalDate().toString(), DateOrigin.CAPTURED);
        }
        this.document = doc;
        boolean pageWide = doc != null && doc.origin() != DateOrigin.ITEM_LEAD;
        List<SourcedDate> dated = new ArrayList<>();
        for (int i = 0; i < own.size(); i++) {
            SourcedDate d = own.get(i);
            if (d == null && pageWide) d = dating.get(i).recently() ? doc.as(DateOrigin.APPROXIMATE) : doc;
            dated.add(d);
        }
        this.items = dated;
    }

    /** The document's date, or null. */
    SourcedDate document() {
        return document;
    }

    /** The date of each item, in order (null for an undated one). */
    List<SourcedDate> items() {
        return items;
    }

    private static SourcedDate ownDate(ItemDating d, LocalDate reference) {
        if (d.header() != null) return new SourcedDate(d.header().toString(), DateOrigin.PUBLICATION_LINE);
        if (d.leadDate() != null) return new SourcedDate(d.leadDate().toString(), DateOrigin.LEAD);
        if (d.leadDay() != null) {
            LocalDate day = reference != null ? nearest(d.leadDay(), reference)
                    : d.statedYear() > 0 ? d.leadDay().atYear(d.statedYear()) : null;
            if (day != null) return new SourcedDate(day.toString(), DateOrigin.LEAD);
        }
        return d.signOff() == null ? null : new SourcedDate(d.signOff().toString(), DateOrigin.SIGN_OFF);
    }

    /** The day of {@code day} nearest {@code reference}: 12月30日 near 2023-01-02 is 2022-12-30. */
    private static LocalDate nearest(MonthDay day, LocalDate reference) {
        LocalDate best = null;
        for (int year = reference.getYear() - 1; year <= reference.getYear() + 1; year++) {
            LocalDate candidate = day.atYear(year);
            if (best == null || distance(candidate, reference) < distance(best, reference)) best = candidate;
        }
        return best;
    }

    private static long distance(LocalDate a, LocalDate b) {
        return Math.abs(ChronoUnit.DAYS.between(a, b));
    }
}
