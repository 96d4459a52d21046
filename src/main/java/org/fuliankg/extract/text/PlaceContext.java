package org.fuliankg.extract.text;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fuliankg.annotate.AnnotatedText;
import org.fuliankg.annotate.Sentence;
import org.fuliankg.annotate.Token;
import org.fuliankg.domain.Item;
import org.fuliankg.domain.org.OrgLevel;
import org.fuliankg.domain.org.OrgType;
import org.fuliankg.domain.org.Organisation;
import org.fuliankg.domain.org.Region;
import org.fuliankg.lexicon.Divisions;
import org.fuliankg.lexicon.Positions;
import org.fuliankg.lexicon.Surnames;

/**
 * The places a text names and the place a passage is about, to resolve abbreviations such as 市妇联, 省女企业家协会
 * or 市委组织部. Offsets are indices into the normalised text.
 */
public final class PlaceContext {

    /** A place written in the text, resolved to one division. */
    public record PlaceAt(int start, int end, Region region, boolean fullName) {}

    /** A town, township, subdistrict or village: below the divisions lexicon, so read by the shape of its name. */
    public record LocalPlace(int start, int end, String name, OrgLevel level, Region region) {}

    /** 周礼镇, 头塘镇, 联坡村: a name of two to four characters and a town or village word. */
    private static final Pattern LOCAL_NAME = Pattern.compile("(\\p{IsHan}{2,4}?)(镇|乡|街道|村(?!社区)|社区)");
    /** Words after which a town or village written on its own is being visited or located (走进联坡村). */
    private static final List<String> LOCAL_LEAD_INS = List.of("来到", "走进", "走访", "前往", "深入", "位于", "地处",
            "在", "到", "赴", "我镇", "该镇", "本镇", "我乡", "该乡", "本乡", "我街道", "该街道");
    /** The last characters of the lead-in words: a cheap test before trying each word at every position. */
    private static final String LEAD_IN_ENDS = LOCAL_LEAD_INS.stream()
            .map(w -> w.substring(w.length() - 1)).distinct().collect(java.util.stream.Collectors.joining());
    /** Words before 村 or 镇 that describe rather than name (我们村, 贫困村, 城乡). */
    private static final Set<String> NOT_LOCAL_NAMES = Set.of("我们", "咱们", "他们", "你们", "这个", "那个", "整个",
            "贫困", "行政", "自然", "示范", "特色", "重点", "美丽", "和美", "文明", "新农", "城乡", "乡镇", "城镇", "全国",
            "试点", "先进", "软弱", "涣散", "集体", "边远", "偏远", "农村", "城市");
    private static final String NOT_IN_LOCAL_NAMES = "的了是在和与及为向对把将由被让从各全每该本届个首级第我镇乡村再经又也还就都";
    /** A development zone named after its place (宁乡经开区): no common word is followed by one either. */
    private static final Pattern ZONE = Pattern.compile("经开区|高新区|开发区");
    /** First characters of 县 words that are no county's name (全县, 该县, 代县长, 任县委书记, the slogans 科技兴县,
     * 文旅兴县: Shanxi's 兴县 counts where the segmenter tags it a place). */
    private static final String NOT_COUNTY_FIRST = "和与及同代任副全本该我各邻外每一两三几等兴";
    /** Conjunctions that with 县 or 市 after them spell a county (和县): after another word they join, not name. */
    private static final String CONJUNCTIONS = "和与及同";
    /** Characters after which a clause starts (not quotes: “会改联”试点村 is no village name). */
    private static final String CLAUSE_BREAKS = "，,。；;：:\n　 ";
    /** Right after a division or a town the name is written as a place (官埠桥镇向东村, 某县和平村): only these
     * characters still show it is not one. */
    private static final String NOT_IN_CHAINED_NAMES = "的了是在各全每该本届个首级第我镇乡村";

    /** First letters of HanLP tags of words no place name holds: verbs (v…), adverbs (d, ad), prepositions,
     * conjunctions, pronouns, particles, numerals, times. */
    private static final String NOT_NAME_TAG_STARTS = "vdpcrumt";

