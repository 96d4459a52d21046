package org.fuliankg.extract.programme;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fuliankg.domain.programme.Programme;
import org.fuliankg.extract.text.ScreenedPattern;
import org.fuliankg.lexicon.Programmes;

/**
 * Finds named campaigns written in quotes: “石榴花开耀天山”工程, “智慧父母”公益课堂, 开展“从心开始”, 《嘉州半边天》专栏.
 * A quoted text is a programme when it or the words right after it end in a programme word (行动, 计划, 工程,
 * 项目, 基金, 宣讲团, 课堂 …, or 活动/品牌/专栏 that describe it), or when a verb such as 实施/开展/深化 introduces
 * it. The name is the quoted text, plus the programme word when that word is part of the name (工程, 计划, 课堂),
 * without descriptive words (活动, 品牌). Structural labels ("六大行动", "1136", "三支队伍"), lists and slogans
 * with commas, document titles and quotes that the lexicon knows are handled elsewhere or skipped; so is a name
 * the document itself lists as a member of a numbered plan ("抓好“六大行动”。一是“思想铸魂行动”…").
 */
public final class QuotedProgrammeNames {

    /** A quoted programme: one the lexicon knows ({@code fromLexicon}) or a newly named one. */
    public record Quote(int start, int end, Programme programme, String variant, boolean fromLexicon) {}

