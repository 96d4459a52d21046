package org.fuliankg.cli.console;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TerminalProgressTest {

    @Test
    void lineShowsCountShareRateAndTimeLeft() {
        assertEquals("500/2,000 documents (25%), 50.0 docs/s, 30 s left   ", TerminalProgress.line(500, 2000, 10));
        assertEquals("2,000/2,000 documents (100%), 40.0 docs/s, done   ", TerminalProgress.line(2000, 2000, 50));
    }

    @Test
    void durationsReadAsSecondsMinutesOrHours() {
        assertEquals("45 s", TerminalProgress.duration(44.6));
        assertEquals("3 min 05 s", TerminalProgress.duration(185));
        assertEquals("1 h 02 min", TerminalProgress.duration(3720));
    }
}
