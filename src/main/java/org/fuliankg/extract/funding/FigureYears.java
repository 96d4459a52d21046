package org.fuliankg.extract.funding;

import java.util.List;
import org.fuliankg.domain.money.FundingFigure;
import org.fuliankg.domain.Item;
import org.fuliankg.domain.text.SourcedDate;

/** Gives each funding figure the year it refers to ({@link TimeExpressions#year}), once the page is dated. */
public final class FigureYears {

    private final TimeExpressions times = new TimeExpressions();

    /**
     * The figures with their years: the context of a figure is its item's date, else the document's, else (a text
     * nothing dates) {@code statedYear}, the year the text states most often on its own (0: none). A time naming no
     * year (今年, 去年, 9月7日) is read against a date, else only against {@code topicYear}, the year a text keeps
     * stating (0: none): 今年 of an undated text that names many years is unknown.
     */
    public List<FundingFigure> dated(List<FundingFigure> figures, List<Item> items, SourcedDate documentDate,
                                     int statedYear, int topicYear) {
        Integer documentYear = documentDate != null ? Integer.valueOf(documentDate.year()) : null;
        Integer stated = statedYear > 0 ? Integer.valueOf(statedYear) : null;
        Integer topic = topicYear > 0 ? Integer.valueOf(topicYear) : null;
        return figures.stream().map(f -> {
            Integer context = contextYear(f, items, documentYear);
            if (context == null) context = times.isRelative(f.time()) ? topic : stated;
            FundingFigure dated = f.withYear(times.year(f.time(), context, f.cumulative()));
            return TimeExpressions.STANDARD.equals(f.time()) ? dated.withTime(null) : dated; // a mark, not a time
        }).toList();
    }

    private static Integer contextYear(FundingFigure figure, List<Item> items, Integer documentYear) {
        if (figure.span() != null) {
            int at = figure.span().start();
            for (Item item : items) {
                boolean inside = item.span() != null && item.span().start() <= at && at < item.span().end();
                if (inside && item.date() != null) return item.date().year();
            }
        }
        return documentYear;
    }
}
