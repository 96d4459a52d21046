package org.fuliankg.domain.org;

/** What kind of body an organisation is. */
public enum OrgType {
    FEDERATION, FOUNDATION, ASSOCIATION, COMPANY, MEDIA, GOVERNMENT, OTHER;

    /** The lower-case name used in queries and the gold files, e.g. {@code federation}. */
    public String code() { return name().toLowerCase(java.util.Locale.ROOT); }
}
