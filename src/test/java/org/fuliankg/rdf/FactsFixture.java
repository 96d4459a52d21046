package org.fuliankg.rdf;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.query.DatasetFactory;
import org.fuliankg.domain.money.Beneficiaries;
import org.fuliankg.domain.text.DateOrigin;
import org.fuliankg.domain.money.FundingFigure;
import org.fuliankg.domain.money.FundingRole;
import org.fuliankg.domain.Item;
import org.fuliankg.domain.org.OrgLevel;
import org.fuliankg.domain.org.OrgType;
import org.fuliankg.domain.org.Organisation;
import org.fuliankg.domain.org.OrganisationMention;
import org.fuliankg.domain.people.Person;
import org.fuliankg.domain.people.Post;
import org.fuliankg.domain.people.PostEvent;
import org.fuliankg.domain.people.PostHolder;
import org.fuliankg.domain.programme.Programme;
import org.fuliankg.domain.programme.ProgrammeKind;
import org.fuliankg.domain.programme.ProgrammeMention;
import org.fuliankg.domain.money.Qualifier;
import org.fuliankg.domain.org.Region;
import org.fuliankg.domain.people.Reporter;
import org.fuliankg.domain.text.SourcedDate;
import org.fuliankg.domain.text.Span;
import org.fuliankg.extract.DocumentFacts;
import org.fuliankg.lexicon.Divisions;
import org.fuliankg.rdf.table.ResearchTables;
import org.fuliankg.source.SourceDocument;

/**
 * Hand-made facts of two short invented documents, as the extractors would return them. Spans are computed from
 * the texts, so offsets, surfaces and sentences are consistent.
 */
final class FactsFixture {

    static final String FILE_A = "101_interviews.txt";
    static final String FILE_B = "102_news.txt";

    static final String TEXT_A = """
            自贡市妇联党组书记、主席 李红梅
            问:2022年有哪些亮点?
            答:自贡市妇联联合中国妇女发展基金会实施春蕾计划,募集善款120万余元,资助困境女童800名。“两癌”救助项目为150名患病妇女每人发放救助金1万元。富顺县妇联主席、自贡市女企业家协会会长张丽带头捐赠。受助女童王小花考上了大学。
            """;

    static final String TEXT_B = """
            自贡妇联开展巾帼大宣讲
            本报记者 赵敏 发自自贡
            日前,在四川省妇联指导下,自贡市妇联主席李红梅为宣讲团授旗。春营计划今年新增受助女童200名。
            """;

    static final Divisions DIVISIONS = Divisions.get();
    static final Region ZIGONG = DIVISIONS.byCode("510300").orElseThrow();
    static final Region FUSHUN = DIVISIONS.byCode("510322").orElseThrow();
    static final Region CHINA = DIVISIONS.country();
    static final Region SICHUAN = DIVISIONS.byCode("510000").orElseThrow();

    static final Organisation ZIGONG_FEDERATION = new Organisation("自贡市妇联", OrgType.FEDERATION, OrgLevel.PREFECTURE, ZIGONG, false);
    static final Organisation SICHUAN_FEDERATION = new Organisation("四川省妇联", OrgType.FEDERATION, OrgLevel.PROVINCE, SICHUAN, false);
    static final Organisation FUSHUN_FEDERATION = new Organisation("富顺县妇联", OrgType.FEDERATION, OrgLevel.COUNTY, FUSHUN, false);
    static final Organisation CWDF = new Organisation("中国妇女发展基金会", OrgType.FOUNDATION, OrgLevel.NATIONAL, CHINA, false);
    static final Organisation ENTREPRENEURS = new Organisation("自贡市女企业家协会", OrgType.ASSOCIATION, OrgLevel.PREFECTURE, ZIGONG, false);
    static final Programme SPRING_BUD = new Programme("春蕾计划", ProgrammeKind.SPRING_BUD, false);
    static final Programme TWO_CANCER_RELIEF = new Programme("两癌救助", ProgrammeKind.TWO_CANCER, false);
    static final Programme PUBLICITY = new Programme("百千万巾帼大宣讲", ProgrammeKind.PUBLICITY, false);

    /** The news item's date, from its header: the document's date too. */
    static final SourcedDate NEWS_DATE = new SourcedDate("2023-01-05", DateOrigin.PUBLICATION_LINE);

    private FactsFixture() {}

