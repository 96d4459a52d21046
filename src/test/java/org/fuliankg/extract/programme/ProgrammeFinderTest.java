package org.fuliankg.extract.programme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.fuliankg.domain.programme.Programme;
import org.fuliankg.domain.programme.ProgrammeKind;
import org.fuliankg.domain.programme.ProgrammeMention;
import org.fuliankg.extract.AnnotatedTexts;
import org.junit.jupiter.api.Test;

class ProgrammeFinderTest {

    private final ProgrammeFinder finder = new ProgrammeFinder();

    private List<ProgrammeMention> find(String text) {
        return finder.find(AnnotatedTexts.of(text));
    }

    private List<String> names(String text) {
        return find(text).stream().map(m -> m.programme().name()).toList();
    }

    @Test
    void combinedTwoCancerMentionsNameScreeningAndRelief() {
        assertEquals(List.of("两癌筛查", "两癌救助"), names("大力实施“两癌”免费筛查和救助项目。"));
        assertEquals(List.of("两癌筛查", "两癌救助"), names("做好妇女“两癌”筛查、救助工作。"));
        assertEquals(List.of("两癌筛查", "两癌救助"), names("开展农村妇女“两癌”筛查与救助。"));
        assertEquals(List.of("两癌救助"), names("抓好“两癌”救助申报工作。"));
        assertEquals(List.of("两癌筛查"), names("组织妇女参加宫颈癌、乳腺癌免费检查。"));
        assertTrue(names("救助20名“两癌”患者。").isEmpty());
    }

    @Test
    void lexiconVariantsAndOcrSlipsKeepTheirSurface() {
        List<ProgrammeMention> found = find("做好“春营计划”困境女童资助,开展99公益曰春蕾计划公益项目。");
        assertEquals(List.of("春蕾计划", "99公益日", "春蕾计划"), found.stream().map(m -> m.programme().name()).toList());
        assertEquals("“春营计划”", found.get(0).span().surface());
        assertEquals("99公益曰", found.get(1).span().surface());
        assertEquals(ProgrammeKind.SPRING_BUD, found.get(0).programme().kind());
        assertEquals(List.of("春蕾计划"), names("把她纳入“春蕾女童”帮扶计划中。"));
        assertEquals(List.of("99公益日", "春蕾计划"), names("在组织“99公益—一春蕾计划”公益募捐过程中。"));
    }

    @Test
    void quotedSlogansStartingWithAKnownThemeAreThatTheme() {
        assertEquals(List.of("巾帼心向党"), names("举办“巾帼心向党·奋进新征程”主题宣讲活动。"));
        assertEquals(List.of("巾帼心向党"), names("开展“巾帼心向党喜迎二十大”演讲比赛。"));
    }

    @Test
    void quotedCampaignsGetNameAndKindFromTheirWords() {
        Programme reading = find("启动“书香家庭”读书行动。").get(0).programme();
        assertEquals("书香家庭读书行动", reading.name());
        assertEquals(ProgrammeKind.FAMILY, reading.kind());
        Programme lecture = find("组建“木棉花”宣讲团,深入村社。").get(0).programme();
        assertEquals("木棉花宣讲团", lecture.name());
        assertEquals(ProgrammeKind.PUBLICITY, lecture.kind());
        assertEquals(List.of("巾帼助农"), names("深入开展“巾帼助农”直播活动。"));
        Programme leaders = find("实施“乡村巾帼领头雁”培育工程。").get(0).programme();
        assertEquals("乡村巾帼领头雁培育工程", leaders.name());
        assertEquals(ProgrammeKind.RURAL, leaders.kind());
        assertEquals(List.of("妇女之声"), names("打造《妇女之声》广播栏目。"));
        assertEquals(List.of("港城妈妈"), names("擦亮“港城妈妈”服务品牌,惠及千家万户。"));
        assertEquals(List.of("春晖助学金"), names("举行「春晖助学金」发放仪式。"));
        assertEquals(List.of("姐妹互助"), names("楼主:我们村搞了个\"姐妹互助\"活动,挺好。"));
    }

