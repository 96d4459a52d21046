package org.fuliankg.extract.org.beside;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.fuliankg.extract.DocumentFacts;
import org.fuliankg.extract.PipelineFacts;
import org.junit.jupiter.api.Test;

class ListedEnterprisesTest {

    /** A list whose first member is one character or none (a stray word or an empty slot before 、) once stopped the
     * whole document's extraction; its other members are still read. */
    @Test
    void aListOpeningWithAMemberTooShortForANameIsRead() {
        for (String text : new String[] {"活动后，蓝、白鹭光电有限公司等2家企业捐赠了物资。",
                "活动后，、白鹭光电有限公司等2家企业捐赠了物资。"}) {
            DocumentFacts facts = PipelineFacts.run(text);
            assertTrue(facts.organisations().stream().anyMatch(m -> m.organisation().name().equals("白鹭光电有限公司")),
                    text + " → " + facts.organisations());
        }
    }
}
