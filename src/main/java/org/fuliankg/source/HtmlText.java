package org.fuliankg.source;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The visible text of an HTML page: what a reader sees in the article. Scripts, styles, navigation, page header
 * and footer and comments are dropped; block elements become line breaks; character entities are decoded.
 * A careful hand-written extraction (the JDK has no HTML parser): it expects pages, not arbitrary SGML.
 */
final class HtmlText {
    private static final Pattern HTML_START = Pattern.compile(
            "^\\s*(<\\?xml[^>]*>\\s*)?(<!--.*?-->\\s*)*<(!doctype\\s+html|html)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern ANY_TAG = Pattern.compile("</?[a-zA-Z][a-zA-Z0-9]*\\b[^<>]*>");
    /** Text with this many tags in its first part is markup even without an html element. */
    private static final int MANY_TAGS = 20;
    private static final int SNIFF_CHARS = 4096;

    private static final Pattern COMMENT = Pattern.compile("<!--.*?(-->|$)", Pattern.DOTALL);
    private static final Pattern INVISIBLE = Pattern.compile(
            "<(script|style|noscript|template|head|nav|header|footer|iframe|svg|select|button|form)\\b[^>]*>.*?</\\1\\s*>",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern DECLARATION = Pattern.compile("<[!?][^>]*>");
    private static final Pattern BLOCK_TAG = Pattern.compile(
            "</?(p|div|br|h[1-6]|li|ul|ol|dl|dt|dd|tr|table|thead|tbody|section|article|aside|main|blockquote|pre"
                    + "|hr|figure|figcaption|caption|address|center)\\b[^>]*>",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CELL_TAG = Pattern.compile("</?(td|th)\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern SPACES = Pattern.compile("[ \\t\\r\\n\\f]+");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,10});");
    private static final Map<String, String> NAMED_ENTITIES = Map.ofEntries(
            Map.entry("nbsp", "\u00A0"), Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("amp", "&"),
            Map.entry("quot", "\""), Map.entry("apos", "'"), Map.entry("ldquo", "“"), Map.entry("rdquo", "”"),
            Map.entry("lsquo", "‘"), Map.entry("rsquo", "’"), Map.entry("mdash", "—"), Map.entry("ndash", "–"),
            Map.entry("hellip", "…"), Map.entry("middot", "·"), Map.entry("times", "×"), Map.entry("copy", "©"),
            Map.entry("reg", "®"), Map.entry("emsp", "\u2003"), Map.entry("ensp", "\u2002"),
            Map.entry("thinsp", "\u2009"), Map.entry("bull", "•"), Map.entry("laquo", "«"), Map.entry("raquo", "»"),
            Map.entry("yen", "¥"), Map.entry("deg", "°"));
    /** Line-start indentation of Chinese pages (&nbsp;, ideographic spaces) and trailing spaces. */
    private static final Pattern LINE_EDGES = Pattern.compile("(?m)^[ \\u00A0\\u3000\\u2002\\u2003]+|[ \\u00A0\\u3000]+$");
    private static final Pattern EMPTY_LINES = Pattern.compile("\\n{2,}");

    private HtmlText() {}

    static boolean isHtml(String text) {
        String head = text.substring(0, Math.min(text.length(), SNIFF_CHARS));
        if (HTML_START.matcher(head).find()) return true;
        Matcher tags = ANY_TAG.matcher(head);
        int count = 0;
        while (count < MANY_TAGS && tags.find()) count++;
        return count >= MANY_TAGS;
    }

    static String visibleText(String html) {
        String text = COMMENT.matcher(html).replaceAll(" ");
        text = INVISIBLE.matcher(text).replaceAll(" ");
        text = DECLARATION.matcher(text).replaceAll(" ");
        text = SPACES.matcher(text).replaceAll(" "); // source line breaks mean nothing in HTML
        text = BLOCK_TAG.matcher(text).replaceAll("\n");
        text = CELL_TAG.matcher(text).replaceAll(" ");
        text = ANY_TAG.matcher(text).replaceAll("");
        text = decodeEntities(text);
        text = LINE_EDGES.matcher(text).replaceAll("");
        text = EMPTY_LINES.matcher(text).replaceAll("\n");
        return text.strip();
    }

    private static String decodeEntities(String text) {
        return ENTITY.matcher(text).replaceAll(match -> Matcher.quoteReplacement(entity(match.group(1), match.group())));
    }

    private static String entity(String name, String whole) {
        if (name.startsWith("#")) {
            boolean hex = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X');
            int cp = Integer.parseInt(name.substring(hex ? 2 : 1), hex ? 16 : 10);
            return Character.isValidCodePoint(cp) && cp != 0 ? Character.toString(cp) : whole;
        }
        return NAMED_ENTITIES.getOrDefault(name, whole);
    }
}
