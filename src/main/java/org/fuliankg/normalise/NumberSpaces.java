package org.fuliankg.normalise;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spaces inside numbers: before a 万/亿/千/百 unit ({@code 3 万元} → {@code 3万元}) and between thousands groups
 * ({@code 12 345名} → {@code 12345名}). A thousands group is exactly three digits after at most three; so dates
 * and times such as {@code 2023-05-12 09:31} or {@code 2022 100名} keep their space.
 */
final class NumberSpaces extends Deletion {
    private static final Pattern THOUSANDS_GROUP = Pattern.compile("[0-9]{3}(?![0-9:.\\-/])");

    NumberSpaces() {
        super(Pattern.compile("(?<=[0-9])[ \\t]+(?=[0-9万亿千百])"), " \t");
    }

    @Override
    boolean deletes(Matcher match, String text) {
        if (!Character.isDigit(text.charAt(match.end()))) return true; // a unit follows
        int digitsBefore = 0;
        for (int i = match.start() - 1; i >= 0 && isAsciiDigit(text.charAt(i)); i--) digitsBefore++;
        int runStart = match.start() - digitsBefore;
        boolean groupBefore = digitsBefore <= 3 && (runStart == 0 || !isNumberPart(text.charAt(runStart - 1)));
        return groupBefore && THOUSANDS_GROUP.matcher(text).region(match.end(), text.length()).lookingAt();
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Characters that make the digits before the space part of a date, time or decimal rather than a group. */
    private static boolean isNumberPart(char c) {
        return c == ':' || c == '.' || c == '-' || c == '/';
    }
}
