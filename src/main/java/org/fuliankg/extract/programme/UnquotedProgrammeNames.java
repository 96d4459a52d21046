package org.fuliankg.extract.programme;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fuliankg.domain.programme.Programme;
import org.fuliankg.extract.text.FirstCharacters;
import org.fuliankg.extract.text.ScreenedPattern;
import org.fuliankg.lexicon.Programmes;
import org.fuliankg.lexicon.RegionalEpithets;

/**
 * Finds programmes named without quotes after a verb that starts them or as the next member of a list of
 * programmes: "启动了第一书记帮扶村送巾帼志愿服务项目", "实施高素质女农民培训计划", "新成立了…曌基金",
 * "关爱女性保障计划、乡村振兴巾帼人才培养计划", "设立特殊困难家庭学生励志奖学金". Names ending in 计划, 项目, 工程 or 基金 are taken after those
 * verbs, and after 深化 or 推进, which carry on a scheme already running as 实施 does ("深化某某技能培训项目，投入资金…";
 * not "推进工作项目化", a way of working); a name ending in 行动 only right after 启动/实施/开展 ("启动开展全省女性素质提升行动") or as a women's
 * campaign 巾帼…行动 ("市巾帼健康行动之…"), because 行动 and 活动 otherwise often close a generic phrase
 * ("深化巾帼建功行动", "五大行动"). A name that ends with a lexicon programme ("实施家家幸福安康工程") is left
 * to the lexicon. Members of a list that share one head (深化北疆巾帼铸魂、家家幸福安康、强基扩面促活三大工程) are
 * each that head's programme when one of them is a programme the lexicon knows, which shows the list names works.
 */
public final class UnquotedProgrammeNames {

    private final Programmes lexicon;

    public UnquotedProgrammeNames(Programmes lexicon) {
        this.lexicon = lexicon;
    }