    /** Words that end a programme's name and stay part of it. */
    private static final List<String> NAME_WORDS = List.of(
            "专项整治行动", "行动", "计划", "工程", "项目", "基金", "救助金", "助学金", "宣讲团", "宣讲队", "讲师团",
            "课堂", "讲堂", "学堂", "学院", "大赛", "夏令营", "工作室", "服务站", "热线", "对话会", "公益",
            "培训", "平台", "节目", "栏目", "庭院", "贷", "循环金", "循环资金", "公益行");
    /** Words that say what a quoted name is without being part of it. */
    private static final List<String> DESCRIPTIVE_WORDS = List.of(
            "活动", "系列", "品牌", "主题", "主线", "专栏", "专题", "模式", "创建", "宣讲", "仪式");
    /** A descriptive word counts only when the name's phrase ends there (“X”品牌为统揽, “X”专栏,). */
    private static final String AFTER_DESCRIPTIVE = "为的和与及中正暨作"; // “X”创建作为抓手
    /** An activity's phrase also ends where the place or time of it starts (“X”结对服务示范活动在某地举行). */
    private static final String AFTER_ACTIVITY = "在于";
    /** …and where a verb of its course follows (“X”活动启动, “X”活动在京举行 is read above, “X”活动开幕). */
    private static final Pattern ACTIVITY_COURSE = Pattern.compile(
            "启动|举行|开幕|闭幕|落幕|结束|发车|揭幕|开营|收官|即日|日前|近日|正式|[将已昨今]"); // “X”公益活动即日起启动
    /** 辦理「某某创新方案」: a plan being carried out is a programme, not the document that sets it out (印发…方案). */
    private static final ScreenedPattern SCHEME_VERB = ScreenedPattern.compile("(?:办理|推动|推行|执行|实施|参与|加入)$");
    /** 援疆项目“X”, 公益品牌“X”: a quote in apposition right after what it is names that project or brand. */
    private static final ScreenedPattern APPOSITION = ScreenedPattern.compile("(?:项目|品牌)$");
    private static final ScreenedPattern INTRODUCING_VERB = ScreenedPattern.compile(
            "(?:实施|开展|深化|推进|打造|举办|启动|发起|擦亮|依托|组建|推出|开设|设立|成立|录制|主办|承办|协办|赞助)"
                    + "[^，。；：、“”》]{0,5}$"); // 由某会主办、某基金会赞助的“X”: the bodies running X
    /** The words between the last verb and a short quote (深化实施创业妇女“领头雁”行动: 创业妇女, not 实施创业妇女). */
    private static final Pattern MODIFIER_AFTER_VERB = Pattern.compile(
            "(?:实施|开展|深化|推进|打造|启动|发起)((?:(?!实施|开展|深化|推进|打造|启动|发起)[\\u4e00-\\u9fff]){2,6})$");
    /** 实施情暖“希望之星”助学行动, 2017年情暖“希望之星”…: two words between a verb or a year and a long quote (not a
     * second verb: 深化实施“X”). */
    private static final Pattern SHORT_MODIFIER = Pattern.compile(
            "(?:实施|开展|深化|推进|打造|启动|发起|举办|[0-9]{4}年)((?!实施|开展|深化|推进|打造|启动|发起|举办)[\\u4e00-\\u9fff]{2})$");
    /** Scope and edition words before a quote are not part of a name. */
    private static final Pattern SCOPE = Pattern.compile("全[国省市县区镇]|各级|首届|本次|今年|本届|年度|[好了着].");
    /** “六大行动”, “三支队伍”, “四心”, “1136”, “十四五”: a numeral that counts or labels; not “三晋…” or “五美庭院”. */
    private static final ScreenedPattern STRUCTURAL_LABEL = ScreenedPattern.compile(
            "^[0-9一二两三四五六七八九十]+(?:[大个支项心化型有自类年]|$)|^[0-9]"
                    + "|^[一二两三四五六七八九十][\\u4e00-\\u9fff](?:工程|行动|计划|项目)$"); // “五联工程”: five 联 works
    private static final Pattern LEADING_YEAR = Pattern.compile("^(?:19|20)[0-9]{2}(?=[\\u4e00-\\u9fff])");
    private static final Pattern YEAR_OR_EDITION = Pattern.compile(
            "^(?:\\d{4}年度?)?(?:首届|第[0-9一二三四五六七八九十]+[届期])?");
    /** “慰问贫困母亲资金及物资发放仪式”, “…颁奖典礼”: a quote naming one ceremony or meeting is an event, no programme. */
    private static final ScreenedPattern EVENT = ScreenedPattern.compile("(?:仪式|典礼|大会|晚会|座谈会|推进会|见面会)$");
    private static final ScreenedPattern DOCUMENT = ScreenedPattern.compile(
            "(?:方案|意见|通知|办法|规定|条例|纲要|规划|指引|倡议书|动员令|明白卡|报告|决定|通报|细则|指南|精神|法)$");
    /** What a programme's money is and where it comes from: an alias suffix, never a part of the name. */
    private static final Pattern FUNDING_SOURCE = Pattern.compile(
            "(?:中央)?(?:专项)?(?:彩票)?公益(?:金|资金)|专项(?:资金|基金)|(?:专项)?救助(?:金|款|资金)|资金"
                    + "|(?:爱心)?助学(?:金|款)"); // “X”助学金发放仪式, “X”爱心助学金: the grant X pays
    /** A name word followed by one of these is cut mid-word (公益|金, 公益|活动, 公益|包, 基金|会). */
    private static final String CONTINUES_WORD = "金款资活项事基包会募筹"; // “X”公益|募捐活动: a cause's words run on
    /** Words after a quote that start a predicate about it ("“X”是由…基金会捐助", "“X”从众多项目中"), not a name word. */
    private static final String PREDICATE_START = "是由为在被将从这";
    private static final Pattern SIZED_CAUSE = Pattern.compile("(?:大型|小型)(?:公益|慈善|募捐)+$");
    /** “X”关爱困境妇女儿童公益项目: words after the quote saying whom it cares for describe X; they are no part of
     * its name (which the page also writes alone, “X”). */
    private static final Pattern DESCRIBES_CAUSE = Pattern.compile(
            "(?:关爱|关心|帮扶|助力|救助|资助|(?:妇女|儿童|家庭|女性|巾帼)+(?:公益|志愿)?服务)"); // “X”妇女儿童公益服务项目: X
    /** Pairing volunteers with those they care for, or volunteering as a project, said right after a quote. */
    private static final Pattern PAIRING = Pattern.compile("结对|志愿服务(?:项目|活动|行动)");
    private static final String RUN_BREAK = "从被是这等";
    /** The words after a known scheme's quote naming a care campaign of its own: whom or where it serves, then
     * 关爱行动 (…芜湖妇儿关爱行动, …女童关爱行动); not a predicate about the scheme (“X”通过实施…行动). */
    private static final Pattern OWN_CAMPAIGN_TAIL = Pattern.compile(
            "(?!爱心|公益|慈善|募捐|专项|系列)(?:(?!通过|实施|开展|启动|推进|深化|进行|参与|加入|响应|作为|带动)[\\u4e00-\\u9fff]){2,8}"
                    + "关爱行动"); // “春蕾计划”通过实施助学行动: a predicate about the scheme
    /** A verb after a quote starts a predicate about it (“X”公益行动作为一项民生工程, “X”开进庭院, “X”落到行动上,
     * “X”公益品牌打造的公益项目): a programme word after the verb is the predicate's, not the name's. */
    private static final Pattern PREDICATE_VERB = Pattern.compile("作为|打造|开进|走进|落到|落实到|带到|送到|融入|纳入");
    /** Whom an activity cares for, then the activity: words that describe a campaign named in the quote before. */
    private static final Pattern CARE_THEN_ACTIVITY = Pattern.compile(
            "(?:关爱|关心|帮扶|慰问|救助|资助)\\p{IsHan}{2,16}?(?:送温暖|献爱心|捐赠|捐助|慰问|帮扶)?(?:活动|行动)(?!\\p{IsHan})");
    private static final int MAX_CARE = 24;
    /** “A、B、C”等游戏项目, “X”表演节目: the items of an event's programme (games, shows), no campaigns. */
    private static final Pattern EVENT_ITEMS = Pattern.compile("(?:游戏|体育|表演)");
    /** Adverbs after a quote start a predicate too: 动员广大“爱心妈妈”积极行动. */
    private static final Pattern PREDICATE_ADVERB = Pattern.compile("^(?:积极|主动|踊跃|纷纷|迅速|共同|一起|广泛)");
    /** Words that only say the quote's kind of good cause: not part of a name ("“X”公益活动" is X). */
    private static final Pattern GENERIC_CAUSE = Pattern.compile("(?:公益|慈善|募捐)+");
    /** What comes after a theme, a series or an event, not after a programme: "“X”为主题", "“X”等主题的", "“X”系列品牌",
     * "“X”联欢晚会". */
    private static final ScreenedPattern NOT_A_PROGRAMME_AFTER = ScreenedPattern.compile(
            "^为主题|^等?主题的|^[一二两三四五六七八九十]+[大个项]?主题|^系列品牌"
                    + "|^的主题" // “A”、“B”的主题: themes
                    + "|^主题教育" // “不忘初心、牢记使命”主题教育: the Party's education theme, no programme
                    + "|^等?(?:专题)?(?:联欢)?(?:晚会|大会|典礼|仪式|座谈会|讲座|论坛|歌友会)" // “…”和“X”五大主题: themes
                    + "|^(?:专栏|栏目|专刊|专版|版面)" // 开设《X》专栏: a newspaper's column, no programme
                    + "|^(?:微信)?(?:公众号|视频号|抖音号|小程序)"); // “某某促进会”公众号: an account
    /** “妇女议事会”、“闺蜜团”等平台: a list called platforms or venues is bodies, not programmes. */
    private static final Pattern LIST_OF_VENUES = Pattern.compile("平台|阵地|载体|场所");
    /** 走进“X”, 来到“X”: a place or a facility visited. */
    private static final ScreenedPattern VENUE_BEFORE = ScreenedPattern.compile("(?:走进|来到|走访|参观|前往|深入|入驻)$");
    /** 打造成为“X”, 建设成“X”: the title a place aims at. */
    private static final ScreenedPattern GOAL_BEFORE = ScreenedPattern.compile("(?:打造|建设|建)成为?$|成为$");
    private static final ScreenedPattern PLACE_TITLE = ScreenedPattern.compile("之[城都乡州]$");
    /** 被表彰为“X”, 获评“X”: an award title, not a programme. */
    private static final ScreenedPattern AWARD_BEFORE = ScreenedPattern.compile("(?:评为|表彰为|获评|荣获|授予|荣膺)$");
    /** What a campaign is, said between a quote and 活动: “X”走访慰问活动, “X”德育实践活动, “X”巾帼主题志愿服务活动. */
    private static final Pattern ACTIVITY_KIND = Pattern.compile(
            "(?:巾帼|群众性|主题|宣传|教育|德育|实践|调研|走访|慰问|捐助|捐赠|联合|募捐|公益|慈善|志愿|服务|集中|助残|助老|家庭|亲子"
                    + "|阅读|评选|表彰|关爱|帮扶|示范|创建|宣讲|结对|爱心)+"); // “X”巾帼志愿助残服务活动, “X”集中服务活动,
    // “X”结对服务示范活动, “X”爱心捐赠活动
    /** A slogan of parallel phrases (“送温暖、办实事、促和谐”, “争当爱心妈妈 情暖贫困孤儿”); a campaign only when the
     * words after it say what kind (…走访慰问活动, …捐助活动, …行动), not after a bare 活动 (“读好书 做好人”活动). */
    private static final Pattern SLOGAN = Pattern.compile(
            "[\\u4e00-\\u9fff0-9]{2,9}(?:[、，,\\s　]+[\\u4e00-\\u9fff0-9]{2,9})+");
    /** “喜迎二十大 齐鲁润春蕾”: the occasion a slogan greets is not the campaign's name. */
    private static final Pattern CELEBRATION_LEAD = Pattern.compile(
            "^(?:喜迎|庆祝|迎接|献礼|礼赞)[\\u4e00-\\u9fff0-9]{2,6}?[、，,\\s　]+(?=[\\u4e00-\\u9fff]{3})");
    private static final Pattern TWO_LONG_PHRASES = Pattern.compile(
            "[\\u4e00-\\u9fff0-9]{4,9}[，,\\s　]+[\\u4e00-\\u9fff0-9]{4,9}");
    private static final String BRAND = "品牌";
    /** How many characters may say what kind of brand a quote names (巾帼家政品牌: 4). */
    private static final int MAX_BRAND_KIND = 6;
    private static final Pattern SLOGAN_SPACING = Pattern.compile("[，,\\s　]+");
    /** A programme word alone after a quote (行动, 专项行动, 工程): says what the quote is, names nothing more. */
    private static final Pattern BARE_PROGRAMME_WORD = Pattern.compile("(?:专项)?(?:行动|计划|工程|项目)");
    /** Spaces between a slogan's phrases (a run of them is one space; commas stay as written). */
    private static final Pattern SLOGAN_GAP = Pattern.compile("[\\s　]+");
    /** Where the phrases of a slogan part. */
    private static final Pattern MAXIM_PARTS = Pattern.compile("[、，,\\s　]+");
    /** What follows a quote as a verb or the campaign's own work, not a noun it modifies. */
    private static final Pattern NOUN_NOT_MODIFIED = Pattern.compile("建设|创建|开展|启动|举办|实施|工作");
    /** “春蕾计划50元捐”, “家家幸福一元捐”: the gift a donation drive asks for is part of its name, not a figure. */
    private static final Pattern DONATION_DRIVE = Pattern.compile("[0-9]+元捐$");
    /** “四癌”救助金: the number of cancers a relief scheme covers, not a label. */
    private static final Pattern CANCER_COUNT = Pattern.compile("[两三四五]癌");
    /** A year inside a name is the campaign's edition (“出手吧姐姐 温暖2023”), not a dated title. */
    private static final Pattern EDITION_YEAR = Pattern.compile("(?:19|20)[0-9]{2}(?![0-9])");
    /** A quote that is only a group of people (“巾帼”行动, “贫困母亲”) names no campaign. */
    private static final Pattern GROUP_WORD = Pattern.compile(
            "(?:贫困|困境|困难|留守|农村)?(?:巾帼|妇女|女性|儿童|家庭|母亲|女童)(?:行动|工程|项目|计划)?");
    /** A quoted body or facility that a verb sets up (成立了“X服务中心”, 推进“妇联之家”建设), or a team of volunteers
     * (成立了“某县巾帼志愿服务总队”; “X”巾帼志愿服务队 is a team, a body): not a programme. Speaking troupes
     * (宣讲队, 宣讲团) are a campaign's form and stay programmes; a task team (专班) or volunteers' troupe (义工团) is a
     * body. */
    private static final ScreenedPattern BODY_OR_FACILITY = ScreenedPattern.compile(
            "(?:会|中心|站|法庭|合议庭|所|之家|联盟|院|馆|协会|委员会|空间|基地|书屋|驿站|服务队|志愿队|[总分]队|小队|专班|义工[团队])$");
    /** “中秋、国庆”慰问活动, “两节”: the holidays an event is held for, no campaign's name. */
    private static final Pattern FESTIVALS = Pattern.compile(
            "(?:春节|元旦|元宵|清明|端午|中秋|国庆|重阳|七夕|新春|两节|双节|三八|六一|五一|七一|八一|十一)"
                    + "(?:[、，,和与及\\s](?:春节|元旦|元宵|清明|端午|中秋|国庆|重阳|七夕|新春|两节|双节|三八|六一|五一|七一|八一|十一))*");
    /** 258支“爱心小队”: a count of things of that name, not a programme. */
    private static final ScreenedPattern COUNTED = ScreenedPattern.compile(
            "(?:[0-9]+|[二两三四五六七八九十百千万][一二两三四五六七八九十百千万]*)[多余]?[支个名家所座批位只处]$");
    /** “甲乙丙·丁戊己”: two phrases joined by a middle dot, the written form of a campaign's two-part name. */
    private static final Pattern DOTTED_PHRASES = Pattern.compile("[\\u4e00-\\u9fff]{2,9}[·•・][\\u4e00-\\u9fff]{2,9}");
    /** “学家庭教育 做智慧家长”: phrases side by side, the last not ending in a programme word, are a slogan. */
    private static final Pattern PHRASES = Pattern.compile("[\\u4e00-\\u9fff]{2,}[\\s　]+([\\u4e00-\\u9fff]{2,})");
    /** 第22届“…”慰问活动: one edition of an event, not a programme. */
    private static final ScreenedPattern EDITION_BEFORE = ScreenedPattern.compile("第[0-9一二三四五六七八九十百]+[届期次]$");
    /** Generic suffixes that stay in the written alias but not in the canonical name. */
    private static final Pattern ALIAS_SUFFIX = Pattern.compile("(?:品牌)?(?:公益|慈善|募捐|筹款|服务)?项目$"); // “X”服务项目: X
    /** “南粤家政”三项工程: a count of the works a named campaign holds; the name is the quote's. */
    private static final Pattern COUNTED_WORKS = Pattern.compile("[0-9一二两三四五六七八九十]+项");
    private static final ScreenedPattern ENUMERATED = ScreenedPattern.compile("[一二三四五六七八九十]是[^，。；]{0,3}$");
    private static final ScreenedPattern NUMBERED_PLAN = ScreenedPattern.compile("[一二三四五六七八九十]大");
    /** “A”、“B”等丰富多彩的主题活动, “A”、“B”等公益项目: a list closed by what its members are, campaigns. */
    private static final Pattern LISTED_CAMPAIGNS = Pattern.compile("等[\\u4e00-\\u9fff]{0,8}?(?:活动|项目)");
    private static final ScreenedPattern CAMPAIGN_OF_ITS_OWN = ScreenedPattern.compile("[\\u4e00-\\u9fff]{2,}(?:行动|计划|工程)$");

