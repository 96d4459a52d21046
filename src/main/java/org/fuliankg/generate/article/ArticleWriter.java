package org.fuliankg.generate.article;

import java.util.List;
import org.fuliankg.generate.gold.KnownFacts;
import org.fuliankg.generate.material.Chance;
import org.fuliankg.generate.material.Lexicon;
import org.fuliankg.generate.material.PersonNames;

/**
 * Writes one article of one of four kinds: a bylined news report (most), a page of Q&amp;A interviews with city
 * federation chairs, a signed commentary, or a numbered work report. Each is written to a length drawn by
 * {@link ArticleLengths} and carries the page noise of {@link PageNoise}.
 */
public final class ArticleWriter {

    private static final List<String> HEADLINE_ACTIONS = List.of("多措并举守护妇女健康", "巾帼力量助力乡村振兴",
            "爱心接力温暖困境女童", "为困难妇女办实事解难题", "织密关爱帮扶网络", "推动家庭家教家风建设走深走实",
            "让公益之花开遍城乡", "创新服务激活基层妇联");
    private static final List<String> SUBHEADLINES = List.of("凝聚社会力量 传递巾帼温暖", "聚焦妇女所急所盼",
            "把关爱送到姐妹身边", "基层妇联组织焕发新活力");
    private static final List<String> QUESTIONS = List.of(
            "过去一年，%s在服务妇女儿童方面做了哪些工作？",
            "%s如何推动公益项目落地见效？",
            "在关爱困难妇女方面，%s有哪些具体举措？",
            "新的一年，%s将重点推进哪些民生实事？");
    private static final List<String> COLUMNS = List.of("基层妇联工作笔谈", "巾帼论坛", "妇联主席谈");
    private static final List<String> SECTIONS = List.of("一、", "二、", "三、", "四、", "五、", "六、", "七、", "八、",
            "九、", "十、");
    private static final List<String> SECTION_HEADS = List.of("强化思想引领，凝聚巾帼力量", "聚焦民生实事，服务妇女儿童",
            "深化家庭家教家风建设", "推进基层组织建设", "维护妇女儿童合法权益", "助力乡村振兴和共同富裕");
    private static final List<String> SLOGANS = List.of("让姐妹们的日子越过越红火", "把实事办到妇女心坎上",
            "巾帼同心 共建美好家园", "汇聚她力量 奋进新征程");

    private final Sentences sentences = new Sentences();
    private final Lexicon lexicon = Lexicon.get();

    /** A whole article, chosen and written from {@code chance}. */
    public ArticleText write(Chance chance) {
        int kind = chance.below(100);
        if (kind < 82) return news(chance, ArticleLengths.report(chance));
        if (kind < 89) return interviews(chance, ArticleLengths.compilation(chance));
        if (kind < 97) return commentary(chance, ArticleLengths.report(chance));
        return workReport(chance, ArticleLengths.compilation(chance));
    }

    private ArticleText news(Chance c, int length) {
        Scene s = new Scene(c, c.pick(lexicon.prefectures), new ArticleText(), new PersonNames(lexicon.surnames));
        PageNoise.header(s);
        if (c.percent(50)) s.add(s.provinceShort() + s.cityShort() + c.pick(HEADLINE_ACTIONS)).add("\n");
        else s.federation(s.city).add(c.pick(HEADLINE_ACTIONS)).add("\n");
        if (c.percent(30)) s.add(c.pick(SUBHEADLINES) + "\n");
        s.add("\n");
        boolean bylineInline = c.percent(30);
        byline(s);
        s.add(bylineInline ? " " : "\n\n");
        for (int i = 0; i < 2 || s.text.position() < length; i++) {
            if (i > 0) s.add("\n\n");
            if (i == 0 || c.percent(50)) sentences.officialSpeaks(s);
            if (c.percent(70)) sentences.funding(s, c.pick(Sentences.ROLES));
            s.add(Sentences.fillers(c, 1, 4));
        }
        s.add("\n");
        PageNoise.footer(s);
        return s.text;
    }

    /** 中国妇女报全媒体记者 X 发自Y, one or two reporters. */
    private static void byline(Scene s) {
        Chance c = s.chance;
        s.add(c.percent(80) ? "中国妇女报全媒体记者" : "本报记者");
        if (s.text.text().endsWith("全媒体记者")) {
            s.text.facts.org(new KnownFacts.Org("中国妇女报", "media", "national", "中国", true));
        }
        boolean spaced = c.percent(50);
        if (spaced) s.add(" ");
        reporter(s);
        if (c.percent(35)) {
            s.add(spaced ? " " : "/");
            reporter(s);
        }
        if (c.percent(70)) s.add(" 发自" + s.cityShort());
    }

