package org.fuliankg.rdf;

import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;
import org.fuliankg.domain.org.OrgType;
import org.fuliankg.domain.org.Organisation;
import org.fuliankg.domain.org.Region;
import org.fuliankg.lexicon.Divisions;
import org.fuliankg.resolve.RegionHierarchy;
import org.fuliankg.resolve.ResolvedOrganisation;

/**
 * The statements that describe a shared entity (region, organisation). Written identically into every graph that
 * uses the entity, so that each document graph can be read alone and the union never disagrees.
 */
final class EntityDescriptions {

    private static final RegionHierarchy REGIONS = new RegionHierarchy(Divisions.get());

    private EntityDescriptions() {}

    static Resource region(Model model, Region division) {
        Region region = REGIONS.canonical(division);
        Resource r = model.createResource(Iris.region(region.code()), FL.Region)
                .addProperty(SKOS.prefLabel, region.name(), "zh")
                .addProperty(FL.divisionCode, region.code())
                .addProperty(FL.level, Ontology.level(region.level()));
        REGIONS.parent(region)
                .ifPresent(parent -> r.addProperty(SchemaDO.containedInPlace, model.createResource(Iris.region(parent.code()))));
        return r;
    }

    static Resource organisation(Model model, ResolvedOrganisation resolved, Optional<ResolvedOrganisation> parent) {
        Organisation o = resolved.organisation();
        Resource r = model.createResource(Iris.organisation(resolved.key()), ORG.Organization)
                .addProperty(SKOS.prefLabel, o.name(), "zh")
                .addProperty(FL.organisationType, Ontology.organisationType(o.type()));
        if (o.generic()) {
            r.addLiteral(FL.generic, true);
        } else {
            r.addProperty(RDF.type, ORG.FormalOrganization);
        }
        if (o.type() == OrgType.FEDERATION) r.addProperty(RDF.type, FL.WomensFederation);
        if (o.unresolved()) r.addLiteral(FL.unresolved, true);
        if (o.level() != null) r.addProperty(FL.level, Ontology.level(o.level()));
        if (o.region() != null) r.addProperty(FL.region, region(model, o.region()));
        parent.ifPresent(p -> r.addProperty(ORG.subOrganizationOf, model.createResource(Iris.organisation(p.key()))));
        return r;
    }
}
