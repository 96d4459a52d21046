package org.fuliankg.extract.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.TreeMap;
import org.fuliankg.domain.org.Organisation;
import org.fuliankg.domain.people.Post;
import org.fuliankg.domain.people.PostHolder;
import org.fuliankg.extract.PipelineFacts;
import org.junit.jupiter.api.Test;

/**
 * What the text says happened to a post (issue 14): elected, re-elected, appointed, acting, former or only stated,
 * read from the verb of the statement; and short-form bodies whose place the text does not tell stay unresolved.
 * Names and places are invented.
 */
class PostEventsTest {

    /** name → "position@organisation:event" for every post. */
    private static Map<String, String> events(String text) {
        Map<String, String> out = new TreeMap<>();
        for (PostHolder p : PipelineFacts.run(text).officials()) {
            StringBuilder b = new StringBuilder();
            for (Post post : p.posts()) {
                if (!b.isEmpty()) b.append(' ');
                b.append(post.position()).append('@')
                        .append(post.organisation() == null ? null : post.organisation().name())
                        .append(':').append(post.event().code());
            }
            out.put(p.name(), b.toString());
        }
        return out;
    }

    @Test
    void electedAfterTheNamesAndContinuedAfterAComma() {
        var e = events("安岳讯 11月3日，安岳县第十五次妇女代表大会闭幕。岳秋容当选为县妇联主席，孔小芸、傅丽君当选为兼职副主席。");
        assertEquals("主席@安岳县妇联:elected", e.get("岳秋容"));
        assertEquals("兼职副主席@安岳县妇联:elected", e.get("孔小芸"));
        assertEquals("兼职副主席@安岳县妇联:elected", e.get("傅丽君"));
    }

    @Test
    void electedAsByAVerbBeforeTheNames() {
        var e = events("崇州讯 执委会议选举丁慧敏为崇州市妇联主席，邵婉清为副主席。");
        assertEquals("主席@崇州市妇联:elected", e.get("丁慧敏"));
        assertEquals("副主席@崇州市妇联:elected", e.get("邵婉清"));
    }

    @Test
    void reElectedAppointedActingAndFormer() {
        var e = events("秦州讯 4月7日，秦州区妇联召开执委会议。温丽娟再次当选为秦州区妇联主席。会议任命董婧为秦州区妇联副主席。"
                + "区妇联代理主席邱晓燕主持会议，原区人大常委会副主任韩立新出席会议。");
        assertEquals("主席@秦州区妇联:re-elected", e.get("温丽娟"));
        assertEquals("副主席@秦州区妇联:appointed", e.get("董婧"));
        assertEquals("主席@秦州区妇联:acting", e.get("邱晓燕"));
        assertEquals("副主任@秦州区人大常委会:former", e.get("韩立新"));
    }

    @Test
    void aStatedPostHasNoEvent() {
        var e = events("宜昌讯 宜昌市妇联副主席胡静怡一行来到夷陵区调研。");
        assertEquals("副主席@宜昌市妇联:stated", e.get("胡静怡"));
    }

    @Test
    void aShortFormWithNoPlaceIsKeptUnresolved() {
        var f = PipelineFacts.run("市妇联召开执委会议。会议增选石佩琳为市妇联第十一届副主席。");
        Organisation body = f.officials().stream().filter(p -> p.name().equals("石佩琳")).findFirst()
                .orElseThrow().posts().get(0).organisation();
        assertEquals("市妇联", body.name());
        assertTrue(body.unresolved(), "no place in the text: the body keeps its surface form, marked unresolved");
    }
}