    private static void reporter(Scene s) {
        String name = s.names.next(s.chance);
        int start = s.text.position();
        s.add(name);
        s.text.facts.reporters.add(new KnownFacts.Reporter(name, start, s.text.position()));
    }

    /**
     * Interviews with the federation chairs of cities of one province, each headed "X市妇联党组书记、主席 NAME",
     * then 问:/答: pairs until the page has its length.
     */
    private ArticleText interviews(Chance c, int length) {
        ArticleText text = new ArticleText();
        PersonNames names = new PersonNames(lexicon.surnames);
        Lexicon.Prefecture first = c.pick(lexicon.prefectures);
        List<Lexicon.Prefecture> others = lexicon.prefectures.stream()
                .filter(p -> p.province().equals(first.province()) && !p.equals(first)).toList();
        int count = Math.min(Math.max(1, length / 1_500), others.size() + 1);
        String colon = c.percent(50) ? ":" : "：";
        for (int i = 0; i < count; i++) {
            // the page's interviews are with different cities of one province
            Scene s = new Scene(c, i == 0 ? first : others.get(i - 1), text, names);
            if (i == 0) PageNoise.header(s);
            s.add(c.pick(SLOGANS) + "\n");
            s.header(s.city, Scene.CHAIRS.get(0));
            s.add("\n");
            int until = length * (i + 1) / count;
            for (int q = 0; q < 2 || text.position() < until; q++) {
                s.add("问" + colon + String.format(c.pick(QUESTIONS), s.place.region().name()) + "\n");
                s.add("答" + colon);
                if (c.percent(50)) s.add(Sentences.remark(c) + "。");
                sentences.funding(s, c.pick(Sentences.ROLES));
                if (c.percent(30)) sentences.funding(s, c.pick(Sentences.ROLES));
                s.add(Sentences.fillers(c, 1, 3));
                s.add("\n");
            }
            if (i == count - 1) PageNoise.footer(s);
        }
        return text;
    }

    /** A column head, a headline, the author's title and name, then paragraphs of argument and results. */
    private ArticleText commentary(Chance c, int length) {
        Scene s = new Scene(c, c.pick(lexicon.prefectures), new ArticleText(), new PersonNames(lexicon.surnames));
        PageNoise.header(s);
        s.add(c.pick(COLUMNS) + "\n\n");
        s.add(c.pick(SLOGANS) + "\n\n");
        s.official(s.city, c.pick(Scene.CHAIRS), true);
        s.add("\n\n");
        for (int i = 0; i < 2 || s.text.position() < length; i++) {
            if (i > 0) s.add("\n\n");
            s.add("我们认为，" + Sentences.remark(c) + "。");
            s.add(Sentences.when(c)).federation(s.city).add("聚焦主责主业，扎实推进各项工作。");
            sentences.funding(s, c.pick(Sentences.ROLES));
            s.add(Sentences.fillers(c, 1, 3));
        }
        s.add("\n");
        PageNoise.footer(s);
        return s.text;
    }

    /**
     * A federation's year's work as numbered sections (一、…) of numbered items ((1) …), each item a fact or two
     * amid running text: the list pages of federation sites.
     */
    private ArticleText workReport(Chance c, int length) {
        Scene s = new Scene(c, c.pick(lexicon.prefectures), new ArticleText(), new PersonNames(lexicon.surnames));
        PageNoise.header(s);
        s.federation(s.city).add(c.between(2018, 2024) + "年工作总结\n\n");
        s.add("一年来，在上级妇联和当地党委的领导下，我们紧紧围绕中心工作，团结带领广大妇女建功新时代。\n\n");
        for (int section = 0; section < SECTIONS.size() && (section < 2 || s.text.position() < length); section++) {
            s.add(SECTIONS.get(section) + c.pick(SECTION_HEADS) + "\n");
            int until = Math.max(s.text.position(), length * (section + 1) / SECTIONS.size());
            for (int item = 1; item <= 2 || s.text.position() < until; item++) {
                s.add("（" + item + "）");
                if (c.percent(30)) sentences.officialSpeaks(s);
                sentences.funding(s, c.pick(Sentences.ROLES));
                s.add(Sentences.fillers(c, 0, 2) + "\n");
            }
            s.add("\n");
        }
        PageNoise.footer(s);
        return s.text;
    }
}