    /** Words that make a short division name before them the name of a town, village or community. */
    private static final Pattern LOCAL_WORD = Pattern.compile("社区|村|镇|乡|街道|小区|\\p{IsHan}?(?:路|大街|大道)");

    /** Kinds of institution whose name may be a place plus the kind (某河学院, 某州医科大学). */
    public static final Pattern INSTITUTION = Pattern.compile("大学|学院|学校|医院|中学|小学");
    /** The word of a former post written before a title (原副主任). */
    private static final char FORMER = '原';
    private static final String NOT_IN_INSTITUTION_NAMES = "的了是在和与及为向对把将到从由等再经又也还就都各全每该本届个首级第我";

    /** A source line's label and the source it names (来源:某县网). */
    private static final Pattern SOURCE_LINE = Pattern.compile(
            "(?:来源|來源|稿源|信息来源|文章出处)[ \\t　]*[:：][ \\t　]*([^\\s\\u00A0|｜　【\\[]{2,30})");
    /** The media a local news source names after its place (某县网, 某区新闻, 某市融媒体中心). */
    private static final Pattern SOURCE_MEDIUM = Pattern.compile("网|新闻|新聞|日报|日報|融媒|电视台|電視台|发布|發布|在线|在綫");
    /** How far into a page its source line is looked for: the lines above the running text. */
    private static final int SOURCE_LINE_REACH = 400;
    /** How far after an abbreviation a headline's place may be named. */
    private static final int HEADLINE_REACH = 200;
    /** Verbs of travelling to a place (赴广州参会). */
    private static final List<String> TRAVEL_VERBS = List.of("赴", "前往", "奔赴");

    private final Divisions divisions = Divisions.get();
    private final AnnotatedText text;
    private final List<Item> items;
    private final List<PlaceAt> places;
    private final Map<Integer, PlaceAt> placeByStart;
    private final List<OrganisationAt> anchors = new ArrayList<>();
    /** Every question {@link #regionFor} answered, with its answer: what the anchors could change. */
    private final List<RegionAsked> asked = new ArrayList<>();
    private final List<LocalPlace> localPlaces;
    private final ShortCountyNames shortCounties;

    public PlaceContext(AnnotatedText text, List<Item> items) {
        this.text = text;
        this.items = items;
        this.shortCounties = new ShortCountyNames(text);
        this.places = new ArrayList<>();
        this.placeByStart = new HashMap<>();
        this.localPlaces = new ArrayList<>();
        findPlaces();
        findLocalPlaces();
    }

    private PlaceContext(PlaceContext read) {
        this.text = read.text;
        this.items = read.items;
        this.places = read.places;
        this.placeByStart = read.placeByStart;
        this.localPlaces = read.localPlaces;
        this.shortCounties = read.shortCounties;
    }

    /**
     * A context of the same places with no anchors yet: reading a document's places is costly and the same for
     * every finder, while each finder anchors passages by the bodies it found ({@link #addAnchors}). The places
     * are never changed once read, so the two may share them.
     */
    public PlaceContext withoutAnchors() {
        return new PlaceContext(this);
    }

    /** The nearest town (or village) of {@code level} named before {@code pos} in the same item, at most
     * {@code reach} characters back, for abbreviations such as 镇妇联 or 村妇联. */
    public Optional<LocalPlace> localPlaceBefore(int pos, OrgLevel level, int reach) {
        int itemStart = itemStart(pos);
        for (int i = localPlaces.size() - 1; i >= 0; i--) {
            LocalPlace p = localPlaces.get(i);
            if (p.end() > pos) continue;
            if (p.start() < itemStart || pos - p.end() > reach) break;
            if (p.level() == level) return Optional.of(p);
        }
        return Optional.empty();
    }

