package org.fuliankg.eval;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/** A gold annotation file ({@code {"documents":[…]}}, see gold/README.md), reduced to scorable facts. */
public record GoldFile(Map<String, GoldDocument> documents) {

    public static GoldFile read(Path path) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            return from(JSON.parse(in));
        }
    }

    public static GoldFile parse(String json) {
        return from(JSON.parse(json));
    }

    private static GoldFile from(JsonObject root) {
        Map<String, GoldDocument> docs = new LinkedHashMap<>();
        root.getArray("documents").forEach(v -> {
            JsonObject d = v.getAsObject();
            Map<Category, List<Fact>> facts = new EnumMap<>(Category.class);
            for (Category c : Category.values()) {
                if (!d.hasKey(c.goldKey()) || !d.get(c.goldKey()).isArray()) continue;
                List<Fact> list = new ArrayList<>();
                d.getArray(c.goldKey()).forEach(r -> list.addAll(facts(c, r.getAsObject())));
                facts.put(c, list);
            }
            String file = d.getString("file");
            facts.computeIfPresent(Category.OFFICIAL_NAMES, (c, names) -> oncePerKey(names));
            docs.put(file, new GoldDocument(file, facts, figures(d), date(d)));
        });
        return new GoldFile(docs);
    }

    private static List<Fact> facts(Category c, JsonObject r) {
        boolean optional = r.hasKey("optional") && r.get("optional").isBoolean() && r.getBoolean("optional");
        String surface = string(r, "surface");
        int offset = integer(r, "offset");
        return switch (c) {
            case OFFICIALS -> officials(r, surface, offset, optional);
            case OFFICIAL_NAMES -> List.of(new Fact(FactKeys.text(string(r, "name")), Set.of(), surface, offset, optional));
            case REPORTERS -> List.of(new Fact(FactKeys.text(string(r, "name")), Set.of(), surface,
                    r.hasKey("name_offset") ? integer(r, "name_offset") : offset, optional));
            case ORGANISATIONS -> {
                String name = string(r, "name");
                yield List.of(new Fact(FactKeys.organisation(name), Set.of(), name, offset, optional));
            }
            case PROGRAMMES -> List.of(programme(r, optional));
            case FUNDINGS -> List.of(new Fact(money(r), Set.of(), surface, offset, optional));
            case FUNDING_AMOUNTS -> List.of(new Fact(amount(r), Set.of(), surface, offset, optional));
            case FUNDING_MEANING -> List.of(new Fact(meaning(r), Set.of(), surface, offset, optional));
            case ITEMS -> {
                String headline = string(r, "headline");
                Set<String> alternates = r.hasKey("headline_normalised")
                        ? Set.of(FactKeys.text(string(r, "headline_normalised"))) : Set.of();
                yield List.of(new Fact(FactKeys.text(headline), alternates, headline, offset, optional));
            }
        };
    }

    /** One fact per distinct organisation among the person's posts (falling back to the record's org). */
    private static List<Fact> officials(JsonObject r, String surface, int offset, boolean optional) {
        String name = string(r, "name");
        Set<String> orgs = new LinkedHashSet<>();
        if (r.hasKey("posts") && r.get("posts").isArray()) {
            r.getArray("posts").forEach(p -> {
                String org = string(p.getAsObject(), "org");
                if (org != null) orgs.add(org);
            });
        }
        if (orgs.isEmpty() && string(r, "org") != null) orgs.add(string(r, "org"));
        if (orgs.isEmpty()) return List.of(new Fact(FactKeys.official(name, null), Set.of(), surface, offset, optional));
        return orgs.stream().map(o -> new Fact(FactKeys.official(name, o), Set.of(), surface, offset, optional)).toList();
    }

    private static Fact programme(JsonObject r, boolean optional) {
        String name = string(r, "name");
        Set<String> alternates = new LinkedHashSet<>();
        if (r.hasKey("aliases") && r.get("aliases").isArray()) {
            r.getArray("aliases").forEach(a -> alternates.add(FactKeys.programme(a.getAsString().value())));
        }
        if (r.hasKey("normalised_variants") && r.get("normalised_variants").isObject()) {
            r.getObj("normalised_variants").entrySet().forEach(e -> {
                alternates.add(FactKeys.programme(e.getKey()));
                alternates.add(FactKeys.programme(e.getValue().getAsString().value()));
            });
        }
        return new Fact(FactKeys.programme(name), alternates, name, -1, optional);
    }

    private static String money(JsonObject r) {
        return amount(r) + "|" + string(r, "qualifier") + "|" + string(r, "role");
    }

    /** The amount key: {@code amount_yuan}, or {@code min_yuan-max_yuan} for a range. */
    private static String amount(JsonObject r) {
        if (r.hasKey("amount_yuan") && r.get("amount_yuan").isNumber()) {
            return FactKeys.amount(decimal(r.get("amount_yuan")), null);
        }
        return FactKeys.amount(decimal(r.get("min_yuan")), decimal(r.get("max_yuan")));
    }

    /** Money key plus whether the record is a running total ({@code cumulative: true}, or the older role code). */
    private static String meaning(JsonObject r) {
        return money(r) + "|" + cumulative(r);
    }

    private static boolean cumulative(JsonObject r) {
        boolean flagged = r.hasKey("cumulative") && r.get("cumulative").isBoolean() && r.getBoolean("cumulative");
        return flagged || FactKeys.CUMULATIVE_ROLE.equals(string(r, "role"));
    }

    /** A person named in two records (two bodies) is one name. */
    private static List<Fact> oncePerKey(List<Fact> facts) {
        Map<String, Fact> byKey = new LinkedHashMap<>();
        for (Fact f : facts) byKey.merge(f.key(), f, (a, b) -> a.optional() ? b : a);
        return List.copyOf(byKey.values());
    }

    /** The document's funding records with what they mean, for the checks on amounts found. */
    private static List<GoldFigure> figures(JsonObject d) {
        if (!d.hasKey("fundings") || !d.get("fundings").isArray()) return List.of();
        Map<String, Set<String>> programmeKeys = programmeKeys(d);
        List<GoldFigure> figures = new ArrayList<>();
        d.getArray("fundings").forEach(v -> {
            JsonObject r = v.getAsObject();
            boolean optional = r.hasKey("optional") && r.get("optional").isBoolean() && r.getBoolean("optional");
            figures.add(new GoldFigure(amount(r), string(r, "qualifier"), string(r, "role"), cumulative(r),
                    programme(r, programmeKeys), beneficiaries(r), year(r), optional));
        });
        return figures;
    }

    /** Each gold programme's keys: its name and aliases. */
    private static Map<String, Set<String>> programmeKeys(JsonObject d) {
        Map<String, Set<String>> keys = new LinkedHashMap<>();
        if (!d.hasKey("programs") || !d.get("programs").isArray()) return keys;
        d.getArray("programs").forEach(v -> {
            Fact f = programme(v.getAsObject(), false);
            Set<String> all = new LinkedHashSet<>(f.alternates());
            all.add(f.key());
            keys.put(f.key(), all);
        });
        return keys;
    }

    /** The figure's programme keys; empty when the gold says it has none, null when the gold does not say. */
    private static Set<String> programme(JsonObject r, Map<String, Set<String>> programmeKeys) {
        if (!r.hasKey("program")) return null;
        String name = string(r, "program");
        if (name == null) return Set.of();
        String key = FactKeys.programme(name);
        return programmeKeys.getOrDefault(key, Set.of(key));
    }

    /** The beneficiary count as text; "" when the gold says none, null when it does not say. */
    private static String beneficiaries(JsonObject r) {
        if (!r.hasKey("beneficiaries")) return null;
        JsonValue b = r.get("beneficiaries");
        return b.isObject() && b.getAsObject().hasKey("count") && b.getAsObject().get("count").isNumber()
                ? plainNumber(b.getAsObject().get("count")) : "";
    }

    /** The figure's year as text; "" when the gold says it has none, null when it does not say. */
    private static String year(JsonObject r) {
        if (!r.hasKey("year")) return null;
        return r.get("year").isNumber() ? plainNumber(r.get("year")) : "";
    }

    /** The document's date (ISO); "" when the gold says the text gives none, null when the gold does not say. */
    private static String date(JsonObject d) {
        if (!d.hasKey("date")) return null;
        String date = string(d, "date");
        return date == null ? "" : date;
    }

    private static String plainNumber(JsonValue v) {
        return decimal(v).stripTrailingZeros().toPlainString();
    }

    private static BigDecimal decimal(JsonValue v) {
        return v == null || !v.isNumber() ? null : new BigDecimal(v.getAsNumber().value().toString());
    }

    private static String string(JsonObject o, String key) {
        JsonValue v = o.get(key);
        return v != null && v.isString() ? v.getAsString().value() : null;
    }

    private static int integer(JsonObject o, String key) {
        JsonValue v = o.get(key);
        return v != null && v.isNumber() ? v.getAsNumber().value().intValue() : -1;
    }
}
