package org.fuliankg.extract.programme;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fuliankg.domain.programme.Programme;
import org.fuliankg.lexicon.Programmes;

/**
 * A quoted name right before a loan (“某某”无息贷款, “某某”创业小额贷款, “某某”小额信贷): the name of the loan scheme,
 * even when nothing in the quote says it is one. Whom the loans serve and their terms may stand between the quote and
 * 贷款; a list or a slogan in the quote (“甲、乙、丙”) or a 的 after it (“…”的小额信贷) describes the loans instead, and a
 * quote the lexicon reads is the lexicon's.
 */
final class QuotedLoanSchemes {

    private static final Pattern LOAN = Pattern.compile(
            "“(?<name>[\\p{IsHan}·]{2,10})”(?:妇女|女性|农户|创业|扶贫|无息|贴息|免息|小额|担保|微)*(?:贷款|信贷)");

    private final Programmes lexicon;

    QuotedLoanSchemes(Programmes lexicon) {
        this.lexicon = lexicon;
    }

    List<ProgrammeCandidate> find(String text) {
        List<ProgrammeCandidate> found = new ArrayList<>();
        if (text.indexOf('贷') < 0) return found; // most pages name no loan
        Matcher m = LOAN.matcher(text);
        while (m.find()) {
            String name = m.group("name");
            if (!lexicon.findIn(name).isEmpty()) continue;
            Programme p = new Programme(name, ProgrammeKinds.guess(name), false);
            found.add(new ProgrammeCandidate(m.start(), m.end(), p, m.group()));
        }
        return found;
    }
}
