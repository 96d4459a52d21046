package org.fuliankg.domain.org;

/** Administrative level of an organisation; {@code INDUSTRY} for sector federations (直播行业妇联). */
public enum OrgLevel {
    NATIONAL, PROVINCE, PREFECTURE, COUNTY, TOWNSHIP, VILLAGE, INDUSTRY;

    public String code() { return name().toLowerCase(java.util.Locale.ROOT); }
}
