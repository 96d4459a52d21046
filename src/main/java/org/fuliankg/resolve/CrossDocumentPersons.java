package org.fuliankg.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Decides which persons named in different documents are one person, on strong evidence only: the same name with
 * the same organisation, or the same name with posts in organisations one of which lies above the other in the
 * federation hierarchy, when neither person has another such namesake (a province's 王丽 next to two 王丽 of its
 * cities stays apart from both). A name alone never merges. Every merge keeps its rule, organisations and
 * documents.
 */
public final class CrossDocumentPersons {

    /** Why persons are judged one. */
    public enum Rule {
        SAME_ORGANISATION, HIERARCHY;

        public String code() { return name().toLowerCase(Locale.ROOT).replace('_', '-'); }
    }

    /**
     * One merge and its evidence.
     *
     * @param persons       the person keys joined (one key: a person named in several documents under one key)
     * @param organisations the organisations the rule rests on
     * @param documents     the documents whose statements are joined
     */
    public record Merge(String name, SortedSet<String> persons, Rule rule, SortedSet<String> organisations,
                        SortedSet<String> documents) {}

    /**
     * @param merges         every merge, with its evidence
     * @param canonical      person key → the key that stands for its merged person (only keys that are not their own)
     * @param mergedPersons  persons attested in two or more documents
     * @param namesakesApart persons kept apart from another person of the same name
     */
    public record Result(List<Merge> merges, Map<String, String> canonical, int mergedPersons, int namesakesApart) {}

    private CrossDocumentPersons() {}

    /**
     * @param sightings every post of a named official in a specific organisation
     * @param ancestors organisation key → the organisations above it in the hierarchy (transitively)
     */
    public static Result resolve(List<PersonSighting> sightings, Function<String, Set<String>> ancestors) {
        Map<String, Profile> profiles = new TreeMap<>();
        for (PersonSighting s : sightings) {
            profiles.computeIfAbsent(s.person(), k -> new Profile(s.name())).add(s.organisation(), s.document());
        }
        List<Merge> merges = new ArrayList<>();
        profiles.forEach((person, p) -> {
            if (p.documents().size() > 1) {
                merges.add(new Merge(p.name, new TreeSet<>(Set.of(person)), Rule.SAME_ORGANISATION,
                        p.organisationsInSeveralDocuments(), p.documents()));
            }
        });
        Clusters clusters = new Clusters();
        Map<String, List<String>> byName = new TreeMap<>();
        profiles.forEach((person, p) -> byName.computeIfAbsent(p.name, k -> new ArrayList<>()).add(person));
        for (List<String> namesakes : byName.values()) {
            merges.addAll(linkNamesakes(namesakes, profiles, ancestors, clusters));
        }
        return result(merges, profiles, byName, clusters);
    }

    /** Links a name's persons: shared organisations always, hierarchy only between two unambiguous candidates. */
    private static List<Merge> linkNamesakes(List<String> persons, Map<String, Profile> profiles,
                                             Function<String, Set<String>> ancestors, Clusters clusters) {
        List<Merge> merges = new ArrayList<>();
        Map<List<String>, SortedSet<String>> hierarchyPairs = new TreeMap<>(
                (a, b) -> (a.get(0) + "\n" + a.get(1)).compareTo(b.get(0) + "\n" + b.get(1)));
        Map<String, Integer> hierarchyCandidates = new HashMap<>();
        for (int i = 0; i < persons.size(); i++) {
            for (int j = i + 1; j < persons.size(); j++) {
                String a = persons.get(i);
                String b = persons.get(j);
                Profile pa = profiles.get(a);
                Profile pb = profiles.get(b);
                SortedSet<String> shared = new TreeSet<>(pa.documentsByOrganisation.keySet());
                shared.retainAll(pb.documentsByOrganisation.keySet());
                if (!shared.isEmpty()) {
                    clusters.join(a, b);
                    merges.add(pair(pa.name, a, b, Rule.SAME_ORGANISATION, shared, pa, pb));
                    continue;
                }
                SortedSet<String> linked = linkedByHierarchy(pa, pb, ancestors);
                if (!linked.isEmpty()) {
                    hierarchyPairs.put(List.of(a, b), linked);
                    hierarchyCandidates.merge(a, 1, Integer::sum);
                    hierarchyCandidates.merge(b, 1, Integer::sum);
                }
            }
        }
        hierarchyPairs.forEach((pair, organisations) -> {
            String a = pair.get(0);
            String b = pair.get(1);
            if (hierarchyCandidates.get(a) == 1 && hierarchyCandidates.get(b) == 1) {
                clusters.join(a, b);
                merges.add(pair(profiles.get(a).name, a, b, Rule.HIERARCHY, organisations, profiles.get(a), profiles.get(b)));
            }
        });
        return merges;
    }