    /** The town or village of this name the text places somewhere (官埠桥镇向东村 names 向东村), if any. */
    public Optional<LocalPlace> localPlaceNamed(String name) {
        return localPlaces.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /**
     * The one town (or village) the text names whose name ends with {@code word} (镇, 乡, 街道), when it names one such
     * place and no other: what a short form (镇党委) stands for on a page about one town whose name no gazetteer
     * holds. Empty when the text names none, or several.
     */
    public Optional<LocalPlace> onlyLocalPlaceEndingWith(String word) {
        LocalPlace only = null;
        for (LocalPlace p : localPlaces) {
            if (!p.name().endsWith(word)) continue;
            if (only != null && !only.name().equals(p.name())) return Optional.empty();
            only = p;
        }
        return Optional.ofNullable(only);
    }

    private record RegionAsked(int pos, String abbreviation, Region answer) {}

    /**
     * Organisations whose names carry their place (成都市妇联): they tell which place a passage is about.
     *
     * @return whether {@link #regionFor} answers every question it was asked so far as before: anchors change no
     * other answer of this context, so a reading that asked only these would read the same again
     */
    public boolean addAnchors(Collection<OrganisationAt> named) {
        String t = text.text().text();
        for (OrganisationAt o : named) {
            Organisation org = o.organisation();
            if (org.region() == null || org.generic()) continue;
            // 龙城春晓志愿者协会: a society named after a place's short name is no sign of where the passage is; a
            // Party, government or federation body (天宁区妇联, 成都妇联) or a name with its place in full is
            boolean official = org.type() == OrgType.FEDERATION || org.type() == OrgType.GOVERNMENT;
            if (official || t.startsWith(org.region().name(), o.start())) anchors.add(o);
        }
        anchors.sort((a, b) -> Integer.compare(a.start(), b.start()));
        for (RegionAsked q : asked) {
            if (!Objects.equals(q.answer(), regionWithAnchors(q.pos(), q.abbreviation()))) return false;
        }
        return true;
    }

    /** True when a place's name ends at {@code pos} (西湖管理|区: the letter after it is part of the name). */
    public boolean placeEndingAt(int pos) {
        for (PlaceAt p : places) {
            if (p.end() == pos) return true;
        }
        return false;
    }

    public Optional<PlaceAt> placeStartingAt(int pos) {
        return Optional.ofNullable(placeByStart.get(pos));
    }

    /**
     * The institution named with its place (某河学院, 某州医科大学) that 校, 学校 or 院 at {@code pos} stands for: the
     * nearest named before, else the first named after (a headline's 学校妇联 before the body text names the school).
     */
    public Optional<PlaceAt> institutionNear(int pos) {
        String t = text.text().text();
        PlaceAt before = null;
        PlaceAt after = null;
        Matcher m = INSTITUTION.matcher(t);
        while (m.find()) {
            for (int k = Math.max(0, m.start() - 10); k < m.start(); k++) {
                PlaceAt place = placeByStart.get(k);
                if (place == null || place.end() > m.start()) continue;
                String between = t.substring(place.end(), m.start());
                if (between.chars().anyMatch(c -> !Character.isIdeographic(c) || NOT_IN_INSTITUTION_NAMES.indexOf(c) >= 0)) {
                    continue;
                }
                PlaceAt found = new PlaceAt(k, m.end(), place.region(), true);
                if (k < pos) before = found;
                else if (after == null) after = found;
                break;
            }
        }
        return Optional.ofNullable(before != null ? before : after);
    }

    /**
     * The division an abbreviation written at {@code pos} stands for: {@code 市} → the nearest city, {@code 省} →
     * the province, {@code 州}/{@code 自治州} → the prefecture. A place named earlier in the same sentence wins,
     * then the nearest named organisation of the item, then the nearest place of the item, then the item's place.
     */
    public Region regionFor(int pos, String abbreviation) {
        Region answer = regionWithAnchors(pos, abbreviation);
        asked.add(new RegionAsked(pos, abbreviation, answer));
        return answer;
    }

    private Region regionWithAnchors(int pos, String abbreviation) {
        int itemStart = itemStart(pos);
        int sentenceStart = Math.max(itemStart, sentenceStart(pos));
        for (int i = places.size() - 1; i >= 0; i--) {
            PlaceAt p = places.get(i);
            if (p.end() > pos) continue;
            if (p.start() < sentenceStart) break;
            if (travelledTo(p)) continue;
            Region r = matching(p.region(), abbreviation);
            if (r != null) return r;
        }
        for (int i = anchors.size() - 1; i >= 0; i--) {
            OrganisationAt a = anchors.get(i);
            if (a.end() > pos) continue;
            if (a.start() < itemStart) break;
            Region r = matching(a.organisation().region(), abbreviation);
            if (r != null) return r;
        }
        Region plain = nearestPlace(pos, abbreviation);
        if (plain != null) return plain;
        // a later phrase of the item (市妇联副主席某来平原县调研), or a headline (省妇联召开全省妇联工作会议) before the
        // body that names the place: whichever comes first
        PlaceAt later = laterPlace(pos, itemStart, abbreviation);
        for (OrganisationAt a : anchors) {
            if (a.start() < pos || itemStart(a.start()) != itemStart || a.start() - pos > HEADLINE_REACH) continue;
            if (later != null && later.start() < a.start()) break;
            Region r = matching(a.organisation().region(), abbreviation);
            if (r != null) return r;
        }
        if (later != null) return matching(later.region(), abbreviation);
        Region elsewhere = placeElsewhere(pos, abbreviation);
        // 县妇联 on a page writing its county only by the short name the segmenter took for no place
        if (elsewhere != null || places.stream().anyMatch(p -> matching(p.region(), abbreviation) != null)) return elsewhere;
        return shortCounties.only(abbreviation, places);
    }

    private PlaceAt laterPlace(int pos, int itemStart, String abbreviation) {
        int lo = 0; // places are in text order: the first at or after pos
        int hi = places.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (places.get(mid).start() < pos) lo = mid + 1;
            else hi = mid;
        }
        for (int i = lo; i < places.size(); i++) {
            PlaceAt p = places.get(i);
            if (p.start() - pos > HEADLINE_REACH) break; // a place far on is another passage's
            if (itemStart(p.start()) != itemStart) break;
            if (matching(p.region(), abbreviation) != null) return p;
        }
        return null;
    }