    private static final Pattern NAME = Pattern.compile(
            "(?:(?:实施|启动|开展|设立|成立|推出|发起|创办|打造|深化|推进)了?|(?<=[划目程金])[、及])"
                    + "(?<name>[\\u4e00-\\u9fff·]{4,22}?(?:计划|项目|工程|基金(?!会)))(?![化制])"); // 设立某省扶持妇女创业…贷款项目
    private static final FirstCharacters NAME_STARTS = FirstCharacters.of(NAME.pattern());
    /** 设立特殊困难家庭学生励志奖学金: a scholarship or relief fund a body sets up, named without quotes. */
    private static final Pattern AWARD_SET_UP = Pattern.compile(
            "(?:设立|设置|创设|创立)了?(?<name>[\\u4e00-\\u9fff·]{4,14}?(?:奖学金|助学金|救助金))");
    private static final FirstCharacters AWARD_SET_UP_STARTS = FirstCharacters.of(AWARD_SET_UP.pattern());
    /** 捐予某某关爱基金, 争取某某发展基金补助: a fund that money goes into or comes from, named without quotes. */
    private static final Pattern FUND_OF_MONEY = Pattern.compile(
            "(?:捐予|捐给|捐赠给|捐入|注入|拨入|争取|申请|获得)(?<name>[\\u4e00-\\u9fff]{4,12}?基金)(?!会)");
    private static final FirstCharacters FUND_OF_MONEY_STARTS = FirstCharacters.of(FUND_OF_MONEY.pattern());
    /** Funds named by their kind alone (专项基金, 发展基金): no name of their own. */
    private static final Pattern KIND_OF_FUND = Pattern.compile("^(?:专项|配套|扶持|启动|发展|救助|公益|慈善|爱心|互助)+基金$");
    private static final Pattern BOTH_CANCERS = Pattern.compile("(?:宫颈癌[和与及、]乳腺癌|乳腺癌[和与及、]宫颈癌)");
    /** 据了解，某某救助计划是…: a name ending in a programme word that a report goes on to define. */
    private static final Pattern DEFINED = Pattern.compile(
            "(?:据了解|据悉|据介绍)[，,](?<name>[\\u4e00-\\u9fff·]{4,22}?(?:计划|项目|工程|行动))是");
    private static final FirstCharacters DEFINED_STARTS = FirstCharacters.of(DEFINED.pattern());
    /** The scope words before a campaign (启动全国…行动) are not part of its name. */
    private static final Pattern ACTION = Pattern.compile(
            "(?:启动|实施|开展)了?(?:开展)?(?:全国|全省|全市|全县|全区)?(?<name>[\\u4e00-\\u9fff]{4,12}?行动)"
                    + "|(?<name2>巾帼[\\u4e00-\\u9fff]{2,6}?行动)");
    /** 2024年度家庭安康工程启动会议, 召开巾帼护航行动推进会: a meeting launching or pushing a named work names it. */
    private static final Pattern MEETING = Pattern.compile(
            "(?:[0-9]{4}年度?|举办|召开|举行|[^\\u4e00-\\u9fff])(?:全国|全省|全市|全县|全区)?"
                    + "(?<name>[\\u4e00-\\u9fff]{3,12}?(?:工程|计划|行动))(?:启动|推进|部署)(?:会议?|仪式|大会)");
    /** 百千万工程, 十百千行动: a name of three place-value numerals, written without quotes (not 十四五, a period). */
    private static final Pattern NUMERAL_NAME = Pattern.compile("(?<![十百千万])(?<name>[十百千万]{3}(?:工程|行动|计划))");
    /** A verb, then two or more names and the head word they share: 深化甲、乙、丙三大工程, 实施甲、乙行动. */
    private static final Pattern SHARED_HEAD = Pattern.compile(
            "(?:实施|深化|推进|开展|启动|抓好|抓实|落实|推动)好?(?<list>[\\u4e00-\\u9fff]{4,8}(?:、[\\u4e00-\\u9fff]{4,8}?)+)"
                    + "(?:[两三四五六七八九十]大)?(?<head>工程|行动|计划)");
    private static final ScreenedPattern HEAD_WORD = ScreenedPattern.compile("(?:工程|行动|计划)$|^(?:实施|深化|推进|开展|做实|夯实|推动)");
    private static final FirstCharacters SHARED_HEAD_STARTS = FirstCharacters.of(SHARED_HEAD.pattern());
    private static final FirstCharacters NUMERAL_NAME_STARTS = FirstCharacters.of(NUMERAL_NAME.pattern());
    private static final FirstCharacters ACTION_STARTS = FirstCharacters.of(ACTION.pattern());
    // 项目的实施不仅有力地支持了国家…工程: a clause (an adverb opening it, a verb's 了 inside) is no name
    private static final ScreenedPattern NOT_A_NAME = ScreenedPattern.compile(
            "[的和与等、了]|活动|[一二三四五六七八九十]大|^(?:好|各|该|这|此|相关|重点|民生|公益|服务|一批|一系列|系列|多个|多项|新的"
                    + "|不仅|不但|也|还|已|将|又|进一步|不断|有力|积极|切实|大力|全力|充分)"
                    + "|(?:公益|慈善)+项目$|特色项目$|" // 女性社会组织特色项目: a class of projects a call selects
                    + "[0-9一二两三四五六七八九十]+个项目$|在行动$" // 巾帼创业在行动: a motto // 儿童公益项目, 三个项目: no names
                    + "|(?:迅速|积极|主动|踊跃|纷纷|立即|共同)行动$"); // 巾帼志愿者迅速行动: people acting, no campaign
    // 开展义卖活动充实圆梦基金: an activity and what it does, not a name

