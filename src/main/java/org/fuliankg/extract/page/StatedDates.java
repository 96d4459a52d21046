package org.fuliankg.extract.page;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a full date (year, month, day) written as 2023年1月5日 or 2023-01-05 / 2023/1/5 / 2023.1.5. */
final class StatedDates {

    private static final Pattern DATE = Pattern.compile(
            "(?<!\\d)(\\d{4})(?:年|[-/.])(\\d{1,2})(?:月|[-/.])(\\d{1,2})(?:日|号|(?!\\d))");

    private StatedDates() {}

    /** The first valid date in {@code text} as ISO yyyy-MM-dd. */
    static Optional<String> first(String text) {
        Matcher m = DATE.matcher(text);
        while (m.find()) {
            try {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3))).toString());
            } catch (DateTimeException notADate) {
                // e.g. 2022.13.40 in a version number: keep looking
            }
        }
        return Optional.empty();
    }
}
