package org.fuliankg.rdf;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.fuliankg.domain.money.FundingRole;
import org.fuliankg.domain.org.OrgLevel;
import org.fuliankg.domain.org.OrgType;
import org.fuliankg.domain.people.PostEvent;
import org.fuliankg.domain.programme.ProgrammeKind;
import org.fuliankg.domain.money.Qualifier;

/**
 * The ontology (a classpath copy of ontology/fulian.ttl) and the IRIs of its fixed concepts, one per value of the
 * extractors' enums.
 */
public final class Ontology {

    private static final Model MODEL = load("fulian.ttl");
    private static final Map<String, String> POSITION_EN = englishPositionNames();

    private Ontology() {}

    /** The ontology graph; read-only by convention: copy it before changing anything. */
    public static Model model() {
        return MODEL;
    }

    public static Resource level(OrgLevel level) {
        return concept("level", level.code());
    }

    public static Resource organisationType(OrgType type) {
        return concept("organisation-type", type.code());
    }

    public static Resource qualifier(Qualifier qualifier) {
        return concept("qualifier", qualifier.code());
    }

    public static Resource fundingRole(FundingRole role) {
        return concept("funding-role", role.code());
    }

    public static Resource programmeKind(ProgrammeKind kind) {
        return concept("programme-kind", kind.code());
    }

    public static Resource postEvent(PostEvent event) {
        return concept("post-event", event.code());
    }

    public static Resource mergeRule(String code) {
        return concept("merge-rule", code);
    }

    public static Resource scheme(String name) {
        return MODEL.createResource(Iris.scheme(name));
    }

    /** English name of a normalised position title, when the small table positions-en.tsv knows it. */
    static Optional<String> englishPositionName(String title) {
        return Optional.ofNullable(POSITION_EN.get(title));
    }

    private static Map<String, String> englishPositionNames() {
        Map<String, String> names = new LinkedHashMap<>();
        try (InputStream in = Ontology.class.getResourceAsStream("positions-en.tsv");
             var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.lines().filter(l -> !l.isBlank() && !l.startsWith("#"))
                    .map(l -> l.split("\t", -1)).forEach(f -> names.put(f[0], f[1]));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }

    /** Where a date comes from: a {@link org.fuliankg.domain.text.DateOrigin} code (publication-line, lead, captured …). */
    public static Resource dateOrigin(String code) {
        return concept("date-origin", code);
    }

    private static Resource concept(String scheme, String code) {
        return MODEL.createResource(Iris.concept(scheme, code));
    }

    static Model load(String resource) {
        Model model = ModelFactory.createDefaultModel();
        try (InputStream in = Ontology.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing resource " + resource);
            RDFDataMgr.read(model, in, Lang.TURTLE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return model;
    }
}
