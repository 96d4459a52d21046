package org.fuliankg.extract.programme;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fuliankg.domain.programme.Programme;
import org.fuliankg.lexicon.Programmes;

/**
 * 打造了甲工程、乙工程、丙行动、丁等工作品牌; 派福包、甲基金和乙津贴等福利项目: a list that its sentence closes by what
 * its members are (品牌, 项目) names a programme in each member, also one written with no programme word (妈妈环保) —
 * once one member at least is a programme by its own word (…工程, …基金) or the lexicon's. A member of fewer than four
 * characters is a thing handed out (福包, 互助米), no scheme's name.
 */
final class ListedProgrammes {

    private static final Pattern CLOSE = Pattern.compile("等[^，,。；;！？!?\\n、]{0,12}?(?:工作品牌|品牌|项目)");
    private static final Pattern PROGRAMME_WORD = Pattern.compile("(?:工程|计划|行动|项目|基金)$");
    /** Words that open a list after its verb: 打造了, 开展, 实施, 以及, 包括, 推出. */
    private static final Pattern OPENING = Pattern.compile(
            "^.*?(?:打造了?|开展了?|实施了?|推出了?|推进|包括|以及|形成了?|创建了?|设立了?|拥有|通过|透过|如)");
    private static final String CLAUSE_START = "，,。；;：:！？!?\n";
    private static final Pattern MEMBER = Pattern.compile("[\\u4e00-\\u9fff·]{4,14}");
    private static final Pattern NOT_A_NAME = Pattern.compile("[的了着在是为]|活动$|^[该本各这那其]");
    private static final int MAX_LIST = 120;

    private final Programmes lexicon;

    ListedProgrammes(Programmes lexicon) {
        this.lexicon = lexicon;
    }

    List<ProgrammeCandidate> find(String text) {
        List<ProgrammeCandidate> found = new ArrayList<>();
        Matcher close = CLOSE.matcher(text);
        while (close.find()) {
            int start = close.start();
            while (start > 0 && close.start() - start < MAX_LIST && CLAUSE_START.indexOf(text.charAt(start - 1)) < 0) start--;
            List<int[]> members = members(text, start, close.start());
            if (members.size() < 2) continue;
            Matcher opening = OPENING.matcher(text).region(members.get(0)[0], members.get(0)[1]);
            if (opening.lookingAt()) members.set(0, new int[] {opening.end(), members.get(0)[1]});
            if (members.stream().noneMatch(m -> programme(text.substring(m[0], m[1])))) continue;
            for (int[] m : members) {
                String name = text.substring(m[0], m[1]);
                if (!MEMBER.matcher(name).matches() || NOT_A_NAME.matcher(name).find()) continue;
                Programme p = new Programme(name, ProgrammeKinds.guess(name), name.endsWith("基金"),
                        ProgrammeKinds.broader(name));
                found.add(new ProgrammeCandidate(m[0], m[1], p, name));
            }
        }
        return found;
    }

    /** The members of the list in [start, end): split at 、, and at 和 or 及 right after a programme's word. */
    private static List<int[]> members(String text, int start, int end) {
        List<int[]> members = new ArrayList<>();
        int from = start;
        for (int i = start; i <= end; i++) {
            boolean joined = i < end && "和及".indexOf(text.charAt(i)) >= 0
                    && PROGRAMME_WORD.matcher(text.substring(from, i)).find();
            if (i == end || text.charAt(i) == '、' || joined) {
                members.add(new int[] {from, i});
                from = i + 1;
            }
        }
        return members;
    }

    private boolean programme(String member) {
        return PROGRAMME_WORD.matcher(member).find()
                || lexicon.findIn(member).stream().anyMatch(k -> k.end() == member.length());
    }
}
