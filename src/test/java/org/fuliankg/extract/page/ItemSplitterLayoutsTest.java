package org.fuliankg.extract.page;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;
import org.fuliankg.annotate.Annotator;
import org.fuliankg.domain.text.DateOrigin;
import org.fuliankg.domain.Item;
import org.fuliankg.domain.people.Post;
import org.fuliankg.domain.people.Reporter;
import org.fuliankg.domain.text.SourcedDate;
import org.fuliankg.normalise.TextNormaliser;
import org.fuliankg.source.SourceDocument;
import org.junit.jupiter.api.Test;

/** Page layouts other than the seeds': each text is small and its expected items are spelled out. */
class ItemSplitterLayoutsTest {

    private static final Annotator ANNOTATOR = new Annotator();

    private static List<Item> split(String text) {
        var source = new SourceDocument("t.txt", Path.of("t.txt"), text, "UTF-8", "0");
        return new ItemSplitter().split(ANNOTATOR.annotate(source, new TextNormaliser().normalise(text)));
    }

    private static List<String> names(Item item) {
        return item.reporters().stream().map(Reporter::name).toList();
    }

    @Test
    void inHouseReportsOpenWithBenBaoXun() {
        String text = """
                宁波市妇联启动“家家幸福安康工程”

                本报讯(记者 王晓东 通讯员 李红梅)3月2日,宁波市妇联在鄞州区启动“家家幸福安康工程”,发布十项服务清单。

                各区县妇联负责人参加启动仪式。

                杭州拱墅区妇联开展三八维权周活动

                本报讯 3月5日,拱墅区妇联联合区法院开展维权周活动,为妇女群众提供法律咨询。
                """;
        List<Item> items = split(text);
        assertEquals(2, items.size());
        Item first = items.get(0);
        assertEquals("宁波市妇联启动“家家幸福安康工程”", first.headline());
        assertEquals(0, first.span().start());
        assertEquals(List.of("王晓东", "李红梅"), names(first));
        assertEquals(List.of("记者", "通讯员"), first.reporters().stream().map(Reporter::role).toList());
        assertEquals(text.indexOf("王晓东"), first.reporters().get(0).span().start());
        assertEquals("宁波市", first.place().name());
        Item second = items.get(1);
        assertEquals(text.indexOf("杭州拱墅区"), second.span().start());
        assertEquals(List.of(), second.reporters());
        assertEquals("拱墅区", second.place().name());
    }

    @Test
    void bylineLineWithReporterAndCorrespondentUnderHeadlineAndDate() {
        String text = """
                云南昆明举办女性创业大赛
                2023年3月8日
                记者 张丽 通讯员 赵云芳
                3月7日,昆明市妇联举办第三届女性创业创新大赛决赛,20个项目进入决赛。
                大赛共吸引全市300余个创业项目报名。
                """;
        List<Item> items = split(text);
        assertEquals(1, items.size());
        Item item = items.get(0);
        assertEquals("云南昆明举办女性创业大赛", item.headline());
        assertNull(item.subheadline());
        assertEquals("2023-03-08", item.date().iso());
        assertEquals(List.of("张丽", "赵云芳"), names(item));
        assertEquals("通讯员", item.reporters().get(1).role());
        assertNull(item.reporters().get(0).media());
        assertEquals("昆明市", item.place().name());
    }

    @Test
    void forumPostTakesItsDateFromThePostedLine() {
        String text = """
                县妇联的春蕾活动办得真好！
                发表于 2023-1-5 10:20 | 只看该作者
                今天带孩子去参加了县妇联组织的春蕾活动,孩子收获很大。
                回复 #2 小雨点:我们村也去了,很有意义。
                """;
        List<Item> items = split(text);
        assertEquals(1, items.size());
        assertEquals("县妇联的春蕾活动办得真好!", items.get(0).headline()); // normalised to half-width
        assertEquals("2023-01-05", items.get(0).date().iso());
        assertEquals(List.of(), items.get(0).reporters());
        // the event date in the reply is not the post's date, and the whole thread is one item
        assertEquals(text.strip().length(), items.get(0).span().end());
    }

