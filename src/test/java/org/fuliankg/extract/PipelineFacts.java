package org.fuliankg.extract;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.fuliankg.domain.org.Organisation;
import org.fuliankg.domain.org.OrganisationMention;
import org.fuliankg.domain.people.PostHolder;
import org.fuliankg.pipeline.Pipeline;

/** Short test texts run through the whole pipeline, and the views of their facts the style tests compare. */
public final class PipelineFacts {

    private static final Pipeline PIPELINE = new Pipeline();

    private PipelineFacts() {}

    public static DocumentFacts run(String text) {
        return PIPELINE.process(AnnotatedTexts.document(text));
    }

    static Set<String> orgNames(DocumentFacts f) {
        return f.organisations().stream().map(m -> m.organisation().name()).collect(Collectors.toCollection(TreeSet::new));
    }

    /** name → ["position@organisation", …]; a former post is written 原position. */
    static Map<String, List<String>> officials(DocumentFacts f) {
        Map<String, List<String>> out = new TreeMap<>();
        for (PostHolder p : f.officials()) {
            out.put(p.name(), p.posts().stream().map(x -> (x.former() ? "原" : "") + x.position() + "@"
                    + (x.organisation() == null ? null : x.organisation().name())).toList());
        }
        return out;
    }

    /** The organisation named {@code name} among the document's mentions. */
    static Organisation org(DocumentFacts f, String name) {
        return f.organisations().stream().map(OrganisationMention::organisation).filter(o -> o.name().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError(name + " not found in " + orgNames(f)));
    }
}