    /**
     * The place of an abbreviation its item does not tell: on a page of one item, the nearest place anywhere on it (a
     * site name 长城网张家口频道, a headline set apart); on a page of several items, the one division all its other
     * places agree on (a headline or site name split off as an item of its own), none when they disagree (a
     * newspaper page of items from several cities).
     */
    private Region placeElsewhere(int pos, String abbreviation) {
        PlaceAt nearest = null;
        Region agreed = null;
        boolean disagree = false;
        for (PlaceAt p : places) {
            Region r = matching(p.region(), abbreviation);
            if (r == null) continue;
            if (agreed != null && !agreed.equals(r)) disagree = true;
            agreed = r;
            if (nearest == null || Math.abs(p.start() - pos) < Math.abs(nearest.start() - pos)) nearest = p;
        }
        if (nearest == null) return siteRegion(abbreviation);
        Region found = items.size() > 1 ? (disagree ? null : agreed) : matching(nearest.region(), abbreviation);
        // 区妇联 in a passage about 鄂尔多斯市: a district of another city named elsewhere on the page is not it
        Region context = nearestPlace(pos, null);
        if (found == null || context == null || divisions.isWithin(found, context) || divisions.isWithin(context, found)) {
            return found;
        }
        return null;
    }

    /**
     * The division an abbreviation stands for in the site or source a web page names in its metadata (og:site_name
     * 长沙市妇联, 来源), when the text itself names no place; null otherwise.
     */
    private Region siteRegion(String abbreviation) {
        String site = text.source() == null || text.source().provenance() == null ? null : text.source().provenance().site();
        if (site == null) return sourceLineRegion(abbreviation);
        for (int i = 0; i < site.length(); i++) {
            var name = divisions.nameAt(site, i, (s, e) -> true);
            if (name.isEmpty()) continue;
            Region r = matching(divisions.choose(name.get().candidates(), null), abbreviation);
            if (r != null) return r;
            i += name.get().surface().length() - 1;
        }
        return null;
    }