    /** The organisations of two persons where one lies above the other. */
    private static SortedSet<String> linkedByHierarchy(Profile a, Profile b, Function<String, Set<String>> ancestors) {
        SortedSet<String> linked = new TreeSet<>();
        for (String oa : a.documentsByOrganisation.keySet()) {
            for (String ob : b.documentsByOrganisation.keySet()) {
                if (ancestors.apply(oa).contains(ob) || ancestors.apply(ob).contains(oa)) {
                    linked.add(oa);
                    linked.add(ob);
                }
            }
        }
        return linked;
    }

    private static Merge pair(String name, String a, String b, Rule rule, SortedSet<String> organisations,
                              Profile pa, Profile pb) {
        SortedSet<String> documents = new TreeSet<>();
        for (String o : organisations) {
            documents.addAll(pa.documentsByOrganisation.getOrDefault(o, new TreeSet<>()));
            documents.addAll(pb.documentsByOrganisation.getOrDefault(o, new TreeSet<>()));
        }
        return new Merge(name, new TreeSet<>(List.of(a, b)), rule, organisations, documents);
    }

    private static Result result(List<Merge> merges, Map<String, Profile> profiles, Map<String, List<String>> byName,
                                 Clusters clusters) {
        Map<String, SortedSet<String>> members = new TreeMap<>();
        for (String person : profiles.keySet()) {
            members.computeIfAbsent(clusters.root(person), k -> new TreeSet<>()).add(person);
        }
        Map<String, String> canonical = new TreeMap<>();
        int merged = 0;
        for (SortedSet<String> cluster : members.values()) {
            cluster.stream().skip(1).forEach(p -> canonical.put(p, cluster.first()));
            Set<String> documents = new TreeSet<>();
            cluster.forEach(p -> documents.addAll(profiles.get(p).documents()));
            if (documents.size() > 1) merged++;
        }
        int apart = 0;
        for (List<String> namesakes : byName.values()) {
            long people = namesakes.stream().map(clusters::root).distinct().count();
            if (people > 1) apart += (int) people;
        }
        return new Result(List.copyOf(merges), canonical, merged, apart);
    }

    /** What the documents say of one person key. */
    private static final class Profile {
        final String name;
        final Map<String, SortedSet<String>> documentsByOrganisation = new TreeMap<>();

        Profile(String name) {
            this.name = name;
        }

        void add(String organisation, String document) {
            documentsByOrganisation.computeIfAbsent(organisation, k -> new TreeSet<>()).add(document);
        }

        SortedSet<String> documents() {
            SortedSet<String> all = new TreeSet<>();
            documentsByOrganisation.values().forEach(all::addAll);
            return all;
        }

        SortedSet<String> organisationsInSeveralDocuments() {
            SortedSet<String> several = new TreeSet<>();
            documentsByOrganisation.forEach((o, docs) -> { if (docs.size() > 1) several.add(o); });
            return several.isEmpty() ? new TreeSet<>(documentsByOrganisation.keySet()) : several;
        }
    }

    /** Union-find over person keys. */
    private static final class Clusters {
        private final Map<String, String> parent = new HashMap<>();

        String root(String key) {
            String p = parent.getOrDefault(key, key);
            if (p.equals(key)) return key;
            String r = root(p);
            parent.put(key, r);
            return r;
        }

        void join(String a, String b) {
            String ra = root(a);
            String rb = root(b);
            if (!ra.equals(rb)) parent.put(ra.compareTo(rb) < 0 ? rb : ra, ra.compareTo(rb) < 0 ? ra : rb);
        }
    }
}
