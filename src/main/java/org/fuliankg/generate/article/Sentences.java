package org.fuliankg.generate.article;

import java.util.List;
import java.util.function.Predicate;
import org.fuliankg.generate.gold.KnownFacts;
import org.fuliankg.generate.material.Chance;
import org.fuliankg.generate.material.Lexicon;
import org.fuliankg.generate.material.Money;

/**
 * Sentence shapes of federation news, each written into a {@link Scene} with its facts. Several shapes per
 * fact kind, so that a test over generated text sees the variety of real pages rather than one pattern.
 */
final class Sentences {

    /** Things officials say: no names, places, programmes or numbers, so they add no facts. */
    private static final List<String> REMARKS = List.of(
            "要把服务妇女群众的各项工作做细做实",
            "各级妇联组织要主动融入中心工作、服务发展大局",
            "将持续关注困难妇女儿童的急难愁盼问题",
            "要推动更多优质资源向基层延伸",
            "妇联干部要多到田间地头和社区院落听取姐妹们的心声",
            "下一步将进一步完善帮扶机制，让关爱更加精准",
            "要引导广大妇女在推动高质量发展中展现新作为",
            "将把好事办好、实事办实，让妇女群众有更多获得感");
    private static final List<String> EVENTS = List.of("工作推进会", "座谈会", "启动仪式", "表彰大会", "执委会议",
            "专题培训班");
    private static final List<String> FILLER = List.of(
            "活动现场气氛热烈，不少群众专程赶来参加。",
            "据了解，相关工作已覆盖辖区所有乡镇（街道）。",
            "下一步，各级妇联组织将加强统筹协调，形成工作合力。",
            "参加活动的妇女代表纷纷表示，要把学到的知识用到生产生活中去。",
            "近年来，当地不断创新服务方式，把工作做到群众心坎上。",
            "会议对下一阶段重点任务作了部署。",
            "活动中，志愿者们耐心解答群众关心的问题，并发放了宣传资料。",
            "大家围绕家庭教育、婚姻家庭纠纷调解等话题展开交流，现场互动频繁。",
            "与会人员结合工作实际，就如何更好地联系服务妇女群众进行了深入讨论。",
            "培训采取专题授课、现场教学和分组研讨相结合的方式，内容丰富、形式多样。",
            "不少乡村妇女第一次走进课堂，学习电商直播、农产品包装等实用技能。",
            "在社区活动室里，孩子们在老师的带领下开展手工制作和亲子阅读。",
            "据介绍，此次活动旨在进一步弘扬社会主义核心价值观，传承中华民族家庭美德。",
            "接下来，还将组织宣讲骨干深入村组、社区和企业开展宣讲。",
            "现场还设置了法律咨询、健康义诊和心理疏导等服务台，吸引了许多居民驻足。",
            "一位参加培训的学员说，课程贴近生活，学到的方法回家就能用上。",
            "各级妇联组织坚持把思想政治引领放在首位，团结引领妇女听党话、跟党走。",
            "通过线上线下相结合的方式，服务覆盖面不断扩大，群众满意度逐年提升。",
            "活动结束后，工作人员对困难家庭的实际需求进行了登记，以便后续跟进帮扶。",
            "她们用自己的双手改变了家庭面貌，也带动身边更多姐妹增收致富。",
            "近年来，越来越多的女性投身乡村振兴，在种植养殖、乡村旅游等领域大显身手。",
            "与会代表表示，将以此次会议为契机，把各项任务落到实处。");

    private final Lexicon lexicon = Lexicon.get();

    /** A date or period at the start of a sentence, with its comma. */
    static String when(Chance c) {
        return switch (c.below(4)) {
            case 0 -> "近日，";
            case 1 -> c.between(1, 12) + "月" + c.between(1, 28) + "日，";
            case 2 -> "今年" + c.between(1, 12) + "月，";
            default -> c.between(2019, 2024) + "年" + c.between(1, 12) + "月" + c.between(1, 28) + "日，";
        };
    }

    static String remark(Chance c) {
        return c.pick(REMARKS);
    }

    /** A fact-free sentence, now and then with the noise of real pages (see {@link PageNoise}). */
    static String filler(Chance c) {
        return PageNoise.garble(c, c.pick(FILLER));
    }

    /** A few fact-free sentences: the running text between the facts of a real report. */
    static String fillers(Chance c, int min, int max) {
        StringBuilder out = new StringBuilder();
        int count = c.between(min, max);
        for (int i = 0; i < count; i++) out.append(filler(c));
        return out.toString();
    }