    @Test
    void namedFundsAreFunds() {
        Programme fund = find("县妇联联合县慈善会设立“春晖妇女儿童关爱基金”,首期到位资金50万元。").get(0).programme();
        assertEquals("春晖妇女儿童关爱基金", fund.name());
        assertTrue(fund.isFund());
        Programme unquoted = find("我们新成立了市慈善总会·巾帼暖心基金,募集资金10万元。").get(0).programme();
        assertEquals("市慈善总会·巾帼暖心基金", unquoted.name());
        assertTrue(unquoted.isFund());
        assertFalse(names("湖北省妇女儿童发展基金会捐赠物资。").stream().anyMatch(n -> n.contains("基金")));
        assertEquals(List.of("大冶市妇儿关爱基金", "大冶市妇儿关爱基金"),
                names("湖北大冶设立妇儿关爱基金\n市妇联设立“大冶市妇儿关爱基金”,该基金达184万余元。"));
    }

    @Test
    void numberedWorkPlansDocumentsAndPlainQuotesAreNotProgrammes() {
        assertTrue(names("推进“1136”工作思路,扎实推进“五大提升行动”,实施“四心”行动。").isEmpty());
        assertTrue(names("大力实施“思想引领行动”。\n着力抓好“六大行动”。\n一是“思想引领行动”,二是“服务发展行动”。").isEmpty());
        assertTrue(names("印发《关于加强妇联基层组织建设的实施意见》,凝聚奋进“她共识”,发挥“半边天”作用。").isEmpty());
        assertTrue(names("坚持“党政所急、妇女所需、妇联所能”的工作定位。").isEmpty());
    }

    @Test
    void unquotedProgrammesAfterAVerbOrInAListOfProgrammes() {
        assertEquals(List.of("高素质女农民培训计划"), names("实施高素质女农民培训计划,扶持培育一批基地。"));
        assertEquals(List.of("关爱女性保障计划", "乡村振兴巾帼人才培养计划"),
                names("做好关爱女性保障计划、乡村振兴巾帼人才培养计划。"));
        assertTrue(names("整合力量精准实施服务困难群体的公益项目。").isEmpty());
        // a scheme carried on (深化, 推进) is named as one started (实施); 项目化 is a way of working
        assertEquals(List.of("山乡巧手编织培训项目"), names("深化山乡巧手编织培训项目，投入资金8万元。"));
        assertEquals(List.of("巾帼月嫂技能提升项目"), names("县妇联推进巾帼月嫂技能提升项目，筹集资金6万元。"));
        assertTrue(names("大力推进基层妇联工作项目化，服务更多家庭。").isEmpty());
        // a quoted name right before a loan names the loan scheme; a list in the quote or 的 after it describes the loans
        assertEquals(List.of("青禾启航"), names("她申请了“青禾启航”无息贷款6万元。"));
        assertEquals(List.of("青禾启航"), names("为30名妇女发放“青禾启航”创业小额贷款。"));
        assertTrue(names("推行“培训、担保、跟踪”的小额信贷。").isEmpty());
        // a fund named by a division's full name and its cause; a body's fund without a cause word is none
        assertEquals(List.of("青川县妇女重症救助基金"), names("在青川县妇女重症救助基金的基础上扩大救助。"));
        assertTrue(names("白沙区政协润泽基金向小学捐赠图书。").isEmpty());
    }

    @Test
    void aNamedSchemeWinsOverTheGenericWordsAndFundingSuffixes() {
        assertEquals(List.of("低收入妇女两癌救助"),
                names("举行全国妇联“低收入妇女两癌救助”中央专项彩票公益金资金发放仪式。"));
        assertEquals(List.of("农村妇女两癌免费检查"), names("宣传农村妇女“两癌”免费检查项目。"));
        // in an item naming the scheme, the generic relief words are that scheme; screening stays generic
        assertEquals(List.of("两癌筛查", "低收入妇女两癌救助", "低收入妇女两癌救助"),
                names("做好“两癌”筛查和救助工作，为5名妇女申请低收入妇女两癌救助金。"));
        assertEquals(List.of("两癌救助"), names("抓好“两癌”救助申报工作。"), "no scheme named: the generic class");
    }

