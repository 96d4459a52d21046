package org.fuliankg.extract.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Arrays;
import java.util.List;
import org.fuliankg.domain.text.DateOrigin;
import org.fuliankg.domain.text.SourcedDate;
import org.junit.jupiter.api.Test;

/** Where a page's and its items' dates come from when the text's own dates and the page's source meet. */
class PageDatesTest {

    private static final LocalDate MARCH_8 = LocalDate.of(2023, 3, 8);
    private static final Instant CAPTURED = Instant.parse("2024-06-01T08:00:00Z");

    private static ItemDating lead(MonthDay day, boolean recently) {
        return new ItemDating(null, null, day, null, recently, 0);
    }

    @Test
    void theMetadataDatesAPageWhoseTextStatesNoPublicationLine() {
        var dates = new PageDates(null, List.of(lead(MonthDay.of(3, 7), false), lead(null, true)), MARCH_8, CAPTURED);
        assertEquals(new SourcedDate("2023-03-08", DateOrigin.METADATA), dates.document());
        // the lead's day takes the metadata's year; 近日 is the page's day, approximately
        assertEquals(Arrays.asList(new SourcedDate("2023-03-07", DateOrigin.LEAD),
                new SourcedDate("2023-03-08", DateOrigin.APPROXIMATE)), dates.items());
    }

    @Test
    void aTextLineBeatsTheMetadataAndADayOfDecemberInAJanuaryPageIsOfTheYearBefore() {
        var dates = new PageDates(LocalDate.of(2023, 1, 2), List.of(lead(MonthDay.of(12, 30), false)), MARCH_8, null);
        assertEquals(new SourcedDate("2023-01-02", DateOrigin.PUBLICATION_LINE), dates.document());
        assertEquals(List.of(new SourcedDate("2022-12-30", DateOrigin.LEAD)), dates.items());
    }

    @Test
    void anArchivedPageNothingElseDatesHasItsCaptureDateAndANoYearLeadDatesNothing() {
        var dates = new PageDates(null, List.of(lead(MonthDay.of(9, 23), false)), null, CAPTURED);
        assertEquals(new SourcedDate("2024-06-01", DateOrigin.CAPTURED), dates.document());
        // the capture date holds for the page; a day the text gives without its year is not read against it
        assertEquals(List.of(new SourcedDate("2024-06-01", DateOrigin.CAPTURED)), dates.items());
        assertNull(new PageDates(null, List.of(lead(MonthDay.of(9, 23), false)), null, null).document());
    }
}
