package org.fuliankg.extract;

import static org.fuliankg.extract.PipelineFacts.officials;
import static org.fuliankg.extract.PipelineFacts.org;
import static org.fuliankg.extract.PipelineFacts.orgNames;
import static org.fuliankg.extract.PipelineFacts.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.fuliankg.domain.org.OrgLevel;
import org.fuliankg.domain.org.OrgType;
import org.junit.jupiter.api.Test;

/** Short texts in styles the seeds do not have, each with the organisations and officials a reader expects. */
class OtherStylesTest {

    @Test
    void forumPostAboutAnAutonomousCounty() {
        var f = run("【转帖】峨边彝族自治县妇联开展“两癌”筛查\n楼主 发表于 2023-03-08\n"
                + "今天上午，县妇联主席王秀英带队来到我们村，村妇联主席李春梅组织大家排队检查。王秀英主席说，今年还要扩大筛查范围。");
        assertEquals(Set.of("峨边彝族自治县妇联", "村妇联"), orgNames(f));
        assertEquals(OrgLevel.COUNTY, org(f, "峨边彝族自治县妇联").level());
        assertEquals("511132", org(f, "峨边彝族自治县妇联").region().code());
        assertEquals(Map.of("王秀英", List.of("主席@峨边彝族自治县妇联"), "李春梅", List.of("主席@村妇联")), officials(f));
    }

    @Test
    void yearbookListUnderAHeading() {
        var f = run("湖南省妇女联合会\n主席：彭丽娟\n副主席：张英、刘云霞、陈晓红\n秘书长：周敏\n");
        assertEquals(Set.of("湖南省妇联"), orgNames(f));
        assertEquals(Map.of("彭丽娟", List.of("主席@湖南省妇联"), "张英", List.of("副主席@湖南省妇联"),
                "刘云霞", List.of("副主席@湖南省妇联"), "陈晓红", List.of("副主席@湖南省妇联"),
                "周敏", List.of("秘书长@湖南省妇联")), officials(f));
    }

    @Test
    void nameBeforeTitleAndTownshipFederations() {
        var f = run("3月5日，江油市妇联召开执委会议。会上，李红梅主席指出，要把大康镇妇联和青莲镇妇联的经验推广到全市。");
        assertEquals(Set.of("江油市妇联", "大康镇妇联", "青莲镇妇联"), orgNames(f));
        assertEquals(OrgLevel.COUNTY, org(f, "江油市妇联").level());
        assertEquals(OrgLevel.TOWNSHIP, org(f, "青莲镇妇联").level());
        assertEquals(Map.of("李红梅", List.of("主席@江油市妇联")), officials(f));
    }

    @Test
    void formerPost() {
        var f = run("昆明市妇联原主席孙丽华出席座谈会并讲话。");
        assertEquals(Map.of("孙丽华", List.of("原主席@昆明市妇联")), officials(f));
    }

    @Test
    void townshipAndVillageInAnotherProvince() {
        var f = run("广西壮族自治区妇联副主席黄秀兰到百色市田阳区头塘镇妇联调研，与头塘镇联坡村妇联执委座谈。");
        // a town's federation written after its district and the district's city keeps the whole chain in its name, a
        // village's the town written before it; the district is their region
        assertEquals(Set.of("广西壮族自治区妇联", "百色市田阳区头塘镇妇联", "头塘镇联坡村妇联"), orgNames(f));
        assertEquals(OrgLevel.PROVINCE, org(f, "广西壮族自治区妇联").level());
        assertEquals(OrgLevel.VILLAGE, org(f, "头塘镇联坡村妇联").level());
        assertEquals("田阳区", org(f, "百色市田阳区头塘镇妇联").region().name());
        assertEquals(Map.of("黄秀兰", List.of("副主席@广西壮族自治区妇联")), officials(f));
    }

    @Test
    void shortPrefectureNameAndItsAbbreviation() {
        var f = run("近日，恩施州妇联联合利川市妇联举办培训班。州妇联党组书记、主席谭春燕出席并讲话。");
        assertEquals(Set.of("恩施土家族苗族自治州妇联", "利川市妇联"), orgNames(f));
        assertEquals(Map.of("谭春燕", List.of("党组书记@恩施土家族苗族自治州妇联", "主席@恩施土家族苗族自治州妇联")),
                officials(f));
    }

    @Test
    void foundationCompanyMediaAndGovernmentButNoReporter() {
        var f = run("本报讯（记者 张伟）1月10日，杭州市妇联联合杭州市妇女儿童基金会、浙江吉利控股集团有限公司共同启动“春蕾计划”。"
                + "市委宣传部、杭州日报等单位相关负责人参加活动。");
        assertEquals(Set.of("杭州市妇联", "杭州市妇女儿童基金会", "浙江吉利控股集团有限公司", "杭州市委宣传部", "杭州日报"),
                orgNames(f));
        assertEquals(OrgType.FOUNDATION, org(f, "杭州市妇女儿童基金会").type());
        assertEquals(OrgType.COMPANY, org(f, "浙江吉利控股集团有限公司").type());
        assertEquals(OrgType.MEDIA, org(f, "杭州日报").type());
        assertEquals(OrgType.GOVERNMENT, org(f, "杭州市委宣传部").type());
        assertTrue(f.officials().isEmpty(), f.officials().toString());
    }

    @Test
    void classesOfFederationsAreNoOrganisations() {
        // 各县(市、区)妇联 and 村(社区)妇联 are classes of bodies: no organisation is minted for them (issue 11)
        var f = run("泰安市妇联召开全市妇联主席会议。会议要求，各县(市、区)妇联要加强指导，村(社区)妇联要发挥作用。");
        assertEquals(Set.of("泰安市妇联"), orgNames(f));
        assertTrue(f.officials().isEmpty(), f.officials().toString());
    }

    @Test
    void delegateWithHerWorkplace() {
        var f = run("会上，党的二十大代表李芳分享了学习体会。李芳是宁夏塞上农业集团的一名技术员，扎根一线十余年。");
        assertEquals(Map.of("李芳", List.of("党的二十大代表@中国共产党第二十次全国代表大会", "技术员@宁夏塞上农业集团")),
                officials(f));
        assertEquals(Set.of("宁夏塞上农业集团"), orgNames(f));
    }

    @Test
    void unnamedOfficialsAndWordsThatLookLikeNamesAreNobody() {
        var f = run("记者从市妇联获悉，该项目共筹集善款184万余元。相关负责人表示，要引导妇女听党话、跟党走。");
        assertTrue(f.officials().isEmpty(), f.officials().toString());
        // 市妇联 with no place anywhere: kept as written, a body of this document marked unresolved
        assertEquals(Set.of("市妇联"), orgNames(f));
        assertTrue(f.organisations().stream().allMatch(o -> o.organisation().unresolved()), f.organisations().toString());
    }
}
