package org.fuliankg.extract.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.fuliankg.annotate.AnnotatedText;
import org.fuliankg.domain.people.Reporter;
import org.fuliankg.normalise.NormalisedText;
import org.fuliankg.source.SourceDocument;
import org.junit.jupiter.api.Test;

class BylineParserTest {

    private static Optional<Byline> atStart(String line) {
        var text = new AnnotatedText(new SourceDocument("t", Path.of("t"), line, "UTF-8", "0"),
                NormalisedText.unchanged(line), List.of());
        return new BylineParser(text).atStart(0, line.length());
    }

    private static List<String> names(String line) {
        return atStart(line).orElseThrow().reporters().stream().map(Reporter::name).toList();
    }

    @Test
    void readsOutletRoleNamesDatelineAndCredit() {
        String line = "中国妇女报全媒体记者茹希佳/苏美萱 发自南京 临近春节,人口流动加大。";
        Byline b = atStart(line).orElseThrow();
        assertEquals(List.of("茹希佳", "苏美萱"), b.reporters().stream().map(Reporter::name).toList());
        assertEquals("中国妇女报", b.reporters().get(0).media());
        assertEquals("南京", b.dateline());
        assertEquals("南京", b.reporters().get(1).dateline());
        assertEquals(line.indexOf("临近"), b.bodyStart());
        assertEquals(line.indexOf(" 临近"), b.end());

        Byline credit = atStart("中国妇女报全媒体记者耿兴敏 文/摄").orElseThrow();
        assertEquals("文/摄", credit.credit());
        assertEquals(false, credit.isPhotoCredit());
        assertTrue(atStart("记者 刘洋 摄").orElseThrow().isPhotoCredit());
    }

    @Test
    void namesStopWhereTheParagraphBegins() {
        assertEquals(List.of("张三"), names("记者 张三 近日,市妇联召开会议。"));
        assertEquals(List.of("林志文"), names("记者林志文发自汕头 为学习贯彻"));
        assertEquals(List.of("王晓东", "李红梅"), names("本报讯(记者 王晓东 通讯员 李红梅)3月2日,宁波市妇联启动……"));
        assertEquals(List.of("陈美华", "黄丽"), names("本报记者 陈美华 本报通讯员 黄丽"));
        assertEquals(List.of("周敏"), names("■ 中国妇女报全媒体记者 周敏"));
        assertEquals(List.of("王芳", "李静"), names("文/王芳 李静"));
        assertEquals("作者", atStart("文/王芳").orElseThrow().reporters().get(0).role());
        assertEquals("记者", atStart("文/记者 王芳").orElseThrow().reporters().get(0).role());
    }

    @Test
    void sentencesAboutReportersAreNotBylines() {
        assertTrue(atStart("记者了解到,全市已建成妇女之家300个。").isEmpty());
        assertTrue(atStart("记者从省妇联获悉,今年将继续实施春蕾计划。").isEmpty());
        assertTrue(atStart("合作社电商带动妇女增收").isEmpty());
        assertTrue(atStart("活动现场 气氛热烈").isEmpty());
    }

    @Test
    void rolelessNamesInAReportLeadAndAGroupsOutlet() {
        assertEquals(List.of("卢青禾", "莫远舟"), names("本报讯(卢青禾 记者莫远舟)近日,青禾县妇联举行发放仪式。"));
        assertEquals(List.of("钟立言"), names("中新网 临川3月6日电 (钟立言)临川市妇联于5日召开会议。"));
        assertEquals(List.of("宁小溪"), names("云岭新闻传媒集团记者宁小溪 近日,云岭市妇联印发办法。"));
        assertEquals(List.of("苗青"), names("云岭日报消息(记者 苗青)8月3日,省妇联召开执委会议。"));
        assertEquals(List.of("卢晓"), names("本报讯(全媒体记者 卢晓)近日,青禾县妇联举行仪式。"));
    }

    @Test
    void authorsOfAPagesSourceLine() {
        assertEquals(List.of("阿依古丽·买买提", "牛小川", "顾青"),
                labelled("作者: 阿依古丽·买买提 牛小川 顾青    来源: 青禾零距离    日期: 2022-12-21"));
        assertEquals(List.of("栾一", "秦远"), labelled("2013-02-27 08:27:38 来源:云岭晨报  作者:栾一 秦远"));
        assertEquals(List.of("戍小山"), labelled("时间:2020-11-10 16:09:03 来源:县融媒体中心  作者:戍小山 编辑:"));
        assertTrue(labelled("来源:青禾县妇联  作者:县妇联").isEmpty());
        assertTrue(labelled("作者:青禾县融媒体中心 来源:本站").isEmpty());
    }

    private static List<String> labelled(String line) {
        var text = new AnnotatedText(new SourceDocument("t", Path.of("t"), line, "UTF-8", "0"),
                NormalisedText.unchanged(line), List.of());
        return new BylineParser(text).authorLabel(0, line.length()).stream().map(Reporter::name).toList();
    }
}
