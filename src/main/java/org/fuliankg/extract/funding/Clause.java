package org.fuliankg.extract.funding;

/**
 * The clause of a sentence around a position: the text between the nearest clause marks (，；：。！？ and
 * their half-width forms). Roles, beneficiaries and subjects are read clause by clause.
 *
 * @param start inclusive index into the sentence
 * @param end   exclusive index
 */
public record Clause(int start, int end) {

    private static final String MARKS = ",，;；:：。!！?？\n";
    /** What may follow the digits of a number before its unit: 4万多, 1万三千多. */
    private static final String NUMBER_TAIL = ".万千百亿十九八七六五四三二一两余多";
    /** Units of dates, times and anniversaries: a number before them is no figure of a clause's own. */
    private static final String NOT_A_THING = "年月日号时点周届期-—/";

    /** The clause containing [from, to) of {@code sentence}. */
    public static Clause around(String sentence, int from, int to) {
        int s = from;
        while (s > 0 && !isMark(sentence, s - 1)) s--;
        int e = to;
        while (e < sentence.length() && !isMark(sentence, e)) e++;
        return new Clause(s, e);
    }

    /** Where the English sentence holding {@code at} starts: after the last full stop before a blank, else 0. */
    public static int englishSentenceStart(String sentence, int at) {
        for (int i = Math.min(at, sentence.length()) - 1; i > 0; i--) {
            if (sentence.charAt(i) == '.' && isMark(sentence, i)) return i + 1;
        }
        return 0;
    }

    /** Where the English sentence holding {@code at} ends: at the next full stop before a blank, else the end. */
    public static int englishSentenceEnd(String sentence, int at) {
        for (int i = Math.max(0, at); i < sentence.length(); i++) {
            if (sentence.charAt(i) == '.' && isMark(sentence, i)) return i;
        }
        return sentence.length();
    }

    /** A clause mark at {@code i}; on an English page a full stop before a blank too (the splitter keeps a paragraph
     * of English as one sentence), not the point of 2.5. */
    private static boolean isMark(String sentence, int i) {
        char c = sentence.charAt(i);
        return MARKS.indexOf(c) >= 0 && !thousands(sentence, i)
                || c == '.' && i + 1 < sentence.length() && sentence.charAt(i + 1) == ' ' && i > 0
                && Character.isLetter(sentence.charAt(i - 1)) && sentence.charAt(i - 1) < 0x80;
    }

    /** 1,249人次, 1,000萬美元: a half-width comma between a digit and three more (then no digit) sets thousands apart. */
    private static boolean thousands(String sentence, int i) {
        if (sentence.charAt(i) != ',' || i == 0 || i + 3 >= sentence.length()) return false;
        if (!isAsciiDigit(sentence.charAt(i - 1))) return false;
        for (int k = 1; k <= 3; k++) if (!isAsciiDigit(sentence.charAt(i + k))) return false;
        return i + 4 >= sentence.length() || !isAsciiDigit(sentence.charAt(i + 4));
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /**
     * The sentence with everything inside “…”, "…", 「…」 and 《…》 replaced by □, so that words inside programme
     * names (“爱心捐赠行动”, “家家幸福一元捐”) are not read as verbs or sums of the sentence. Quoted speech and quoted
     * rules (a span holding a clause mark, or a long one holding a sum: “我今年又贷了20万元，…”) are text of the
     * sentence and stay. Lengths and offsets
     * are unchanged.
     */
    public static String maskQuotes(String sentence) {
        StringBuilder b = new StringBuilder(sentence);
        for (int i = 0; i < b.length(); i++) {
            char close = closing(sentence, i);
            if (close == 0) continue;
            int end = sentence.indexOf(close, i + 1);
            if (end < 0) continue;
            if (!isSpeech(sentence, i + 1, end)) {
                for (int j = i + 1; j < end; j++) b.setCharAt(j, '□');
            }
            i = end;
        }
        return b.toString();
    }

    /**
     * True when [from, to) of a (quote-masked) sentence states a figure of its own: a number written in digits that
     * counts things ("新投放“母亲健康快车”190多辆", "完成“母亲邮包”100个"), not a date or an anniversary
     * ("2019年实施", "20周年").
     */
    static boolean statesFigure(String sentence, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isDigit(sentence.charAt(i)) || (i > from && isDigit(sentence.charAt(i - 1)))) continue;
            int j = i;
            while (j < to && (isDigit(sentence.charAt(j)) || NUMBER_TAIL.indexOf(sentence.charAt(j)) >= 0)) j++;
            if (j < to && NOT_A_THING.indexOf(sentence.charAt(j)) < 0) return true;
            i = j;
        }
        return false;
    }

    private static boolean isDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
    }

    private static char closing(String sentence, int i) {
        return switch (sentence.charAt(i)) {
            case '“' -> '”';
            case '《' -> '》';
            case '「' -> '」';
            case '"' -> '"';
            default -> 0;
        };
    }

    private static final String CLAUSE_MARKS = "，。；！？,;!?";
    /** Longer than a name: a quoted span this long holding a sum is a quoted rule, not a campaign like “一元捐”. */
    private static final int LONGEST_NAME = 12;

    private static boolean isSpeech(String sentence, int from, int to) {
        for (int j = from; j < to; j++) {
            if (CLAUSE_MARKS.indexOf(sentence.charAt(j)) >= 0) return true;
        }
        return to - from > LONGEST_NAME && sentence.substring(from, to).indexOf('元') >= 0;
    }

    /**
     * Whether the sum at [start, end) of {@code sentence} is part of a quoted name (“家家幸福一元捐”), rather than a
     * quoted sum on its own (人均“二元钱”).
     *
     * @param masked the sentence masked by {@link #maskQuotes}
     */
    public static boolean inQuotedName(String sentence, String masked, int start, int end) {
        if (masked.charAt(start) != '□') return false;
        int from = start;
        while (from > 0 && masked.charAt(from - 1) == '□') from--;
        int to = end;
        while (to < masked.length() && masked.charAt(to) == '□') to++;
        String rest = sentence.substring(from, start) + sentence.substring(end, to);
        return !rest.isEmpty() && !rest.equals("钱");
    }
}
