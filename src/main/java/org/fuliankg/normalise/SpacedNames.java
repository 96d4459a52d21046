package org.fuliankg.normalise;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Personal names spread out with a space to align them in a layout: {@code 主席马 璐出席} → {@code 主席马璐出席},
 * {@code 主席李某 某的手中} → {@code 主席李某某的手中}. Only a single space after one or two characters that follow a
 * title or a list comma (、), and only when the name's other characters follow (three at most in all) and then
 * punctuation, a line end, 的 or a verb of attending or speaking, so that other spaced words stay.
 */
final class SpacedNames extends Deletion {
    private static final Pattern TITLE_BEFORE = Pattern.compile(
            "(?:主席|书记|部长|主任|会长|理事长|秘书长|局长|县长|市长|区长|镇长|乡长|委员|常委|调研员|巡视员|主委|院长|校长|"
            + "董事长|经理|组长|队长|、)(\\p{IsHan}{1,2})$");
    private static final String NAME_END = "(?=[^\\p{IsHan}]|$|同志|出席|主持|讲话|说|表示|指出|介绍|强调|致辞|代表|宣读|参加|作了|做了|当选|的)";
    /** The rest of a name after one character before the space, and after two. */
    private static final Pattern NAME_REST = Pattern.compile("\\p{IsHan}{1,2}" + NAME_END);
    private static final Pattern LAST_CHARACTER = Pattern.compile("\\p{IsHan}" + NAME_END);

    SpacedNames() {
        super(Pattern.compile("[ 　](?<=\\p{IsHan}[ 　])(?=\\p{IsHan})"), " 　");
    }

    @Override
    boolean deletes(Matcher match, String text) {
        String before = text.substring(Math.max(0, match.start() - 6), match.start());
        Matcher title = TITLE_BEFORE.matcher(before);
        if (!title.find()) return false;
        Pattern rest = title.group(1).length() == 1 ? NAME_REST : LAST_CHARACTER;
        return rest.matcher(text).region(match.end(), text.length()).lookingAt();
    }
}
