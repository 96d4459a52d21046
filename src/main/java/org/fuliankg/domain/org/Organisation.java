package org.fuliankg.domain.org;

/**
 * An organisation as resolved in its document's context.
 *
 * @param name    canonical Chinese name; federations use the short 妇联 form with the full place name
 *                ({@code 成都市妇联}, {@code 阿坝藏族羌族自治州妇联}, {@code 全国妇联})
 * @param type    federation, foundation, …
 * @param level   administrative level, or null when unknown
 * @param region  the most specific place it belongs to, or null
 * @param generic true for class mentions that name no single body (村妇联, 县(市、区)妇联)
 * @param asWritten true for a body kept as the text wrote it before a title when no finder read it (某某大联盟),
 *                  with no place or level: known only within its document, like an unresolved short form
 */
public record Organisation(String name, OrgType type, OrgLevel level, Region region, boolean generic,
        boolean asWritten) {

    /** A body read by a finder or resolved in its document (not kept merely as written). */
    public Organisation(String name, OrgType type, OrgLevel level, Region region, boolean generic) {
        this(name, type, level, region, generic, false);
    }

    private static final java.util.regex.Pattern ABBREVIATED =
            java.util.regex.Pattern.compile("(?:自治区|自治州|省|市|州|县|区|乡|镇|村)\\S{1,12}");

    /**
     * True for a short form such as 市妇联 or 县委 whose place the text does not tell: the name is the surface form
     * and the body is known only within its document; so is a body kept as written.
     */
    public boolean unresolved() {
        return asWritten || region == null && !generic && ABBREVIATED.matcher(name).matches();
    }
}
