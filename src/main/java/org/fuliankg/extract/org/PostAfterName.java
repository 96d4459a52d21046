package org.fuliankg.extract.org;

import org.fuliankg.extract.text.TextShape;
import org.fuliankg.lexicon.Positions;

/**
 * 某某体育会会长某某, 某区民政事务处专员某某, 某某茶场场长: a post written right after a name that ends in a body's
 * word says the name is a body's, whatever its first words (a district, a brand, a club's own name) and with no
 * place of the divisions before it. A few words of rank may stand between the name and the post (高级联络主任,
 * 执行董事), so long as no clause's mark (的, 了, 和 …) stands among them.
 */
final class PostAfterName {

    /** How many words of rank may come between a body's name and its post. */
    private static final int MAX_RANK = 4;

    private PostAfterName() {}

    /** True when a post starts at {@code end}, or after a few words of rank that start there. */
    static boolean follows(TextShape shape, int end) {
        String t = shape.text;
        for (int k = 0; k <= MAX_RANK && end + k < t.length(); k++) {
            // 高级联络主任: rank words, the segmenter's verbs among them (联络); a clause's marks end them
            if (k > 0 && (!Character.isIdeographic(t.charAt(end + k - 1)) || "的了在是和与及".indexOf(t.charAt(end + k - 1)) >= 0)) {
                return false;
            }
            var title = Positions.get().titleAt(t, end + k);
            if (title.isPresent() && title.get().end() - title.get().start() >= 2) return true;
        }
        return false;
    }
}