    /**
     * 来源:某县网, 来源：某区新闻: a plain-text page carries its source line in its text, the only place some pages
     * name (a county's news site writes 县妇联 and 我县 throughout); read near the top, where the line stands.
     */
    private Region sourceLineRegion(String abbreviation) {
        String t = text.text().text();
        Matcher m = SOURCE_LINE.matcher(t.substring(0, Math.min(t.length(), SOURCE_LINE_REACH)));
        if (!m.find()) return null;
        // only a place the source opens with and its medium follows (某县网, 某区新闻): 湖北省自然资源厅 holds 资源,
        // 河南县域经济网 holds 河南县, neither the page's county
        String source = m.group(1);
        var name = divisions.nameAt(source, 0, (s, e) -> true);
        if (name.isEmpty() || !SOURCE_MEDIUM.matcher(source).region(name.get().surface().length(), source.length())
                .lookingAt()) {
            return null;
        }
        return matching(divisions.choose(name.get().candidates(), null), abbreviation);
    }

    /** The nearest place named before {@code pos} in the same item that has a division of the abbreviation's
     * kind (any division for {@code null}), or null. */
    public Region nearestPlace(int pos, String abbreviation) {
        int itemStart = itemStart(pos);
        for (int i = places.size() - 1; i >= 0; i--) {
            PlaceAt p = places.get(i);
            if (p.end() > pos) continue;
            if (p.start() < itemStart) break;
            if (travelledTo(p)) continue;
            Region r = abbreviation == null ? p.region() : matching(p.region(), abbreviation);
            if (r != null && r.level() != OrgLevel.NATIONAL) return r;
        }
        Item item = itemAt(pos);
        if (item == null || item.place() == null) return null;
        return abbreviation == null ? item.place() : matching(item.place(), abbreviation);
    }

    /**
     * 甲市代表团…赴乙市参加代表大会: a place people named with another place earlier in the sentence travel to (赴,
     * 前往, 奔赴) is where they go, not the place the passage is about; a 市长 after it is their city's. A visit with
     * no other place before it (省妇联主席赴某市调研，市长…) keeps its place.
     */
    private boolean travelledTo(PlaceAt p) {
        String t = text.text().text();
        int verb = -1;
        for (String v : TRAVEL_VERBS) if (t.startsWith(v, p.start() - v.length())) verb = p.start() - v.length();
        if (verb < 0) return false;
        int from = sentenceStart(p.start());
        for (PlaceAt other : places) {
            if (other.start() >= verb) break;
            if (other.start() >= from && other.region().level() != OrgLevel.NATIONAL && !other.region().equals(p.region())
                    && !divisions.isWithin(p.region(), other.region())) {
                return true;
            }
        }
        return false;
    }

    public int sentenceStart(int pos) {
        for (Sentence s : text.sentences()) {
            if (s.start() <= pos && pos <= s.end()) return s.start();
        }
        return 0;
    }

    /** The region itself or the ancestor that an abbreviation such as 市 or 省 can stand for, or null. */
    private Region matching(Region region, String abbreviation) {
        for (Region r : divisions.selfAndAncestors(region)) {
            if (r.level() == OrgLevel.NATIONAL) continue;
            boolean ok = switch (abbreviation) {
                case "省" -> r.level() == OrgLevel.PROVINCE;
                case "自治区" -> r.level() == OrgLevel.PROVINCE && r.name().endsWith("自治区");
                case "州", "自治州" -> r.level() == OrgLevel.PREFECTURE && r.name().endsWith("州");
                case "区" -> r.level() == OrgLevel.COUNTY && r.name().endsWith("区");
                default -> r.name().endsWith(abbreviation);
            };
            if (ok) return r;
        }
        return null;
    }