    @Test
    void quotesAloneAreNoEvidence() {
        assertTrue(names("全区共组建31支“暖心小队”参与劝募。").isEmpty(), "a count of teams");
        assertTrue(names("项目曾获评“全省十大公益品牌”。").isEmpty(), "an award");
        assertTrue(names("开展第9届“母亲节暨关爱母亲”慰问活动。").isEmpty(), "an event edition");
        assertTrue(names("区妇联开展“读好书 做好人”活动。").isEmpty(), "a slogan");
        assertTrue(names("实施“低保妇女救助”项目(以下简称“项目”)。").stream().noneMatch("项目"::equals));
        assertEquals(List.of("情系山乡·共享阳光世纪爱心行动"),
                names("主办“情系山乡·共享阳光”世纪爱心行动大型公益活动。"), "never cut before 活动");
    }

    @Test
    void themesSeriesEventsAndBodiesInQuotesAreNoProgrammes() {
        assertTrue(names("开展“帮孩子摆脱焦虑”等主题的亲子阅读活动4场次。").isEmpty());
        assertTrue(names("全面发起2016年“心系贫困母亲·传递社会大爱”为主题的捐赠活动。").isEmpty());
        assertTrue(names("打造“母亲”系列品牌公益项目,又一个“母亲”品牌项目正式启动。").isEmpty());
        assertTrue(names("举办了“各民族家庭欢乐一家亲”联欢晚会。").isEmpty());
        assertTrue(names("针对失独家庭成立了“新希望歌友会”,在县法院成立了“妇女儿童维权合议庭”。").isEmpty());
        assertTrue(names("着力推进“妇联之家”建设。").isEmpty());
        assertEquals(List.of("百万巾帼大宣讲"), names("开展“百万巾帼大宣讲”等主题宣讲5.8万场次。"));
    }

    @Test
    void genericCauseWordsAreNoPartOfAName() {
        assertEquals(List.of("春蕾圆梦.捐资助学"), names("积极开展“春蕾圆梦.捐资助学”公益活动。"));
        assertEquals(List.of("巾帼助力老龄妇女"), names("参加“巾帼助力老龄妇女”募捐项目,筹集资金1万元。"));
        assertTrue(names("区妇联主席进行“爱心妈妈”公益包认捐。").isEmpty(), "公益包 is a parcel");
        assertTrue(names("进一步实施儿童公益项目,实施妇女儿童公益慈善项目。").isEmpty());
        assertTrue(names("包括爱心助餐、爱心助学金、家庭教育实践活动三个项目。").isEmpty());
    }

    @Test
    void aQuotedNameOnceMadeAProgrammeIsThatProgrammeWhereverItIsQuoted() {
        List<ProgrammeMention> found = find("“巾帼助飞循环金”累计投入资金1.2亿元。1998年,基金会发起“巾帼助飞循环金”项目。");
        assertEquals(List.of("巾帼助飞循环金", "巾帼助飞循环金"), found.stream().map(m -> m.programme().name()).toList());
        assertEquals("“巾帼助飞循环金”", found.get(0).span().surface());
    }

    @Test
    void aPredicateAfterAQuoteIsNoPartOfItsNameAndADashIntroducesADescription() {
        assertEquals(List.of("春暖行动", "春暖行动"),
                names("开展困境儿童“春暖行动”。“春暖行动”是由某公益慈善基金会捐助1亿元的公益项目。"));
        assertEquals(List.of("爱的魔方"), names("“爱的魔方”——爱护成长公益项目落地活动在东川举行。"));
    }

