package org.fuliankg.eval;

import java.util.ArrayList;
import java.util.List;
import org.fuliankg.domain.money.FundingFigure;
import org.fuliankg.domain.money.FundingRole;
import org.fuliankg.extract.DocumentFacts;

/**
 * What the facts found mean. Each required gold figure is paired, in text order, with the first unpaired predicted
 * figure of the same amount (an amount found); on those pairs, how often role, qualifier, running total, programme,
 * beneficiaries and year agree. Beside them: the share of predicted figures whose role is {@code other}, and the
 * document dates found and right where the gold gives one.
 */
final class MeaningChecks {

    private final Check role = new Check("role");
    private final Check qualifier = new Check("qualifier");
    private final Check cumulative = new Check("cumulative");
    private final Check programme = new Check("programme");
    private final Check beneficiaries = new Check("beneficiaries");
    private final Check year = new Check("year");
    private int predictedFigures;
    private int otherRole;
    private int datedDocuments;
    private int datesFound;
    private int datesRight;
    private final List<String> disagreements = new ArrayList<>();

    void add(GoldDocument gold, DocumentFacts facts) {
        List<FundingFigure> unpaired = new ArrayList<>(facts.fundings());
        predictedFigures += unpaired.size();
        otherRole += (int) unpaired.stream().filter(f -> f.role() == FundingRole.OTHER).count();
        for (GoldFigure g : gold.figures()) {
            if (g.optional()) continue;
            FundingFigure p = takeSameAmount(unpaired, g.amount());
            if (p != null) compare(gold.file(), g, p);
        }
        if (gold.date() != null && !gold.date().isEmpty()) {
            datedDocuments++;
            String predicted = PredictedFacts.documentDate(facts);
            if (predicted != null) datesFound++;
            if (gold.date().equals(predicted)) datesRight++;
            else disagreements.add(gold.file() + "  date  gold " + gold.date() + "  predicted " + predicted);
        }
    }

    private static FundingFigure takeSameAmount(List<FundingFigure> figures, String amount) {
        for (int i = 0; i < figures.size(); i++) {
            if (PredictedFacts.amountKey(figures.get(i)).equals(amount)) return figures.remove(i);
        }
        return null;
    }

    private void compare(String file, GoldFigure g, FundingFigure p) {
        String where = file + "  " + p.span().surface() + "  ";
        boolean runningTotalOnly = FactKeys.CUMULATIVE_ROLE.equals(g.role());
        role.count(runningTotalOnly ? p.cumulative() : p.role().code().equals(g.role()), where, g.role(), p.role().code());
        qualifier.count(p.qualifier().code().equals(g.qualifier()), where, g.qualifier(), p.qualifier().code());
        cumulative.count(p.cumulative() == g.cumulative(), where, g.cumulative(), p.cumulative());
        if (g.programme() != null) {
            String key = p.programme() == null ? null : FactKeys.programme(p.programme().name());
            programme.count(key == null ? g.programme().isEmpty() : g.programme().contains(key), where,
                    g.programme(), key);
        }
        if (g.beneficiaries() != null) {
            boolean stated = p.beneficiaries() != null && p.beneficiaries().count() != null;
            String count = stated ? String.valueOf(p.beneficiaries().count()) : "";
            beneficiaries.count(g.beneficiaries().equals(count), where, g.beneficiaries(), count);
        }
        if (g.year() != null) year.count(g.year().equals(PredictedFacts.year(p)), where, g.year(), PredictedFacts.year(p));
    }

    Diagnostics result() {
        return new Diagnostics(List.of(role.result(), qualifier.result(), cumulative.result(), programme.result(),
                beneficiaries.result(), year.result()), otherRole, predictedFigures, datedDocuments, datesFound,
                datesRight, List.copyOf(disagreements));
    }

    /** Right answers out of the pairs where the gold annotates the field; each wrong one is noted. */
    private final class Check {
        private final String field;
        private int checked;
        private int right;

        Check(String field) {
            this.field = field;
        }

        void count(boolean isRight, String where, Object gold, Object predicted) {
            checked++;
            if (isRight) right++;
            else disagreements.add(where + field + "  gold " + gold + "  predicted " + predicted);
        }

        Diagnostics.Agreement result() {
            return new Diagnostics.Agreement(field, right, checked);
        }
    }
}
