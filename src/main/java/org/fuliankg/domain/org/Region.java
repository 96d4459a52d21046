package org.fuliankg.domain.org;

/**
 * An administrative division.
 *
 * @param code  GB/T 2260 six-digit code ({@code 510100} for 成都市); {@code 000000} for the whole country
 * @param name  full Chinese name, e.g. {@code 成都市}, {@code 阿坝藏族羌族自治州}
 * @param level {@code NATIONAL}, {@code PROVINCE}, {@code PREFECTURE} or {@code COUNTY}
 */
public record Region(String code, String name, OrgLevel level) {}
