package org.fuliankg.extract.people;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fuliankg.annotate.AnnotatedText;
import org.fuliankg.annotate.Sentence;
import org.fuliankg.annotate.Token;
import org.fuliankg.domain.Item;
import org.fuliankg.domain.people.Person;
import org.fuliankg.domain.people.PostHolder;
import org.fuliankg.extract.text.NameReader;
import org.fuliankg.extract.text.SourceSpans;
import org.fuliankg.extract.text.TextShape;
import org.fuliankg.lexicon.Surnames;

/**
 * Finds named people with no office (beneficiaries, entrepreneurs, artisans …): a name introduced as such (有位叫
 * 刘某英的大姐, 名叫赵晓红), a name after a describing noun (巾帼英雄孙玉兰, 早餐店周书华), an anonymised name
 * (阿某某), or a three-character name the segmenter tagged as a person. Officials and reporters are left out;
 * the segmenter's two-character person tags (党话, 余元, 强基) are too often wrong to count.
 */
public final class PersonFinder {

    /** Words that introduce a name. */
    private static final List<String> INTRODUCING = List.of("名叫", "叫做", "名为", "叫");
    /** Nouns that describe the person whose name follows (巾帼英雄孙玉兰, 茶叶女王李小红). */
    private static final List<String> DESCRIBING = List.of("英雄", "女王", "能手", "能人", "标兵", "模范", "达人",
            "带头人", "传承人", "创业者", "志愿者", "村民", "居民", "农民", "妇女", "母亲", "女童", "女孩", "学生", "老人",
            "大姐", "阿姨", "店主", "老板", "店", "户");
    private static final Pattern INTRODUCED = endingIn(INTRODUCING);
    private static final List<String> LEAD_IN_WORDS = java.util.stream.Stream.concat(INTRODUCING.stream(), DESCRIBING.stream()).toList();
    private static final Pattern DESCRIBED = endingIn(DESCRIBING);
    /**
     * The characters a text before a name can end with for those patterns to match: their words' last characters
     * and line terminators ({@code $} matches before a final one). Other positions skip the patterns, which are
     * costly when tried at every position of a text.
     */
    private static final String LEAD_IN_ENDS = lastCharacters(INTRODUCING) + lastCharacters(DESCRIBING)
            + "\n\r\u0085\u2028\u2029";
    /** 阿某某, 李某: names the text anonymised. */
    private static final Pattern ANONYMISED =
            Pattern.compile("(?<=[的，,、。：:\\s])(\\p{IsHan}{1,2}某某|\\p{IsHan}某(?=[，,、。；;的\\s]))");
    /** Endings that make a tagged "name" a form of address (廖姐, 王姨). */
    private static final String KINSHIP = "姐哥妈姨叔爷奶嫂婆伯";

    public List<Person> find(AnnotatedText text, List<Item> items, List<PostHolder> officials) {
        Set<String> excluded = new HashSet<>();
        officials.forEach(o -> excluded.add(o.name()));
        items.forEach(i -> i.reporters().forEach(r -> excluded.add(r.name())));
        String t = text.text().text();
        NameReader names = new NameReader(text);
        TextShape shape = new TextShape(text);
        Map<String, Person> found = new LinkedHashMap<>();
        for (int i = 1; i < t.length(); i++) {
            if (LEAD_IN_ENDS.indexOf(t.charAt(i - 1)) < 0) continue;
            if (!endsInWord(t, i)) continue;
            String before = t.substring(Math.max(0, i - 4), i);
            if (!INTRODUCED.matcher(before).find() && !DESCRIBED.matcher(before).find()) continue;
            var end = names.nameEndAt(i);
            if (end.isPresent()) add(found, excluded, text, shape, i, end.get());
        }
        for (Sentence s : text.sentences()) {
            for (Token tok : s.tokens()) {
                // the tag first: most tokens are no person, and the surname is looked up in a table
                if (tok.isPerson() && tok.word().length() == Surnames.get().surnameLengthAt(t, tok.start()) + 2
                        && names.isBoundary(tok.end())
                        && KINSHIP.indexOf(tok.word().charAt(tok.word().length() - 1)) < 0
                        && names.nameEndAt(tok.start()).filter(e -> e == tok.end()).isPresent()) {
                    add(found, excluded, text, shape, tok.start(), tok.end());
                }
            }
        }
        int anonymised = t.indexOf('某'); // every such name holds 某, two characters after its start at most
        if (anonymised >= 0) {
            Matcher m = ANONYMISED.matcher(t);
            for (boolean hit = m.find(Math.max(0, anonymised - 2)); hit; hit = m.find()) {
                add(found, excluded, text, shape, m.start(1), m.end(1));
            }
        }
        List<Person> people = new ArrayList<>(found.values());
        people.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
        return people;
    }

    /**
     * Whether a word of {@link #INTRODUCING} or {@link #DESCRIBING} ends at {@code end}, or before a line break ending
     * there (where {@code $} matches too): a cheap test before the patterns, which most positions fail.
     */
    private static boolean endsInWord(String t, int end) {
        int wordEnd = end;
        if (end >= 2 && t.startsWith("\r\n", end - 2)) wordEnd = end - 2;
        else if (end >= 1 && "\n\r\u0085\u2028\u2029".indexOf(t.charAt(end - 1)) >= 0) wordEnd = end - 1;
        for (String w : LEAD_IN_WORDS) {
            if (t.startsWith(w, wordEnd - w.length()) && wordEnd - w.length() >= Math.max(0, end - 4)) return true;
        }
        return false;
    }

    private static Pattern endingIn(List<String> words) {
        return Pattern.compile("(?:" + String.join("|", words) + ")$");
    }

    private static String lastCharacters(List<String> words) {
        StringBuilder last = new StringBuilder();
        for (String w : words) last.append(w.charAt(w.length() - 1));
        return last.toString();
    }

    /** Records the first mention of a name, described by the words of its phrase before it. A dictionary word
     * at the name's start (常态化 after 志愿者) shows it is no name. */
    private static void add(Map<String, Person> found, Set<String> excluded, AnnotatedText text, TextShape shape,
                            int start, int end) {
        String name = text.text().text().substring(start, end);
        if (excluded.contains(name) || found.containsKey(name) || shape.startsCommonWord(start)) return;
        int phrase = shape.phraseStart(start, 12);
        String description = phrase < start ? text.text().text().substring(phrase, start) : null;
        found.put(name, new Person(name, description, SourceSpans.of(text, start, end)));
    }
}
