package org.fuliankg.lexicon;

import java.util.ArrayList;
import java.util.BitSet;
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

    /** Children sorted by character, scanned when they are few; when many, also a table by character hash (open
     * addressing), as a word is looked for at nearly every position of a text and a binary search among hundreds of
     * children was the costliest step. The value of the word ending here, or null. */
    private static final class Node {
        private static final int FEW = 8;

        final char[] labels;
        final Node[] children;
        final Object value;
        /** For many children: child {@code slotChildren[i]} has label {@code slots[i]}; null slots are empty. */
        private final char[] slots;
        private final Node[] slotChildren;
        private final int shift;

        Node(char[] labels, Node[] children, Object value) {
            this.labels = labels;
            this.children = children;
            this.value = value;
            if (labels.length <= FEW) {
                slots = null;
                slotChildren = null;
                shift = 0;
                return;
            }
            int bits = 32 - Integer.numberOfLeadingZeros(labels.length * 2 - 1); // at most half full
            slots = new char[1 << bits];
            slotChildren = new Node[1 << bits];
            shift = 32 - bits;
            for (int i = 0; i < labels.length; i++) {
                int s = slot(labels[i]);
                while (slotChildren[s] != null) s = (s + 1) & (slots.length - 1);
                slots[s] = labels[i];
                slotChildren[s] = children[i];
            }
        }

        private int slot(char c) {
            return (c * 0x9E3779B9) >>> shift;
        }

        Node child(char c) {
            if (slots == null) {
                for (int i = 0; i < labels.length && labels[i] <= c; i++) if (labels[i] == c) return children[i];
                return null;
            }
            for (int s = slot(c); ; s = (s + 1) & (slots.length - 1)) {
                Node n = slotChildren[s];
                if (n == null || slots[s] == c) return n;
            }
        }
    }

    private final Node root;
    /** The characters words start with: a word is looked for at every position of a text, and most positions start
     * none, so the first test is a read of this small set (a table of the root's children by character, 256 kB a
     * lexicon, stayed out of the processor's caches, as the segmenter's dictionaries need them too). */
    private final BitSet firstCharacters = new BitSet();
    private final boolean backwards;

    private WordTrie(Node root, boolean backwards) {
        this.root = root;
        this.backwards = backwards;
        for (char c : root.labels) firstCharacters.set(c);
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

    /** The longest word starting at {@code pos}, or null. Asked at every position of texts: no list is made. */
    @SuppressWarnings("unchecked")
    public Hit<V> longestAt(CharSequence text, int pos) {
        if (backwards) throw new IllegalStateException("a trie of endings finds words ending at a position");
        if (pos >= text.length() || !firstCharacters.get(text.charAt(pos))) return null;
        Object value = null;
        int length = 0;
        Node node = root;
        for (int i = 0; i < text.length() - pos; i++) {
            char c = text.charAt(pos + i);
            node = node.child(c);
            if (node == null) break;
            if (node.value != null) {
                value = node.value;
                length = i + 1;
            }
        }
        return value == null ? null : new Hit<>(length, (V) value);
    }

    @SuppressWarnings("unchecked")
    private List<Hit<V>> hits(CharSequence text, int from, int available) {
        if (available <= 0 || !firstCharacters.get(backwards ? text.charAt(from - 1) : text.charAt(from))) return List.of();
        List<Hit<V>> found = null;
        Node node = root;
        for (int i = 0; i < available; i++) {
            char c = backwards ? text.charAt(from - 1 - i) : text.charAt(from + i);
            node = node.child(c);
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

    /** A node while words are added; frozen into sorted arrays (and a table by hash when its children are many). */
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
