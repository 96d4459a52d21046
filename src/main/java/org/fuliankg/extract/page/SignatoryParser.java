package org.fuliankg.extract.page;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises a header line that consists only of organisation + title(s) + name, as under the headline of a
 * signed commentary or an interview. Titles are the usual heads of bodies and their deputies; a full position
 * lexicon is not needed because the line must end in the name and carry no sentence punctuation.
 */
final class SignatoryParser {

    private static final String TITLE = "(?:党组|党委|党工委|党总支)?(?:常务)?副?(?:书记|主席|主任|会长|理事长|秘书长|部长|局长"
            + "|院长|校长|馆长|董事长|总经理|市长|县长|区长|州长|省长|镇长|乡长|所长|站长|处长|科长|社长|总编辑|代表|委员|执委)";
    private static final Pattern HEADER = Pattern.compile(
            "(?<lead>(?:——|—|--)?[■□●○◎◆◇★☆▲△\\s\\u3000]*(?:文/|访)?)(?<org>[^,，。:：!！?？;；“”\"]*?)"
                    + "(?<titles>" + TITLE + "(?:[、,，]" + TITLE + ")*)[\\s\\u3000]*(?<name>[\\p{IsHan}·]{2,4})");
    private static final int LONGEST_HEADER = 50;
    /** The last characters of {@link #TITLE}'s titles (the words of its last group): a line holding none is no
     * header, and the costly pattern (asked of every short line) is not tried. */
    private static final String TITLE_ENDS = java.util.Arrays.stream(
            TITLE.substring(TITLE.lastIndexOf("(?:") + 3, TITLE.length() - 1).split("\\|"))
            .map(w -> w.substring(w.length() - 1)).collect(java.util.stream.Collectors.joining());

    private static boolean holdsTitleEnd(String line) {
        for (int i = 0; i < line.length(); i++) if (TITLE_ENDS.indexOf(line.charAt(i)) >= 0) return true;
        return false;
    }

    /** The signatory if the whole line {@code line} (starting at normalised index {@code lineStart}) is one. */
    Optional<Signatory> parse(String line, int lineStart) {
        if (line.codePointCount(0, line.length()) > LONGEST_HEADER || !holdsTitleEnd(line)) return Optional.empty();
        Matcher m = HEADER.matcher(line);
        if (!m.matches()) return Optional.empty();
        String org = m.group("org").strip();
        var titles = Arrays.stream(m.group("titles").split("[、,，]")).toList();
        return Optional.of(new Signatory(org, titles, m.group("name"),
                lineStart + m.end("lead"), lineStart + m.start("name"), lineStart + m.end("name")));
    }
}
