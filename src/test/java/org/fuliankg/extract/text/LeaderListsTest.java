package org.fuliankg.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Map;
import java.util.TreeMap;
import org.fuliankg.domain.org.OrganisationMention;
import org.fuliankg.domain.people.Post;
import org.fuliankg.domain.people.PostHolder;
import org.fuliankg.extract.DocumentFacts;
import org.fuliankg.extract.PipelineFacts;
import org.junit.jupiter.api.Test;

/** Lists of leaders named by their level only (市领导甲、乙出席): whose leaders they are. Names are invented. */
class LeaderListsTest {

    /** Each official's posts as position@body. */
    private static Map<String, String> posts(DocumentFacts facts) {
        Map<String, String> out = new TreeMap<>();
        for (PostHolder p : facts.officials()) {
            StringBuilder s = new StringBuilder();
            for (Post q : p.posts()) s.append(q.position()).append('@').append(q.organisation() == null ? "" : q.organisation().name());
            out.put(p.name(), s.toString());
        }
        return out;
    }

    @Test
    void aListAfterTheLevelsLeadersHoldsThatPlacesLeadership() {
        DocumentFacts facts = PipelineFacts.run("南通市第十三次妇女代表大会开幕。市委书记顾承宇出席，市领导梁晓舟、范丽清、姚启明出席。");
        Map<String, String> posts = posts(facts);
        assertEquals("书记@南通市委", posts.get("顾承宇"));
        assertEquals("市领导@南通市", posts.get("梁晓舟"));
        assertEquals("市领导@南通市", posts.get("姚启明"));
        // the place itself is no organisation named
        assertFalse(facts.organisations().stream().map(OrganisationMention::organisation).anyMatch(o -> o.name().equals("南通市")));
    }

    @Test
    void aListWhosePlaceTheTextNeverNamesGivesNobody() {
        Map<String, String> posts = posts(PipelineFacts.run("县妇女第十一次代表大会召开。县领导张春明、夏丽、刘登高等参加。"));
        assertFalse(posts.containsKey("张春明"));
        assertFalse(posts.containsKey("夏丽"));
    }

    @Test
    void theLeadershipAsABodyIsNoList() {
        Map<String, String> posts = posts(PipelineFacts.run("南通市召开会议，市领导班子成员王立新出席。市领导陈思远出席。"));
        assertFalse(posts.containsKey("王立新"));
        assertEquals("市领导@南通市", posts.get("陈思远"));
    }

    @Test
    void aSchoolsLeadersAndAGradedLevel() {
        Map<String, String> posts = posts(PipelineFacts.run(
                "汉中医护学院妇女联合会成立大会召开。校领导邵文川、莫立群出席。"));
        assertEquals("校领导@汉中医护学院", posts.get("邵文川"));
        assertEquals("校领导@汉中医护学院", posts.get("莫立群"));
        Map<String, String> graded = posts(PipelineFacts.run(
                "雅安市举行慈善义演。副市长贾文涛,现职市级领导覃秀兰,市政府妇儿工委领导成员参加活动。"));
        assertEquals("市级领导@雅安市", graded.get("覃秀兰"));
        // one name with no list mark after it is no guest list's entry
        assertFalse(posts(PipelineFacts.run("雅安市举行慈善义演。市级领导覃秀兰讲话。")).containsKey("覃秀兰"));
    }
}
