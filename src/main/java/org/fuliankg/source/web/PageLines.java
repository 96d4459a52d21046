package org.fuliankg.source.web;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The lines a browser would show for an element: a new line at every block element and {@code <br>}, whitespace
 * collapsed, and for each line the block it lies in and how much of it is link text (navigation and lists of
 * related news are mostly links; article paragraphs are not).
 */
final class PageLines {

    /** One displayed line: its text, the innermost block element holding it, and characters inside links. */
    record Line(String text, Element block, int linkChars) {
        /** Characters that carry content: letters (CJK included) and digits. */
        int contentChars() {
            int n = 0;
            for (int i = 0; i < text.length(); i++) if (Character.isLetterOrDigit(text.charAt(i))) n++;
            return n;
        }

        double linkDensity() {
            return text.isEmpty() ? 0 : Math.min(1.0, (double) linkChars / text.length());
        }
    }

    static final Set<String> BLOCKS = Set.of("html", "body", "p", "div", "section", "article", "main", "header",
            "footer", "aside", "nav", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "table",
            "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "blockquote", "pre", "figure", "figcaption",
            "address", "center", "form", "fieldset", "hr", "details", "summary", "option", "menu");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\r\\n\\f]+");
    /** Indentation of Chinese pages (&nbsp;, ideographic and other wide spaces) at line edges. */
    private static final Pattern EDGES = Pattern.compile("^[\\s\\u00A0\\u3000\\u2002\\u2003]+|[\\s\\u00A0\\u3000\\u2002\\u2003]+$");

    private PageLines() {}

    static List<Line> of(Element root) {
        List<Line> lines = new ArrayList<>();
        NodeTraversor.traverse(new NodeVisitor() {
            private final Deque<Element> blocks = new ArrayDeque<>(List.of(root));
            private final StringBuilder text = new StringBuilder();
            private int linkChars;
            private int linkDepth;

            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    String words = SPACES.matcher(t.getWholeText()).replaceAll(" ");
                    text.append(words);
                    if (linkDepth > 0) linkChars += words.strip().length();
                } else if (node instanceof Element e) {
                    String tag = e.normalName();
                    if (tag.equals("a")) linkDepth++;
                    if (tag.equals("br")) flush();
                    else if (BLOCKS.contains(tag) && e != root) {
                        flush();
                        blocks.push(e);
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e) {
                    String tag = e.normalName();
                    if (tag.equals("a")) linkDepth--;
                    if (BLOCKS.contains(tag) && e != root) {
                        flush();
                        blocks.pop();
                    }
                }
                if (node == root) flush();
            }

            private void flush() {
                String line = EDGES.matcher(text).replaceAll("");
                if (!line.isEmpty()) lines.add(new Line(line, blocks.peek(), Math.min(linkChars, line.length())));
                text.setLength(0);
                linkChars = 0;
            }
        }, root);
        return lines;
    }
}
