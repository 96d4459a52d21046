package org.fuliankg.eval;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fuliankg.domain.text.DateOrigin;
import org.fuliankg.domain.money.FundingFigure;
import org.fuliankg.domain.Item;
import org.fuliankg.domain.org.OrganisationMention;
import org.fuliankg.domain.people.Post;
import org.fuliankg.domain.people.PostHolder;
import org.fuliankg.domain.programme.ProgrammeMention;
import org.fuliankg.domain.money.Qualifier;
import org.fuliankg.domain.people.Reporter;
import org.fuliankg.domain.text.SourcedDate;
import org.fuliankg.domain.text.Span;
import org.fuliankg.extract.DocumentFacts;

/** A document's extracted facts reduced to scorable facts, one per key (a fact stated twice counts once). */
final class PredictedFacts {

    private PredictedFacts() {}

    static Map<Category, List<Fact>> of(DocumentFacts facts) {
        Map<Category, List<Fact>> byCategory = new EnumMap<>(Category.class);
        List<Fact> officials = new ArrayList<>();
        for (PostHolder p : facts.officials()) officials.addAll(official(p));
        byCategory.put(Category.OFFICIALS, officials);
        byCategory.put(Category.OFFICIAL_NAMES, facts.officials().stream().map(p -> fact(FactKeys.text(p.name()), p.span())).toList());
        byCategory.put(Category.REPORTERS, facts.reporters().stream().map(PredictedFacts::reporter).toList());
        byCategory.put(Category.ORGANISATIONS, facts.organisations().stream().map(PredictedFacts::organisation).toList());
        byCategory.put(Category.PROGRAMMES, facts.programmes().stream().map(PredictedFacts::programme).toList());
        byCategory.put(Category.FUNDINGS, facts.fundings().stream().map(PredictedFacts::funding).toList());
        byCategory.put(Category.FUNDING_AMOUNTS, facts.fundings().stream().map(f -> fact(amountKey(f), f.span())).toList());
        byCategory.put(Category.FUNDING_MEANING, facts.fundings().stream().map(PredictedFacts::meaning).toList());
        byCategory.put(Category.ITEMS, facts.items().stream().map(PredictedFacts::item).toList());
        // figures are counted as the gold counts them, one per money expression: a sum stated twice (headline and
        // lead) is two gold figures, so two predicted ones may pair; other facts are one per distinct key
        byCategory.replaceAll((c, list) -> c.isFigure() ? list : deduplicated(list));
        return byCategory;
    }

    /** One fact per post organisation; each may also match a gold record that names no organisation. */
    private static List<Fact> official(PostHolder p) {
        Set<String> nameOnly = Set.of(FactKeys.official(p.name(), null));
        List<Fact> facts = new ArrayList<>();
        for (Post post : p.posts()) {
            String org = post.organisation() == null ? null : post.organisation().name();
            facts.add(fact(FactKeys.official(p.name(), org), p.span()).withKeys(FactKeys.official(p.name(), org), nameOnly));
        }
        if (facts.isEmpty()) facts.add(fact(FactKeys.official(p.name(), null), p.span()));
        return facts;
    }

    private static Fact reporter(Reporter r) {
        return fact(FactKeys.text(r.name()), r.span());
    }

    private static Fact organisation(OrganisationMention m) {
        return fact(FactKeys.organisation(m.organisation().name()), m.span());
    }

    private static Fact programme(ProgrammeMention m) {
        return fact(FactKeys.programme(m.programme().name()), m.span());
    }

    /** A running total matches the gold's role (the action) and also its older role code {@code cumulative}. */
    private static Fact funding(FundingFigure f) {
        BigDecimal max = isRange(f) ? f.maxAmount() : null;
        String key = FactKeys.money(f.amount(), max, f.qualifier().code(), f.role().code());
        Fact fact = fact(key, f.span());
        if (!f.cumulative()) return fact;
        return fact.withKeys(key, Set.of(FactKeys.money(f.amount(), max, f.qualifier().code(), FactKeys.CUMULATIVE_ROLE)));
    }

    /** Amount, qualifier, role and running total; a running total also matches the gold's older role code. */
    private static Fact meaning(FundingFigure f) {
        BigDecimal max = isRange(f) ? f.maxAmount() : null;
        String code = f.qualifier().code();
        String key = FactKeys.meaning(f.amount(), max, code, f.role().code(), f.cumulative());
        Fact fact = fact(key, f.span());
        if (!f.cumulative()) return fact;
        return fact.withKeys(key, Set.of(FactKeys.meaning(f.amount(), max, code, FactKeys.CUMULATIVE_ROLE, true)));
    }

    static String amountKey(FundingFigure f) {
        return FactKeys.amount(f.amount(), isRange(f) ? f.maxAmount() : null);
    }

    private static boolean isRange(FundingFigure f) {
        return f.qualifier() == Qualifier.RANGE || f.maxAmount() != null;
    }

    /** The year a figure refers to, as text, or "" when it has none. */
    static String year(FundingFigure f) {
        return f.year() == null ? "" : String.valueOf(f.year());
    }

    /** The document's date as the text gives it (ISO), or null: a capture date is not one the text gives. */
    static String documentDate(DocumentFacts facts) {
        SourcedDate date = facts.date();
        return date == null || date.origin() == DateOrigin.CAPTURED ? null : date.iso();
    }

    private static Fact item(Item i) {
        return new Fact(FactKeys.text(i.headline()), Set.of(), i.headline(), i.span() == null ? -1 : i.span().start(),
                false);
    }

    private static Fact fact(String key, Span span) {
        return new Fact(key, Set.of(), span == null ? key : span.surface(), span == null ? -1 : span.start(), false);
    }

    private static List<Fact> deduplicated(List<Fact> facts) {
        Map<String, Fact> first = new LinkedHashMap<>();
        for (Fact f : facts) first.putIfAbsent(f.key(), f);
        return List.copyOf(first.values());
    }
}
