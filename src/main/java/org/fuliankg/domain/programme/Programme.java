package org.fuliankg.domain.programme;

/**
 * A programme, campaign or named fund, as the text names it: 贫困母亲两癌救助, 低收入妇女两癌救助 and 阳光母亲 are
 * programmes of their own (national renamings over the years, provincial brands), each linked to the generic
 * class it belongs to.
 *
 * @param name    canonical Chinese name (春蕾计划, 低收入妇女两癌救助, 两癌救助, 99公益日 …)
 * @param kind    its kind
 * @param isFund  true for named funds (…基金)
 * @param broader canonical name of the generic programme it is a case of (两癌救助 for 低收入妇女两癌救助, 两癌筛查
 *                for 农村妇女两癌免费检查), or null
 */
public record Programme(String name, ProgrammeKind kind, boolean isFund, String broader) {

    /** A programme that is a class of its own (no broader one). */
    public Programme(String name, ProgrammeKind kind, boolean isFund) {
        this(name, kind, isFund, null);
    }
}
