package org.fuliankg.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.fuliankg.domain.money.Beneficiaries;
import org.fuliankg.domain.text.DateOrigin;
import org.fuliankg.domain.money.FundingFigure;
import org.fuliankg.domain.money.FundingRole;
import org.fuliankg.domain.Item;
import org.fuliankg.domain.org.OrgType;
import org.fuliankg.domain.org.Organisation;
import org.fuliankg.domain.org.OrganisationMention;
import org.fuliankg.domain.people.Post;
import org.fuliankg.domain.people.PostEvent;
import org.fuliankg.domain.people.PostHolder;
import org.fuliankg.domain.programme.Programme;
import org.fuliankg.domain.programme.ProgrammeKind;
import org.fuliankg.domain.programme.ProgrammeMention;
import org.fuliankg.domain.money.Qualifier;
import org.fuliankg.domain.people.Reporter;
import org.fuliankg.domain.text.SourcedDate;
import org.fuliankg.domain.text.Span;
import org.fuliankg.extract.DocumentFacts;
import org.fuliankg.source.SourceDocument;
import org.junit.jupiter.api.Test;

/** The scorer on tiny hand-made gold and prediction pairs with exact expected counts. */
class EvaluationTest {

    private static final String TEXT = "标题一\n记者 张三\n正文。\n标题二\n正文。\n";
    private static final Span AT_0 = new Span(0, 1, "x", "x");

    private static DocumentFacts facts(String file, List<Item> items, List<PostHolder> officials,
                                       List<Reporter> reporters, List<OrganisationMention> orgs,
                                       List<ProgrammeMention> programmes, List<FundingFigure> fundings) {
        var source = new SourceDocument(file, Path.of(file), TEXT, "UTF-8", "0");
        return new DocumentFacts(source, "t", items, officials, reporters, List.of(), orgs, programmes, fundings, null);
    }

    private static DocumentFacts only(List<OrganisationMention> orgs) {
        return facts("a.txt", List.of(), List.of(), List.of(), orgs, List.of(), List.of());
    }

    private static OrganisationMention org(String name) {
        return new OrganisationMention(new Organisation(name, OrgType.FEDERATION, null, null, false), AT_0);
    }

    private static String gold(String category, String records) {
        return "{\"documents\":[{\"file\":\"a.txt\",\"" + category + "\":[" + records + "]}]}";
    }

    @Test
    void optionalGoldIsNeitherRequiredNorWrong() {
        GoldFile gold = GoldFile.parse(gold("orgs",
                "{\"name\":\"成都市妇联\"},{\"name\":\"村妇联\",\"optional\":true},{\"name\":\"全国妇联\"}"));
        EvalReport report = Evaluation.score(gold, List.of(only(List.of(
                org("成都市妇联"), org("村妇联"), org("四川省妇联")))));
        CategoryScore s = report.score(Category.ORGANISATIONS);
        assertEquals(List.of(1, 1, 1), List.of(s.truePositives(), s.falsePositives(), s.falseNegatives()));
        assertEquals(0.5, s.precision(), 1e-9);
        assertEquals(0.5, s.recall(), 1e-9);
        assertEquals("全国妇联", s.misses().get(0).fact().key());
        assertEquals("四川省妇联", s.falseHits().get(0).fact().key());
    }

    @Test
    void aRegionsBureauIsOneBodyHoweverTheRegionIsWritten() {
        GoldFile gold = GoldFile.parse(gold("orgs",
                "{\"name\":\"香港民政事務局\"},{\"name\":\"澳门特别行政区政府\"},{\"name\":\"中央驻港联络办公室协调部\"},"
                        + "{\"name\":\"警務處\"}"));
        EvalReport report = Evaluation.score(gold, List.of(only(List.of(org("香港特区政府民政事务局"), org("澳门特区政府"),
                org("中联办协调部"), org("香港特区政府入境事务处")))));
        CategoryScore s = report.score(Category.ORGANISATIONS);
        assertEquals(List.of(3, 1, 1), List.of(s.truePositives(), s.falsePositives(), s.falseNegatives()));
        assertEquals("警务处", s.misses().get(0).fact().key());
    }

