package org.fuliankg.domain.money;

/** How exact a stated amount is: 余/多/超过 → at-least; 近/约/将近 → approximate; A-B → range. */
public enum Qualifier {
    EXACT, APPROXIMATE, AT_LEAST, RANGE;

    public String code() { return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'); }
}
