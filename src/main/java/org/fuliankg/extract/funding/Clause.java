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
        while (s > 0 && MARKS.indexOf(sentence.charAt(s - 1)) < 0) s--;
        int e = to;
        while (e < sentence.length() && MARKS.indexOf(sentence.charAt(e)) < 0) e++;
        return new Clause(s, e);
    }

    /**
     * The sentence with everything inside “…”, "…" and 《…》 replaced by □, so that words inside programme names
     * (“爱心捐赠行动”) are not read as verbs of the sentence. Lengths and offsets are unchanged.
     */
    public static String maskQuotes(String sentence) {
        StringBuilder b = new StringBuilder(sentence);
        char close = 0;
        for (int i = 0; i < b.length(); i++) {
            char c = b.charAt(i);
            if (close != 0) {
                if (c == close) close = 0;
                else b.setCharAt(i, '□');
            } else if (c == '“') {
                close = '”';
            } else if (c == '《') {
                close = '》';
            } else if (c == '「') {
                close = '」';
            } else if (c == '"' && sentence.indexOf('"', i + 1) > 0) {
                close = '"';
            }
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
}
