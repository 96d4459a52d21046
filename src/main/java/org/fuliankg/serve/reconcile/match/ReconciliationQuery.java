package org.fuliankg.serve.reconcile.match;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.fuliankg.serve.reconcile.facts.BadRequest;
import org.fuliankg.serve.reconcile.facts.EntityProperty;
import org.fuliankg.serve.reconcile.facts.EntityType;
import org.fuliankg.serve.reconcile.facts.NameFolding;

/**
 * One reconciliation query of a batch, checked: a name ({@code query}, required here: candidates are found by
 * name), the types (all three when none is given), a limit, and the properties given to tell namesakes apart.
 */
public record ReconciliationQuery(String written, String folded, Set<EntityType> types, int limit,
                           Map<EntityProperty, List<String>> properties) {

    static final int DEFAULT_LIMIT = 10;
    static final int MAX_LIMIT = 25;
    static final int MAX_NAME_LENGTH = 200;

    /** Reads one query object; {@code key} names it in error messages. */
    static ReconciliationQuery read(String key, JsonValue value) {
        if (!value.isObject()) throw new BadRequest("query '" + key + "' is not a JSON object");
        JsonObject q = value.getAsObject();
        JsonValue name = q.get("query");
        if (name == null || !name.isString() || name.getAsString().value().isBlank()) {
            throw new BadRequest("query '" + key + "' has an empty or missing \"query\": give the name to match");
        }
        String written = name.getAsString().value();
        if (written.length() > MAX_NAME_LENGTH) {
            throw new BadRequest("query '" + key + "': a name of over " + MAX_NAME_LENGTH + " characters");
        }
        String folded = NameFolding.fold(written);
        if (folded.isEmpty()) throw new BadRequest("query '" + key + "' has no letters or digits in \"query\"");
        return new ReconciliationQuery(written, folded, types(key, q.get("type")), limit(key, q.get("limit")),
                properties(key, q.get("properties")));
    }

    private static Set<EntityType> types(String key, JsonValue type) {
        if (type == null || type.isNull()) return EnumSet.allOf(EntityType.class);
        List<JsonValue> ids = type.isArray() ? type.getAsArray() : List.of(type);
        Set<EntityType> types = EnumSet.noneOf(EntityType.class);
        for (JsonValue id : ids) {
            if (!id.isString()) throw new BadRequest("query '" + key + "': \"type\" must be a type id or a list of them");
            types.add(EntityType.require(id.getAsString().value()));
        }
        return types.isEmpty() ? EnumSet.allOf(EntityType.class) : types;
    }

    private static int limit(String key, JsonValue limit) {
        if (limit == null || limit.isNull()) return DEFAULT_LIMIT;
        if (!limit.isNumber() || limit.getAsNumber().value().intValue() < 1) {
            throw new BadRequest("query '" + key + "': \"limit\" must be a positive integer");
        }
        return Math.min(MAX_LIMIT, limit.getAsNumber().value().intValue());
    }

    private static Map<EntityProperty, List<String>> properties(String key, JsonValue properties) {
        Map<EntityProperty, List<String>> given = new LinkedHashMap<>();
        if (properties == null || properties.isNull()) return given;
        if (!properties.isArray()) throw new BadRequest("query '" + key + "': \"properties\" must be a list");
        for (JsonValue p : properties.getAsArray()) {
            if (!p.isObject() || !p.getAsObject().hasKey("pid") || !p.getAsObject().hasKey("v")) {
                throw new BadRequest("query '" + key + "': each property needs \"pid\" and \"v\"");
            }
            JsonValue pid = p.getAsObject().get("pid");
            if (!pid.isString()) throw new BadRequest("query '" + key + "': \"pid\" must be a string");
            EntityProperty property = EntityProperty.require(pid.getAsString().value(), true);
            given.computeIfAbsent(property, k -> new ArrayList<>()).addAll(values(key, p.getAsObject().get("v")));
        }
        given.values().removeIf(List::isEmpty);
        return given;
    }

    /** Strings, numbers and booleans as text; a reconciled entity ({@code {"id": …, "name": …}}) by id and name. */
    private static List<String> values(String key, JsonValue v) {
        List<String> values = new ArrayList<>();
        List<JsonValue> all = v.isArray() ? v.getAsArray() : List.of(v);
        for (JsonValue value : all) {
            if (value.isString()) values.add(value.getAsString().value());
            else if (value.isNumber()) values.add(value.getAsNumber().value().toString());
            else if (value.isBoolean()) values.add(Boolean.toString(value.getAsBoolean().value()));
            else if (value.isObject() && value.getAsObject().hasKey("id")) {
                value.getAsObject().forEach((k, x) -> {
                    if ((k.equals("id") || k.equals("name")) && x.isString()) values.add(x.getAsString().value());
                });
            } else throw new BadRequest("query '" + key + "': a property value must be a string, number, "
                    + "boolean or {\"id\": …}");
        }
        values.removeIf(String::isBlank);
        return values;
    }
}