    @Test
    void aPartyCommitteeWithOrWithout中共AndAGovernmentWithOrWithout人民AreOneBody() {
        GoldFile gold = GoldFile.parse(gold("orgs",
                "{\"name\":\"中共陕西省委\"},{\"name\":\"陕西省政府\"},{\"name\":\"中共中央\"},"
                        + "{\"name\":\"中共江门市委宣传部\"}"));
        EvalReport report = Evaluation.score(gold, List.of(only(List.of(org("陕西省委"), org("陕西省人民政府"),
                org("中央"), org("江门市委宣传部")))));
        CategoryScore s = report.score(Category.ORGANISATIONS);
        assertEquals(List.of(3, 1, 1), List.of(s.truePositives(), s.falsePositives(), s.falseNegatives()));
        assertEquals("中共中央", s.misses().get(0).fact().key());
    }

    @Test
    void aFactStatedTwiceIsOnePrediction() {
        GoldFile gold = GoldFile.parse(gold("reporters", "{\"name\":\"张三\"}"));
        Reporter zhang = new Reporter("张三", "记者", null, null, AT_0);
        Reporter li = new Reporter("李四", "记者", null, null, AT_0);
        EvalReport report = Evaluation.score(gold, List.of(
                facts("a.txt", List.of(), List.of(), List.of(zhang, zhang, li), List.of(), List.of(), List.of())));
        CategoryScore s = report.score(Category.REPORTERS);
        assertEquals(List.of(1, 1, 0), List.of(s.truePositives(), s.falsePositives(), s.falseNegatives()));
        assertEquals(2.0 / 3, s.f1(), 1e-9);
    }

    @Test
    void programmesMatchByAliasOrVariantWithoutQuotesAndSuffixes() {
        GoldFile gold = GoldFile.parse(gold("programs",
                "{\"name\":\"春蕾计划\",\"aliases\":[\"“春蕾女童”帮扶计划\"],\"normalised_variants\":{\"春营计划\":\"春蕾计划\"}},"
                        + "{\"name\":\"两癌救助\",\"aliases\":[\"“两癌”救助项目\"]},"
                        + "{\"name\":\"两癌筛查\",\"aliases\":[\"“两癌”筛查救助\"]}"));
        EvalReport report = Evaluation.score(gold, List.of(facts("a.txt", List.of(), List.of(), List.of(), List.of(),
                List.of(programme("春蕾女童帮扶计划"), programme("两癌救助项目"), programme("两癌筛查"),
                        programme("巾帼建功")), List.of())));
        CategoryScore s = report.score(Category.PROGRAMMES);
        assertEquals(List.of(3, 1, 0), List.of(s.truePositives(), s.falsePositives(), s.falseNegatives()));
    }

    @Test
    void aVariantTheProgrammeLexiconListsIsItsProgramme() {
        GoldFile gold = GoldFile.parse(gold("programs",
                "{\"name\":\"“两癌”免费检查\"},{\"name\":\"农村妇女两癌检查\"},{\"name\":\"某县关爱母亲行动\"}"));
        EvalReport report = Evaluation.score(gold, List.of(facts("a.txt", List.of(), List.of(), List.of(), List.of(),
                List.of(programme("两癌筛查"), programme("农村妇女两癌免费检查"), programme("关爱母亲行动")),
                List.of())));
        CategoryScore s = report.score(Category.PROGRAMMES);
        assertEquals(List.of(2, 1, 1), List.of(s.truePositives(), s.falsePositives(), s.falseNegatives()));
    }

    @Test
    void aSecondAliasOfAnAlreadyMatchedRecordCountsNeitherWay() {
        GoldFile gold = GoldFile.parse(gold("programs", "{\"name\":\"曌基金\",\"aliases\":[\"妇女儿童曌基金\"]}"));
        EvalReport report = Evaluation.score(gold, List.of(facts("a.txt", List.of(), List.of(), List.of(), List.of(),
                List.of(programme("曌基金"), programme("妇女儿童曌基金")), List.of())));
        CategoryScore s = report.score(Category.PROGRAMMES);
        assertEquals(List.of(1, 0, 0), List.of(s.truePositives(), s.falsePositives(), s.falseNegatives()));
    }

    @Test
    void aliasMatchesDoNotUseUpAnExactlyNamedRecord() {
        // “两癌”筛查救助 is an alias of 两癌筛查 only; 两癌救助 is matched exactly first
        GoldFile gold = GoldFile.parse(gold("programs",
                "{\"name\":\"两癌筛查\",\"aliases\":[\"两癌救助\"]},{\"name\":\"两癌救助\"}"));
        EvalReport report = Evaluation.score(gold, List.of(facts("a.txt", List.of(), List.of(), List.of(), List.of(),
                List.of(programme("两癌救助"), programme("两癌筛查")), List.of())));
        CategoryScore s = report.score(Category.PROGRAMMES);
        assertEquals(List.of(2, 0, 0), List.of(s.truePositives(), s.falsePositives(), s.falseNegatives()));
    }