    private final Programmes lexicon;

    public QuotedProgrammeNames(Programmes lexicon) {
        this.lexicon = lexicon;
    }

    public List<Quote> find(String text) {
        List<Quote> found = new ArrayList<>();
        Set<String> numberedPlanMembers = new HashSet<>();
        List<int[]> unread = new ArrayList<>();
        Map<String, Programme> named = new HashMap<>();
        for (int[] q : quotes(text)) {
            Quote quote = read(text, q[0], q[1], numberedPlanMembers);
            if (quote == null) {
                unread.add(q);
            } else {
                Programme first = quote.fromLexicon() ? null : named.get(key(text.substring(q[0] + 1, q[1])));
                // 情暖“希望之星”大学生助学行动 … “希望之星”大学生助学行动: the name the document gave first, in full
                if (first != null && first.name().endsWith(quote.programme().name())) {
                    quote = new Quote(quote.start(), quote.end(), first, quote.variant(), false);
                }
                found.add(quote);
                if (!quote.fromLexicon()) named.putIfAbsent(key(text.substring(q[0] + 1, q[1])), quote.programme());
            }
        }
        // once the document names “X” a programme ("发起“母亲创业循环金”项目"), “X” alone elsewhere is that programme too
        for (int[] q : unread) {
            Programme p = named.get(key(text.substring(q[0] + 1, q[1])));
            if (p != null) found.add(new Quote(q[0], q[1] + 1, p, text.substring(q[0], q[1] + 1), false));
        }
        found.sort(Comparator.comparingInt(Quote::start));
        found.replaceAll(q -> campaignOfEdition(q, named));
        // a name the document lists as one of its "六大行动" is a work area wherever it appears
        found.removeIf(q -> !q.fromLexicon() && numberedPlanMembers.contains(q.programme().name()));
        return found;
    }

