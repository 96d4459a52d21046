package org.fuliankg.eval;

import java.util.List;
import java.util.Locale;

/**
 * What the facts found mean (see {@link MeaningChecks}).
 *
 * @param onAmountsFound   per field, right out of checked on gold figures whose amount was found
 * @param otherRole        predicted figures whose role is {@code other}
 * @param predictedFigures all predicted figures
 * @param datedDocuments   documents whose gold gives a date
 * @param datesFound       of those, documents given a date by the extractor
 * @param datesRight       of those, documents given the gold's date
 * @param disagreements    each field and date that disagrees with the gold, for the report's details
 */
public record Diagnostics(List<Agreement> onAmountsFound, int otherRole, int predictedFigures, int datedDocuments,
                          int datesFound, int datesRight, List<String> disagreements) {

    /** How often one field agrees with the gold. */
    public record Agreement(String field, int right, int checked) {
        public double share() {
            return checked == 0 ? 1 : (double) right / checked;
        }
    }

    public Agreement agreement(String field) {
        return onAmountsFound.stream().filter(a -> a.field().equals(field)).findFirst().orElseThrow();
    }

    /** A few lines for the eval report. */
    public String text() {
        StringBuilder out = new StringBuilder("on amounts found (gold figure paired with a predicted one of its amount):\n");
        for (Agreement a : onAmountsFound) {
            out.append(String.format(Locale.ROOT, "  %-14s right %4d of %4d  %s%n", a.field(), a.right(), a.checked(),
                    a.checked() == 0 ? "-" : String.format(Locale.ROOT, "%5.1f%%", 100 * a.share())));
        }
        out.append(String.format(Locale.ROOT, "role other: %d of %d predicted figures%n", otherRole, predictedFigures));
        out.append(String.format(Locale.ROOT, "document dates: %d dated in the gold, %d found, %d right%n",
                datedDocuments, datesFound, datesRight));
        return out.toString();
    }
}