    @Test
    void fundingsCompareAmountQualifierAndRoleIncludingRanges() {
        GoldFile gold = GoldFile.parse(gold("fundings",
                "{\"surface\":\"1780-3300元\",\"min_yuan\":1780,\"max_yuan\":3300,\"qualifier\":\"range\",\"role\":\"salary\"},"
                        + "{\"surface\":\"184万余元\",\"amount_yuan\":1840000,\"qualifier\":\"at-least\",\"role\":\"fund-size\"},"
                        + "{\"surface\":\"20万元\",\"amount_yuan\":200000,\"qualifier\":\"exact\",\"role\":\"donated\",\"offset\":9}"));
        EvalReport report = Evaluation.score(gold, List.of(facts("a.txt", List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(
                        money("1780", "3300", Qualifier.RANGE, FundingRole.SALARY),
                        money("1840000.00", null, Qualifier.AT_LEAST, FundingRole.FUND_SIZE),
                        money("200000", null, Qualifier.EXACT, FundingRole.RAISED)))));
        CategoryScore s = report.score(Category.FUNDINGS);
        assertEquals(List.of(2, 1, 1), List.of(s.truePositives(), s.falsePositives(), s.falseNegatives()));
        assertEquals("200000|exact|donated", s.misses().get(0).fact().key());
        assertEquals(9, s.misses().get(0).fact().offset());
        assertEquals("200000|exact|raised", s.falseHits().get(0).fact().key());
    }

    @Test
    void meaningIsCheckedOnAmountsFoundAndARunningTotalMustBeFlagged() {
        String doc = "{\"file\":\"a.txt\",\"date\":\"2019-03-01\","
                + "\"programs\":[{\"name\":\"春蕾计划\",\"aliases\":[\"春蕾助学\"]}],\"fundings\":["
                + "{\"amount_yuan\":80000,\"qualifier\":\"exact\",\"role\":\"disbursed\",\"program\":\"春蕾计划\","
                + "\"beneficiaries\":{\"count\":8},\"year\":2019},"
                + "{\"amount_yuan\":5000000,\"qualifier\":\"at-least\",\"role\":\"raised\",\"cumulative\":true,"
                + "\"program\":null,\"beneficiaries\":null,\"year\":null},"
                + "{\"amount_yuan\":300,\"qualifier\":\"exact\",\"role\":\"per-person\"}]}";
        GoldFile gold = GoldFile.parse("{\"documents\":[" + doc + "]}");
        FundingFigure given = new FundingFigure(new BigDecimal(80000), null, Qualifier.EXACT, FundingRole.DISBURSED,
                null, List.of(), null, List.of(), new Programme("春蕾助学", ProgrammeKind.SPRING_BUD, false),
                new Beneficiaries(9L, Qualifier.EXACT, "名", null, null), null, false, AT_0, 2018, FundingFigure.YUAN);
        FundingFigure notRunningTotal = money("5000000", null, Qualifier.AT_LEAST, FundingRole.RAISED);
        DocumentFacts dated = new DocumentFacts(new SourceDocument("a.txt", Path.of("a.txt"), TEXT, "UTF-8", "0"), "t",
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(given, notRunningTotal),
                new SourcedDate("2019-03-01", DateOrigin.LEAD));
        EvalReport report = Evaluation.score(gold, List.of(dated));

        CategoryScore amounts = report.score(Category.FUNDING_AMOUNTS);
        assertEquals(List.of(2, 0, 1), List.of(amounts.truePositives(), amounts.falsePositives(), amounts.falseNegatives()));
        CategoryScore meaning = report.score(Category.FUNDING_MEANING);
        assertEquals(List.of(1, 1, 2), List.of(meaning.truePositives(), meaning.falsePositives(), meaning.falseNegatives()));
        Diagnostics d = report.diagnostics();
        assertEquals(new Diagnostics.Agreement("role", 2, 2), d.agreement("role"));
        assertEquals(new Diagnostics.Agreement("cumulative", 1, 2), d.agreement("cumulative"));
        assertEquals(new Diagnostics.Agreement("programme", 2, 2), d.agreement("programme")); // alias; none = none
        assertEquals(new Diagnostics.Agreement("beneficiaries", 1, 2), d.agreement("beneficiaries")); // 9 ≠ 8
        assertEquals(new Diagnostics.Agreement("year", 1, 2), d.agreement("year")); // 2018 ≠ 2019; none = none
        assertEquals(List.of(1, 1, 1), List.of(d.datedDocuments(), d.datesFound(), d.datesRight()));
    }

