package org.fuliankg.normalise;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Labels spread out with spaces to align a list, as in yearbooks and staff lists: {@code 副 主 席:王晓燕} →
 * {@code 副主席:王晓燕}, {@code 主    席:周玉兰} → {@code 主席:周玉兰}. Only at the start of a line, only single
 * characters separated by spaces, and only when a colon follows, so names and headlines keep their spaces.
 */
final class SpacedLabels extends Deletion {
    private static final Pattern LABEL = Pattern.compile("\\p{IsHan}(?: +\\p{IsHan}){1,5} *[:：]");

    SpacedLabels() {
        super(Pattern.compile(" (?<=\\p{IsHan} ) *(?=\\p{IsHan})"), " ");
    }

    @Override
    boolean deletes(Matcher match, String text) {
        int lineStart = text.lastIndexOf('\n', match.start()) + 1;
        while (lineStart < match.start() && Character.isWhitespace(text.charAt(lineStart))) lineStart++;
        return LABEL.matcher(text).region(lineStart, text.length()).lookingAt();
    }
}