    /** Interviews: two officials (one with posts in two organisations), two fundings, a beneficiary. */
    static DocumentFacts interviews() {
        String t = TEXT_A;
        Item item = new Item(1, new Span(0, length(t), t, t), "自贡市妇联党组书记、主席 李红梅", null, List.of(),
                null, null, ZIGONG, null);
        PostHolder li = new PostHolder("李红梅", List.of(
                new Post("党组书记", ZIGONG_FEDERATION, PostEvent.STATED, span(t, "自贡市妇联党组书记"), "自贡市妇联"),
                new Post("主席", ZIGONG_FEDERATION, PostEvent.STATED, span(t, "主席"), "自贡市妇联")), span(t, "自贡市妇联党组书记、主席 李红梅"));
        item = new Item(1, item.span(), item.headline(), null, List.of(), null, null, ZIGONG, li);
        PostHolder zhang = new PostHolder("张丽", List.of(
                new Post("主席", FUSHUN_FEDERATION, PostEvent.STATED, span(t, "富顺县妇联主席"), "富顺县妇联"),
                new Post("会长", ENTREPRENEURS, PostEvent.STATED, span(t, "自贡市女企业家协会会长"), "自贡市女企业家协会")),
                span(t, "富顺县妇联主席、自贡市女企业家协会会长张丽"));
        FundingFigure raised = new FundingFigure(new BigDecimal("1200000"), null, Qualifier.AT_LEAST, FundingRole.RAISED,
                "善款", List.of(ZIGONG_FEDERATION, CWDF), null, List.of(), SPRING_BUD,
                new Beneficiaries(800L, Qualifier.EXACT, "名", "困境女童", span(t, "800名")), "2022年",
                false, span(t, "120万余元"), 2022, FundingFigure.YUAN);
        FundingFigure perPerson = new FundingFigure(new BigDecimal("10000"), null, Qualifier.EXACT, FundingRole.PER_PERSON,
                "救助金", List.of(), ZIGONG_FEDERATION, List.of(), TWO_CANCER_RELIEF,
                new Beneficiaries(150L, Qualifier.EXACT, "名", "患病妇女", null), null, false, span(t, "1万元"), null, FundingFigure.YUAN);
        return new DocumentFacts(source(FILE_A, t), "自贡市妇联党组书记、主席 李红梅", List.of(item), List.of(li, zhang),
                List.of(), List.of(new Person("王小花", "受助女童", span(t, "王小花"))),
                List.of(new OrganisationMention(ZIGONG_FEDERATION, span(t, "自贡市妇联")),
                        new OrganisationMention(CWDF, span(t, "中国妇女发展基金会")),
                        new OrganisationMention(FUSHUN_FEDERATION, span(t, "富顺县妇联")),
                        new OrganisationMention(ENTREPRENEURS, span(t, "自贡市女企业家协会"))),
                List.of(new ProgrammeMention(SPRING_BUD, "春蕾计划", span(t, "春蕾计划")),
                        new ProgrammeMention(TWO_CANCER_RELIEF, "“两癌”救助项目", span(t, "“两癌”救助项目"))),
                List.of(raised, perPerson), null);
    }

    /**
     * A news item by a reporter: the federation is written 自贡妇联 with no region (the resolver must find it), the
     * same chair is named again, 四川省妇联 is named with no official, and 春营计划 is an OCR slip of 春蕾计划.
     */
    static DocumentFacts news() {
        String t = TEXT_B;
        Reporter reporter = new Reporter("赵敏", "记者", "中国妇女报", "自贡", span(t, "赵敏"));
        Item item = new Item(1, new Span(0, length(t), t, t), "自贡妇联开展巾帼大宣讲", null, List.of(reporter), "自贡",
                NEWS_DATE, ZIGONG, null);
        Organisation writtenShort = new Organisation("自贡妇联", OrgType.FEDERATION, null, null, false);
        PostHolder li = new PostHolder("李红梅", List.of(new Post("主席", ZIGONG_FEDERATION, PostEvent.STATED, span(t, "自贡市妇联主席"))),
                span(t, "自贡市妇联主席李红梅"));
        return new DocumentFacts(source(FILE_B, t), "自贡妇联开展巾帼大宣讲", List.of(item), List.of(li), List.of(reporter),
                List.of(),
                List.of(new OrganisationMention(writtenShort, span(t, "自贡妇联")),
                        new OrganisationMention(SICHUAN_FEDERATION, span(t, "四川省妇联")),
                        new OrganisationMention(ZIGONG_FEDERATION, span(t, "自贡市妇联"))),
                List.of(new ProgrammeMention(PUBLICITY, "巾帼大宣讲", span(t, "巾帼大宣讲")),
                        new ProgrammeMention(SPRING_BUD, "春蕾计划", span(t, "春营计划"))),
                List.of(), NEWS_DATE);
    }

    /** Both documents in named graphs, with the reference data and the research tables: what a build of the two files holds. */
    static Dataset dataset() {
        GraphMapper mapper = new GraphMapper();
        Dataset dataset = DatasetFactory.create();
        for (DocumentFacts facts : List.of(interviews(), news())) {
            Model graph = mapper.map(facts);
            dataset.addNamedModel(mapper.graphName(facts), graph);
            ResearchTables.rowsOf(mapper.graphName(facts), graph.getGraph()).forEach(dataset.asDatasetGraph()::add);
        }
        dataset.addNamedModel(mapper.referenceGraphName(), mapper.referenceData());
        ResearchTables.rewriteLedger(dataset.asDatasetGraph()); // as a store computes it after a load
        return dataset;
    }

    static SourceDocument source(String file, String text) {
        return new SourceDocument(file, Path.of("fixture", file), text, "UTF-8", "0".repeat(64));
    }

    /** The first occurrence of {@code surface}, with the line it is on as its sentence. */
    static Span span(String text, String surface) {
        int index = text.indexOf(surface);
        if (index < 0) throw new IllegalArgumentException("not in text: " + surface);
        int lineStart = text.lastIndexOf('\n', index) + 1;
        int lineEnd = text.indexOf('\n', index);
        int start = text.codePointCount(0, index);
        return new Span(start, start + surface.codePointCount(0, surface.length()), surface,
                text.substring(lineStart, lineEnd < 0 ? text.length() : lineEnd));
    }

    private static int length(String text) {
        return text.codePointCount(0, text.length());
    }
}
