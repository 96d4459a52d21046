package org.fuliankg.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WordTrieTest {

    /** 江 followed by 600 different characters: a node of many children, looked up through its table. */
    private static Map<String, Integer> manyAfterOneCharacter() {
        Map<String, Integer> words = new HashMap<>();
        for (int i = 0; i < 600; i++) words.put("江" + (char) ('\u4e00' + 7 * i), i);
        words.put("江" + (char) '\u4e00' + "市", 1000); // a longer word through a hashed child
        return words;
    }

    @Test
    void findsEveryWordBelowANodeOfManyChildrenAndNoOther() {
        WordTrie<Integer> trie = WordTrie.of(manyAfterOneCharacter());
        for (int i = 0; i < 600; i++) {
            String text = "在江" + (char) ('\u4e00' + 7 * i) + "。";
            assertEquals(i, trie.longestAt(text, 1).value(), text);
            assertEquals(2, trie.longestAt(text, 1).length());
            String other = "在江" + (char) ('\u4e00' + 7 * i + 1) + "。"; // between two words: none
            assertNull(trie.longestAt(other, 1), other);
            assertTrue(trie.startingAt(other, 1).isEmpty());
        }
    }

    @Test
    void longestWordFirstAndLongestAtAgrees() {
        Map<String, Integer> words = manyAfterOneCharacter();
        words.put("江", 2000);
        WordTrie<Integer> trie = WordTrie.of(words);
        String text = "江" + (char) '\u4e00' + "市妇联";
        List<WordTrie.Hit<Integer>> hits = trie.startingAt(text, 0);
        assertEquals(List.of(3, 2, 1), hits.stream().map(WordTrie.Hit::length).toList());
        assertEquals(1000, trie.longestAt(text, 0).value());
        assertEquals(3, trie.longestAt(text, 0).length());
        assertNull(trie.longestAt(text, text.length()));
        assertNull(trie.longestAt("妇联", 0));
    }

    @Test
    void endingsAreReadBackwards() {
        Map<String, Integer> words = new HashMap<>();
        for (int i = 0; i < 100; i++) words.put((char) ('\u4e00' + 3 * i) + "协会", i);
        words.put("会", 500);
        WordTrie<Integer> trie = WordTrie.ofEndings(words);
        String text = "某" + (char) ('\u4e00' + 30) + "协会";
        List<WordTrie.Hit<Integer>> hits = trie.endingAt(text, text.length());
        assertEquals(List.of(3, 1), hits.stream().map(WordTrie.Hit::length).toList());
        assertEquals(10, hits.get(0).value());
    }
}
