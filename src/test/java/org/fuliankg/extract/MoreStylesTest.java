package org.fuliankg.extract;

import static org.fuliankg.extract.PipelineFacts.officials;
import static org.fuliankg.extract.PipelineFacts.org;
import static org.fuliankg.extract.PipelineFacts.orgNames;
import static org.fuliankg.extract.PipelineFacts.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fuliankg.domain.org.OrgLevel;
import org.fuliankg.domain.org.Organisation;
import org.fuliankg.lexicon.Divisions;
import org.junit.jupiter.api.Test;

/**
 * More layouts and abbreviations from unseen news: township federations written 镇妇联 after the town is named,
 * leadership lists whose body is named in a heading or after the list, district short names in social-media
 * posts, 书记处 posts, and abbreviated federations of places the text never names.
 */
class MoreStylesTest {

    @Test
    void townshipFederationAbbreviatedAfterTheTownIsNamed() {
        var f = run("在湖北省恩施土家族苗族自治州利川市谋道镇，提起镇妇联主席向春燕，村民们都竖起大拇指。");
        Organisation town = org(f, "谋道镇妇联");
        assertEquals(OrgLevel.TOWNSHIP, town.level());
        assertFalse(town.generic());
        assertEquals("利川市", town.region().name());
        assertEquals(List.of("主席@谋道镇妇联"), officials(f).get("向春燕"));
    }

    @Test
    void townshipAndVillageFederationsOfATownNamedOnItsOwn() {
        var f = run("记者来到嘉鱼县官桥镇。镇妇联副主席陈红介绍，白果村妇联主席刘兰带领姐妹们种植茶叶。"
                + "走进石泉村，村妇联主席吴丽说，今年家家户户都增收了。");
        assertEquals(OrgLevel.TOWNSHIP, org(f, "官桥镇妇联").level());
        assertEquals(OrgLevel.VILLAGE, org(f, "石泉村妇联").level());
        Map<String, List<String>> o = officials(f);
        assertEquals(List.of("副主席@官桥镇妇联"), o.get("陈红"));
        assertEquals(List.of("主席@白果村妇联"), o.get("刘兰"));
        assertEquals(List.of("主席@石泉村妇联"), o.get("吴丽"));
    }

    @Test
    void leadershipListNamedAfterTheList() {
        var f = run("【领导班子】\n党组书记、主席：周红梅\n党组副书记、副主席：王晓丽\n副主席：李娜、赵敏（兼职）\n"
                + "以上为长春市妇联领导班子成员。");
        Map<String, List<String>> o = officials(f);
        assertEquals(List.of("党组书记@长春市妇联", "主席@长春市妇联"), o.get("周红梅"));
        assertEquals(List.of("党组副书记@长春市妇联", "副主席@长春市妇联"), o.get("王晓丽"));
        assertEquals(List.of("副主席@长春市妇联"), o.get("李娜"));
        assertEquals(List.of("副主席@长春市妇联"), o.get("赵敏"));
        assertEquals(4, o.size());
    }

    @Test
    void leadershipListUnderAHeadingWithMoreWords() {
        var f = run("洛阳市妇联领导班子\n主席：孟丽华\n副主席：郑燕、孙蕾（挂职）\n");
        assertEquals(Map.of("孟丽华", List.of("主席@洛阳市妇联"), "郑燕", List.of("副主席@洛阳市妇联"),
                "孙蕾", List.of("副主席@洛阳市妇联")), officials(f));
    }

    @Test
    void districtShortNameInAMentionAndItsAbbreviation() {
        var f = run("今天跟着@浦东妇联 去探访社区里的妇女之家，区妇联副主席顾敏说，这里每周都有活动。");
        Organisation pudong = org(f, "浦东新区妇联");
        assertEquals(OrgLevel.COUNTY, pudong.level());
        assertEquals(Map.of("顾敏", List.of("副主席@浦东新区妇联")), officials(f));
    }

    @Test
    void districtShortNameInAHashtag() {
        var f = run("#滨海妇联# 天津市滨海新区妇联举办家庭教育讲座，区妇联主席韩冰出席。");
        // written after its city, the district's federation keeps the city in its name, also as 区妇联
        assertEquals(Set.of("天津市滨海新区妇联"), orgNames(f));
        assertEquals(Map.of("韩冰", List.of("主席@天津市滨海新区妇联")), officials(f));
    }

    @Test
    void secretariatPosts() {
        var f = run("全国妇联党组书记、副主席、书记处第一书记黄晓薇出席会议，全国妇联副主席、书记处书记杨柳讲话。");
        Map<String, List<String>> o = officials(f);
        assertEquals(List.of("党组书记@全国妇联", "副主席@全国妇联", "书记处第一书记@全国妇联"), o.get("黄晓薇"));
        assertEquals(List.of("副主席@全国妇联", "书记处书记@全国妇联"), o.get("杨柳"));
    }

    @Test
    void abbreviatedFederationOfAnUnnamedPlaceKeepsItsOfficial() {
        var f = run("前不久，镇妇联主席孔秀梅带着志愿者走访了留守儿童家庭。");
        Organisation town = org(f, "镇妇联");
        assertTrue(town.generic());
        assertEquals(OrgLevel.TOWNSHIP, town.level());
        assertEquals(Map.of("孔秀梅", List.of("主席@镇妇联")), officials(f));
    }

    @Test
    void subdistrictAndTownshipFederationsAbbreviated() {
        var f = run("成都市武侯区红牌楼街道辖区内，街道妇联主席邓琳组织开展家庭教育讲座。"
                + "另据了解，地处大山深处的平武县木座乡，乡妇联主席王霞也把讲座开到了村里。");
        assertEquals(OrgLevel.TOWNSHIP, org(f, "红牌楼街道妇联").level());
        assertEquals("武侯区", org(f, "红牌楼街道妇联").region().name());
        assertEquals("平武县", org(f, "木座乡妇联").region().name());
        Map<String, List<String>> o = officials(f);
        assertEquals(List.of("主席@红牌楼街道妇联"), o.get("邓琳"));
        assertEquals(List.of("主席@木座乡妇联"), o.get("王霞"));
    }

    @Test
    void descriptionsOfVillagesAreNoNames() {
        var f = run("在贫困村和我们村，村妇联主席李芳带头办起了合作社。");
        assertEquals(Map.of("李芳", List.of("主席@村妇联")), officials(f));
    }

    @Test
    void headingWithCurrentLeadersAndAColon() {
        var f = run("苏州市妇女联合会现任领导：\n党组书记、主席：沈晓燕\n副主席：钱芳\n");
        assertEquals(Map.of("沈晓燕", List.of("党组书记@苏州市妇联", "主席@苏州市妇联"),
                "钱芳", List.of("副主席@苏州市妇联")), officials(f));
    }

    @Test
    void districtShortNamesBeforeTheFederation() {
        var f = run("周末，@嘉定妇联 和@闵行妇联 联合举办亲子阅读活动。");
        assertEquals(Set.of("嘉定区妇联", "闵行区妇联"), orgNames(f));
        assertEquals("上海市", Divisions.get().parent(org(f, "嘉定区妇联").region()).orElseThrow().name());
    }
}
