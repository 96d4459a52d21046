package org.fuliankg.serve.reconcile.match;

import java.util.List;
import java.util.stream.Stream;
import org.fuliankg.serve.reconcile.facts.EntityFacts.Concept;
import org.fuliankg.serve.reconcile.facts.EntityFacts.Named;
import org.fuliankg.serve.reconcile.facts.EntityFacts.Place;
import org.fuliankg.serve.reconcile.facts.EntityFacts;
import org.fuliankg.serve.reconcile.facts.EntityProperty;
import org.fuliankg.serve.reconcile.facts.NameFolding;

/** Whether an entity has a value a query gives for a property; values are compared folded. */
public final class PropertyMatch {

    private PropertyMatch() {}

    /** True when any of the values matches. */
    static boolean matches(EntityFacts facts, EntityProperty property, List<String> values) {
        return values.stream().anyMatch(v -> matches(facts, property, v.strip()));
    }

    private static boolean matches(EntityFacts facts, EntityProperty property, String value) {
        String folded = NameFolding.fold(value);
        return switch (property) {
            case REGION, REGION_CODE -> facts.places().stream().anyMatch(p -> inPlace(p, value, folded));
            case LEVEL -> facts.levels().stream().anyMatch(c -> isConcept(c, value, folded));
            case ORGANISATION_TYPE, KIND -> facts.concepts().stream().anyMatch(c -> isConcept(c, value, folded));
            case PARENT -> facts.parents().stream().anyMatch(n -> isEntity(n, value, folded));
            case ORGANISATION -> facts.organisations().stream().anyMatch(n -> isEntity(n, value, folded));
            case POSITION -> facts.posts().stream().anyMatch(p -> NameFolding.fold(p.position()).equals(folded));
            case CHAIR -> false;
        };
    }

    /**
     * The place or a division containing it, by IRI, code (510100; 5101 for short) or name (成都市, 成都: a
     * division's name without its 市, 省, 县 …).
     */
    private static boolean inPlace(Place place, String value, String folded) {
        if (value.equals(place.id())) return true;
        if (folded.matches("\\d{2,6}")) {
            String code = (folded + "000000").substring(0, 6);
            return code.equals(place.code()) || place.enclosingCodes().contains(code);
        }
        return Stream.concat(Stream.of(place.name()), place.enclosingNames().stream())
                .map(NameFolding::fold).anyMatch(name -> name.equals(folded) || isShortFor(folded, name));
    }

    /** 成都 for 成都市, 四川 for 四川省: the name minus a suffix of one or two characters. */
    private static boolean isShortFor(String shortName, String name) {
        return shortName.length() >= 2 && name.startsWith(shortName) && name.length() - shortName.length() <= 2;
    }

    private static boolean isConcept(Concept concept, String value, String folded) {
        return value.equals(concept.id()) || NameFolding.fold(concept.notation()).equals(folded)
                || concept.labels().stream().map(NameFolding::fold).anyMatch(folded::equals);
    }

    private static boolean isEntity(Named named, String value, String folded) {
        return value.equals(named.id()) || NameFolding.fold(named.name()).equals(folded);
    }
}
