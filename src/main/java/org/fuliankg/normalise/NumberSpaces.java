package org.fuliankg.normalise;

import java.util.regex.Pattern;

/** Spaces inside numbers (thousands groups, or before a 万/亿/千/百 unit): {@code 12 345名} → {@code 12345名}. */
final class NumberSpaces extends Deletion {
    NumberSpaces() {
        super(Pattern.compile("(?<=[0-9])[ \\t]+(?=[0-9万亿千百])"));
    }
}