    private Item itemAt(int pos) {
        if (items.isEmpty()) return null;
        int original = text.text().originalStart(Math.min(pos, text.text().text().length()));
        for (Item item : items) {
            if (item.span().start() <= original && original < item.span().end()) return item;
        }
        return null;
    }

    private int itemStart(int pos) {
        Item item = itemAt(pos);
        return item == null ? 0 : OrganisationAt.normalisedIndex(text.text(), item.span().start());
    }

    /**
     * Towns and villages: a name right after a division or another town (安岳县周礼镇, 头塘镇联坡村), or on its own
     * after a word of going or being somewhere (走进联坡村).
     */
    private void findLocalPlaces() {
        String t = text.text().text();
        BitSet notNameWords = null; // read at the first name found: most texts name no town or village
        Region[] regionEndingAt = new Region[t.length() + 1]; // read at every position: an array, not a map
        for (PlaceAt p : places) {
            if (p.region().level() != OrgLevel.NATIONAL) regionEndingAt[p.end()] = p.region();
        }
        Matcher m = LOCAL_NAME.matcher(t);
        int word = -1; // the first town or village word at pos + 2 or after: a name holds two to four characters
        for (int pos = 0; pos < t.length(); pos++) {
            if (word < pos + 2) word = nextLocalWord(t, pos + 2);
            if (word < 0) break; // no name can start here or later
            if (word > pos + 4) { // no name can start before word - 4: skip to it
                pos = word - 5;
                continue;
            }
            Region written = regionEndingAt[pos];
            LocalPlace town = localPlaces.isEmpty() ? null : localPlaces.get(localPlaces.size() - 1);
            boolean afterTown = town != null && town.end() == pos && town.level() == OrgLevel.TOWNSHIP;
            boolean ledIn = pos > 0 && LEAD_IN_ENDS.indexOf(t.charAt(pos - 1)) >= 0 && ledIn(t, pos);
            // a town or village that opens a clause (北滘镇2月23日召开…) is the subject the clause is about
            boolean opensClause = pos == 0 || CLAUSE_BREAKS.indexOf(t.charAt(pos - 1)) >= 0;
            if (written == null && !afterTown && !ledIn && !opensClause) continue;
            m.region(pos, t.length());
            String notIn = written != null || afterTown ? NOT_IN_CHAINED_NAMES : NOT_IN_LOCAL_NAMES;
            if (!m.lookingAt() || NOT_LOCAL_NAMES.contains(m.group(1)) || !namesPlace(m.group(1), m.group(2), notIn)) {
                continue;
            }
            if (notNameWords == null) notNameWords = notNameWords();
            int notName = notNameWords.nextSetBit(m.start(1));
            if (notName >= 0 && notName < m.end(1)) continue;
            OrgLevel level = m.group(2).endsWith("村") || m.group(2).equals("社区") ? OrgLevel.VILLAGE : OrgLevel.TOWNSHIP;
            Region region = written != null ? written : afterTown ? town.region() : nearestPlace(pos, null);
            // 嘉定镇街道: a street office named after a town, its 街道 part of the name (not of 街道银杏社区)
            int end = level == OrgLevel.TOWNSHIP && !m.group(2).equals("街道") && t.startsWith("街道", m.end())
                    ? m.end() + 2 : m.end();
            localPlaces.add(new LocalPlace(pos, end, t.substring(pos, end), level, region));
            pos = end - 1;
        }
    }

    /** Words of a kind no place name holds (充分, 发挥, 成立): a clause opening with one names no village. */
    private BitSet notNameWords() {
        BitSet words = new BitSet(text.text().text().length());
        for (Sentence s : text.sentences()) {
            for (Token tok : s.tokens()) {
                if (tok.word().length() >= 2 && isNotNameTag(tok.tag())) words.set(tok.start(), tok.end());
            }
        }
        return words;
    }

