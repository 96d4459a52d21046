package org.fuliankg.generate.article;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.fuliankg.domain.org.Region;
import org.fuliankg.generate.gold.KnownFacts;
import org.fuliankg.generate.material.Chance;
import org.fuliankg.generate.material.Lexicon;
import org.fuliankg.generate.material.Money;
import org.fuliankg.generate.material.PersonNames;

/**
 * Where and by whom an article is written, and the article text so far. Its methods write one mention (of a
 * federation, an official, a programme, a sum) and record it as a known fact at the same time, so the gold can
 * never disagree with the text.
 */
final class Scene {

    /** A title as written and the gold positions it stands for. */
    record Title(String surface, List<String> positions) {}

    static final List<Title> CHAIRS = List.of(
            new Title("党组书记、主席", List.of("党组书记", "主席")),
            new Title("主席", List.of("主席")),
            new Title("党组书记", List.of("党组书记")));
    static final List<Title> DEPUTIES = List.of(
            new Title("副主席", List.of("副主席")),
            new Title("党组成员、副主席", List.of("党组成员", "副主席")),
            new Title("党组副书记、副主席", List.of("党组副书记", "副主席")),
            new Title("兼职副主席", List.of("兼职副主席")));

    final Chance chance;
    final ArticleText text;
    final PersonNames names;
    final Lexicon.Prefecture place;
    final Federation city;
    final Federation province;
    /** A county federation of the prefecture, or null when the table lists no county for it. */
    final Federation county;
    private final Set<Federation> mentioned = new HashSet<>();

    /** A scene writing into {@code text}; several scenes (interviews of one page) may share a text and names. */
    Scene(Chance chance, Lexicon.Prefecture place, ArticleText text, PersonNames names) {
        this.chance = chance;
        this.text = text;
        this.names = names;
        this.place = place;
        this.city = Federation.of(place.region());
        this.province = Federation.of(place.province());
        this.county = place.counties().isEmpty() ? null : Federation.of(chance.pick(place.counties()));
    }

    /** 成都 for 成都市; names that are not 市 stay whole (凉山彝族自治州). */
    static String shortName(Region region) {
        String n = region.name();
        boolean shortenable = (n.endsWith("市") || n.endsWith("省")) && n.length() >= 3;
        return shortenable ? n.substring(0, n.length() - 1) : n;
    }

    String cityShort() {
        return shortName(place.region());
    }

    String provinceShort() {
        return shortName(place.province());
    }

    Scene add(String s) {
        text.add(s);
        return this;
    }

    /**
     * Writes a federation: in full the first time (the city's sometimes after its province), then often by its
     * abbreviation (市妇联) when it is the article's own federation or the province's and no other federation of
     * the article shares that abbreviation (a county-level 市 next to the city).
     */
    Scene federation(Federation f) {
        boolean first = mentioned.add(f);
        String surface;
        if (!first && (f == city || f == province) && abbreviationIsClear(f) && chance.percent(60)) {
            surface = f.abbreviation();
        } else if (f == city && chance.percent(25)) surface = place.province().name() + f.fullName(chance);
        else surface = f.fullName(chance);
        text.add(surface);
        text.facts.org(f.fact());
        return this;
    }

    private boolean abbreviationIsClear(Federation f) {
        for (Federation other : new Federation[] {city, province, county}) {
            if (other != null && other != f && other.abbreviation().equals(f.abbreviation())) return false;
        }
        return true;
    }

    /** Federation, title and a new name, recorded as an official; returns the name. */
    String official(Federation f, Title title) {
        return official(f, title, chance.percent(15));
    }

    /** As {@link #official(Federation, Title)}, with a space before the name or not. */
    String official(Federation f, Title title, boolean spaced) {
        String name = names.next(chance);
        int start = text.position();
        federation(f);
        text.add(title.surface());
        if (spaced) text.add(" ");
        text.add(name);
        recordOfficial(name, f, title, start);
        return name;
    }

    /** An interview's header line: "成都市妇联党组书记、主席 NAME", the federation in full. */
    String header(Federation f, Title title) {
        String name = names.next(chance);
        mentioned.add(f);
        int start = text.position();
        text.add(f.canonical()).add(title.surface()).add(" ").add(name);
        text.facts.org(f.fact());
        recordOfficial(name, f, title, start);
        return name;
    }

    private void recordOfficial(String name, Federation f, Title title, int start) {
        List<KnownFacts.Post> posts = new ArrayList<>();
        for (String p : title.positions()) posts.add(new KnownFacts.Post(p, f.canonical()));
        text.facts.officials.add(new KnownFacts.Official(name, posts, start, text.position()));
    }

    /**
     * 市妇联副主席、市女企业家协会会长 NAME: one person, posts in two bodies. The association is written in full
     * (成都市女企业家协会) since an abbreviation of it would be the reader's guess.
     */
    String officialOfTwoBodies(Federation f) {
        String name = names.next(chance);
        String association = f.region().name() + "女企业家协会";
        int start = text.position();
        federation(f);
        text.add("副主席、").add(association).add("会长").add(name);
        text.facts.org(new KnownFacts.Org(association, "association", f.level(), f.region().name(), false));
        text.facts.officials.add(new KnownFacts.Official(name, List.of(new KnownFacts.Post("副主席", f.canonical()),
                new KnownFacts.Post("会长", association)), start, text.position()));
        return name;
    }

    /** A programme of the lexicon, written plain, in quotes, or in quotes with 项目. */
    Scene programme(Lexicon.LexiconProgramme p) {
        return programme(p, true);
    }

    /** As {@link #programme(Lexicon.LexiconProgramme)}; {@code withSuffix} false where 项目 would not read well. */
    Scene programme(Lexicon.LexiconProgramme p, boolean withSuffix) {
        String name = p.name();
        String surface;
        if (name.startsWith("两癌") && chance.percent(60)) {
            surface = "“两癌”" + name.substring(2); // how the press usually writes it
        } else {
            surface = switch (chance.below(withSuffix ? 5 : 4)) {
                case 0, 1 -> name;
                case 2, 3 -> "“" + name + "”";
                default -> name.endsWith("工程") || name.endsWith("项目") ? name : "“" + name + "”项目";
            };
        }
        text.add(surface);
        text.facts.programme(new KnownFacts.Programme(name, p.kind(), false));
        return this;
    }

    /** Writes a sum and records it with its role and the programme it went to (or null). */
    Scene money(Money m, String role, String programme) {
        int start = text.position();
        text.add(m.surface());
        text.facts.fundings.add(new KnownFacts.Funding(m.amount(), m.min(), m.max(), m.qualifier(), role, programme,
                start, text.position()));
        return this;
    }

    /** A made-up company of the city, recorded as an organisation. */
    Scene company() {
        String name = cityShort() + chance.pick("华兴", "瑞丰", "恒达", "金穗", "天成", "锦程", "宏远", "嘉禾")
                + chance.pick("科技", "实业", "农业发展", "建设", "商贸", "食品") + "有限公司";
        text.add(name);
        text.facts.org(new KnownFacts.Org(name, "company", null, place.region().name(), false));
        return this;
    }

    /** 中国妇女发展基金会, the national foundation behind many programmes. */
    Scene foundation() {
        text.add("中国妇女发展基金会");
        text.facts.org(new KnownFacts.Org("中国妇女发展基金会", "foundation", "national", "中国", false));
        return this;
    }
}