    @Test
    void yearbookEntriesAreItemsHeadedByTheirBrackets() {
        String text = """
                2022年妇女工作

                【春蕾计划】 2022年,全市募集春蕾计划善款120万元,资助困境女童800名,覆盖全部区县。
                【两癌救助】 2022年,为120名患病妇女发放救助金120万元,救助标准为每人1万元。
                【家庭建设】 开展最美家庭评选活动,评选市级最美家庭100户,推动家风建设落地见效。
                """;
        List<Item> items = split(text);
        assertEquals(List.of("春蕾计划", "两癌救助", "家庭建设"), items.stream().map(Item::headline).toList());
        assertEquals(text.indexOf("【两癌救助】"), items.get(1).span().start());
        assertEquals(List.of(1, 2, 3), items.stream().map(Item::number).toList());
    }

    @Test
    void yearbookHeadingsOnTheirOwnLines() {
        String text = """
                【春蕾计划】
                2022年,全市募集春蕾计划善款120万元,资助困境女童800名。
                【两癌救助】
                2022年,为120名患病妇女发放救助金120万元。
                """;
        List<Item> items = split(text);
        assertEquals(List.of("春蕾计划", "两癌救助"), items.stream().map(Item::headline).toList());
        assertEquals(text.indexOf("【两癌救助】"), items.get(1).span().start());
    }

    @Test
    void sectionHeadsSetOffByOneMoreBlankLineStayInTheirItem() {
        String text = "浙江衢州跑出儿童友好建设加速度\n\n记者 姚改改\n\n衢州坚持党委领导、政府主导,推进儿童友好城市建设。\n\n\n"
                + "立足一米高度 打造友好空间\n\n在衢州,随处可见的儿童游乐设施,温暖着儿童和家长的心。\n";
        assertEquals(1, split(text).size());
    }

    @Test
    void newspaperPageHeaderGivesTheDateButIsNoHeadline() {
        String text = """
                中国妇女报 2023年3月8日 星期三 第2版

                全国妇联召开纪念“三八”国际妇女节大会

                本报北京3月7日讯(记者 张三)3月7日,全国妇联在京召开纪念大会。

                湖南长沙:巾帼志愿服务暖人心

                □ 中国妇女报全媒体记者 李四

                近日,长沙市妇联组织巾帼志愿者走进社区。
                """;
        List<Item> items = split(text);
        assertEquals(2, items.size());
        assertEquals("全国妇联召开纪念“三八”国际妇女节大会", items.get(0).headline());
        assertEquals(text.indexOf("全国妇联"), items.get(0).span().start());
        // the first item's own dateline dates it; the second says 近日: the page's date, as an approximation
        assertEquals(new SourcedDate("2023-03-07", DateOrigin.LEAD), items.get(0).date());
        assertEquals("北京", items.get(0).dateline());
        assertEquals(new SourcedDate("2023-03-08", DateOrigin.APPROXIMATE), items.get(1).date());
        assertEquals(List.of("李四"), names(items.get(1)));
        assertEquals("中国妇女报", items.get(1).reporters().get(0).media());
        assertEquals("长沙市", items.get(1).place().name());
    }

    @Test
    void directoryListOfShortLinesIsOneItem() {
        String text = "黔东南苗族侗族自治州妇女联合会\n主    席:周玉兰\n副 主 席:王晓燕、陈静\n地    址:凯里市北京东路\n";
        List<Item> items = split(text);
        assertEquals(1, items.size());
        assertEquals("黔东南苗族侗族自治州妇女联合会", items.get(0).headline());
        assertEquals("黔东南苗族侗族自治州", items.get(0).place().name());
        assertEquals(text.strip().length(), items.get(0).span().end());
    }

    @Test
    void navigationOnlyHasNoItems() {
        assertEquals(List.of(), split("首页 > 新闻中心 > 地方动态\n来源:陕西女性网  时间:2023-02-15\n"));
        assertEquals(List.of(), split("\n\n"));
    }

