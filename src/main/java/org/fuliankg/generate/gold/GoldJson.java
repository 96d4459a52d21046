package org.fuliankg.generate.gold;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNull;
import org.apache.jena.atlas.json.JsonObject;

/**
 * Generated facts in the gold format of {@code src/test/resources/gold} (see its README): officials with posts,
 * reporters, organisations, programmes and fundings, with code point offsets and exact surfaces.
 */
public final class GoldJson {

    private final JsonArray documents = new JsonArray();

    public void add(GeneratedArticle article) {
        String text = article.text();
        KnownFacts facts = article.facts();
        JsonObject doc = new JsonObject();
        doc.put("file", article.fileName());
        doc.put("char_length", text.codePointCount(0, text.length()));
        doc.put("script", article.traditional() ? "traditional" : "simplified");

        JsonArray officials = new JsonArray();
        for (KnownFacts.Official o : facts.officials) {
            JsonObject r = new JsonObject();
            r.put("name", o.name());
            JsonArray posts = new JsonArray();
            JsonArray positions = new JsonArray();
            for (KnownFacts.Post p : o.posts()) {
                JsonObject post = new JsonObject();
                post.put("position", p.position());
                post.put("org", p.org());
                posts.add(post);
                positions.add(p.position());
            }
            r.put("posts", posts);
            r.put("org", o.posts().get(0).org());
            r.put("positions", positions);
            span(r, text, o.start(), o.end());
            officials.add(r);
        }
        doc.put("officials", officials);

        JsonArray reporters = new JsonArray();
        for (KnownFacts.Reporter rep : facts.reporters) {
            JsonObject r = new JsonObject();
            r.put("name", rep.name());
            r.put("role", "记者");
            span(r, text, rep.start(), rep.end());
            r.put("name_offset", codePoints(text, rep.start()));
            reporters.add(r);
        }
        doc.put("reporters", reporters);

        JsonArray orgs = new JsonArray();
        for (KnownFacts.Org o : facts.orgs.values()) {
            JsonObject r = new JsonObject();
            r.put("name", o.name());
            r.put("type", o.type());
            if (o.level() == null) r.put("level", JsonNull.instance);
            else r.put("level", o.level());
            r.put("region", o.region());
            if (o.optional()) r.put("optional", true);
            orgs.add(r);
        }
        doc.put("orgs", orgs);

        JsonArray programs = new JsonArray();
        for (KnownFacts.Programme p : facts.programmes.values()) {
            JsonObject r = new JsonObject();
            r.put("name", p.name());
            r.put("kind", p.kind());
            r.put("aliases", new JsonArray());
            if (p.optional()) r.put("optional", true);
            programs.add(r);
        }
        doc.put("programs", programs);

        JsonArray fundings = new JsonArray();
        int id = 1;
        for (KnownFacts.Funding f : facts.fundings) {
            JsonObject r = new JsonObject();
            r.put("id", "F" + id++);
            span(r, text, f.start(), f.end());
            if (f.amount() != null) {
                r.put("amount_yuan", f.amount());
            } else {
                r.put("min_yuan", f.min());
                r.put("max_yuan", f.max());
            }
            r.put("qualifier", f.qualifier());
            r.put("role", f.role());
            if (f.programme() == null) r.put("program", JsonNull.instance);
            else r.put("program", f.programme());
            fundings.add(r);
        }
        doc.put("fundings", fundings);
        documents.add(doc);
    }

    public void write(Path file) throws IOException {
        JsonObject root = new JsonObject();
        root.put("generator", "fulian-kg generate: synthetic articles, facts known by construction");
        root.put("documents", documents);
        try (OutputStream out = Files.newOutputStream(file)) {
            JSON.write(out, root);
        }
    }

    /** Surface and code point offsets of chars [start, end) of {@code text}. */
    private static void span(JsonObject r, String text, int start, int end) {
        r.put("surface", text.substring(start, end));
        r.put("offset", codePoints(text, start));
        r.put("end", codePoints(text, end));
    }

    private static int codePoints(String text, int charOffset) {
        return text.codePointCount(0, charOffset);
    }
}
