package org.fuliankg.rdf.table;

import java.util.regex.Pattern;

/**
 * The ledger's year or period of one funding figure and where it came from: the rules of the figure SELECT in
 * queries/full-graph/funding-ledger.rq, read from the figure's own document (its time text, fl:year, item date and
 * document date), so they are computed when the document is mapped.
 *
 * @param period   a year (2023), a period (2019–2023, …–2023) or ?
 * @param yearFrom text, text + document date, item date, year the text states most, document date or unknown
 * @param cumulative whether the figure is a running total (its role, its flag, or a period)
 */
record FigurePeriod(String period, String yearFrom, boolean cumulative) {

    private static final String DASHES = "(-|—|–|~|～|至|到)+";
    private static final Pattern SPAN = Pattern.compile("\\d{4}年?\\s*" + DASHES + "\\s*\\d{4}");
    private static final Pattern SINCE = Pattern.compile("\\d{4}年.*(以来|至今|起)");
    private static final Pattern YEAR = Pattern.compile("\\d{4}年");
    private static final Pattern THIS_YEAR = Pattern.compile("^(今年|当年|同年|本年)");
    private static final Pattern SEVERAL_YEARS = Pattern.compile("年来|连续|多年");
    private static final Pattern STATED = Pattern.compile(SPAN.pattern() + "|\\d{4}年");
    private static final Pattern SINCE_WORDS = Pattern.compile("以来|至今|起");
    private static final Pattern RELATIVE = Pattern.compile("^(今年|当年|同年|本年|去年|前年|明年)|年来|连续|多年");

    /**
     * @param time        the figure's time text, "" when none
     * @param figureYear  its fl:year, or null
     * @param itemDate    its item's date (yyyy-MM-dd), or null
     * @param documentDate its document's date, or null
     * @param role        its role code, "" when none
     * @param flagged     its fl:cumulative
     */
    static FigurePeriod of(String time, String figureYear, String itemDate, String documentDate, String role,
                           boolean flagged) {
        String documentYear = documentDate == null ? null : documentDate.substring(0, Math.min(4, documentDate.length()));
        String when = when(time, figureYear, documentYear);
        boolean cumulative = role.equals("cumulative") || flagged || when.contains("–");
        String period = cumulative && time.isEmpty() ? "…–" + (documentYear == null ? "?" : documentYear) : when;
        return new FigurePeriod(period, from(time, figureYear, itemDate, documentYear), cumulative);
    }

    private static String when(String time, String figureYear, String documentYear) {
        if (SPAN.matcher(time).find()) {
            return time.replaceAll("^.*?(\\d{4})年?\\s*(?:-|—|–|~|～|至|到)+\\s*(\\d{4}).*$", "$1–$2");
        }
        if (SINCE.matcher(time).find()) {
            return time.replaceAll("^.*?(\\d{4})年.*$", "$1") + "–" + (documentYear == null ? "" : documentYear);
        }
        if (figureYear != null) return figureYear;
        if (YEAR.matcher(time).find()) return time.replaceAll("^.*?(\\d{4})年.*$", "$1");
        if (documentYear != null) {
            if (THIS_YEAR.matcher(time).find()) return documentYear;
            if (time.startsWith("去年")) return String.valueOf(Integer.parseInt(documentYear) - 1);
            if (time.startsWith("前年")) return String.valueOf(Integer.parseInt(documentYear) - 2);
            if (time.startsWith("明年")) return String.valueOf(Integer.parseInt(documentYear) + 1);
        }
        if (SEVERAL_YEARS.matcher(time).find()) return "…–" + (documentYear == null ? "?" : documentYear);
        return documentYear == null ? "?" : documentYear;
    }

    private static String from(String time, String figureYear, String itemDate, String documentYear) {
        if (STATED.matcher(time).find()) {
            return SINCE_WORDS.matcher(time).find() && documentYear != null ? "text + document date" : "text";
        }
        if (RELATIVE.matcher(time).find() && documentYear != null) return "text + document date";
        if (figureYear != null && itemDate != null && itemDate.length() >= 4 && itemDate.substring(0, 4).equals(figureYear)) {
            return "item date";
        }
        if (figureYear != null && !figureYear.equals(documentYear == null ? "" : documentYear)) {
            return "year the text states most";
        }
        return documentYear != null ? "document date" : "unknown";
    }
}
