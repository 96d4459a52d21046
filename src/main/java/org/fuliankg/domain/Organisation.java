package org.fuliankg.domain;

/**
 * An organisation as resolved in its document's context.
 *
 * @param name    canonical Chinese name; federations use the short 妇联 form with the full place name
 *                ({@code 成都市妇联}, {@code 阿坝藏族羌族自治州妇联}, {@code 全国妇联})
 * @param type    federation, foundation, …
 * @param level   administrative level, or null when unknown
 * @param region  the most specific place it belongs to, or null
 * @param generic true for class mentions that name no single body (村妇联, 县(市、区)妇联)
 */
public record Organisation(String name, OrgType type, OrgLevel level, Region region, boolean generic) {}