    /**
     * “出手吧姐姐 温暖2022” where the document also writes “出手吧姐姐”: one edition of that campaign, which is the
     * programme; the written form stays the variant.
     */
    private static Quote campaignOfEdition(Quote q, Map<String, Programme> named) {
        if (q.fromLexicon()) return q;
        String name = q.programme().name();
        int space = name.indexOf(' ');
        if (space < 2 || !EDITION_YEAR.matcher(name.substring(space)).find()) return q;
        Programme campaign = named.get(name.substring(0, space));
        return campaign == null ? q : new Quote(q.start(), q.end(), campaign, q.variant(), false);
    }

    /**
     * The closing mark of the last quote in the list {@code close} belongs to (“A”、“B”、“C”等专题讲座, “A”“B”和“C”为主题):
     * what follows the list says what each of its members is.
     */
    private static int endOfQuoteList(String text, int close) {
        int end = close;
        while (true) {
            int next = end + 1;
            if (next < text.length() && "、,和及与".indexOf(text.charAt(next)) >= 0) next++;
            if (next >= text.length() || text.charAt(next) != '“') return end;
            int nextClose = text.indexOf('”', next + 1);
            if (nextClose < 0 || nextClose - next > 40 || text.substring(next, nextClose).indexOf('\n') >= 0) return end;
            end = nextClose;
        }
    }

    /** A listed quote of three characters or fewer is a theme word of a series (“巾帼红”“巾帼创”), not a scheme. */
    private static final int MIN_LISTED_SCHEME = 4;

    /** The opening mark of the first quote in the list {@code open} belongs to (“A”、“B”, “A”“B”). */
    private static int startOfQuoteList(String text, int open) {
        int start = open;
        while (true) {
            int before = start - 1;
            if (before >= 0 && "、,和及与".indexOf(text.charAt(before)) >= 0) before--;
            if (before < 1 || text.charAt(before) != '”') return start;
            int previous = text.lastIndexOf('“', before - 1);
            if (previous < 0 || before - previous > 40 || text.substring(previous, before).indexOf('\n') >= 0) return start;
            start = previous;
        }
    }

    /**
     * “春蕾计划”、“某某”等活动, “母亲水窖”“某某”项目款物: a quote listed with a scheme the lexicon knows is a scheme of
     * the same kind, however the list ends; not a list of venues (“妇女之家”“某某”等阵地), which names places.
     */
    private boolean listedWithKnownScheme(String text, int open, int close) {
        int first = startOfQuoteList(text, open);
        int last = endOfQuoteList(text, close);
        if (first == open && last == close) return false;
        int after = last + 1;
        if (LIST_OF_VENUES.matcher(text.substring(after, Math.min(text.length(), after + 10))).find()) return false;
        for (int o = text.indexOf('“', first); o >= 0 && o < last; o = text.indexOf('“', o + 1)) {
            int c = text.indexOf('”', o + 1);
            if (c < 0 || c > last) break;
            if (o != open && lexicon.byName(text.substring(o + 1, c)) != null) return true;
        }
        return false;
    }

    /** True when the quote has another quote right before or after it (“A”、“B”, “A”“B”). */
    private static boolean inList(String text, int open, int close) {
        int before = open - 1;
        if (before >= 0 && "、,和及与".indexOf(text.charAt(before)) >= 0) before--;
        return before >= 0 && text.charAt(before) == '”' || endOfQuoteList(text, close) > close;
    }

