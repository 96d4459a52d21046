package org.fuliankg.normalise;

import java.util.regex.Pattern;

/**
 * Characters nobody sees that still break words apart: terminal colour codes, control characters, zero-width
 * spaces, soft hyphens and stray byte order marks ({@code 陈\u200B小红} → {@code 陈小红}).
 */
final class InvisibleCharacters extends Deletion {
    InvisibleCharacters() {
        super(Pattern.compile("\\x1B\\[[0-9;]*[A-Za-z]|[\\x00-\\x08\\x0B\\x0E-\\x1F\\x7F\\u200B\\u2060\\uFEFF\\u00AD]"));
    }
}
