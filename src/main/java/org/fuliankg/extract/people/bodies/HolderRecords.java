package org.fuliankg.extract.people.bodies;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fuliankg.domain.org.Organisation;
import org.fuliankg.domain.people.Post;
import org.fuliankg.domain.people.PostHolder;
import org.fuliankg.domain.text.Span;
import org.fuliankg.extract.text.SourceSpans;

/** The officials read so far, one record per person, and for each statement's last name the body and title of its
 * last post (a list's next entry may continue them). */
public final class HolderRecords {

    public final Map<String, PostHolder> byName = new LinkedHashMap<>();
    /** For a name that ends a statement, the body of that statement's last post. */
    public final Map<Integer, Organisation> bodyOfHolderEndingAt = new HashMap<>();
    /** The same body as the text wrote it. */
    public final Map<Integer, String> formOfHolderEndingAt = new HashMap<>();
    /** And that post's title. */
    public final Map<Integer, String> titleOfHolderEndingAt = new HashMap<>();
    private final Page page;

    public HolderRecords(Page page) {
        this.page = page;
    }

    /** Every official read, in the order first read. */
    public List<PostHolder> holders() {
        return List.copyOf(byName.values());
    }

    /** True when {@code name} already holds a post whose longer title ends with {@code title} (副主席 for 主席). */
    public boolean colloquialOfStated(String name, String title) {
        PostHolder holder = byName.get(name);
        return holder != null && holder.posts().stream().anyMatch(p -> p.organisation() != null
                && !p.position().equals(title) && p.position().endsWith(title));
    }

    /** True when {@code shortPost} is {@code full}'s post written with a level letter (市委 for 武穴市委). */
    private static boolean abbreviationOf(Post shortPost, Post full) {
        String form = shortPost.bodyWritten();
        if (form == null || form.isEmpty() || WordsBeforeTitle.LEVEL_LETTERS.indexOf(form.charAt(0)) < 0
                || !shortPost.position().equals(full.position()) || full.organisation() == null
                || shortPost.organisation() == null) {
            return false;
        }
        String name = full.organisation().name();
        return name.length() > form.length() && name.endsWith(form) && !name.equals(shortPost.organisation().name());
    }

    private static boolean sameBody(Post a, Post b) {
        return a.organisation() != null && b.organisation() != null
                && a.organisation().name().equals(b.organisation().name());
    }

    /** One record per person: posts from every statement about them, without repeats. */
    public void add(String name, List<Post> posts, int start, int end) {
        PostHolder before = byName.get(name);
        List<Post> merged = new ArrayList<>(before == null ? List.of() : before.posts());
        for (Post p : posts) {
            boolean known = merged.stream().anyMatch(m -> m.position().equals(p.position())
                    && (p.organisation() == null || m.organisation() != null
                    && m.organisation().name().equals(p.organisation().name())));
            // 金某主席 for a 副主席 of the same body is a colloquial short form: the stated title stays
            boolean shortForm = merged.stream().anyMatch(m -> sameBody(m, p) && m.position().endsWith(p.position()));
            // 武穴市委副书记甲 … 市委副书记甲致辞: the abbreviation is the body already named in full for this post
            boolean abbreviated = merged.stream().anyMatch(m -> abbreviationOf(p, m));
            if (known || shortForm || abbreviated) continue;
            merged.removeIf(m -> m.position().equals(p.position()) && m.organisation() == null
                    || sameBody(m, p) && p.position().endsWith(m.position()) || abbreviationOf(m, p));
            merged.add(p);
        }
        if (!posts.isEmpty() && posts.get(posts.size() - 1).organisation() != null) {
            bodyOfHolderEndingAt.put(end, posts.get(posts.size() - 1).organisation());
            formOfHolderEndingAt.put(end, posts.get(posts.size() - 1).bodyWritten());
            titleOfHolderEndingAt.put(end, posts.get(posts.size() - 1).position());
        }
        Span span = before != null && before.posts().size() >= posts.size()
                ? before.span() : SourceSpans.of(page.text, start, end);
        byName.put(name, new PostHolder(name, List.copyOf(merged), span));
    }
}