    @Test
    void officialsScoreOneKeyPerPostOrganisationAndNullOrgMatchesOnName() {
        GoldFile gold = GoldFile.parse(gold("officials",
                "{\"name\":\"王海云\",\"org\":\"聊城市妇联\",\"posts\":[{\"position\":\"执委\",\"org\":\"聊城市妇联\"},"
                        + "{\"position\":\"副馆长\",\"org\":\"聊城市文化馆\"}]},"
                        + "{\"name\":\"郭瑜知\",\"org\":null,\"posts\":[{\"position\":\"党的二十大代表\",\"org\":null}]},"
                        + "{\"name\":\"习近平\",\"org\":\"中国共产党中央委员会\",\"optional\":true}"));
        PostHolder wang = official("王海云", "聊城市妇联");
        PostHolder guo = official("郭瑜知", "南充市妇联");
        PostHolder xi = official("习近平", "中国共产党中央委员会");
        EvalReport report = Evaluation.score(gold, List.of(facts("a.txt", List.of(), List.of(wang, guo, xi),
                List.of(), List.of(), List.of(), List.of())));
        CategoryScore s = report.score(Category.OFFICIALS);
        assertEquals(List.of(2, 0, 1), List.of(s.truePositives(), s.falsePositives(), s.falseNegatives()));
        assertEquals("王海云|聊城市文化馆", s.misses().get(0).fact().key());
    }

    @Test
    void itemsMatchOnTheSameLineWithTheSameHeadline() {
        int secondLine = TEXT.indexOf("标题二");
        GoldFile gold = GoldFile.parse(gold("items",
                "{\"offset\":0,\"headline\":\"标题一\"},{\"offset\":" + secondLine + ",\"headline\":\"标题 二\"}"));
        Item first = item(1, 2, "标题一");                 // same line, later offset: still a match
        Item wrongLine = item(2, TEXT.indexOf("正文"), "标题二"); // right headline on the wrong line
        EvalReport report = Evaluation.score(gold, List.of(facts("a.txt", List.of(first, wrongLine), List.of(),
                List.of(), List.of(), List.of(), List.of())));
        CategoryScore s = report.score(Category.ITEMS);
        assertEquals(List.of(1, 1, 1), List.of(s.truePositives(), s.falsePositives(), s.falseNegatives()));
    }

    @Test
    void categoriesAndDocumentsWithoutGoldAreNotScored() {
        GoldFile gold = GoldFile.parse(gold("reporters", ""));
        DocumentFacts a = facts("a.txt", List.of(item(1, 0, "标题一")), List.of(), List.of(), List.of(), List.of(),
                List.of());
        DocumentFacts b = facts("b.txt", List.of(), List.of(), List.of(), List.of(org("全国妇联")), List.of(), List.of());
        EvalReport report = Evaluation.score(gold, List.of(a, b));
        CategoryScore items = report.score(Category.ITEMS);
        assertEquals(List.of(0, 0, 0), List.of(items.truePositives(), items.falsePositives(), items.falseNegatives()));
        assertEquals(0, report.score(Category.ORGANISATIONS).falsePositives());
        assertEquals(List.of("b.txt"), report.unmatchedPredicted());
        assertEquals(1 + Category.values().length, report.table().lines().count()); // header + a row each
    }

    private static ProgrammeMention programme(String name) {
        return new ProgrammeMention(new Programme(name, ProgrammeKind.OTHER, false), name, AT_0);
    }

    private static FundingFigure money(String amount, String max, Qualifier q, FundingRole role) {
        return new FundingFigure(new BigDecimal(amount), max == null ? null : new BigDecimal(max), q, role, null,
                List.of(), null, List.of(), null, null, null, false, AT_0, null, FundingFigure.YUAN);
    }

    private static PostHolder official(String name, String org) {
        Organisation o = new Organisation(org, OrgType.OTHER, null, null, false);
        return new PostHolder(name, List.of(new Post("主席", o, PostEvent.STATED, AT_0)), AT_0);
    }

    private static Item item(int number, int start, String headline) {
        return new Item(number, new Span(start, start + 1, "x", "x"), headline, null, List.of(), null, null, null, null);
    }
}
