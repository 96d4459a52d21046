package org.fuliankg.source.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Publication dates as pages write them: 2023年5月12日, 2023-05-12, 2023/5/12, 2023.05.12, ISO 8601 timestamps
 * in metadata (2023-05-12T09:30:00+08:00) and the compact 20230512 of some content systems.
 */
final class PageDates {

    private static final Pattern DATE = Pattern.compile(
            "(?<!\\d)(\\d{4})(?:年|[-/.])(\\d{1,2})(?:月|[-/.])(\\d{1,2})(?:日|号|(?!\\d))");
    private static final Pattern COMPACT = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})(?:\\d{4,6})?$");
    /** Pages are dated in the web's years; other matches are numbers (fixed bounds keep rebuilds identical). */
    private static final int FIRST_YEAR = 1990;
    private static final int LAST_YEAR = 2100;

    private PageDates() {}

    /** The first valid date in {@code text}. */
    static Optional<LocalDate> first(String text) {
        if (text == null) return Optional.empty();
        Matcher compact = COMPACT.matcher(text.strip());
        if (compact.matches()) return date(compact.group(1), compact.group(2), compact.group(3));
        Matcher m = DATE.matcher(text);
        while (m.find()) {
            Optional<LocalDate> date = date(m.group(1), m.group(2), m.group(3));
            if (date.isPresent()) return date;
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> date(String year, String month, String day) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
            return date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR
                    ? Optional.empty() : Optional.of(date);
        } catch (DateTimeException notADate) {
            return Optional.empty();
        }
    }
}
