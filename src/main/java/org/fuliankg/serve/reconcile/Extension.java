package org.fuliankg.serve.reconcile;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.fuliankg.rdf.Iris;
import org.fuliankg.serve.reconcile.facts.BadRequest;
import org.fuliankg.serve.reconcile.facts.EntityFacts.Concept;
import org.fuliankg.serve.reconcile.facts.EntityFacts.Place;
import org.fuliankg.serve.reconcile.facts.EntityFacts;
import org.fuliankg.serve.reconcile.facts.EntityProperty;
import org.fuliankg.serve.reconcile.facts.EntityType;
import org.fuliankg.serve.reconcile.facts.FactReader;
import org.fuliankg.serve.reconcile.match.CandidateJson;

/**
 * Data extension: columns for reconciled ids ({@code {"ids": […], "properties": [{"id": …}]}} in,
 * {@code {"meta": […], "rows": {id: {property: [values]}}}} out), and the properties proposed for a type.
 * An id the graph does not know gets empty cells.
 */
final class Extension {

    /** The most ids in one extension request; more get HTTP 413. */
    static final int MAX_IDS = 1_000;

    private final DatasetGraph dataset;

    Extension(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    /** {@code {"type": …, "properties": [{"id", "name", "description"}], "limit"?}} */
    static JsonObject propose(String typeId, Integer limit) {
        EntityType type = EntityType.require(typeId);
        JsonArray properties = new JsonArray();
        EntityProperty.of(type).stream().limit(limit == null ? Long.MAX_VALUE : limit)
                .forEach(p -> properties.add(property(p)));
        JsonObject json = new JsonObject();
        json.put("type", typeId);
        if (limit != null) json.put("limit", limit.longValue());
        json.put("properties", properties);
        return json;
    }

    static JsonObject property(EntityProperty p) {
        JsonObject json = CandidateJson.named(p.id, p.label);
        json.put("description", p.description);
        return json;
    }

    JsonObject extend(JsonObject request) {
        List<String> ids = strings(request.get("ids"), "ids", "entity ids");
        if (ids.size() > MAX_IDS) {
            throw new BadRequest(BadRequest.TOO_LARGE, ids.size() + " ids in one extension request: at most " + MAX_IDS);
        }
        List<EntityProperty> properties = new ArrayList<>();
        JsonValue asked = request.get("properties");
        if (asked == null || !asked.isArray()) throw new BadRequest("\"properties\" must be a list of {\"id\": …}");
        for (JsonValue p : asked.getAsArray()) {
            if (!p.isObject() || !p.getAsObject().hasKey("id") || !p.getAsObject().get("id").isString()) {
                throw new BadRequest("each of \"properties\" must be {\"id\": …}");
            }
            properties.add(EntityProperty.require(p.getAsObject().getString("id"), false));
        }
        JsonArray meta = new JsonArray();
        properties.forEach(p -> meta.add(CandidateJson.named(p.id, p.label)));
        JsonObject json = new JsonObject();
        json.put("meta", meta);
        json.put("rows", Txn.calculateRead(dataset, () -> rows(ids, properties)));
        return json;
    }

    private JsonObject rows(List<String> ids, List<EntityProperty> properties) {
        FactReader reader = new FactReader(dataset);
        JsonObject rows = new JsonObject();
        for (String id : new LinkedHashSet<>(ids)) {
            EntityFacts facts = id.startsWith(Iris.BASE) ? reader.read(FactReader.uri(id)) : null;
            JsonObject row = new JsonObject();
            for (EntityProperty p : properties) row.put(p.id, facts == null ? new JsonArray() : values(facts, p, reader));
            rows.put(id, row);
        }
        return rows;
    }

    private static JsonArray values(EntityFacts facts, EntityProperty property, FactReader reader) {
        JsonArray values = new JsonArray();
        switch (property) {
            case REGION -> facts.places().forEach(p -> values.add(CandidateJson.named(p.id(), p.name())));
            case REGION_CODE -> facts.places().stream().map(Place::code).filter(c -> !c.isEmpty()).distinct()
                    .forEach(c -> values.add(str(c)));
            case LEVEL -> facts.levels().stream().map(Concept::shown).distinct().forEach(l -> values.add(str(l)));
            case PARENT -> facts.parents().forEach(n -> values.add(CandidateJson.named(n.id(), n.name())));
            case CHAIR -> {
                if (facts.types().contains(EntityType.ORGANISATION)) {
                    reader.chairs(facts.id()).forEach(n -> values.add(CandidateJson.named(n.id(), n.name())));
                }
            }
            case ORGANISATION_TYPE, KIND -> facts.concepts().stream()
                    .filter(c -> c.id().contains(property == EntityProperty.KIND ? "/programme-kind/" : "/organisation-type/"))
                    .forEach(c -> values.add(str(c.shown())));
            case POSITION -> facts.posts().stream().map(EntityFacts.Post::position).distinct()
                    .forEach(p -> values.add(str(p)));
            case ORGANISATION -> facts.organisations().stream().map(n -> CandidateJson.named(n.id(), n.name()))
                    .forEach(values::add);
        }
        return values;
    }

    private static JsonObject str(String value) {
        JsonObject json = new JsonObject();
        json.put("str", value);
        return json;
    }

    static List<String> strings(JsonValue value, String field, String what) {
        if (value == null || !value.isArray()) throw new BadRequest("\"" + field + "\" must be a list of " + what);
        List<String> strings = new ArrayList<>();
        for (JsonValue v : value.getAsArray()) {
            if (!v.isString()) throw new BadRequest("\"" + field + "\" must be a list of " + what);
            strings.add(v.getAsString().value());
        }
        return strings;
    }
}