    /** The Han words right after a quote are a noun it modifies (“X”双师授课), not 建设/开展 or the …活动/…品牌 it
     * names. */
    private static boolean modifiesNoun(String text, int from) {
        int end = from;
        while (end < text.length() && end - from < 12 && isHan(text.charAt(end))) end++;
        String run = text.substring(from, end);
        return !run.isEmpty() && !run.startsWith("等") && !NOUN_NOT_MODIFIED.matcher(run).lookingAt()
                && DESCRIPTIVE_WORDS.stream().noneMatch(run::contains);
    }

    /** “一对一”, “一州两区三家园”, “十四五”: numerals make a third of the name, a label. */
    private static boolean mostlyNumerals(String name) {
        long numerals = EDITION_YEAR.matcher(name).replaceAll("").chars().filter(c -> "0123456789一二两三四五六七八九十".indexOf(c) >= 0).count();
        return numerals * 3 >= name.length();
    }

    /** “三下乡”集中服务活动, “十百千”工程: one numeral among words, followed by what names a campaign, is a name
     * (not “一对一”, “十四五”). */
    private static boolean namedWithNumeral(String name, Tail tail) {
        long numerals = name.chars().filter(c -> "0123456789一二两三四五六七八九十".indexOf(c) >= 0).count();
        return tail.found && numerals * 2 < name.length() && !Character.isDigit(name.charAt(0))
                || NUMBERED_ACTIONS.matcher(name).matches();
    }

    /** “三访四察五送”工作: three or more numbered actions, each numeral followed by its one verb, make a campaign's
     * name (not “一对一” or “十四五”; two numbered words such as “一老一小”, “一户一策” are a policy's catchword). */
    /** “某省模式”, “某某工作法”: a way of working the quote names, no scheme. */
    private static final ScreenedPattern WORKING_METHOD = ScreenedPattern.compile("(?:模式|机制|工作法)$");
    /** “甲+乙+丙”模式, “一人一档”的管理模式, “甲+乙”联动机制, “某某工程”经验: what follows says the quote names how the
     * work is done (a model, a mechanism, an experience to learn from), not a scheme of its own. */
    private static final Pattern METHOD_AFTER = Pattern.compile(
            "^等?的?(?:\\p{IsHan}{0,4}?(?:模式|机制|工作法)|经验|做法)");
    private static final Pattern NUMBERED_ACTIONS = Pattern.compile("(?:[一二两三四五六七八九十百千万]+[^0-9一二两三四五六七八九十百千万]){3,}");

    /** True when the page writes {@code inner} in quotes twice or more. */
    private static boolean quotedAgain(String text, String inner) {
        int count = 0;
        for (int i = text.indexOf(inner); i >= 0 && count < 2; i = text.indexOf(inner, i + 1)) {
            if (i > 0 && "“「‘\"".indexOf(text.charAt(i - 1)) >= 0) count++;
        }
        return count >= 2;
    }

    /** “出手吧姐姐 温暖2025” and “出手吧姐姐 温暖 2025” are one name. */
    private static String key(String quoted) {
        return SLOGAN_SPACING.matcher(quoted).replaceAll("");
    }

    /** “X——关爱困境妇女儿童”: the words after a dash inside the quote describe the name X. */
    private static String withoutSubtitle(String inner) {
        int dash = inner.indexOf('—');
        return dash >= 2 ? inner.substring(0, dash).strip() : inner;
    }

    /**
     * “把爱带回家——暖心护航伴成长”, “邻家妈妈——监护缺失关爱”: a subtitle is part of the name the page gives the
     * campaign; one that only says whom it cares for (“携手姐妹 温暖2024——关爱困境妇女”) or names another scheme
     * the lexicon knows (“99公益——春蕾计划”) is not.
     */
    private String withSubtitleOfItsOwn(String inner) {
        String head = withoutSubtitle(inner);
        if (head.length() == inner.length()) return inner;
        String subtitle = inner.substring(inner.lastIndexOf('—') + 1).strip();
        boolean describes = subtitle.length() < 2 || DESCRIBES_CAUSE.matcher(subtitle).lookingAt()
                || !lexicon.findIn(subtitle).isEmpty();
        return describes ? head : inner;
    }

