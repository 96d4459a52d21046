package org.fuliankg.extract.text;

import java.util.ArrayList;
import java.util.List;
import org.fuliankg.annotate.AnnotatedText;
import org.fuliankg.domain.org.OrgLevel;
import org.fuliankg.domain.org.OrgType;
import org.fuliankg.domain.org.Organisation;
import org.fuliankg.domain.org.Region;
import org.fuliankg.domain.people.Post;
import org.fuliankg.domain.people.PostEvent;

/**
 * Lists of leaders named by their level only: {@code 县领导张某、夏某、刘某等参加}, {@code 区领导于某、周某，…},
 * {@code 市领导甲、乙出席}. The word 市领导 is the post each listed name holds, in the place the text speaks of (a
 * leader of its Party committee, congress, government or consultative conference: which one it does not say). A
 * list whose place the text never names gives nobody: whose leaders they are is unknown. The level may be written
 * with its grade (现职市级领导甲，…), and 校领导 lists the leaders of the school the page names (某某大学).
 */
public final class LeaderLists {

    /** A listed name [start, end) and the post the role word before the list gives it. */
    public record Listed(int start, int end, Post post) {}

    private static final String LEADERS = "领导";
    /** The levels a role word names (省领导, 市领导, 县领导, 区领导, 自治区领导 …). */
    private static final String LEVELS = "省市县区州盟旗镇乡";
    /** Words that make 领导 part of a longer word, no role before a name (领导班子, 领导干部, 领导小组). */
    private static final List<String> NOT_ROLES = List.of("班子", "干部", "小组", "同志", "人员", "机构", "职务", "成员");
    /** 市级领导, 县级领导: a level written with its grade. */
    private static final char GRADE = '级';
    /** 校领导, 学校领导: the leaders of the school the page names. */
    private static final char SCHOOL = '校';
    /** Marks after a guest list's entry. */
    private static final List<String> GUEST_LIST_MARKS = List.of("，", ",", "、", "；", ";");
    /** Words that make a single name a list (县领导张某出席, 市领导李某等). */
    private static final List<String> ONE_NAME_ENDS = List.of("等", "出席", "参加", "陪同", "到会", "应邀");

    private final AnnotatedText annotated;
    private final String text;
    private final NameReader names;
    private final PlaceContext places;

    public LeaderLists(AnnotatedText annotated, NameReader names, PlaceContext places) {
        this.annotated = annotated;
        this.text = annotated.text().text();
        this.names = names;
        this.places = places;
    }

    /** Every name of every such list whose place is known, in text order. */
    public List<Listed> names() {
        List<Listed> found = new ArrayList<>();
        for (int at = text.indexOf(LEADERS); at >= 0; at = text.indexOf(LEADERS, at + LEADERS.length())) {
            if (at == 0) continue;
            int from = at + LEADERS.length();
            if (startsAny(from, NOT_ROLES)) continue;
            // 市级领导甲: the level written with 级; 校领导甲、乙: the school the page names
            boolean graded = at >= 2 && text.charAt(at - 1) == GRADE && LEVELS.indexOf(text.charAt(at - 2)) >= 0;
            int letter = graded ? at - 2 : at - 1;
            Organisation body;
            if (text.charAt(at - 1) == SCHOOL) {
                var school = places.institutionNear(at - 1);
                if (school.isEmpty()) continue;
                body = new Organisation(text.substring(school.get().start(), school.get().end()), OrgType.OTHER,
                        OrgLevel.INDUSTRY, school.get().region(), false);
            } else {
                if (LEVELS.indexOf(text.charAt(letter)) < 0) continue;
                Region r = places.regionFor(letter, text.substring(letter, letter + 1));
                if (r == null) continue;
                body = new Organisation(r.name(), OrgType.GOVERNMENT, r.level(), r, false);
            }
            Post post = new Post(text.substring(letter, from), body, PostEvent.STATED, SourceSpans.of(annotated, letter, from));
            found.addAll(list(from, post, graded));
        }
        return found;
    }

    /** The names separated by 、 from {@code from}: two or more, or one closed by 等 or a verb of attending. */
    private List<Listed> list(int from, Post post, boolean graded) {
        List<Listed> list = new ArrayList<>();
        int p = from;
        while (true) {
            var end = names.nameEndAfterTitle(p);
            if (end.isEmpty() || !names.isBoundary(end.get())) break;
            list.add(new Listed(p, end.get(), post));
            int next = names.nextListEntry(end.get());
            if (next < 0) break;
            p = next;
        }
        // 现职市级领导甲，…: a graded role is a guest list's entry, closed by the list's mark
        boolean closed = list.size() >= 2 || list.size() == 1 && (startsAny(list.get(0).end(), ONE_NAME_ENDS)
                || graded && startsAny(list.get(0).end(), GUEST_LIST_MARKS));
        return closed ? list : List.of();
    }

    private boolean startsAny(int pos, List<String> words) {
        for (String w : words) {
            if (text.startsWith(w, pos)) return true;
        }
        return false;
    }
}