    public List<ProgrammeCandidate> find(String text) {
        List<ProgrammeCandidate> found = new ArrayList<>();
        FirstCharacters.Matches names = NAME_STARTS.matches(NAME, text);
        Matcher m = names.matcher();
        while (names.find()) add(found, m.group("name"), m.start("name"));
        if (text.contains("设")) { // most texts set up no award
            FirstCharacters.Matches awards = AWARD_SET_UP_STARTS.matches(AWARD_SET_UP, text);
            Matcher w = awards.matcher();
            while (awards.find()) add(found, w.group("name"), w.start("name"));
        }
        if (text.contains("基金")) {
            FirstCharacters.Matches funds = FUND_OF_MONEY_STARTS.matches(FUND_OF_MONEY, text);
            Matcher f = funds.matcher();
            while (funds.find()) {
                if (!KIND_OF_FUND.matcher(f.group("name")).matches()) add(found, f.group("name"), f.start("name"));
            }
        }
        FirstCharacters.Matches defined = DEFINED_STARTS.matches(DEFINED, text);
        Matcher d = defined.matcher();
        while (defined.find()) add(found, d.group("name"), d.start("name"));
        FirstCharacters.Matches actions = ACTION_STARTS.matches(ACTION, text);
        Matcher a = actions.matcher();
        while (actions.find()) {
            String group = a.group("name") != null ? "name" : "name2";
            // 草原巾帼创业创新行动: a region's literary name before a women's campaign opens its name
            int epithet = group.equals("name2") ? RegionalEpithets.get().lengthBefore(text, a.start(group)) : 0;
            add(found, text.substring(a.start(group) - epithet, a.end(group)), a.start(group) - epithet);
        }
        if (text.indexOf('、') >= 0) addSharedHeads(found, text);
        FirstCharacters.Matches numerals = NUMERAL_NAME_STARTS.matches(NUMERAL_NAME, text);
        Matcher numeral = numerals.matcher();
        while (numerals.find()) add(found, numeral.group("name"), numeral.start("name"));
        if (text.contains("启动") || text.contains("推进会") || text.contains("部署会")) { // most texts hold none
            Matcher meeting = MEETING.matcher(text);
            while (meeting.find()) add(found, meeting.group("name"), meeting.start("name"));
        }
        return found;
    }

    private void addSharedHeads(List<ProgrammeCandidate> found, String text) {
        FirstCharacters.Matches lists = SHARED_HEAD_STARTS.matches(SHARED_HEAD, text);
        Matcher m = lists.matcher();
        while (lists.find()) {
            String[] members = m.group("list").split("、");
            String head = m.group("head");
            if (Arrays.stream(members).noneMatch(this::isKnown)) continue;
            // 深化巾帼建功行动、实施家家幸福安康工程: phrases with heads of their own; 家庭工作、强基固本五大提升行动: work areas
            if (Arrays.stream(members).anyMatch(w -> HEAD_WORD.find(w)
                    || NOT_A_NAME.find(w + head))) {
                continue;
            }
            int start = m.start("list");
            for (String member : members) {
                String name = member + head;
                if (!isKnown(member) && found.stream().noneMatch(c -> c.programme().name().equals(name))) {
                    Programme p = new Programme(name, ProgrammeKinds.guess(name), false);
                    found.add(new ProgrammeCandidate(start, start + member.length(), p, member));
                }
                start += member.length() + 1;
            }
        }
    }

    /** True when the lexicon reads the whole of {@code words} as one programme (家家幸福安康). */
    private boolean isKnown(String words) {
        return lexicon.findIn(words).stream().anyMatch(k -> k.start() == 0 && k.end() == words.length());
    }

    private void add(List<ProgrammeCandidate> found, String name, int start) {
        // 宫颈癌和乳腺癌救助计划: the 和 joins the two cancers a scheme covers, it joins no clauses
        String words = BOTH_CANCERS.matcher(QuotedProgrammeNames.withoutCongresses(name)).replaceAll("两癌");
        if (NOT_A_NAME.find(words)) return;
        if (lexicon.findIn(name).stream().anyMatch(k -> k.end() == name.length())) return;
        if (found.stream().anyMatch(c -> c.overlaps(start, start + name.length()))) return;
        // 关爱困难妇女宫颈癌和乳腺癌救助计划: a named scheme of a generic class, as a quoted one is
        Programme p = new Programme(name, ProgrammeKinds.guess(name), name.endsWith("基金"), ProgrammeKinds.broader(name));
        found.add(new ProgrammeCandidate(start, start + name.length(), p, name));
    }
}
