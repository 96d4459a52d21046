package org.fuliankg.cli.console;

import java.io.PrintStream;
import java.util.Locale;
import org.fuliankg.build.BuildProgress;

/**
 * Shows how far a build is on one line of an interactive terminal, rewritten in place about twice a second:
 * documents done / total, rate and time left. Not used when the output goes to a file or CI log, which get only
 * the summary line at the end.
 */
public final class TerminalProgress implements BuildProgress {

    private static final long REDRAW_NANOS = 500_000_000L;

    private final PrintStream terminal;
    private final long start = System.nanoTime();
    private long lastDrawn;

    private TerminalProgress(PrintStream terminal) {
        this.terminal = terminal;
    }

    /** Progress on {@code err} when the program runs on an interactive terminal, otherwise none. */
    public static BuildProgress on(PrintStream err) {
        return System.console() != null ? new TerminalProgress(err) : BuildProgress.NONE;
    }

    @Override
    public void documentDone(int done, int total) {
        long now = System.nanoTime();
        boolean finished = done >= total;
        if (!finished && now - lastDrawn < REDRAW_NANOS) return;
        lastDrawn = now;
        terminal.print("\r" + line(done, total, (now - start) / 1e9) + (finished ? "\n" : ""));
        terminal.flush();
    }

    /** E.g. {@code "500/2,000 documents (25%), 50.0 docs/s, 30 s left"}. */
    static String line(int done, int total, double seconds) {
        double rate = seconds > 0 ? done / seconds : 0;
        String left = done >= total ? "done" : rate > 0 ? duration((total - done) / rate) + " left" : "";
        return String.format(Locale.ROOT, "%,d/%,d documents (%d%%), %.1f docs/s, %s", done, total,
                total == 0 ? 100 : 100L * done / total, rate, left).stripTrailing()
                + "   "; // blanks over the end of a longer previous line
    }

    /** E.g. "45 s", "3 min 05 s", "1 h 02 min". */
    static String duration(double seconds) {
        long s = Math.round(seconds);
        if (s < 60) return s + " s";
        if (s < 3600) return String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60);
        return String.format(Locale.ROOT, "%d h %02d min", s / 3600, s % 3600 / 60);
    }
}