    @Test
    void theWomensSmallLoanSchemeUnderItsWrittenNames() {
        assertEquals(List.of("妇女小额担保贷款", "妇女小额担保贷款", "妇女小额担保贷款"),
                names("推进妇女小额担保财政贴息贷款工作,累计发放妇女创业贴息贷款7800万元,落实妇女财政贴息小额贷款5亿元。"));
    }
    @Test
    void slogansOfParallelPhrasesAreCampaignsWhenTheWordsAfterThemSayWhatKind() {
        assertEquals(List.of("听民声、解民忧、聚民心"), names("开展“听民声、解民忧、聚民心”走访慰问活动正式启动。"));
        assertEquals(List.of("做爱心姐姐,暖留守童心"), names("广泛开展“做爱心姐姐，暖留守童心”捐助活动。"),
                "the comma as written");
        assertEquals(List.of("做爱心姐姐 暖留守童心", "做爱心姐姐 暖留守童心"),
                names("广泛开展“做爱心姐姐，暖留守童心”捐助活动。“做爱心姐姐 暖留守童心”捐助活动共筹集物资。"),
                "spaced where the page also writes it spaced");
        assertEquals(List.of("八闽润春蕾"), names("举行“喜迎佳节 八闽润春蕾”联合募捐活动。"), "the greeting is no part of the name");
        assertEquals(List.of("读书、观影、共成长"), names("开展“读书、观影、共成长”家庭亲子阅读活动。"));
        assertTrue(names("发出“做爱心姐姐 暖留守童心”倡议书。").isEmpty(), "a document");
        assertTrue(names("区妇联开展“读好书 做好人”活动。").isEmpty(), "a bare 活动 says no kind");
    }

    @Test
    void anEditionYearAndADashInsideTheQuoteAreNoBarToTheName() {
        assertEquals(List.of("姐妹同行 温暖2024"), names("“姐妹同行 温暖2024——关爱困境妇女”公益项目正式收官。"));
        assertEquals(List.of("姐妹同行 温暖2025"),
                names("“姐妹同行 温暖2025”关爱困境妇女儿童公益项目正式收官。"), "whom it cares for describes the campaign");
        assertEquals(List.of("春蕾计划"), names("深化“春蕾计划——梦想未来”行动。"));
        assertEquals(List.of("陇原少年心向党"), names("开展“陇原少年心向党”德育实践活动。"));
    }

    @Test
    void unquotedCampaignsEndingInActionAfterAStartingVerbOrAsWomensBrands() {
        assertEquals(List.of("女性数字素养提升行动"), names("启动开展全省女性数字素养提升行动。"));
        assertEquals(List.of("巾帼志愿服务暖心行动"), names("全国妇联启动全国巾帼志愿服务暖心行动。"));
        assertEquals(List.of("巾帼安康行动"), names("市巾帼安康行动之“两癌”保险覆盖3万人。"));
        assertTrue(names("实施巾帼创业、巾帼增收、巾帼提能三大行动。").isEmpty());
        assertTrue(names("营造巾帼创业在行动的氛围。").isEmpty(), "a motto");
    }

    @Test
    void provinceNamesAndNumberedFamiliesAreNoStructuralLabels() {
        assertEquals(List.of("八桂巾帼护苗行动", "八桂巾帼筑梦行动"), names("大力实施“八桂巾帼护苗行动”、“八桂巾帼筑梦行动”等行动。"));
        assertEquals(List.of("六好庭院"), names("为10个省级“六好庭院”示范户授牌。"));
        assertTrue(names("通过“一对一”捐助模式帮扶。").isEmpty());
        assertTrue(names("“三年行动”中的五大行动。").isEmpty());
    }