    /** The first index from {@code from} holding the first character of a town or village word of
     * {@link #LOCAL_NAME} (镇, 乡, 街道, 村, 社区), or -1. */
    private static int nextLocalWord(String t, int from) {
        for (int i = from; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '镇' || c == '乡' || c == '街' || c == '村' || c == '社') return i;
        }
        return -1;
    }

    /**
     * True when a local name's words hold none of {@code notIn}, except where such a character is part of names:
     * 都 after the first character (进都乡, 新都村), and 镇 ending a township's name before its 乡 (庐镇乡).
     */
    private static boolean namesPlace(String stem, String word, String notIn) {
        for (int i = 0; i < stem.length(); i++) {
            char c = stem.charAt(i);
            boolean partOfName = c == '都' && i > 0 || c == '镇' && i == stem.length() - 1 && word.equals("乡")
                    || c == '各' && i > 0 && i + 1 < stem.length() && stem.charAt(i + 1) == '庄' // 东樊各庄村
                    || c == '村' && i == stem.length() - 1 && word.equals("社区"); // 花园新村社区
            if (!partOfName && notIn.indexOf(c) >= 0) return false;
        }
        return true;
    }

    /** Asked of every token of a text: a plain test, not a regex matcher per token. */
    private static boolean isNotNameTag(String tag) {
        return !tag.isEmpty() && (NOT_NAME_TAG_STARTS.indexOf(tag.charAt(0)) >= 0 || tag.startsWith("ad"));
    }

    private static boolean ledIn(String t, int pos) {
        for (String w : LOCAL_LEAD_INS) {
            if (t.startsWith(w, pos - w.length())) return true;
        }
        return false;
    }

    private void findPlaces() {
        String t = text.text().text();
        Map<Long, Token> placeTokens = new HashMap<>();
        BitSet insidePersonNames = new BitSet(t.length()); // 伍世平和县妇联: no place starts inside a person's name
        BitSet insideWords = new BitSet(t.length()); // 嘉义县: no two-character county (义县) starts inside a word
        for (Sentence s : text.sentences()) {
            for (Token tok : s.tokens()) {
                if (tok.isPlace()) placeTokens.put(((long) tok.start() << 32) | tok.end(), tok);
                if (tok.isPerson() && tok.end() - tok.start() > 1) insidePersonNames.set(tok.start() + 1, tok.end());
                if (tok.end() - tok.start() > 1) insideWords.set(tok.start() + 1, tok.end());
            }
        }
        // a short county or district name is a place when the segmenter says so, or when a federation is named
        // after it (@嘉定妇联): no common word is followed by 妇联
        java.util.function.BiPredicate<Integer, Integer> tagged = (s, e) -> placeTokens.containsKey(((long) s << 32) | e)
                || t.startsWith("妇联", e) || t.startsWith("妇女联合会", e) || ZONE.matcher(t).region(e, t.length()).lookingAt()
                || plainCounty(t, s, e);
        Region firstUnambiguous = firstUnambiguousPlace(t, tagged);
        Region previous = null;
        int pos = 0;
        while (pos < t.length()) {
            var name = insidePersonNames.get(pos) ? Optional.<Divisions.PlaceName>empty() : divisions.nameAt(t, pos, tagged);
            if (name.isPresent() && endsNameAfterTitle(t, pos + 1)) name = Optional.empty();
            // 嘉义县 (a Taiwan county the divisions do not list): 义县 inside the segmenter's word is no county of its own
            boolean shortFullName = name.isPresent() && name.get().fullName() && name.get().surface().length() == 2;
            if (shortFullName && insideWords.get(pos)) {
                name = Optional.empty();
            }
            if (name.isEmpty()) {
                pos++;
                continue;
            }
            if (name.get().surface().length() == 2 && CONJUNCTIONS.indexOf(t.charAt(pos)) >= 0 && pos > 0
                    && Character.isIdeographic(t.charAt(pos - 1))) {
                pos++; // 副县长张某和县妇联干部: 和 joins two phrases, it names no 和县
                continue;
            }
            int after = pos + name.get().surface().length();
            if (!name.get().fullName() && formerPostMisread(t, pos, after)
                    && (places.isEmpty() || places.get(places.size() - 1).end() != pos)) {
                pos++; // 省人太原副主任 (省人大原副主任 misread): 原 before a title is a former post, 太原 no place
                continue;
            }
            if (!name.get().fullName() && LOCAL_WORD.matcher(t).region(after, t.length()).lookingAt()) {
                pos = after; // 龙湖社区, 金山村, 桐柏路街道: a town's, village's or street's own name, not the district
                continue;
            }
            if (name.get().fullName() && name.get().surface().length() == 2 && name.get().surface().endsWith("区")
                    && LOCAL_NAME.matcher(t).region(after, t.length()).lookingAt()) {
                pos = after; // 东区桃苑社区: a town's own quarter (中山市东区), not the district of that name
                continue;
            }
            // a shared short name (a district of one province and a county of another) before any other place is read in the light of the
            // first place the text names unambiguously (a hashtag before the article names the city)
            Region r = divisions.choose(name.get().candidates(), previous != null ? previous : firstUnambiguous);
            PlaceAt before = places.isEmpty() ? null : places.get(places.size() - 1);
            boolean chained = before != null && before.end() == pos && before.region().level() != OrgLevel.NATIONAL;
            if (chained && !divisions.isWithin(r, before.region())) {
                // 金平区滨海社区: a place written right after another lies inside it, else it is no place
                pos++;
                continue;
            }
            PlaceAt p = new PlaceAt(pos, pos + name.get().surface().length(), r, name.get().fullName());
            places.add(p);
            placeByStart.put(pos, p);
            if (r.level() != OrgLevel.NATIONAL) previous = r;
            pos = p.end();
        }
    }

    /**
     * True when a short place name [start, end) glued after other words ends in 原 right before a title (省人太原副主任):
     * the 原 is the former-post word of a misread body (省人大原副主任), not the end of a place's name.
     */
    private static boolean formerPostMisread(String t, int start, int end) {
        return t.charAt(end - 1) == FORMER && start > 0 && Character.isIdeographic(t.charAt(start - 1))
                && Positions.get().titleAt(t, end).isPresent();
    }

    /**
     * 副书记伍世平和县妇联: a three-character name right after a title ends at {@code end}, so the place read from
     * its last character (平和县) is none. Asked only where a place name may start after a surname.
     */
    private static boolean endsNameAfterTitle(String t, int end) {
        int nameStart = end - 3;
        if (nameStart < 2 || Surnames.get().surnameLengthAt(t, nameStart) != 1) return false;
        for (int titleStart = Math.max(0, nameStart - 6); titleStart <= nameStart - 2; titleStart++) {
            var title = Positions.get().titleAt(t, titleStart);
            if (title.isPresent() && title.get().end() == nameStart) return true;
        }
        return false;
    }

    /**
     * 睢县, 沛县: a two-character county name is no common word, unless its first character is a word of its own
     * before 县 (和县, 代县长, 全县) or 长 follows (叶县长 is 叶 the county head).
     */
    private static boolean plainCounty(String t, int start, int end) {
        return end - start == 2 && t.charAt(end - 1) == '县' && NOT_COUNTY_FIRST.indexOf(t.charAt(start)) < 0
                && (end == t.length() || t.charAt(end) != '长');
    }

    private Region firstUnambiguousPlace(String t, java.util.function.BiPredicate<Integer, Integer> tagged) {
        for (int pos = 0; pos < t.length(); pos++) {
            var name = divisions.nameAt(t, pos, tagged);
            if (name.isEmpty()) continue;
            List<Region> candidates = name.get().candidates();
            if (candidates.size() == 1 && candidates.get(0).level() != OrgLevel.NATIONAL) return candidates.get(0);
            pos += name.get().surface().length() - 1;
        }
        return null;
    }
}
