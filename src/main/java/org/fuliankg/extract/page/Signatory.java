package org.fuliankg.extract.page;

import java.util.List;

/**
 * A header line naming the author or interviewee of an item by organisation, title and name:
 * {@code 荆州市妇联党组书记、主席 王某某}, {@code ——访福州市妇联党组书记、主席林小燕}.
 *
 * @param organisation the organisation as written ({@code 新疆伊犁州妇联}), possibly empty
 * @param titles       the titles as written, in order ({@code 党组书记}, {@code 主席})
 * @param name         the person's name
 * @param start        normalised index of the organisation (or first title)
 * @param nameStart    normalised index of the name
 * @param end          normalised index after the name
 */
record Signatory(String organisation, List<String> titles, String name, int start, int nameStart, int end) {}
