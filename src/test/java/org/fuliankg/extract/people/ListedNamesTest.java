package org.fuliankg.extract.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.TreeSet;
import org.fuliankg.domain.people.PostHolder;
import org.fuliankg.extract.PipelineFacts;
import org.junit.jupiter.api.Test;

/**
 * Officials found by name (issue 19, names missed entirely on unseen pages): list entries after a heading word,
 * with spaces or a note in parentheses before the mark, titles of Hong Kong and Taiwan bodies, names before a
 * title in a list, a verb after a name. Whom they serve is not asserted here. Names are invented.
 */
class ListedNamesTest {

    private static Set<String> names(String text) {
        Set<String> out = new TreeSet<>();
        for (PostHolder p : PipelineFacts.run(text).officials()) out.add(p.name());
        return out;
    }

    @Test
    void aListAfterItsHeadingWordsWithSpacesBeforeTheMark() {
        var n = names("第六屆副會長名單包括：鄺詠儀、嚴佩華 、馮巧玲、歐陽秀清 、莊李慧珠等。");
        assertEquals(Set.of("邝咏仪", "严佩华", "冯巧玲", "欧阳秀清", "庄李慧珠"), n);
    }

    @Test
    void notesInParenthesesAfterListedNames() {
        assertEquals(Set.of("汤慧敏", "俞佳颖", "濮丽珍"), names("区妇联领导\n主席：汤慧敏 副主席： 俞佳颖 濮丽珍(兼职)\n"));
        assertEquals(Set.of("拉巴卓玛", "马秀英", "杨丽"),
                names("当选为副主席的是：拉巴卓玛（藏族）、马秀英（回族）、杨丽。县妇联副主席：拉巴卓玛（藏族）、马秀英（回族）、杨丽"));
    }

    @Test
    void aNoteBetweenTheNameAndTheVerb() {
        var n = names("会议选举产生了新一届领导班子，韦秀芬（女，壮族）当选为县妇联主席，覃丽（女）当选为副主席。");
        assertEquals(Set.of("韦秀芬", "覃丽"), n);
    }

    @Test
    void titlesOfHongKongAndTaiwanBodies() {
        var n = names("出席活動的特首鄒家明致辭。前副總統甘建國、立委蘇美雪、總會顧問溫淑貞等貴賓與會。");
        assertEquals(Set.of("邹家明", "甘建国", "苏美雪", "温淑贞"), n);
        // rarer surnames (辜, 鄢, 项) and a married name with one of them
        assertEquals(Set.of("辜严佩云", "鄢晓红"), names("拜會該會主委辜嚴佩雲女士。省妇联副主席鄢晓红出席。"));
    }

    @Test
    void namesBeforeTitlesInAList() {
        var n = names("歷經林玉琴創會理事長、江淑惠名譽理事長、潘美玲名譽理事長與現任童靜怡理事長的領導，該會已成為重要的婦女組織。");
        assertTrue(n.containsAll(Set.of("江淑惠", "潘美玲", "童静怡")), n.toString());
    }

    @Test
    void namesBetweenABodysWordAndTheTitleInAGuestList() {
        var n = names("出席大會的有縣長甘文彬、消防局彭世緯局長、地政局葉媚真局長、社會處童燊處長、金寧鄉楊忠民鄉長、"
                + "金城鎮代表會陳天佑主席、中國國民黨縣黨部主委石兆琳、服務中心執行長翁明達等嘉賓。");
        assertEquals(Set.of("甘文彬", "彭世纬", "叶媚真", "童燊", "杨忠民", "陈天佑", "石兆琳", "翁明达"), n);
        assertTrue(names("县政府办公室主任会议由县委组织部部长主持。").isEmpty());
    }

    @Test
    void aVerbAfterTheName() {
        assertTrue(names("洪湖市中医医院妇委会主任项晓丽入选。").contains("项晓丽"));
        assertTrue(names("代表团在沪期间，市妇联主席孟燕华宴请全团。").contains("孟燕华"));
        assertEquals(Set.of(), names("市妇联主任张家口宴请代表团。")); // a place, no name
    }

    @Test
    void aBodyAndTitleInAListEndItButAJoinedNameDoesNot() {
        // 会长甲、某市妇联副主席乙: 乙 is no 会长; a joined name the reader cannot read leaves the list going on
        var e = PipelineFacts.run("省巾帼志愿者协会会长陈允萍、福州市妇联副主席崔兰英、林小玲出席。").officials();
        for (PostHolder p : e) {
            if (p.name().equals("林小玲")) {
                assertTrue(p.posts().stream().noneMatch(post -> post.position().equals("会长")), p.toString());
            }
        }
        assertTrue(names("副主席 | 马丽、央金·多吉帕姆·德庆曲宗、韩秀兰 |").contains("韩秀兰"));
    }
}
