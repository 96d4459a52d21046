package org.fuliankg.serve.reconcile.match;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.fuliankg.serve.reconcile.facts.EntityFacts;
import org.fuliankg.serve.reconcile.facts.EntityType;
import org.fuliankg.serve.reconcile.facts.NameFolding;

/**
 * One entity scored against one query, with the features the score is made of:
 * {@code name_exact} (the folded names are equal), {@code name_resolved} (the name resolves to this federation as
 * the build resolves federations' names: 四川妇联 → 四川省妇联), {@code name_similarity}
 * (1 − edit distance / length of the longer name, best over the entity's names), {@code federation} for
 * organisations, and {@code <property>_match} for every property the query gave.
 *
 * <p>score = 100 × name (1 when exact or resolved, else the similarity) × (0.5 + 0.5 × properties matched / given), so a
 * candidate whose properties all disagree keeps half its name score.
 */
public record Candidate(EntityFacts facts, double score, boolean exactName, boolean allPropertiesMatch,
                 Map<String, Object> features) {

    private static final LevenshteinDistance EDITS = LevenshteinDistance.getDefaultInstance();

    static Candidate of(ReconciliationQuery query, EntityFacts facts, boolean resolvedName) {
        double similarity = facts.names().stream()
                .mapToDouble(name -> similarity(query.folded(), NameFolding.fold(name))).max().orElse(0);
        boolean exact = similarity == 1.0 || resolvedName;
        Map<String, Object> features = new LinkedHashMap<>();
        features.put("name_exact", similarity == 1.0);
        if (resolvedName) features.put("name_resolved", true);
        features.put("name_similarity", Math.round(similarity * 1000) / 1000.0);
        if (facts.types().contains(EntityType.ORGANISATION)) features.put("federation", facts.federation());
        int matched = 0;
        for (var given : query.properties().entrySet()) {
            boolean match = PropertyMatch.matches(facts, given.getKey(), given.getValue());
            features.put(given.getKey().id + "_match", match);
            if (match) matched++;
        }
        int n = query.properties().size();
        double score = 100 * (exact ? 1 : similarity) * (n == 0 ? 1 : 0.5 + 0.5 * matched / n);
        return new Candidate(facts, Math.round(score * 10) / 10.0, exact, matched == n, features);
    }

    static double similarity(String a, String b) {
        if (a.equals(b)) return 1;
        int longer = Math.max(a.length(), b.length());
        if (longer == 0) return 0;
        return 1 - (double) EDITS.apply(a, b) / longer;
    }

    List<Map.Entry<String, Object>> featureList() {
        return List.copyOf(features.entrySet());
    }
}
