package org.fuliankg.extract.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SignatoryParserTest {

    private final SignatoryParser parser = new SignatoryParser();

    @Test
    void readsOrganisationTitlesAndName() {
        Signatory s = parser.parse("新疆伊犁州妇联党组书记 袁绍伟", 10).orElseThrow();
        assertEquals("新疆伊犁州妇联", s.organisation());
        assertEquals(List.of("党组书记"), s.titles());
        assertEquals("袁绍伟", s.name());
        assertEquals(10, s.start());
        assertEquals(10 + "新疆伊犁州妇联党组书记 ".length(), s.nameStart());

        Signatory joined = parser.parse("广安市妇联党组书记、主席姚昕", 0).orElseThrow();
        assertEquals(List.of("党组书记", "主席"), joined.titles());
        assertEquals("姚昕", joined.name());

        Signatory interview = parser.parse("——访福州市妇联党组书记、主席林小燕", 0).orElseThrow();
        assertEquals("福州市妇联", interview.organisation());
        assertEquals(3, interview.start());

        assertEquals("王芳", parser.parse("□ 成都市女企业家协会会长 王芳", 0).orElseThrow().name());
    }

    @Test
    void sentencesAndHeadlinesAreNotSignatories() {
        assertTrue(parser.parse("宜春市妇联党组书记、主席易回香表示,要维护妇女权益。", 0).isEmpty());
        assertTrue(parser.parse("巾帼建新功 奋进新征程", 0).isEmpty());
    }
}
