package org.fuliankg.rdf;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.vocabulary.OWL;
import org.fuliankg.domain.org.Region;
import org.fuliankg.lexicon.Divisions;
import org.fuliankg.lexicon.Programmes;
import org.fuliankg.lexicon.ResourceLines;
import org.fuliankg.resolve.OrganisationResolver;
import org.fuliankg.resolve.ResolvedOrganisation;

/**
 * The shared reference graph: the ontology with its concept schemes, every division with its code and level, the
 * federation of every division placed under its parent's (county → prefecture → province → 全国妇联), the
 * generic programmes (两癌救助, 两癌筛查) that named schemes are cases of, and
 * Wikidata links from lexicon/wikidata.tsv. It depends on no document, so it is the same in every build.
 */
final class ReferenceData {

    static final String WIKIDATA_ENTITY = "http://www.wikidata.org/entity/";

    private final OrganisationResolver organisations;

    ReferenceData(OrganisationResolver organisations) {
        this.organisations = organisations;
    }

    Model model() {
        Model model = Prefixes.apply(ModelFactory.createDefaultModel());
        model.add(Ontology.model());
        for (Region region : Divisions.get().all()) {
            EntityDescriptions.region(model, region);
            ResolvedOrganisation federation = organisations.federationOf(region);
            EntityDescriptions.organisation(model, federation, organisations.parentFederation(federation));
        }
        // the generic classes named schemes point to (skos:broader): 两癌救助, 两癌筛查
        Programmes.standard().generics().forEach(generic -> DocumentGraph.describeProgramme(model, generic));
        wikidataLinks().forEach((code, qid) ->
                model.createResource(Iris.region(code)).addProperty(OWL.sameAs, model.createResource(WIKIDATA_ENTITY + qid)));
        return model;
    }

    /** Division code → Wikidata item id, from the checked lexicon file. */
    static Map<String, String> wikidataLinks() {
        Map<String, String> links = new LinkedHashMap<>();
        for (String[] f : ResourceLines.read(Divisions.class, "wikidata.tsv")) links.put(f[0], f[1]);
        return links;
    }
}
