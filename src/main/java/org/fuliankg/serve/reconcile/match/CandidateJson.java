package org.fuliankg.serve.reconcile.match;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonBoolean;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonString;
import org.fuliankg.serve.reconcile.facts.Descriptions;
import org.fuliankg.serve.reconcile.facts.EntityFacts;
import org.fuliankg.serve.reconcile.facts.EntityType;

/** The JSON of candidates, suggestions and types as the protocol writes them. */
public final class CandidateJson {

    private CandidateJson() {}

    static JsonObject of(Candidate candidate, boolean match) {
        JsonObject json = entity(candidate.facts());
        json.put("score", JsonNumber.value(candidate.score()));
        JsonArray features = new JsonArray();
        candidate.features().forEach((id, value) -> {
            JsonObject feature = new JsonObject();
            feature.put("id", id);
            feature.put("value", value instanceof Boolean b ? new JsonBoolean(b) : JsonNumber.value((Double) value));
            features.add(feature);
        });
        json.put("features", features);
        json.put("match", match);
        return json;
    }

    /** id, name, description and types of an entity (a candidate without its score, or a suggestion). */
    public static JsonObject entity(EntityFacts facts) {
        JsonObject json = new JsonObject();
        json.put("id", facts.id());
        json.put("name", facts.name());
        json.put("description", Descriptions.of(facts));
        JsonArray types = new JsonArray();
        facts.types().forEach(t -> types.add(type(t)));
        json.put("type", types);
        return json;
    }

    public static JsonObject type(EntityType type) {
        JsonObject json = new JsonObject();
        json.put("id", type.iri);
        json.put("name", type.label);
        return json;
    }

    public static JsonObject named(String id, String name) {
        JsonObject json = new JsonObject();
        json.put("id", new JsonString(id));
        json.put("name", new JsonString(name));
        return json;
    }
}
