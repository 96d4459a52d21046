package org.fuliankg.normalise;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Personal names spread out with a space to align them in a layout: {@code 主席马 璐出席} → {@code 主席马璐出席}.
 * Only a single space after one character that follows a title or a list comma (、), and only when one or two characters
 * follow and then punctuation, a line end or a verb of attending or speaking, so that other spaced words stay.
 */
final class SpacedNames extends Deletion {
    private static final Pattern TITLE_BEFORE = Pattern.compile(
            "(?:主席|书记|部长|主任|会长|理事长|秘书长|局长|县长|市长|区长|镇长|乡长|委员|常委|调研员|巡视员|主委|院长|校长|"
            + "董事长|经理|组长|队长|、)\\p{IsHan}$");
    private static final Pattern NAME_REST = Pattern.compile(
            "\\p{IsHan}{1,2}(?=[^\\p{IsHan}]|$|同志|出席|主持|讲话|说|表示|指出|介绍|强调|致辞|代表|宣读|参加|作了|做了|当选)");

    SpacedNames() {
        super(Pattern.compile("[ 　](?<=\\p{IsHan}[ 　])(?=\\p{IsHan})"));
    }

    @Override
    boolean deletes(Matcher match, String text) {
        String before = text.substring(Math.max(0, match.start() - 6), match.start());
        return TITLE_BEFORE.matcher(before).find() && NAME_REST.matcher(text).region(match.end(), text.length()).lookingAt();
    }
}
