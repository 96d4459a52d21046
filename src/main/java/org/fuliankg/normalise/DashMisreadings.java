package org.fuliankg.normalise;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The second half of a Chinese dash ({@code ——}) read by OCR as the numeral 一: {@code 99公益—一春蕾计划} →
 * {@code 99公益——春蕾计划}. Only a 一 right after a single dash and before a Han character, so {@code ——一是}
 * (a full dash, then 一是) stays. One character for one.
 */
final class DashMisreadings implements Repair {
    private static final Pattern MISREAD = Pattern.compile("(?<![—])—(一)(?=\\p{IsHan})");

    @Override
    public TracedText apply(TracedText traced) {
        String text = traced.text();
        Matcher match = MISREAD.matcher(text);
        TracedText.Builder out = null;
        int kept = 0;
        while (match.find()) {
            if (out == null) out = traced.builder();
            out.keep(kept, match.start(1)).replace(match.start(1), "—");
            kept = match.end(1);
        }
        return out == null ? traced : out.keep(kept, text.length()).build();
    }
}