    @Test
    void groupsBodiesAwardsAndModifiersInQuotesAreNoProgrammes() {
        assertTrue(names("开展“巾帼行动” 助力发展").isEmpty(), "a bare group word");
        assertTrue(names("不断深化“困境母亲”救助活动。").isEmpty(), "a bare group word");
        assertTrue(names("利用“妇女议事厅”、“姐妹茶话会”等平台开展调解。").isEmpty(), "venues");
        assertTrue(names("利用“姐妹茶话会”、“家事调解工作室”等平台开展调解。").isEmpty(), "venues, whatever their ending");
        assertTrue(names("建成“巧手姐妹”巾帼工坊等基地及项目12个。").isEmpty(), "等 closes a list, not a name");
        assertTrue(names("争取资金50万元，成立了“巾帼云创空间”。").isEmpty(), "a facility");
        assertTrue(names("该行动被省政府表彰为“最具影响力公益项目”。").isEmpty(), "an award");
        assertTrue(names("开展“专家连线+社区助教”双师授课120场。").isEmpty(), "a quote modifying a noun");
        assertTrue(names("开展《家教伴成长》动画片进村放映。").isEmpty(), "a film title modifying a noun");
        assertTrue(names("动员广大“爱心姐姐”积极行动。").isEmpty(), "a predicate after the quote");
        assertEquals(List.of("家教进社区"), names("“家教进社区”项目从众多项目中脱颖而出。"));
        assertEquals(List.of("平安家庭"), names("深化“平安家庭”建设。"), "家庭 is no court");
    }

    @Test
    void membersOfAListSharingOneHeadWithAKnownProgrammeAreEachAProgramme() {
        assertEquals(List.of("山城巾帼铸魂工程", "家家幸福安康工程", "基层强基提质工程"),
                names("持续深化山城巾帼铸魂、家家幸福安康、基层强基提质三大工程。"));
        assertEquals(List.of("巾帼建功", "家家幸福安康工程"),
                names("深化巾帼建功行动、实施家家幸福安康工程、做实维权关爱服务。"), "phrases with heads of their own");
        assertTrue(names("深入推进科技创新、乡村振兴、就业创业三大工程。").isEmpty(), "no known member: work areas");
    }

    @Test
    void quotesListedBeforeLecturesOrAThemeAreNoProgrammes() {
        assertTrue(names("举办“幸福密码”、“家庭与法”等专题讲座。").isEmpty());
        assertTrue(names("开展以“节能减排”、“低碳生活”和“勤俭节约”为主题的宣传活动。").isEmpty());
    }

    @Test
    void quotesListedAsCampaignsAreProgrammes() {
        assertEquals(List.of("山歌唱新风·巾帼颂党恩", "邻里共餐日"),
                names("先后推出“山歌唱新风·巾帼颂党恩”、“邻里共餐日”等丰富多彩的主题活动。"));
        assertTrue(names("评出“邻里之星”、“孝老之星”等荣誉称号。").isEmpty(), "titles, not campaigns");
    }

    @Test
    void aProvincesOwnCampaignOnAKnownOneIsASchemeOfItsOwn() {
        List<ProgrammeMention> found = find("开展江西省爱心妈妈结对关爱农村留守儿童三年行动。");
        assertEquals(List.of("江西省爱心妈妈结对关爱农村留守儿童三年行动"), found.stream().map(m -> m.programme().name()).toList());
        assertEquals("爱心妈妈结对关爱", found.get(0).programme().broader());
    }

    @Test
    void twoWordsBetweenAVerbOrAYearAndALongQuoteArePartOfTheNameEverywhere() {
        assertEquals(List.of("暖心春风行动大学生助学行动", "暖心春风行动大学生助学行动", "暖心春风行动大学生助学行动"),
                names("举办2019年暖心“春风行动”大学生助学行动。省妇联实施暖心“春风行动”大学生助学行动。"
                        + "“春风行动”大学生助学行动已资助千名学子。"));
        assertEquals(List.of("巾帼绿色家园行动"), names("启动全市“巾帼绿色家园”行动。"), "a scope is no part of it");
    }

    @Test
    void loanProductsAndVariantsOfKnownSchemes() {
        assertEquals(List.of("巧姐贷"), names("用好“巧姐贷”金融支持。"));
        assertEquals(List.of("妇女小额担保贷款"), names("发放婦女創業小額貸款3600萬元。"));
        assertEquals(List.of("春蕾计划"), names("为90名“山海春蕾女生”兑现助学资金。"));
    }
}
