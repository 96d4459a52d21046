package org.fuliankg.extract.text;

import org.fuliankg.annotate.AnnotatedText;
import org.fuliankg.annotate.Token;

/** Clause boundaries and word classes of a text, as the organisation readers need them. */
public final class TextShape {

    /** Characters that end a phrase: an organisation name never spans one. */
    private static final String DELIMITERS = "，,。；;：:、\n\r“”\"‘’《》【】!！?？ \t　·…—";
    /** Word classes that never occur inside a name: prepositions, conjunctions, adverbs, pronouns, particles,
     * punctuation, and plain verbs (坚持, 推动; verbal nouns such as 发展 stay). */
    /** The tag of 之 joining two parts of a name (绿之韵, 爱之源): no function word there. */
    private static final String JOINING_ZHI = "uzhi";
    private static final String[] NON_NAME_TAGS = {"p", "c", "d", "r", "u", "w", "y", "e", "o", "v", "vi", "vf",
            "vshi", "vyou", "ad"};

    private static final java.util.regex.Pattern DESCRIBING = java.util.regex.Pattern.compile(
            "届|首个|首家|一个|一家|唯一|每个|全市|全县|全区|全省|全镇|市级|县级|省级|镇级|村级|这|该|本届|其他|其它|各");

    public final String text;
    private final TokenIndex tokenByStart;
    private final TokenIndex tokenByEnd;

    public TextShape(AnnotatedText annotated) {
        this.text = annotated.text().text();
        this.tokenByStart = TokenIndex.starts(annotated);
        this.tokenByEnd = TokenIndex.ends(annotated);
    }

    /** Characters before 市/县 … that make them part of a word (城市, 全市, 各县, 社区) rather than an abbreviation
     * of the place a passage is about (市妇联, 县民政局). */
    private static final String NOT_BEFORE_ABBREVIATION = "城全都各上下超夜门股集州省市县区社园辖景片校地灾震山矿牧林郊特";

    /** True when an abbreviation such as 市 written after {@code c} can stand for the passage's place. */
    public static boolean mayPrecedeAbbreviation(char c) {
        return NOT_BEFORE_ABBREVIATION.indexOf(c) < 0;
    }

    public static boolean isDelimiter(char c) {
        return DELIMITERS.indexOf(c) >= 0;
    }

    /** Start of the phrase that ends at {@code end}: after the last delimiter, at most {@code max} back.
     * A 、 inside parentheses (县(市、区)) does not end a phrase. */
    public int phraseStart(int end, int max) {
        int depth = 0;
        int i = end - 1;
        for (; i >= 0 && end - i <= max; i--) {
            char c = text.charAt(i);
            if (c == ')' || c == '）') depth++;
            else if (c == '(' || c == '（') {
                if (depth == 0) break;
                depth--;
            } else if (isDelimiter(c) && !(depth > 0 && c == '、')) break;
        }
        return i + 1;
    }

    /** True when no word wholly inside [start, end) is of a class that cannot be part of a name. */
    public boolean isNominal(int start, int end) {
        return isNominal(start, end, false);
    }

    /** As {@link #isNominal(int, int)}, but one-character verbs pass: the segmenter cuts unknown place names
     * such as 递铺 into single characters tagged as verbs. */
    public boolean isPlaceLike(int start, int end) {
        return isNominal(start, end, true);
    }

    private boolean isNominal(int start, int end, boolean singleVerbs) {
        for (int i = start; i < end; i++) {
            if (isDelimiter(text.charAt(i))) return false;
            Token t = tokenByStart.get(i);
            if (t == null || t.end() > end) continue;
            if (singleVerbs && t.word().length() == 1 && t.tag().startsWith("v")) continue;
            if (t.tag().equals(JOINING_ZHI) && i > start && t.end() < end) continue; // 绿之韵集团: 之 inside a brand
            // 爱之源集团: the one character before that 之 is the brand's, whatever its tag alone
            if (t.word().length() == 1 && joiningZhiAt(t.end()) && t.end() + 1 < end) continue;
            for (String tag : NON_NAME_TAGS) {
                boolean verb = tag.startsWith("v");
                if (t.tag().equals(tag) || (!verb && tag.length() == 1 && t.tag().startsWith(tag))) {
                    return false;
                }
            }
        }
        return true;
    }

    private boolean joiningZhiAt(int pos) {
        Token t = tokenByStart.get(pos);
        return t != null && t.tag().equals(JOINING_ZHI);
    }

    /** True when a word ends at {@code pos} that is a verb or preposition (成立|直播行业妇联). */
    public boolean followsVerb(int pos) {
        Token t = tokenByEnd.get(pos);
        return t != null && (t.tag().startsWith("v") && !t.tag().startsWith("vn") || t.tag().startsWith("p"));
    }

    /** True when a word of two or more characters that is not a personal name starts at {@code pos}. */
    public boolean startsCommonWord(int pos) {
        Token t = tokenByStart.get(pos);
        return t != null && t.word().length() >= 2 && !t.isPerson();
    }

    /** True when a verb of two or more characters starts at {@code pos} (成立社区妇联: 成立 is no village). */
    public boolean startsVerb(int pos) {
        Token t = tokenByStart.get(pos);
        return t != null && t.word().length() >= 2 && t.tag().startsWith("v");
    }

    /** True when a phrase describes or counts bodies rather than naming one (首个, 唯一一家, 县级, 该, 本届). */
    public static boolean describes(String phrase) {
        return DESCRIBING.matcher(phrase).find();
    }

    /** Start of the word ending at {@code end} that the segmenter takes for an organisation's name, or -1. */
    public int organisationWordStart(int end) {
        Token t = tokenByEnd.get(end);
        return t != null && t.tag().startsWith("nt") ? t.start() : -1;
    }

    /** The longest word the segmenter is asked about when looking for the one a position falls inside. */
    private static final int MAX_WORD = 4;

    /**
     * True when {@code pos} falls inside a verb of two or more characters the segmenter read (了解|村妇联 read as 了|解村妇联):
     * words starting there cut the verb, so they open no name.
     */
    public boolean insideVerb(int pos) {
        if (wordStartsAt(pos)) return false;
        for (int end = pos + 1; end <= Math.min(text.length(), pos + MAX_WORD); end++) {
            Token t = tokenByEnd.get(end);
            if (t != null && t.start() < pos) return t.tag().startsWith("v") && !t.tag().startsWith("vn");
        }
        return false;
    }

    public boolean wordStartsAt(int pos) {
        return tokenByStart.containsKey(pos);
    }
}
