package org.fuliankg.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StructuredFormatTest {

    @Test
    void aJsonArrayIsData() {
        assertEquals("JSON data", StructuredFormat.of(bytes("[1, 2, 3]")));
        assertEquals("JSON data", StructuredFormat.of(bytes("[{\"a\": 1}]")));
        assertEquals("JSON data", StructuredFormat.of(bytes("[2.5e3]")));
    }

    @Test
    void aTextOpeningWithABracketedDateIsNews() {
        assertNull(StructuredFormat.of(bytes("[2019-03-01] 市妇联为困难母亲送温暖\n\n近日，市妇联送去慰问金2.5万元。\n")));
        assertNull(StructuredFormat.of(bytes("[2019年3月1日]市妇联召开执委会议\n")));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