    /** [open, close] index pairs of “…”, ‘…’, 「…」, 《…》 and "…" that close on the same line. */
    private static List<int[]> quotes(String text) {
        List<int[]> pairs = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char close = c == '“' ? '”' : c == '「' ? '」' : c == '《' ? '》' : c == '"' ? '"' : c == '‘' ? '’' : 0;
            if (close == 0) continue;
            for (int j = i + 1; j < text.length() && j - i <= 40; j++) {
                char d = text.charAt(j);
                if (d == close) {
                    pairs.add(new int[] {i, j});
                    // 《关于开展“X”活动的通知》: a document's title is read, and so are the quotes inside it
                    if (c != '《') i = j;
                    break;
                }
                if (d == c || d == '\n') break;
            }
        }
        return pairs;
    }

    /** “第十届X系列活动之篮球友谊赛”: one event of a series; the series before 之 is the programme. */
    private static final Pattern EVENT_OF_SERIES = Pattern.compile("(.{2,}?(?:系列活动|系列|活动|行动|计划))之.{2,}");

    private Quote read(String text, int open, int close, Set<String> numberedPlanMembers) {
        String inner = text.substring(open + 1, close);
        Matcher series = EVENT_OF_SERIES.matcher(inner);
        if (series.matches()) inner = series.group(1);
        boolean book = text.charAt(open) == '《';
        Tail tail = tail(text, close + 1);
        if (!book && !tail.found && activitySubtitled(text, open, close)) tail = new Tail(true, "", true);
        String withTail = inner + tail.kept;
        int end = close + 1 + Math.max(tail.kept.length(), tail.described);
        Programme known = lexicon.byName(withTail);
        if (known == null) known = lexicon.byName(inner);
        String head = withoutSubtitle(inner);
        // “春蕾计划——梦想未来”行动 is 春蕾计划; “99公益——春蕾计划” is two names the finder splits
        if (known == null && head.length() < inner.length() && lexicon.findIn(inner.substring(head.length())).isEmpty()) {
            known = lexicon.byName(head);
        }
        if (known != null) {
            // “99公益日”芜湖妇儿关爱行动: a care campaign of its own, named after the known scheme it runs under
            if (OWN_CAMPAIGN_TAIL.matcher(tail.kept).matches() && lexicon.byName(withTail) == null) {
                String name = key(inner.strip()) + tail.kept;
                // read as the lexicon's: the quote alone is the known scheme, which the finder must not split off
                return new Quote(open, end, new Programme(name, known.kind(), false), text.substring(open, end), true);
            }
            return new Quote(open, end, known, text.substring(open, end), true);
        }
        // “用爱托起梦想”春蕾计划: the words after the quote are a scheme the lexicon knows; the quote is its occasion
        if (!tail.kept.isEmpty() && lexicon.byName(tail.kept) != null) return null;
        String name = withSubtitleOfItsOwn(YEAR_OR_EDITION.matcher(inner).replaceFirst(""));
        String before = text.substring(Math.max(0, open - 8), open);
        boolean schemeCarriedOut = !book && name.endsWith("方案") && SCHEME_VERB.find(before);
        // 《某区“春蕾计划——梦想未来”项目实施方案》: a document's title, whatever its dashes and quotes
        if (name.length() < 2 || withoutSubtitle(name).length() > 25
                || !schemeCarriedOut && (DOCUMENT.find(name) || DOCUMENT.find(inner))
                || EVENT.find(withoutSubtitle(inner))) { // not “X——某某结对帮扶仪式”: X's occasion
            return null;
        }
        boolean slogan = SLOGAN.matcher(name).matches();
        // “A、B、C”的要求, “A、B、C”的精神: three or more parallel phrases before 的 are a maxim describing what
        // follows (aims, a spirit, a way of working), however often the page quotes them; a campaign is not written so
        if (slogan && MAXIM_PARTS.split(name).length >= 3 && text.startsWith("的", close + 1)) return null;
        if (slogan) {
            // “户帮户 亲帮亲”走访慰问, 开展“户帮户 亲帮亲”…: a slogan the page writes again in quotes is the name it
            // gives a campaign, whatever follows each time
            // 开展“守望邻里情,巾帼在行动”活动: two phrases of four or more characters a verb starts as an activity name
            // a campaign (not “读好书 做好人”活动 or “学礼仪、讲文明、树新风”活动, short maxims of conduct)
            boolean launched = tail.found && TWO_LONG_PHRASES.matcher(name).matches()
                    && INTRODUCING_VERB.find(before);
            if (!tail.specific && !launched && !endsWithAny(name, NAME_WORDS) && !quotedAgain(text, inner)) return null;
            if (NUMBERED_PLAN.find(withoutCongresses(tail.kept))) return null; // “…”六大再提升行动
            // the phrases keep the comma the page writes between them (“A,B” is A,B): a campaign's name is its slogan
            // as written; a page that also writes it spaced (“A B”) names it so, and both are one programme (key)
            name = SLOGAN_GAP.matcher(CELEBRATION_LEAD.matcher(name).replaceFirst("")).replaceAll(" ");
            String spaced = SLOGAN_SPACING.matcher(name).replaceAll(" ");
            if (!spaced.equals(name) && text.contains(spaced)) name = spaced;
            // “甲乙丙丁戊,己庚辛壬癸”行动: a slogan of long phrases is the whole name; the programme word after it says
            // what it is (not “甲乙、丙丁、戊己”计划, short words listed, whose word joins them)
            if (TWO_LONG_PHRASES.matcher(name).matches() && !endsWithAny(name, NAME_WORDS)
                    && BARE_PROGRAMME_WORD.matcher(tail.kept).matches()) { // not “A B”某某公益行, a campaign of its own
                tail = new Tail(tail.found, "", tail.specific, tail.venues);
            }
        } else if (DONATION_DRIVE.matcher(EDITION_YEAR.matcher(name).replaceAll("")).replaceAll("")
                .matches(".*[，,、；;。0-9].*")) {
            return null; // lists, dated titles
        }
        boolean cancers = CANCER_COUNT.matcher(name).matches() && !name.equals("两癌");
        String label = LEADING_YEAR.matcher(name).replaceFirst(""); // “2025爱的童梦巡游记”: the year is an edition
        if (!cancers && (STRUCTURAL_LABEL.find(label) || mostlyNumerals(label) && !namedWithNumeral(label, tail))
                || name.matches("两癌|宫颈癌|乳腺癌")) {
            return null;
        }
        if (NAME_WORDS.contains(name) || DESCRIPTIVE_WORDS.contains(name)) return null; // 以下简称“项目”
        if (GROUP_WORD.matcher(name).matches() || FESTIVALS.matcher(name).matches()) return null; // “中秋、国庆”慰问
        var phrases = PHRASES.matcher(name);
        if (!slogan && phrases.matches() && !endsWithAny(phrases.group(1), NAME_WORDS)) return null;
        if (NUMBERED_PLAN.find(withoutCongresses(name))) return null; // “中国十大公益品牌”
        if (COUNTED.find(before) || EDITION_BEFORE.find(before)) return null;
        if (ENUMERATED.find(before) && NUMBERED_PLAN.find(withoutCongresses(leadUpTo(text, open)))) {
            numberedPlanMembers.add(name);
            return null;
        }
        if (!slogan && name.startsWith("送")) return null; // 送温暖, 送关爱: handing something over, not a campaign
        if (AWARD_BEFORE.find(before) || tail.venues) return null;
        // 走进“某某学堂”, 打造成为“某某之城”: a place visited or a title aimed at, no campaign
        if (!tail.found && (VENUE_BEFORE.find(before) || GOAL_BEFORE.find(before)
                || PLACE_TITLE.find(name))) { // “体育之城”, “美食之都”: a place's title
            return null;
        }

        int listEnd = endOfQuoteList(text, close);
        if (NOT_A_PROGRAMME_AFTER.find(text.substring(listEnd + 1, Math.min(text.length(), listEnd + 8)))) {
            return null;
        }
        if (WORKING_METHOD.find(name)
                || METHOD_AFTER.matcher(text.substring(listEnd + 1, Math.min(text.length(), listEnd + 10))).lookingAt()) {
            return null;
        }
        boolean ownWord = endsWithAny(name, NAME_WORDS) || endsWithAny(name, DESCRIPTIVE_WORDS) || schemeCarriedOut
                || NUMBERED_ACTIONS.matcher(name).matches(); // “三访四察五送”: a campaign's name of its own
        if (!book && !ownWord && name.length() >= 4 && APPOSITION.find(before) && !inList(text, open, close)) {
            return named(text, open, close + 1, name); // 为援疆项目“X”巾帼创业就业基地揭牌: X is the project
        }
        boolean introduced = INTRODUCING_VERB.find(before);
        // 建设“留守妇女暖心家园”, 新建80个省级“妇女儿童之家”: homes the text builds are the scheme that builds them
        if (!book && BuiltFacilities.servesPeople(name) && BuiltFacilities.builtAt(text, open, close + 1)) {
            return named(text, open, close + 1, name);
        }
        if (!ownWord && !tail.found && BODY_OR_FACILITY.find(name)) return null;
        // 开展“线上专家+线下助教”双师授课: a quote only a verb introduces, followed by a noun, modifies that noun
        boolean modifier = !ownWord && !tail.found && modifiesNoun(text, close + 1);
        if (book) {
            if (!tail.found && (!introduced || modifier)) return null;
            return named(text, open, close + 1, inner);
        }
        boolean listedCampaign = inList(text, open, close) && (LISTED_CAMPAIGNS.matcher(
                text.substring(listEnd + 1, Math.min(text.length(), listEnd + 14))).lookingAt()
                || name.length() >= MIN_LISTED_SCHEME && listedWithKnownScheme(text, open, close));
        if (!ownWord && !tail.found && !listedCampaign && !(introduced && name.length() > 3 && !modifier)
                && !((slogan || DOTTED_PHRASES.matcher(name).matches()) && quotedAgain(text, inner))) {
            return null;
        }
        // “上攀学堂”乡村教育平台, “X行动”宣讲团: a name ending in a programme word is whole; the words after describe it,
        // unless they name a campaign of their own built on it (“春风行动”大学生助学行动)
        if (endsWithAny(name, NAME_WORDS) && !tail.kept.isEmpty() && !CAMPAIGN_OF_ITS_OWN.find(tail.kept)) {
            tail = new Tail(true, "", tail.specific, tail.venues);
        }
        String prefix = modifierBefore(before, tail, name.length() <= 3 ? MODIFIER_AFTER_VERB : SHORT_MODIFIER);
        String canonical = prefix + name + ALIAS_SUFFIX.matcher(tail.kept).replaceFirst("");
        // “四癌”救助金: relief (or screening) of that many cancers, as 两癌救助 is of two
        if (cancers && tail.kept.isEmpty()) {
            for (String work : new String[] {"救助", "筛查"}) {
                if (text.startsWith(work, close + 1)) canonical = name + work;
            }
        }
        if (canonical.length() <= 2) return null; // “母亲”品牌项目: a word of a brand family, not a name
        return named(text, open - prefix.length(), end, canonical);
    }

    private Quote named(String text, int start, int end, String name) {
        Programme p = new Programme(name, ProgrammeKinds.guess(name), name.endsWith("基金"), ProgrammeKinds.broader(name));
        return new Quote(start, end, p, text.substring(start, end), false);
    }

    /**
     * 实施妇儿维权“强基”计划: a short quoted word inside a longer name takes the words between the verb and the
     * quote as part of the name; a longer quote takes two such words (实施情暖“希望之星”大学生助学行动), never a scope
     * or an edition (启动全市“…”行动).
     */
    private static String modifierBefore(String before, Tail tail, Pattern modifier) {
        if (tail.kept.isEmpty()) return "";
        var m = modifier.matcher(before);
        if (!m.find() || m.group(1).matches("^[好了着].*") || SCOPE.matcher(m.group(1)).lookingAt()) return "";
        return m.group(1);
    }

    /** What follows a quote: whether it names the quote as a programme, and which words join the name. */
    private record Tail(boolean found, String kept, boolean specific, boolean venues, int described) {
        Tail(boolean found, String kept, boolean specific, boolean venues) {
            this(found, kept, specific, venues, 0);
        }

        Tail(boolean found, String kept, boolean specific) {
            this(found, kept, specific, false);
        }

        Tail(boolean found, String kept) {
            this(found, kept, found);
        }
    }

    private static Tail tail(String text, int from) {
        int pos = from;
        boolean list = false;
        // “A”、“B”等…: the words after the list describe every member; “A”“B”公益课堂 describes only B
        while (pos < text.length() && (text.charAt(pos) == '“' || text.startsWith("、“", pos))) {
            int close = text.indexOf('”', pos + 1);
            if (close < 0 || close - pos > 40) return new Tail(false, "");
            pos = close + 1;
            list = true;
            // “A”“B”“C”五项行动: a count after the list says the words after it are each member's
            if (pos < text.length() && isHan(text.charAt(pos)) && text.charAt(pos) != '等'
                    && !COUNTED_WORKS.matcher(text).region(pos, text.length()).lookingAt()) {
                return new Tail(false, "");
            }
        }
        if (pos < text.length() && text.charAt(pos) == '等') {
            pos++;
            list = true;
        }
        if (list && LIST_OF_VENUES.matcher(text).region(pos, text.length()).lookingAt()) return new Tail(false, "", false, true);
        if (list && text.startsWith("品牌", pos)) return new Tail(true, ""); // 推出“A”、“B”等品牌: each a programme
        if (text.startsWith("为品牌", pos)) return new Tail(true, ""); // 以“X”为品牌: X is the brand of a campaign
        if (pos < text.length() && PREDICATE_START.indexOf(text.charAt(pos)) >= 0) return new Tail(false, "");
        if (!list && pos < text.length() && text.charAt(pos) == '暨') return new Tail(true, ""); // “X”暨…活动
        if (PREDICATE_ADVERB.matcher(text.substring(pos, Math.min(text.length(), pos + 2))).lookingAt()) {
            return new Tail(false, "");
        }
        boolean subtitle = false; // “爱的魔方”——爱护成长公益项目: the words after the dash describe the name
        while (pos < text.length() && (text.charAt(pos) == '—' || text.charAt(pos) == '-')) {
            pos++;
            subtitle = true;
        }
        int runEnd = pos;
        // the words after a quote end where a predicate or a list's closing 等 starts (“X”项目从众多项目中…)
        while (runEnd < text.length() && runEnd - pos < 12 && isHan(text.charAt(runEnd))
                && (runEnd == pos || RUN_BREAK.indexOf(text.charAt(runEnd)) < 0)) {
            runEnd++;
        }
        String run = text.substring(pos, runEnd);
        Matcher verb = PREDICATE_VERB.matcher(run);
        if (verb.find()) run = run.substring(0, verb.start());
        // “X”关爱贫困妇女留守儿童送温暖活动: a long account of whom the activity cares for, then the activity's word
        Matcher cause = CARE_THEN_ACTIVITY.matcher(text).region(pos, Math.min(text.length(), pos + MAX_CARE));
        if (!list && !subtitle && cause.lookingAt()) return new Tail(true, "", true);
        // “X”的具体行动: the words after 的 say what is done for X; they are no part of its name
        if (run.startsWith("的") && endsWithAny(run, NAME_WORDS)) return new Tail(true, "", false);
        // “低收入妇女两癌救助”中央专项彩票公益金: the quote is a funded programme; the source is not its name
        if (FUNDING_SOURCE.matcher(run).lookingAt()) return new Tail(true, "");
        // “X”结对关爱志愿服务, “X”结对行动, “X”志愿服务项目: the pairing or the volunteering is what X does; X is the name
        if (!list && !subtitle && PAIRING.matcher(run).lookingAt()) return new Tail(true, "", true);
        for (int len = run.length(); len >= 1; len--) {
            String phrase = run.substring(0, len);
            char next = len < run.length() ? run.charAt(len) : 0;
            char following = pos + len < text.length() ? text.charAt(pos + len) : 0;
            if (endsWithAny(phrase, NAME_WORDS) && CONTINUES_WORD.indexOf(following) < 0) {
                // “X”的爱心助学公益: words after 的 say what X is; the quote alone names it
                if (phrase.startsWith("的")) return new Tail(true, "", false);
                if (EVENT_ITEMS.matcher(phrase).lookingAt()) return new Tail(false, ""); // “X”等游戏项目: games
                boolean counted = COUNTED_WORKS.matcher(phrase).lookingAt(); // “X”三项工程: X's works counted
                return new Tail(true, list || subtitle || counted || DESCRIBES_CAUSE.matcher(phrase).lookingAt() ? "" : phrase);
            }
            // “X”巾帼家政品牌带动…, “X”群众品牌: whatever kind of brand the words say, the quote names it
            if (phrase.endsWith(BRAND) && !list && len > BRAND.length() && len <= BRAND.length() + MAX_BRAND_KIND
                    && next != '化' && !phrase.startsWith("的")) {
                return new Tail(true, "", true, false, len); // the kind's words are the mention's, no programme's
            }
            if (endsWithAny(phrase, DESCRIPTIVE_WORDS) && !list) {
                boolean phraseEnds = len == run.length() || AFTER_DESCRIPTIVE.indexOf(next) >= 0
                        || phrase.endsWith("活动") && (AFTER_ACTIVITY.indexOf(next) >= 0
                                || ACTIVITY_COURSE.matcher(run).region(len, run.length()).lookingAt())
                        || run.startsWith("工作", len) || run.startsWith("建设", len);
                if (!phraseEnds) continue;
                // “X”世纪爱心行动大型公益活动: the cause words before 活动 are no part of the name
                String rest = SIZED_CAUSE.matcher(stripDescriptive(phrase)).replaceFirst("");
                boolean kind = ACTIVITY_KIND.matcher(rest).matches();
                if (rest.length() > 2 && !endsWithAny(rest, NAME_WORDS) && !kind) continue;
                boolean partOfName = endsWithAny(rest, NAME_WORDS) && !GENERIC_CAUSE.matcher(rest).matches()
                        && !rest.startsWith("的") // “X”的爱心助学公益活动: X
                        && !DESCRIBES_CAUSE.matcher(rest).lookingAt();
                return new Tail(true, partOfName ? rest : "", !rest.isEmpty());
            }
        }
        return new Tail(false, "");
    }

    /**
     * 2016“甲乙丙丁 戊己庚辛”——编织某物 捐赠某物活动, “某某”——某会“某某公益金”发放宣传活动: a quote that opens a
     * title, a dash, then what the activity does and 活动 or 行动 before the clause ends. The quote is the campaign's
     * name, the rest its subtitle. Not a quote inside a longer title (关爱妇女、牵手“某某”——…), whose words before it are
     * the title's.
     */
    private static boolean activitySubtitled(String text, int open, int close) {
        int pos = close + 1;
        int dashes = 0;
        while (pos < text.length() && (text.charAt(pos) == '—' || text.charAt(pos) == '-') && dashes < 3) {
            pos++;
            dashes++;
        }
        if (dashes == 0) return false;
        Matcher clause = SUBTITLE_CLAUSE.matcher(text).region(pos, Math.min(text.length(), pos + MAX_SUBTITLE));
        if (!clause.lookingAt()) return false;
        char before = open > 0 ? text.charAt(open - 1) : '\n';
        String lead = text.substring(Math.max(0, open - 8), open);
        return !isHan(before) || INTRODUCING_VERB.find(lead);
    }

    /** A subtitle up to the activity's word, within one clause (spaces and quoted words allowed). */
    private static final Pattern SUBTITLE_CLAUSE = Pattern.compile("[^。，,；;！？!?\\n]*?(?:活动|行动)");
    private static final int MAX_SUBTITLE = 34;

    private static String stripDescriptive(String phrase) {
        String s = phrase;
        boolean again = true;
        while (again) {
            again = false;
            for (String w : DESCRIPTIVE_WORDS) {
                if (s.endsWith(w)) {
                    s = s.substring(0, s.length() - w.length());
                    again = true;
                }
            }
        }
        return s;
    }

    /** 二十大 (the 20th Party Congress) is not a numbered work plan like 六大行动. */
    static String withoutCongresses(String s) {
        return s.replaceAll("(?:二十|十[一二三四五六七八九])大", "");
    }

    /** The text a list member belongs to: its paragraph and what comes shortly before ("抓好“六大行动”。一是…"). */
    private static String leadUpTo(String text, int at) {
        int e = text.indexOf('\n', at);
        return text.substring(Math.max(0, at - 300), e < 0 ? text.length() : e);
    }

    private static boolean endsWithAny(String s, List<String> words) {
        for (String w : words) {
            if (s.endsWith(w)) return true;
        }
        return false;
    }

    private static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }
}
