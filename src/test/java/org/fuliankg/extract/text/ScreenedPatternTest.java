package org.fuliankg.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScreenedPatternTest {

    /** Expressions of the money roles' kinds: anchored at the end, behind a lookbehind, unreadable (. and \p{…}). */
    private static final List<String> EXPRESSIONS = List.of(
            "(?:每年|每年度|年均)将?(?:拿出|安排|列支)|预计$",
            "(?<!当场|现场)(?:决定|承诺)[^。；!！已了]{0,40}$",
            "(?<=^|[，。；])计划[^，。；]{0,4}?安排",
            "(?s).*(贷款|捐款)",
            "\\p{IsHan}{1,4}(?:处|科|室|办)",
            "^的?(?:纯|净|年)?收入");

    private static final List<String> TEXTS = List.of("", "预计", "今年预计", "每年将安排100万元", "当场决定捐出",
            "会上决定，", "计划安排", "，计划再安排", "先计划安排", "发放贷款", "组织二处", "的纯收入", "年收入");

    @Test
    void findsWhatTheMatcherFindsOnEveryText() {
        for (String regex : EXPRESSIONS) {
            ScreenedPattern screened = ScreenedPattern.compile(regex);
            for (String text : TEXTS) {
                assertEquals(screened.pattern().matcher(text).find(), screened.find(text), regex + " on " + text);
            }
        }
    }
}