    /** One official said something, in one of several shapes. */
    void officialSpeaks(Scene s) {
        Chance c = s.chance;
        Federation f = s.county != null && c.percent(25) ? s.county : c.percent(15) ? s.province : s.city;
        Scene.Title title = c.percent(50) ? c.pick(Scene.CHAIRS) : c.pick(Scene.DEPUTIES);
        switch (c.below(6)) {
            case 0 -> {
                s.add(when(c));
                s.official(f, title);
                s.add("在" + c.pick(EVENTS) + "上表示，" + remark(c) + "。");
            }
            case 1 -> {
                s.official(f, title);
                s.add("介绍，" + remark(c) + "。");
            }
            case 2 -> {
                s.add("据");
                s.official(f, title);
                s.add("介绍，" + remark(c) + "。");
            }
            case 3 -> {
                s.add("“" + remark(c) + "。”");
                s.official(f, title);
                s.add("说。");
            }
            case 4 -> {
                s.official(s.city, c.pick(Scene.CHAIRS));
                s.add("、");
                s.official(s.county != null ? s.county : s.province, c.pick(Scene.DEPUTIES));
                s.add("等出席活动。");
            }
            default -> {
                s.officialOfTwoBodies(s.city);
                s.add("在发言中说，" + remark(c) + "。");
            }
        }
    }

    /** One sum of money with a role, in one of several shapes for that role. */
    void funding(Scene s, String role) {
        switch (role) {
            case "raised" -> raised(s);
            case "donated" -> donated(s);
            case "disbursed" -> disbursed(s);
            case "per-person" -> perPerson(s);
            case "cumulative" -> cumulative(s);
            case "value-of-goods" -> goods(s);
            case "loan" -> loan(s);
            case "salary" -> salary(s);
            default -> throw new IllegalArgumentException(role);
        }
    }

    static final List<String> ROLES = List.of("raised", "donated", "disbursed", "per-person", "cumulative",
            "value-of-goods", "loan", "salary");

    private void raised(Scene s) {
        Chance c = s.chance;
        Lexicon.LexiconProgramme p = fundable(c);
        switch (c.below(4)) {
            case 0 -> {
                Lexicon.LexiconProgramme day = programme(c, q -> q.name().contains("公益日"));
                s.add(when(c)).federation(s.city).add("依托");
                if (day != null) s.programme(day).add("线上平台");
                else s.add("互联网公益平台");
                s.add("发起").programme(p).add("募捐，募集善款").money(Money.large(c), "raised", p.name()).add("。");
            }
            case 1 -> s.federation(s.city).add("广泛动员社会力量，为").programme(p).add("筹集资金")
                    .money(Money.large(c), "raised", p.name()).add("。");
            case 2 -> s.add("活动当天，现场筹得爱心善款").money(Money.large(c), "raised", p.name()).add("，将全部用于")
                    .programme(p).add("。");
            default -> s.add(when(c)).federation(s.province).add("联合社会组织开展公益募捐，筹措").programme(p)
                    .add("资金").money(Money.large(c), "raised", p.name()).add("。");
        }
    }

    private void donated(Scene s) {
        Chance c = s.chance;
        Lexicon.LexiconProgramme p = fundable(c);
        switch (c.below(4)) {
            case 0 -> s.company().add("向").federation(s.city).add("捐赠").money(Money.large(c), "donated", p.name())
                    .add("，用于").programme(p).add("。");
            case 1 -> s.add("会上，").company().add("为").programme(p).add("捐款")
                    .money(Money.large(c), "donated", p.name()).add("。");
            case 2 -> s.add("仪式上，").company().add("现场捐资").money(Money.large(c), "donated", p.name())
                    .add("，支持").programme(p).add("在当地实施。");
            default -> s.federation(s.city).add("接受").company().add("捐赠的善款") // received: raised (ontology README)
                    .money(Money.large(c), "raised", null).add("。");
        }
    }

    private void disbursed(Scene s) {
        Chance c = s.chance;
        Lexicon.LexiconProgramme p = fundable(c);
        int people = c.between(12, 3000);
        switch (c.below(4)) {
            case 0 -> s.federation(s.city).add("为" + people + "名困难妇女发放").programme(p).add("救助金")
                    .money(Money.large(c), "disbursed", p.name()).add("。");
            case 1 -> s.add("截至目前，已向" + people + "名困境女童发放助学金") // a running total (ontology README)
                    .money(Money.large(c), "cumulative", null).add("。");
            case 2 -> s.add(when(c)).federation(s.county != null ? s.county : s.city)
                    .add("走访慰问" + people + "户困难家庭，送去慰问金").money(Money.large(c), "disbursed", null).add("。");
            default -> {
                Lexicon.LexiconProgramme relief = programme(c, q -> q.kind().equals("two-cancer"));
                s.add("通过").programme(relief != null ? relief : p).add("，" + people + "名患病妇女获得救助资金")
                        .money(Money.large(c), "disbursed", (relief != null ? relief : p).name()).add("。");
            }
        }
    }

    private void perPerson(Scene s) {
        Chance c = s.chance;
        Lexicon.LexiconProgramme p = fundable(c);
        switch (c.below(4)) {
            case 0 -> s.add("每名患病妇女可获得救助金").money(Money.small(c), "per-person", null).add("。");
            case 1 -> s.add("受助女童每人每年可获得").money(Money.small(c), "per-person", null).add("资助。");
            case 2 -> s.add("按照每户").money(Money.small(c), "per-person", null).add("的标准发放慰问金。");
            default -> s.programme(p).add("对符合条件的困难妇女每人救助").money(Money.small(c), "per-person", p.name())
                    .add("。");
        }
    }