    @Test
    void pageWithoutHeadlineIsOneItem() {
        String text = "内蒙古自治区妇联举办老干部座谈会,自治区妇联主席出席。\n与会人员围绕妇女工作交流发言。\n";
        List<Item> items = split(text);
        assertEquals(1, items.size());
        assertNull(items.get(0).headline());
        assertEquals("内蒙古自治区", items.get(0).place().name());
        assertEquals(0, items.get(0).span().start());
        assertEquals(text.strip().length(), items.get(0).span().end());
    }

    @Test
    void mirrorSiteItemSkipsNavigationAndReadsSourceTimeAndClosingByline() {
        String text = """
                首页 > 新闻中心 > 基层动态
                广西南宁妇联开展“两癌”筛查
                来源:广西妇联网  时间:2023-02-20 09:12
                2月18日,南宁市妇联组织医疗队走进社区,为300名妇女开展免费筛查。(记者 陈晓 通讯员 黄丽)
                上一篇:南宁市妇联召开全委会  下一篇:巾帼志愿者走进社区
                """;
        List<Item> items = split(text);
        assertEquals(1, items.size());
        Item item = items.get(0);
        assertEquals(text.indexOf("广西南宁"), item.span().start());
        assertEquals("广西南宁妇联开展“两癌”筛查", item.headline());
        assertEquals("2023-02-20", item.date().iso());
        assertEquals(List.of("陈晓", "黄丽"), names(item));
        assertEquals("南宁市", item.place().name());
        assertEquals(text.indexOf("上一篇") - 1, item.span().end());
    }

    @Test
    void interviewSeriesWithDashedIntervieweeLines() {
        String text = """
                巾帼建新功 奋进新征程
                ——访福州市妇联党组书记、主席林小燕
                记者:今年福州市妇联在乡村振兴方面有哪些举措？
                林小燕:我们深入实施“乡村振兴巾帼行动”,全年培训农村妇女2.3万人次。
                家风润万家
                ——访厦门市妇联主席 陈丽
                记者:厦门市妇联如何推进家庭建设？
                陈丽:我们开展寻找最美家庭活动,评选出最美家庭200户。
                """;
        List<Item> items = split(text);
        assertEquals(2, items.size());
        assertEquals("家风润万家", items.get(1).headline());
        assertEquals(text.indexOf("家风润万家"), items.get(1).span().start());
        assertEquals("林小燕", items.get(0).interviewee().name());
        assertEquals(List.of("党组书记", "主席"), items.get(0).interviewee().posts().stream().map(Post::position).toList());
        assertEquals("福州市妇联", items.get(0).interviewee().posts().get(0).organisation().name());
        assertEquals("陈丽", items.get(1).interviewee().name());
        assertEquals("厦门市", items.get(1).place().name());
    }

    @Test
    void agencyLeadGivesItsPlaceAsDateline() {
        String text = """
                全国妇联部署春节走访慰问工作

                新华社北京1月10日电(记者 王思北)全国妇联近日印发通知,部署春节期间走访慰问困难妇女儿童。
                """;
        Item item = split(text).get(0);
        assertEquals(List.of("王思北"), names(item));
        assertEquals("北京", item.dateline());
        assertEquals("北京", item.reporters().get(0).dateline());
    }
    @Test
    void bylinesClosingEachItemSeparateTheItems() {
        String text = """
                甘肃兰州开展家庭教育宣传周活动
                5月15日,兰州市妇联启动家庭教育宣传周,组织专家走进社区开展讲座。
                活动将持续一周。
                记者 马丽娟
                陕西宝鸡妇联为困难母亲送温暖
                近日,宝鸡市妇联走访慰问困难母亲100户,送去慰问金和生活用品。
                通讯员 杨小燕 记者 刘洋
                图为活动现场。
                记者 刘洋 摄
                """;
        List<Item> items = split(text);
        assertEquals(2, items.size());
        assertEquals("甘肃兰州开展家庭教育宣传周活动", items.get(0).headline());
        assertEquals(List.of("马丽娟"), names(items.get(0)));
        assertEquals("兰州市", items.get(0).place().name());
        assertEquals(text.indexOf("陕西宝鸡"), items.get(1).span().start());
        // the photo credit under the picture stays in the item; its photographer is already credited
        assertEquals(List.of("杨小燕", "刘洋"), names(items.get(1)));
        assertEquals("宝鸡市", items.get(1).place().name());
    }
}
