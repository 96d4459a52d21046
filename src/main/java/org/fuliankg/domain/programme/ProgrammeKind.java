package org.fuliankg.domain.programme;

/** Kind of programme, as in the gold conventions. */
public enum ProgrammeKind {
    TWO_CANCER, SPRING_BUD, PUBLICITY, FAMILY, CHILD_FRIENDLY, RURAL, OTHER;

    /** e.g. {@code two-cancer}, {@code spring-bud}. */
    public String code() { return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'); }
}
