package org.fuliankg.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SurnamesTest {

    private final Surnames surnames = Surnames.get();

    @Test
    void compoundSurnamesAreTwoCharacters() {
        assertEquals(2, surnames.surnameLengthAt("欧阳娜娜", 0));
        assertEquals(2, surnames.surnameLengthAt("副主席上官某某", 3));
        assertEquals(2, surnames.surnameLengthAt("司马", 0)); // at the text's end
    }

    @Test
    void theFirstCharacterOfACompoundAloneIsASurnameOnlyWhenListedAsOne() {
        assertEquals(1, surnames.surnameLengthAt("欧洲", 0)); // 欧 is a surname of its own
        assertEquals(1, surnames.surnameLengthAt("欧", 0));
        assertEquals(0, surnames.surnameLengthAt("上海", 0)); // 上 starts 上官 only
        assertEquals(0, surnames.surnameLengthAt("西安", 0));
        assertEquals(1, surnames.surnameLengthAt("王小红", 0));
        assertEquals(0, surnames.surnameLengthAt("王", 1));
    }
}
