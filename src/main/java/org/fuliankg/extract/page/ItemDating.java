package org.fuliankg.extract.page;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an item's own text says of its date, before the page is read as a whole (see {@link PageDates}).
 *
 * @param header       the full date of its header (headline, byline, source and time lines), or null
 * @param leadDate     a full date in its lead (the dateline or the opening of its first paragraph), or null
 * @param leadDay      a month and day in its lead without a year (本报兰州5月10日讯, 3月6日上午,), or opening the next
 *                     paragraph after a lead that says only 近期/日前; or null
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
    /** How far a lead's first sentence is read for the full date of its event (an English word counting as one
     * character: {@link ReadingLength}). */
    private static final int FIRST_SENTENCE = 200;
    /** The end of a sentence: 。, or an English full stop before the next sentence (not U.S. or Oct. 16). */
    private static final Pattern SENTENCE_END = Pattern.compile("。|\\.(?=\\s+[A-Z][a-z]|\\s*$)");
    /** 截至, 截止, 自, 从, 到 before a date make it a bound, not the day of an event. */
    private static final String BOUND_BEFORE = "至止自从到";
    private static final Pattern RECENTLY = Pattern.compile("日前|近日|近期|前不久");
    /** How much of the next paragraph's opening a day after a lead of 近期/日前 is looked for in. */
    private static final int NEXT_OPENING = 12;

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
        var first = StatedDates.firstFull(window);
        var full = first.filter(d -> !bound(window, d.start()));
        // a bound's month and day (截至2016年11月23日) are no lead either
        var day = StatedDates.firstMonthDay(first.isPresent() && full.isEmpty() ? window.substring(first.get().end()) : window);
        LocalDate leadDate = null;
        MonthDay leadDay = null;
        if (full.isPresent() && (day.isEmpty() || full.get().start() <= day.get().start())) leadDate = full.get().date();
        else if (day.isPresent()) leadDay = day.get().day();
        if (leadDate == null && leadDay == null) leadDate = eventOfFirstSentence(lead);
        LocalDate signOff = closing.stream().filter(l -> l.length() <= LONGEST_SIGN_OFF)
                .map(StatedDates::publication).flatMap(Optional::stream).reduce((a, b) -> b).orElse(null);
        boolean recently = RECENTLY.matcher(window).find();
        if (leadDate == null && leadDay == null && recently) leadDay = dayOpeningNextParagraph(nearby);
        int year = headline == null ? 0 : StatedDates.latestYear(headline);
        if (year == 0 && leadDay != null) year = StatedDates.yearOfMonth(opening, leadDay.getMonthValue());
        if (year == 0) year = StatedDates.latestYear(nearby);
        return new ItemDating(headerDate, leadDate, leadDay, signOff, recently, year);
    }

    /**
     * A full date further into the lead's first sentence (…每人1万元,并于2015年12月29日,在市妇联举行了发放仪式): the day
     * of the event it reports; not a cut-off (截至…), a start (自…起, 从…) or the first day of a period.
     */
    private static LocalDate eventOfFirstSentence(String lead) {
        Matcher end = SENTENCE_END.matcher(lead);
        int stop = end.find() ? end.start() : lead.length();
        String sentence = lead.substring(0, Math.min(stop, ReadingLength.prefix(lead, FIRST_SENTENCE)));
        return StatedDates.publicationAt(sentence).filter(d -> !bound(sentence, d.start())).map(StatedDates.FullDate::date)
                .orElse(null);
    }

    /**
     * 近期,某县妇联开展慰问活动。/ 1月18日下午,县妇联主席来到…: a lead that says only 近期 or 日前 is followed by the day of
     * its event opening the next paragraph; or null.
     */
    private static MonthDay dayOpeningNextParagraph(String nearby) {
        int lineBreak = nearby.lastIndexOf('\n');
        if (lineBreak < 0) return null;
        String next = nearby.substring(lineBreak + 1).strip();
        return StatedDates.firstMonthDay(next.substring(0, Math.min(next.length(), NEXT_OPENING)))
                .filter(d -> d.start() == 0).map(StatedDates.Found::day).orElse(null);
    }

    /** Whether the date at {@code at} is a bound (截至2016年11月23日, 自…, 从…, 到…), not the day of an event. */
    private static boolean bound(String text, int at) {
        return at > 0 && BOUND_BEFORE.indexOf(text.charAt(at - 1)) >= 0;
    }

    /** The item's own full date: its header's, else its lead's, else its closing line's; null when none. */
    LocalDate ownFullDate() {
        if (header != null) return header;
        return leadDate != null ? leadDate : signOff;
    }
}
