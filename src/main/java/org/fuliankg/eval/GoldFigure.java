package org.fuliankg.eval;

import java.util.Set;

/**
 * A gold funding record with what it means, for the checks on amounts found ({@link MeaningChecks}). A field the
 * gold does not annotate is null and not checked; "" (or an empty set) says the gold annotates it as absent.
 *
 * @param amount        the amount key ({@link FactKeys#amount})
 * @param programme     the programme's keys (name and aliases)
 * @param beneficiaries the beneficiary count as text
 * @param year          the year the figure refers to, as text
 */
record GoldFigure(String amount, String qualifier, String role, boolean cumulative, Set<String> programme,
                  String beneficiaries, String year, boolean optional) {}
