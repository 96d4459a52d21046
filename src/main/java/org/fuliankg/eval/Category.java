package org.fuliankg.eval;

/** What is scored, with the gold file's key for it. */
public enum Category {
    OFFICIALS("officials"),
    /** Officials by name alone: found, whatever body they were bound to. */
    OFFICIAL_NAMES("officials"),
    REPORTERS("reporters"),
    ORGANISATIONS("orgs"),
    PROGRAMMES("programs"),
    FUNDINGS("fundings"),
    /** Funding figures by amount alone: found, whatever they were read to mean. */
    FUNDING_AMOUNTS("fundings"),
    /** Funding figures by amount, qualifier, role and whether they are a running total. */
    FUNDING_MEANING("fundings"),
    ITEMS("items");

    private final String goldKey;

    Category(String goldKey) {
        this.goldKey = goldKey;
    }

    /** The array of a gold document that holds this category. */
    public String goldKey() {
        return goldKey;
    }

    /** Funding figures: one gold fact per money expression, so the same key may stand twice. */
    public boolean isFigure() {
        return goldKey.equals("fundings");
    }

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
