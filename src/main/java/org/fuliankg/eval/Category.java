package org.fuliankg.eval;

/** What is scored, with the gold file's key for it. */
public enum Category {
    OFFICIALS("officials"),
    REPORTERS("reporters"),
    ORGANISATIONS("orgs"),
    PROGRAMMES("programs"),
    FUNDINGS("fundings"),
    ITEMS("items");

    private final String goldKey;

    Category(String goldKey) {
        this.goldKey = goldKey;
    }

    /** The array of a gold document that holds this category. */
    public String goldKey() {
        return goldKey;
    }

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
