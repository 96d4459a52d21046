package org.fuliankg.eval;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.fuliankg.extract.DocumentFacts;

/**
 * Scores extracted facts against gold annotations. Documents are paired by file name; a category is scored only
 * for documents whose gold annotates it. A prediction matching a required gold fact is a true positive; one
 * matching only optional gold facts, or a gold fact another prediction already matched (a second alias of the same
 * programme), counts neither way; one matching nothing is a false positive. Required gold facts left unmatched are
 * misses. Exact key matches are
 * paired before alias matches, so {@code 两癌筛查} is not used up by an alias of {@code 两癌救助}. Items are keyed by
 * the line their start offset lies on plus their headline.
 */
public final class Evaluation {

    private Evaluation() {}

    public static EvalReport score(GoldFile gold, List<DocumentFacts> predicted) {
        Map<Category, Tally> tallies = new EnumMap<>(Category.class);
        for (Category c : Category.values()) tallies.put(c, new Tally());
        Set<String> seen = new HashSet<>();
        List<String> withoutGold = new ArrayList<>();
        MeaningChecks meaning = new MeaningChecks();
        for (DocumentFacts facts : predicted) {
            String file = facts.source().fileName();
            GoldDocument doc = gold.documents().get(file);
            if (doc == null) {
                withoutGold.add(file);
                continue;
            }
            seen.add(file);
            meaning.add(doc, facts);
            Map<Category, List<Fact>> predictedFacts = PredictedFacts.of(facts);
            for (var entry : doc.facts().entrySet()) {
                Category c = entry.getKey();
                List<Fact> goldFacts = entry.getValue();
                List<Fact> guesses = predictedFacts.get(c);
                if (c == Category.ITEMS) {
                    String text = facts.source().text();
                    goldFacts = keyedByLine(goldFacts, text);
                    guesses = keyedByLine(guesses, text);
                }
                tallies.get(c).add(file, goldFacts, guesses);
            }
        }
        List<String> withoutInput = gold.documents().keySet().stream().filter(f -> !seen.contains(f)).toList();
        Map<Category, CategoryScore> scores = new LinkedHashMap<>();
        tallies.forEach((c, t) -> scores.put(c, t.score(c)));
        return new EvalReport(scores, meaning.result(), withoutInput, withoutGold);
    }

    /** Prefixes every key with the number of the line the fact's offset lies on: "same line" tolerance. */
    private static List<Fact> keyedByLine(List<Fact> facts, String text) {
        return facts.stream().map(f -> {
            String line = lineOf(text, f.offset()) + "|";
            return f.withKeys(line + f.key(), f.alternates().stream().map(a -> line + a).collect(Collectors.toSet()));
        }).toList();
    }

    private static int lineOf(String text, int codePointOffset) {
        if (codePointOffset < 0) return -1;
        int end = text.offsetByCodePoints(0, Math.min(codePointOffset, text.codePointCount(0, text.length())));
        int line = 0;
        for (int i = 0; i < end; i++) if (text.charAt(i) == '\n') line++;
        return line;
    }

    /** Running counts of one category. */
    private static final class Tally {
        int tp;
        int fp;
        int fn;
        final List<CategoryScore.Finding> misses = new ArrayList<>();
        final List<CategoryScore.Finding> falseHits = new ArrayList<>();

        void add(String file, List<Fact> gold, List<Fact> predicted) {
            boolean[] used = new boolean[gold.size()];
            List<Fact> unpaired = new ArrayList<>();
            for (Fact p : predicted) {
                int g = find(gold, used, p, true);
                if (g < 0) {
                    unpaired.add(p);
                    continue;
                }
                used[g] = true;
                if (!gold.get(g).optional()) tp++;
            }
            for (Fact p : unpaired) {
                int g = find(gold, used, p, false);
                if (g >= 0) {
                    used[g] = true;
                    if (!gold.get(g).optional()) tp++;
                } else if (!matchesAny(gold, p)) {
                    fp++;
                    falseHits.add(new CategoryScore.Finding(file, p));
                }
            }
            for (int g = 0; g < gold.size(); g++) {
                if (!used[g] && !gold.get(g).optional()) {
                    fn++;
                    misses.add(new CategoryScore.Finding(file, gold.get(g)));
                }
            }
        }

        /** An unused gold fact matching {@code p} (by exact key, or by any alias), required ones first. */
        private static int find(List<Fact> gold, boolean[] used, Fact p, boolean exact) {
            int optionalMatch = -1;
            for (int g = 0; g < gold.size(); g++) {
                if (used[g]) continue;
                Fact f = gold.get(g);
                boolean match = exact ? f.key().equals(p.key()) : f.overlaps(p);
                if (!match) continue;
                if (!f.optional()) return g;
                if (optionalMatch < 0) optionalMatch = g;
            }
            return optionalMatch;
        }

        /** Whether {@code p} names some gold fact, though one already paired with another prediction. */
        private static boolean matchesAny(List<Fact> gold, Fact p) {
            return gold.stream().anyMatch(f -> f.overlaps(p));
        }

        CategoryScore score(Category c) {
            return new CategoryScore(c, tp, fp, fn, List.copyOf(misses), List.copyOf(falseHits));
        }
    }
}
