package org.fuliankg.extract.funding;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.fuliankg.domain.programme.Programme;
import org.fuliankg.domain.programme.ProgrammeKind;
import org.fuliankg.lexicon.ResourceLines;

/**
 * What a sum was for, as the words of its clause say (助学金, 救助金, 慰问金, 贷款, 收入: {@code money-purposes.tsv}),
 * and whether a programme named away from the sum (in the sentence before, or by its item) may be the sum's: a
 * scholarship on a page of 两癌 relief is not relief money, a loan total on a Spring Bud page is no Spring Bud money.
 */
final class SumPurposes {

    static final String TABLE = "/org/fuliankg/lexicon/money-purposes.tsv";

    private record Purpose(String name, Pattern clauseWords, Set<ProgrammeKind> kinds, Pattern nameWords, boolean own,
                           boolean named) {
        boolean of(Programme programme) {
            return kinds.contains(programme.kind()) || nameWords != null && nameWords.matcher(programme.name()).find();
        }
    }

    private static final List<Purpose> PURPOSES = purposes();

    private static List<Purpose> purposes() {
        List<Purpose> all = new ArrayList<>();
        for (String[] row : ResourceLines.read(SumPurposes.class, TABLE)) {
            Set<ProgrammeKind> kinds = EnumSet.noneOf(ProgrammeKind.class);
            if (!row[2].equals("-")) {
                for (String code : row[2].split(",")) {
                    kinds.add(ProgrammeKind.valueOf(code.strip().toUpperCase(Locale.ROOT).replace('-', '_')));
                }
            }
            all.add(new Purpose(row[0], Pattern.compile(row[1]), kinds,
                    row[3].equals("-") ? null : Pattern.compile(row[3]), row[4].equals("yes"), row[5].equals("yes")));
        }
        return List.copyOf(all);
    }

    private SumPurposes() {}

    /** The purposes the words of {@code text} in [from, to) name. */
    static List<String> named(String text, int from, int to) {
        List<String> named = new ArrayList<>();
        for (Purpose p : PURPOSES) {
            if (p.clauseWords().matcher(text).region(from, to).find()) named.add(p.name());
        }
        return named;
    }

    /** Whether {@code programme} serves the purpose named {@code purpose} (a row's first column), by kind or name. */
    static boolean serves(Programme programme, String purpose) {
        return PURPOSES.stream().anyMatch(p -> p.name().equals(purpose) && p.of(programme));
    }

    /**
     * Whether a programme named away from a sum may be the sum's, given the purposes its clause names: one of them
     * is the programme's; or none of them is marked own and the programme has no purpose (母亲邮包, 春风行动). A
     * programme with a purpose marked named (两癌 relief, a title awarded: 最美家庭) needs one of its purposes named
     * in the clause when it comes from the item (a gift of insurance on a page of 两癌 relief is not its money), not
     * when the sentence right before names it (…重视“两癌”母亲救助工作。…并向她们每人发放了1万元).
     *
     * @param fromItem whether the programme is the item's, not the sentence's right before
     */
    static boolean fits(Programme programme, List<String> clausePurposes, boolean fromItem) {
        if (programme == null) return true;
        boolean purposeless = true;
        boolean shares = false;
        boolean needsNamed = false;
        for (Purpose p : PURPOSES) {
            if (!p.of(programme)) continue;
            purposeless = false;
            shares |= clausePurposes.contains(p.name());
            needsNamed |= fromItem && p.named();
        }
        if (shares) return true;
        if (needsNamed) return false;
        if (clausePurposes.isEmpty()) return true;
        return purposeless && PURPOSES.stream().noneMatch(p -> p.own() && clausePurposes.contains(p.name()));
    }
}
