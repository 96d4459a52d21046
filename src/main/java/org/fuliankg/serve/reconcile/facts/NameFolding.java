package org.fuliankg.serve.reconcile.facts;

import java.util.Locale;
import java.util.regex.Pattern;
import org.fuliankg.normalise.TextNormaliser;

/**
 * Brings a name written by a user and a name in the graph to one form before they are compared: the repairs the
 * texts got when they were read (traditional characters to simplified, full-width to half-width, invisible
 * characters …), without spaces or quote marks, 妇女联合会 as 妇联 (the graph's form), Latin in lower case.
 */
public final class NameFolding {

    private static final TextNormaliser NORMALISER = new TextNormaliser();
    private static final Pattern DROPPED = Pattern.compile("[\\s\"'“”‘’「」『』《》〈〉()（）]+");

    private NameFolding() {}

    public static String fold(String name) {
        String folded = DROPPED.matcher(NORMALISER.normalise(name).text()).replaceAll("");
        return folded.replace("妇女联合会", "妇联").toLowerCase(Locale.ROOT);
    }

    /**
     * The words of a name for the full-text index: letters and digits only, so that nothing in a name is read as
     * Lucene query syntax (quotes, brackets, AND/OR are gone or in lower case).
     */
    public static String searchWords(String folded) {
        StringBuilder words = new StringBuilder();
        folded.codePoints().forEach(c -> words.appendCodePoint(Character.isLetterOrDigit(c) ? c : ' '));
        return words.toString().strip();
    }
}