    private void cumulative(Scene s) {
        Chance c = s.chance;
        Lexicon.LexiconProgramme p = fundable(c);
        int from = c.between(2008, 2018);
        int to = c.between(from + 2, 2023);
        switch (c.below(4)) {
            case 0 -> s.add(from + "年至" + to + "年，").federation(s.city).add("累计投入").programme(p).add("资金")
                    .money(Money.total(c), "cumulative", p.name()).add("，惠及" + c.between(500, 90000) + "名妇女。");
            case 1 -> s.add("多年来，").programme(p).add("在" + s.cityShort() + "累计筹集善款")
                    .money(Money.total(c), "cumulative", p.name()).add("。");
            case 2 -> s.add("自" + from + "年以来，全市共为").programme(p).add("募集资金")
                    .money(Money.total(c), "cumulative", p.name()).add("。");
            default -> s.add(from + "—" + to + "年，").federation(s.city).add("连续" + (to - from + 1) + "年共发放")
                    .programme(p).add("救助金").money(Money.total(c), "cumulative", p.name()).add("。");
        }
    }

    private void goods(Scene s) {
        Chance c = s.chance;
        switch (c.below(3)) {
            case 0 -> s.company().add("捐赠价值").money(Money.large(c), "value-of-goods", null).add("的防疫物资。");
            case 1 -> s.federation(s.city).add("为困难家庭送去价值").money(Money.large(c), "value-of-goods", null)
                    .add("的米面粮油等慰问品。");
            default -> {
                Lexicon.LexiconProgramme parcel = programme(c, q -> q.name().contains("邮包"));
                s.add("活动中发放了价值").money(Money.large(c), "value-of-goods", parcel == null ? null : parcel.name())
                        .add("的");
                if (parcel != null) s.programme(parcel);
                else s.add("爱心健康包");
                s.add("。");
            }
        }
    }

    private void loan(Scene s) {
        Chance c = s.chance;
        Lexicon.LexiconProgramme p = programme(c, q -> q.name().contains("贷"));
        int women = c.between(20, 5000);
        switch (c.below(3)) {
            case 0 -> s.federation(s.city).add("协调金融机构为" + women + "名妇女发放创业担保贷款")
                    .money(Money.large(c), "loan", null).add("。");
            case 1 -> {
                s.add("全年帮助" + women + "户妇女家庭获得");
                if (p != null) s.programme(p, false);
                else s.add("创业贷款");
                s.money(Money.large(c), "loan", p == null ? null : p.name()).add("。");
            }
            default -> {
                s.add(when(c)).federation(s.province).add("联合农业银行发放妇女创业贷款")
                        .money(Money.large(c), "loan", null).add("，扶持" + women + "名女性创业。");
                // the bank's short name is a named organisation too
                s.text.facts.org(new KnownFacts.Org("中国农业银行", "company", "national", "中国", false));
            }
        }
    }

    private void salary(Scene s) {
        Chance c = s.chance;
        String county = s.county != null ? s.county.region().name() : s.place.region().name();
        switch (c.below(3)) {
            case 0 -> {
                s.add(county);
                villageFederations(s, county);
                s.add("主席每月工作补贴").money(Money.range(c), "salary", null).add("。");
            }
            case 1 -> s.add(county + "为全" + county.charAt(county.length() - 1) + "村级妇联主席发放工作补贴，标准为每人每月")
                    .money(Money.range(c), "salary", null).add("。");
            default -> s.add("专职妇联干部月工资").money(Money.range(c), "salary", null).add("。");
        }
    }

    /** 村（社区）妇联: a class of bodies, optional in the gold. */
    private static void villageFederations(Scene s, String county) {
        s.add("村（社区）妇联");
        // the gold writes brackets half-width, as the normaliser folds them
        s.text.facts.org(new KnownFacts.Org(county + "村(社区)妇联", "federation", "village", county, true));
    }

    /** A programme that money goes to: 春蕾, 两癌, 母亲…, 安康 …; any lexicon programme if none of these. */
    private Lexicon.LexiconProgramme fundable(Chance c) {
        Lexicon.LexiconProgramme p = programme(c, q -> q.kind().equals("spring-bud") || q.kind().equals("two-cancer")
                || q.name().contains("母亲") || q.name().contains("安康"));
        return p != null ? p : c.pick(lexicon.programmes);
    }

    private Lexicon.LexiconProgramme programme(Chance c, Predicate<Lexicon.LexiconProgramme> which) {
        List<Lexicon.LexiconProgramme> fitting = lexicon.programmes.stream().filter(which).toList();
        return fitting.isEmpty() ? null : c.pick(fitting);
    }
}
