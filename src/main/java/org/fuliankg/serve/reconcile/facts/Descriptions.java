package org.fuliankg.serve.reconcile.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.fuliankg.serve.reconcile.facts.EntityFacts.Concept;
import org.fuliankg.serve.reconcile.facts.EntityFacts.Named;

/**
 * One line that tells namesakes apart, shown under a candidate's or suggestion's name: a person's posts
 * (主席 · 成都市妇联), an organisation's level, division and parent, a programme's kind.
 */
public final class Descriptions {

    private static final int POSTS_SHOWN = 3;

    private Descriptions() {}

    public static String of(EntityFacts facts) {
        List<String> parts = new ArrayList<>();
        if (!facts.posts().isEmpty()) {
            facts.posts().stream().limit(POSTS_SHOWN)
                    .forEach(p -> parts.add(p.position() + " · " + p.organisation().name()));
            if (facts.posts().size() > POSTS_SHOWN) parts.add("…");
            return String.join("; ", parts);
        }
        facts.levels().stream().map(Concept::shown).forEach(parts::add);
        facts.places().forEach(p -> parts.add(p.name() + (p.code().isEmpty() ? "" : " (" + p.code() + ")")));
        if (!facts.parents().isEmpty()) {
            parts.add("上级 " + facts.parents().stream().map(Named::name).collect(Collectors.joining("、")));
        }
        facts.concepts().stream().map(Concept::shown).forEach(parts::add);
        return String.join(" · ", parts);
    }
}
