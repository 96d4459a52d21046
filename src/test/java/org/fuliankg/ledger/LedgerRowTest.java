package org.fuliankg.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class LedgerRowTest {

    private static LedgerRow withLeftOut(List<String> leftOut) {
        return new LedgerRow(null, "", "", "", "?", "cumulative", "not-summed", null, null, null, 0, 0, "unknown", leftOut);
    }

    @Test
    void figuresLeftOutAreThoseListedOrTheCountThatStandsForThem() {
        assertEquals(0, withLeftOut(List.of()).leftOutFigures());
        assertEquals(2, withLeftOut(List.of("1200元 · 人均标准 (per-person standard, not money moved)",
                "3000元 · 待遇 (pay or allowance standard, not money moved)")).leftOutFigures());
        // a long list is one entry counting its figures
        assertEquals(947, withLeftOut(List.of("947 figures left out (too many to list: each is in the fundings table)"))
                .leftOutFigures());
        // the note on several cumulative totals leaves no figure out
        assertEquals(1, withLeftOut(List.of("largest of 3 cumulative totals of this period (they may hold the same money)",
                "5万元 · 预算 (budget, not money moved)")).leftOutFigures());
    }
}
