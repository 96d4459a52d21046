package org.fuliankg.extract.page;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What an item's own text says of its date, before the page is read as a whole (see {@link PageDates}).
 *
 * @param header       the full date of its header (headline, byline, source and time lines), or null
 * @param leadDate     a full date in its lead (the dateline or the opening of its first paragraph), or null
 * @param leadDay      a month and day in its lead without a year (本报兰州5月10日讯, 3月6日上午,), or null
 * @param signOff      a date line closing it (二〇〇九年三月八日 under the signature), or null
 * @param recently     its lead says 日前/近日 instead of a day
 * @param statedYear   the year its headline states, else a year its opening states with the lead's month
 *                     (2019年9月 under 新华社北京9月19日电), else the latest year its lead's paragraph or the next
 *                     states on its own (not the start of a running period); 0 if none
 */
record ItemDating(LocalDate header, LocalDate leadDate, MonthDay leadDay, LocalDate signOff, boolean recently,
                  int statedYear) {

    /** How much of the first paragraph a lead's date may sit in: a dateline, an agency tag, a quoted opening. */
    private static final int LEAD = 90;
    /** A date line closing a text is short: the date alone. */
    private static final int LONGEST_SIGN_OFF = 16;
    private static final Pattern RECENTLY = Pattern.compile("日前|近日|近期|前不久");

    /**
     * Reads an item's dates.
     *
     * @param header   texts of its header lines, in order
     * @param lead     the byline's text (or "") and its first paragraph's text (or "")
     * @param closing  its last lines, in order
     * @param headline its headline, or null
     * @param nearby   its lead's paragraph and the next, where a year the lead's month and day lack may be stated
     * @param opening  the start of its text, where that year may be stated with the lead's month
     */
    static ItemDating read(List<String> header, String lead, List<String> closing, String headline, String nearby,
                           String opening) {
        LocalDate headerDate = header.stream().map(StatedDates::publication).flatMap(Optional::stream)
                .findFirst().orElse(null);
        String window = lead.length() <= LEAD ? lead : lead.substring(0, LEAD);
        var full = StatedDates.firstFull(window);
        var day = StatedDates.firstMonthDay(window);
        LocalDate leadDate = null;
        MonthDay leadDay = null;
        if (full.isPresent() && (day.isEmpty() || full.get().start() <= day.get().start())) leadDate = full.get().date();
        else if (day.isPresent()) leadDay = day.get().day();
        LocalDate signOff = closing.stream().filter(l -> l.length() <= LONGEST_SIGN_OFF)
                .map(StatedDates::publication).flatMap(Optional::stream).reduce((a, b) -> b).orElse(null);
        boolean recently = RECENTLY.matcher(window).find();
        int year = headline == null ? 0 : StatedDates.latestYear(headline);
        if (year == 0 && leadDay != null) year = StatedDates.yearOfMonth(opening, leadDay.getMonthValue());
        if (year == 0) year = StatedDates.latestYear(nearby);
        return new ItemDating(headerDate, leadDate, leadDay, signOff, recently, year);
    }

    /** The item's own full date: its header's, else its lead's, else its closing line's; null when none. */
    LocalDate ownFullDate() {
        if (header != null) return header;
        return leadDate != null ? leadDate : signOff;
    }
}
