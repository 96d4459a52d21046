package org.fuliankg.ledger;

import java.util.List;
import java.util.Optional;
import org.fuliankg.domain.money.FundingRole;

/**
 * The ledger's measures as a reader meets them: the code of {@code queries/funding-ledger.rq} (its ?measure), a
 * plain name, and the funding roles summed into it, said in one line. {@code LedgerMeasureTest} proves the roles
 * equal those the query sums into each measure.
 */
public enum LedgerMeasure {
    RECEIVED("received", "筹集与拨付", "raised, donated or allocated",
            List.of(FundingRole.RAISED, FundingRole.DONATED, FundingRole.ALLOCATED, FundingRole.VALUE_OF_GOODS),
            "文中说募集、捐赠、拨付（由妇联或政府拨给项目或受助者）的资金，及捐赠物资的价值。",
            "Money the text says was raised (募集), donated (捐赠) or allocated (拨付: paid by a federation or a "
                    + "government to the programme or its beneficiaries), and the value of goods given (物资价值)."),
    SPENT("spent", "发放与投入", "disbursed or spent",
            List.of(FundingRole.DISBURSED, FundingRole.SPENT),
            "文中说发放、投入的资金；与上一项分开，因为发放的多是筹集来的钱。",
            "Money the text says was disbursed (发放) or spent (投入); kept apart from the above, since it mostly "
                    + "pays out money raised."),
    LOANS("loans", "贷款", "loans",
            List.of(FundingRole.LOAN),
            "文中说发放的贷款（如巾帼创业贷）。",
            "Loans the text says were granted (贷款), e.g. business loans to women."),
    TOTAL("total", "累计（用途未述）", "running total, role not said",
            List.of(),
            "旧版数据库中用途只记为“累计”的数字。",
            "Running totals of stores built before a running total kept its role: the text's action is not known.");

    private final String code;
    private final String zh;
    private final String en;
    private final List<FundingRole> roles;
    private final String explanationZh;
    private final String explanationEn;

    LedgerMeasure(String code, String zh, String en, List<FundingRole> roles, String explanationZh,
                  String explanationEn) {
        this.code = code;
        this.zh = zh;
        this.en = en;
        this.roles = roles;
        this.explanationZh = explanationZh;
        this.explanationEn = explanationEn;
    }

    /** As in {@link LedgerRow#measure()}. */
    public String code() { return code; }

    /** The Chinese name alone (for narrow table cells): 筹集与拨付. */
    public String zh() { return zh; }

    /** A plain name: 筹集与拨付 / raised, donated or allocated. */
    public String label() { return zh + " / " + en; }

    /** The funding roles summed into this measure (none for {@code total}, which is a role of its own). */
    public List<FundingRole> roles() { return roles; }

    /** One line: which roles it covers, in Chinese and English. */
    public String explanation() { return explanationZh + " " + explanationEn; }

    /** The measure of a row's code; empty for {@code not-summed}. */
    public static Optional<LedgerMeasure> of(String code) {
        for (LedgerMeasure m : values()) if (m.code.equals(code)) return Optional.of(m);
        return Optional.empty();
    }
}
