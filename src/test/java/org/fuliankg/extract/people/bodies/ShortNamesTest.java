package org.fuliankg.extract.people.bodies;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** When a body written short is a body the page names in full (issue 19). Names are invented. */
class ShortNamesTest {

    @Test
    void aBureauOrCompanyWrittenShort() {
        assertTrue(ShortNames.abbreviates("文青局", "文化及青年事务局"));
        assertTrue(ShortNames.abbreviates("恒远集团", "恒远建设集团有限公司"));
        assertTrue(ShortNames.abbreviates("恒远建设集团", "恒远建设集团有限公司")); // only the legal form added
    }

    @Test
    void aLongerBodyStartingWithItIsAnother() {
        assertFalse(ShortNames.abbreviates("青峰市妇联", "青峰市妇联权益部"));
        assertFalse(ShortNames.abbreviates("恒远集团", "恒远集团妇联"));
    }

    @Test
    void theKindAndTheFirstCharacterMustAgree() {
        assertFalse(ShortNames.abbreviates("文青局", "文化及青年事务委员会")); // a 局 is no 委员会
        assertFalse(ShortNames.abbreviates("青局", "文化及青年事务局")); // not its first character
        assertFalse(ShortNames.abbreviates("文美局", "文化及青年事务局")); // a character it does not hold
    }
}
