package org.fuliankg.extract.programme;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fuliankg.domain.programme.Programme;
import org.fuliankg.extract.text.FirstCharacters;
import org.fuliankg.lexicon.Programmes;

/**
 * Finds 两癌 (cervical and breast cancer) work: screening (两癌筛查) and relief (两癌救助) are two programmes, and a
 * combined mention ("“两癌”免费筛查和救助项目", "“两癌”筛查救助", "“两癌”筛查、救助") names both. "“两癌”患者" names
 * neither, unless they are given relief ("“两癌”患者发放救助金"); "“两癌”患病妇女救助项目" names relief; a talk on
 * "“两癌”防治知识" is no screening.
 */
public final class TwoCancerMentions {

    private static final String CANCERS = "(?:[“\"]?两癌[”\"]?|宫颈癌[、和与及]?乳腺癌|乳腺癌[、和与及]?宫颈癌)";
    /** Whom the relief is for, written between 两癌 and 救助: “两癌”患病妇女救助, “两癌”贫困妇女(省级彩票公益金)救助金. */
    private static final String RELIEVED = "(?:患病|贫困|困难|特困|低收入)?(?:妇女|母亲)(?:[（(][^）)\\n]{1,16}[）)])?(?:专项)?";
    /** Patients given relief money (为202名“两癌”患者发放救助金): the relief is named by what they are given. */
    private static final String PATIENTS_GIVEN = "(?:患者|患病妇女|患病母亲)(?:发放|送去|送上|送达|提供|申请|领取)";
    /** “两癌”(宫颈癌和乳腺癌)免费检查: what the cancers are, said in brackets between them and the work. */
    private static final String CANCERS_SAID = "(?:[（(][^）)\\n]{0,6}癌[^）)\\n]{0,6}[）)])?";
    private static final Pattern MENTION = Pattern.compile(CANCERS + CANCERS_SAID
            + "(?<screening>(?:免费)?(?:筛查|检查|普查|防治(?!知识)))?(?:[、和与及]|以及)?(?<relief>(?:免费)?救助|" + RELIEVED + "救助"
            + "|" + PATIENTS_GIVEN + "救助)?"
            + "(?<suffix>项目|工作|申报工作|宣教活动|资金|行动)?");
    private static final FirstCharacters MENTION_STARTS = FirstCharacters.of(MENTION.pattern());
    /** Relief named by its verb before the women it helps (救助“两癌”妇女, 资助贫困“两癌”母亲) or by 的救助 after them
     * (“两癌”妇女的救助活动). */
    private static final Pattern RELIEVING = Pattern.compile("(?:救助|资助)(?:低收入|贫困|困难|患病)?" + CANCERS
            + "(?:患病|贫困|困难|低收入)?(?:妇女|母亲|患者)|" + CANCERS + "(?:患病|贫困|困难|低收入)?(?:妇女|母亲|患者)的救助");
    private static final FirstCharacters RELIEVING_STARTS = FirstCharacters.of(RELIEVING.pattern());

    private final Programme screening;
    private final Programme relief;

    public TwoCancerMentions(Programmes lexicon) {
        screening = lexicon.byName("两癌筛查");
        relief = lexicon.byName("两癌救助");
    }

    public List<ProgrammeCandidate> find(String text) {
        List<ProgrammeCandidate> found = new ArrayList<>();
        FirstCharacters.Matches mentions = MENTION_STARTS.matches(MENTION, text);
        Matcher m = mentions.matcher();
        while (mentions.find()) {
            boolean screens = m.group("screening") != null;
            boolean relieves = m.group("relief") != null;
            if (!screens && !relieves) continue;
            int end = relieves ? m.end("relief") : m.end("screening");
            if (m.group("suffix") != null) end = m.end("suffix");
            String variant = text.substring(m.start(), end);
            if (screens) found.add(new ProgrammeCandidate(m.start(), end, screening, variant));
            if (relieves) found.add(new ProgrammeCandidate(m.start(), end, relief, variant));
        }
        FirstCharacters.Matches relieving = RELIEVING_STARTS.matches(RELIEVING, text);
        Matcher r = relieving.matcher();
        while (relieving.find()) {
            if (found.stream().noneMatch(c -> c.overlaps(r.start(), r.end()))) {
                found.add(new ProgrammeCandidate(r.start(), r.end(), relief, r.group()));
            }
        }
        return found;
    }
}
