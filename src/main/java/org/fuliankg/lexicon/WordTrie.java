package org.fuliankg.lexicon;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The words of a lexicon as a character trie, to find every word written at a position of a text by walking
 * the text once instead of cutting out and hashing one substring per possible length. Read-only once built,
 * so threads may share it.
 *
 * @param <V> what a word stands for
 */
public final class WordTrie<V> {

    /** A word found in a text: its length and what it stands for. */
    public record Hit<V>(int length, V value) {}

    /** Children sorted by character for a binary search (a scan when they are few); the value of the word ending
     * here, or null. */
    private static final class Node {
        private static final int FEW = 8;

        final char[] labels;
        final Node[] children;
        final Object value;

        Node(char[] labels, Node[] children, Object value) {
            this.labels = labels;
            this.children = children;
            this.value = value;
        }

        Node child(char c) {
            if (labels.length <= FEW) {
                for (int i = 0; i < labels.length && labels[i] <= c; i++) if (labels[i] == c) return children[i];
                return null;
            }
            int i = Arrays.binarySearch(labels, c);
            return i < 0 ? null : children[i];
        }
    }

    /** The root's children indexed by character: a word is looked for at every position of a text, and most
     * positions start none, so the first step is an array read rather than a binary search among thousands. */
    private final Node[] firstStep = new Node[Character.MAX_VALUE + 1];
    private final boolean backwards;

    private WordTrie(Node root, boolean backwards) {
        this.backwards = backwards;
        for (int i = 0; i < root.labels.length; i++) firstStep[root.labels[i]] = root.children[i];
    }

    /** A trie of the words of {@code words} (keys) read from their first character. */
    public static <V> WordTrie<V> of(Map<String, V> words) {
        return new WordTrie<>(build(words, false), false);
    }

    /** A trie of the words of {@code words} read from their last character, for {@link #endingAt}. */
    public static <V> WordTrie<V> ofEndings(Map<String, V> words) {
        return new WordTrie<>(build(words, true), true);
    }

    /** The words that start at {@code pos} of {@code text}, longest first. */
    public List<Hit<V>> startingAt(CharSequence text, int pos) {
        if (backwards) throw new IllegalStateException("a trie of endings finds words ending at a position");
        return hits(text, pos, text.length() - pos);
    }

    /** The words that end just before {@code end} of {@code text}, longest first. */
    public List<Hit<V>> endingAt(CharSequence text, int end) {
        if (!backwards) throw new IllegalStateException("a trie of beginnings finds words starting at a position");
        return hits(text, end, end);
    }

    /** The longest word starting at {@code pos}, or null. */
    public Hit<V> longestAt(CharSequence text, int pos) {
        List<Hit<V>> hits = startingAt(text, pos);
        return hits.isEmpty() ? null : hits.get(0);
    }

    @SuppressWarnings("unchecked")
    private List<Hit<V>> hits(CharSequence text, int from, int available) {
        List<Hit<V>> found = null;
        Node node = null;
        for (int i = 0; i < available; i++) {
            char c = backwards ? text.charAt(from - 1 - i) : text.charAt(from + i);
            node = i == 0 ? firstStep[c] : node.child(c);
            if (node == null) break;
            if (node.value != null) {
                if (found == null) found = new ArrayList<>(2);
                found.add(0, new Hit<>(i + 1, (V) node.value));
            }
        }
        return found == null ? List.of() : found;
    }

    private static Node build(Map<String, ?> words, boolean backwards) {
        Draft top = new Draft();
        for (Map.Entry<String, ?> w : words.entrySet()) {
            if (w.getKey().isEmpty() || w.getValue() == null) throw new IllegalArgumentException("empty word or value");
            String word = backwards ? new StringBuilder(w.getKey()).reverse().toString() : w.getKey();
            Draft d = top;
            for (int i = 0; i < word.length(); i++) d = d.children.computeIfAbsent(word.charAt(i), c -> new Draft());
            d.value = w.getValue();
        }
        return top.freeze();
    }

    /** A node while words are added; frozen into sorted arrays, whose lookup is a binary search over a few characters. */
    private static final class Draft {
        final TreeMap<Character, Draft> children = new TreeMap<>();
        Object value;

        Node freeze() {
            char[] labels = new char[children.size()];
            Node[] nodes = new Node[children.size()];
            int i = 0;
            for (var e : children.entrySet()) {
                labels[i] = e.getKey();
                nodes[i++] = e.getValue().freeze();
            }
            return new Node(labels, nodes, value);
        }
    }
}
