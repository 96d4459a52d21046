package org.fuliankg.extract.page;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.fuliankg.annotate.AnnotatedText;
import org.fuliankg.domain.Item;
import org.fuliankg.domain.org.OrgType;
import org.fuliankg.domain.org.Organisation;
import org.fuliankg.domain.people.Post;
import org.fuliankg.domain.people.PostEvent;
import org.fuliankg.domain.people.PostHolder;
import org.fuliankg.domain.org.Region;
import org.fuliankg.domain.people.Reporter;
import org.fuliankg.domain.text.SourcedDate;
import org.fuliankg.domain.text.Span;
import org.fuliankg.extract.page.PageLine.Kind;
import org.fuliankg.extract.text.SourceSpans;
import org.fuliankg.source.Provenance;

/**
 * Splits a page into items: headline, sub-headline, byline (reporters, dateline), date, place.
 *
 * <p>An item starts at the headline lines above an anchor: a byline that opens the item (its own line or the
 * start of the first paragraph) or the header line of an author or interviewee. Items without such an anchor are
 * found by the wider blank gap a page leaves before a headline, by a byline closing an item after an anchored
 * one, or by yearbook-style 【heading】 entries. Whatever precedes the first item is an item of its own.
 */
public final class ItemSplitter {

    private static final int MOST_HEADING_LINES = 3;
    /** How far into an item (in lines) a source/time line still belongs to its header, when its text starts
     * earlier. */
    private static final int HEADER_LINES = 5;
    /** How much of an item's opening may state the year of a date in its lead. */
    private static final int OPENING = 500;

    /** The items of a page, dated. */
    public List<Item> split(AnnotatedText text) {
        return read(text).items();
    }

    /**
     * A page read into items, with its date.
     *
     * @param items      the items, in text order, each dated as {@link PageDates} says
     * @param date       the document's date and where it comes from, or null when nothing dates it
     * @param statedYear the year the text states most often on its own (not a bound of a period, not a target
     *                   after 到/至), or 0: the year an undated text most likely speaks of
     * @param topicYear  that year when the text keeps stating it ({@link StatedDates#yearsStated}), else 0: what its
     *                   今年 and 去年 are read against when nothing dates it
     */
    public record Page(List<Item> items, SourcedDate date, int statedYear, int topicYear) {
        Page(List<Item> items, SourcedDate date, StatedDates.YearsStated years) {
            this(items, date, years.most(), years.topic());
        }
    }

    public Page read(AnnotatedText text) {
        List<PageLine> lines = PageLines.read(text);
        TreeMap<Integer, ItemStart> starts = new TreeMap<>();
        addAnchoredItems(lines, starts);
        addYearbookEntries(lines, starts);
        addItemsAfterWideGaps(lines, starts);
        List<Integer> trailing = addItemsClosedByBylines(lines, starts);
        addLeadingItem(lines, starts);
        Provenance from = text.source().provenance();
        if (starts.isEmpty()) { // navigation and source lines only
            return new Page(List.of(), new PageDates(null, List.of(), from.published(), from.captured()).document(),
                    StatedDates.yearsStated(text.text().text()));
        }

        List<Item> undated = new ArrayList<>();
        List<ItemDating> dating = new ArrayList<>();
        List<Integer> startLines = new ArrayList<>(starts.keySet());
        for (int n = 0; n < startLines.size(); n++) {
            int first = startLines.get(n);
            int next = n + 1 < startLines.size() ? startLines.get(n + 1) : lines.size();
            List<Integer> closing = trailing.stream().filter(i -> i >= first && i < next).toList();
            Item item = build(text, lines, n + 1, starts.get(first), first, next, closing);
            undated.add(item);
            dating.add(dating(text, lines, starts.get(first), first, next, item.headline()));
        }
        LocalDate pageHeader = pageDate(lines, startLines.get(0), dating.get(0).header() != null);
        PageDates dates = new PageDates(pageHeader, dating, from.published(), from.captured());
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < undated.size(); i++) items.add(dated(undated.get(i), dates.items().get(i)));
        return new Page(items, dates.document(), StatedDates.yearsStated(text.text().text()));
    }

    /** Where an item begins: its heading lines (headline candidates, top to bottom) and its anchor line, if any. */
    private record ItemStart(List<Integer> heading, Integer anchor) {}

    private static void addAnchoredItems(List<PageLine> lines, Map<Integer, ItemStart> starts) {
        int claimedUpTo = -1;
        for (int i = 0; i < lines.size(); i++) {
            PageLine line = lines.get(i);
            boolean anchor = line.kind() == Kind.SIGNATORY || line.kind() == Kind.BYLINE;
            if (!anchor) continue;
            List<Integer> heading = new ArrayList<>();
            for (int j = i - 1; j > claimedUpTo && heading.size() < MOST_HEADING_LINES; j--) {
                Kind k = lines.get(j).kind();
                if (k == Kind.HEADLINE) heading.add(0, j);
                // a source or date line above the headline ends the item's heading: what stands above it is the
                // page's header (an e-paper's name over its date line)
                else if (k != Kind.META || !heading.isEmpty()) break;
            }
            boolean firstContent = firstContentLine(lines) >= i;
            // a bare byline under running text closes the item above instead (handled later)
            if (heading.isEmpty() && !firstContent) continue;
            int top = heading.isEmpty() ? i : heading.get(0);
            starts.put(top, new ItemStart(heading, i));
            claimedUpTo = i;
        }
    }

    private static void addYearbookEntries(List<PageLine> lines, Map<Integer, ItemStart> starts) {
        List<Integer> entries = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) if (lines.get(i).kind() == Kind.ENTRY) entries.add(i);
        if (entries.size() < 2) return; // a single bracketed lead-in is just a paragraph
        for (int i : entries) starts.putIfAbsent(i, new ItemStart(List.of(i), null));
    }

    /** A headline after a clearly wider blank gap than the page's usual paragraph gap, followed by running text.
     * One blank line more is not enough: some pages set section heads off that way. */
    private static void addItemsAfterWideGaps(List<PageLine> lines, TreeMap<Integer, ItemStart> starts) {
        int usualGap = usualGap(lines);
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).gapBefore() <= usualGap + 1 || isInHeading(starts, i)) continue;
            Optional<List<Integer>> heading = headingOverText(lines, i);
            if (heading.isPresent()) starts.put(i, new ItemStart(heading.get(), null));
        }
    }

    /**
     * Bare bylines under running text close an item, and a headline right under them opens the next. If the item
     * they fall in already has its own anchor, they close a second, unanchored item that begins at the last
     * headline before them (the one after the widest gap). Returns the lines of all closing bylines.
     */
    private static List<Integer> addItemsClosedByBylines(List<PageLine> lines, TreeMap<Integer, ItemStart> starts) {
        List<Integer> closing = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            PageLine line = lines.get(i);
            if (!line.isBareByline() || starts.containsKey(i) || isInHeading(starts, i)) continue;
            closing.add(i);
            if (!line.byline().isPhotoCredit()) startAfterClosingByline(lines, starts, i);
            var owner = starts.floorEntry(i);
            // a photo credit sits under a picture inside the item; it closes nothing
            if (owner == null || owner.getValue().anchor() == null || line.byline().isPhotoCredit()) continue;
            int bodyFrom = owner.getValue().anchor() + 1;
            int best = -1;
            for (int j = bodyFrom; j < i; j++) {
                boolean headlineOverText = lines.get(j).kind() == Kind.HEADLINE && lines.get(j + 1).kind() == Kind.BODY;
                if (headlineOverText && (best < 0 || lines.get(j).gapBefore() >= lines.get(best).gapBefore())) best = j;
            }
            if (best >= 0) starts.put(best, new ItemStart(List.of(best), null));
        }
        return closing;
    }

    /** The headline right under a closing byline begins the next item. */
    private static void startAfterClosingByline(List<PageLine> lines, TreeMap<Integer, ItemStart> starts, int byline) {
        int i = byline + 1;
        while (i < lines.size() && lines.get(i).kind() == Kind.JUNK) i++;
        if (i >= lines.size() || starts.containsKey(i) || isInHeading(starts, i)) return;
        Optional<List<Integer>> heading = headingOverText(lines, i);
        if (heading.isPresent()) starts.put(i, new ItemStart(heading.get(), null));
    }

    /** A headline (and sub-headline) starting at line {@code i} with running text under it (source and time
     * lines may come between). */
    private static Optional<List<Integer>> headingOverText(List<PageLine> lines, int i) {
        List<Integer> heading = new ArrayList<>();
        int j = i;
        while (j < lines.size() && lines.get(j).kind() == Kind.HEADLINE && heading.size() < 2) heading.add(j++);
        while (j < lines.size() && lines.get(j).kind() == Kind.META) j++;
        boolean overText = j < lines.size() && lines.get(j).kind() == Kind.BODY;
        return heading.isEmpty() || !overText ? Optional.empty() : Optional.of(heading);
    }

    /** Text before the first item (or a page without any anchor) is an item of its own; a page title alone
     * (headline lines only) above other items is not. */
    private static void addLeadingItem(List<PageLine> lines, TreeMap<Integer, ItemStart> starts) {
        int first = firstContentLine(lines);
        if (first >= lines.size() || (!starts.isEmpty() && starts.firstKey() <= first)) return;
        int end = starts.isEmpty() ? lines.size() : starts.firstKey();
        boolean hasText = lines.subList(first, end).stream()
                .anyMatch(l -> l.kind() != Kind.HEADLINE && l.kind() != Kind.META && l.kind() != Kind.JUNK);
        if (!hasText && !starts.isEmpty()) return;
        List<Integer> heading = headingOverText(lines, first)
                .orElse(lines.get(first).kind() == Kind.HEADLINE ? List.of(first) : List.of());
        starts.put(first, new ItemStart(heading, null));
    }

    private static Item build(AnnotatedText text, List<PageLine> lines, int number, ItemStart start, int first, int next,
                       List<Integer> closingBylines) {
        int last = next - 1;
        while (last > first && lines.get(last).kind() == Kind.JUNK) last--;
        Span span = SourceSpans.of(text, lines.get(first).start(), lines.get(last).end());

        PageLine anchor = start.anchor() == null ? null : lines.get(start.anchor());
        Signatory signatory = anchor == null ? null : anchor.signatory();
        Byline byline = anchor == null ? null : anchor.byline();
        List<String> heads = start.heading().stream().map(i -> headingText(lines.get(i))).toList();
        String headline;
        String subheadline = null;
        if (signatory != null) {
            // under a column line, the headline is the line right above the author
            headline = heads.isEmpty() ? null : heads.get(heads.size() - 1);
        } else {
            headline = heads.isEmpty() ? null : heads.get(0);
            if (heads.size() > 1) subheadline = heads.get(1);
        }

        List<Reporter> reporters = new ArrayList<>();
        if (byline != null) reporters.addAll(byline.reporters());
        for (int i : closingBylines) reporters.addAll(lines.get(i).byline().reporters());
        if (reporters.isEmpty()) reporters.addAll(labelledAuthors(text, lines, number == 1 ? 0 : first, last));
        if (reporters.isEmpty()) reporters.addAll(closingReporters(text, lines, first, last));
        String dateline = byline == null ? null : byline.dateline();
        // an item without headline may name its place where its text begins (内蒙古自治区妇联举办…)
        String opening = headline == null ? lines.get(first).text() : null;
        Region place = place(headline, subheadline, signatory, opening, dateline);
        PostHolder interviewee = signatory == null ? null : postHolder(text, signatory);
        return new Item(number, span, headline, subheadline, firstCreditEach(reporters), dateline, null, place,
                interviewee);
    }

    /**
     * The authors a source line names ({@code 来源:某报  作者:甲 乙}) above the item's running text, read from
     * {@code from}: the first item also reads the page's header lines above it (a portal's source line may stand
     * over its menu buttons, which the splitter takes for the item's headline).
     */
    private static List<Reporter> labelledAuthors(AnnotatedText text, List<PageLine> lines, int from, int last) {
        BylineParser parser = new BylineParser(text);
        for (int i = from; i <= last && !opensText(lines.get(i)); i++) {
            PageLine line = lines.get(i);
            if (line.kind() != Kind.META && line.kind() != Kind.JUNK) continue;
            List<Reporter> found = parser.authorLabel(line.start(), line.end());
            if (!found.isEmpty()) return found;
        }
        return List.of();
    }

    /**
     * A byline in parentheses closing the item's last paragraph of running text ({@code …。(记者 甲)}), under
     * which a list of related links may still stand.
     */
    private static List<Reporter> closingReporters(AnnotatedText text, List<PageLine> lines, int first, int last) {
        BylineParser parser = new BylineParser(text);
        PageLine lastLine = lines.get(last);
        Optional<Byline> closing = parser.atEnd(lastLine.start(), lastLine.end());
        int i = last;
        while (closing.isEmpty() && i > first && lines.get(i).kind() != Kind.BODY) i--;
        if (closing.isEmpty() && i < last) closing = parser.atEnd(lines.get(i).start(), lines.get(i).end());
        return closing.map(Byline::reporters).orElse(List.of());
    }

    /** A person credited twice (text and photo) is one reporter of the item. */
    private static List<Reporter> firstCreditEach(List<Reporter> reporters) {
        Map<String, Reporter> byName = new LinkedHashMap<>();
        for (Reporter r : reporters) byName.putIfAbsent(r.name(), r);
        return List.copyOf(byName.values());
    }

    private static Item dated(Item i, SourcedDate date) {
        return new Item(i.number(), i.span(), i.headline(), i.subheadline(), i.reporters(), i.dateline(), date, i.place(),
                i.interviewee());
    }

    /**
     * What the item's text says of its date: its header (heading lines, byline, source and time lines before its
     * text), its lead (the byline and the start of its first paragraph), its closing lines. Dates further into the
     * running text are events, not the item's date.
     */
    private static ItemDating dating(AnnotatedText text, List<PageLine> lines, ItemStart start, int first, int next,
                                     String headline) {
        int last = next - 1;
        while (last > first && lines.get(last).kind() == Kind.JUNK) last--;
        String t = text.text().text();
        PageLine anchor = start.anchor() == null ? null : lines.get(start.anchor());
        Byline byline = anchor == null ? null : anchor.byline();

        List<String> header = new ArrayList<>();
        for (int i : start.heading()) header.add(lines.get(i).text());
        if (byline != null) header.add(t.substring(byline.start(), byline.end()));
        int firstBody = first;
        // a lead may open 【某某网1月18日讯】, or be a byline's own paragraph under the reporter's line (本报记者 甲 /
        // 本报讯 2月26日，…)
        while (firstBody <= last && !opensText(lines.get(firstBody))) firstBody++;
        for (int i = first; i <= Math.min(last, Math.max(first + HEADER_LINES, firstBody)); i++) {
            if (lines.get(i).kind() == Kind.META) header.add(lines.get(i).text());
        }

        String lead = byline == null ? "" : t.substring(byline.start(), byline.end()) + " ";
        boolean bylineParagraph = byline != null && byline.bodyStart() < anchor.end();
        int leadLine = bylineParagraph ? start.anchor() : firstBody;
        if (bylineParagraph) lead += t.substring(byline.bodyStart(), anchor.end());
        else if (firstBody <= last) lead += lines.get(firstBody).text();
        // the lead's paragraph and the next: where a year its day lacks counts as stated nearby
        String nearby = leadLine > last ? "" : t.substring(lines.get(leadLine).start(), lines.get(Math.min(last, leadLine + 1)).end());

        List<String> closing = lines.subList(Math.max(first, last - 2), last + 1).stream().map(PageLine::text).toList();
        int openingEnd = Math.min(lines.get(last).end(), lines.get(first).start() + OPENING);
        return ItemDating.read(header, lead, closing, headline, nearby, t.substring(lines.get(first).start(), openingEnd));
    }

    /** Running text, an entry, or a byline followed by its paragraph on the same line. */
    private static boolean opensText(PageLine line) {
        return line.kind() == Kind.BODY || line.kind() == Kind.ENTRY || line.kind() == Kind.BYLINE && !line.isBareByline();
    }

    /**
     * The date in the page header: source/time or dated lines above the first item. A date alone there (2023年11月23日
     * 星期四) may be the site's clock, the day the page was saved: it yields to a first item that states its own
     * publication line.
     */
    private static LocalDate pageDate(List<PageLine> lines, int firstItem, boolean itemDatesItself) {
        return lines.subList(0, firstItem).stream().filter(l -> l.kind() == Kind.META)
                .filter(l -> !(itemDatesItself && PageLines.isDateAlone(l.text())))
                .map(l -> StatedDates.publication(l.text())).flatMap(Optional::stream).findFirst().orElse(null);
    }

    /** The place named at the start of the headline, else of the sub-headline, the author's organisation or the
     * opening line; else the dateline's. */
    private static Region place(String headline, String subheadline, Signatory signatory, String opening,
                                String dateline) {
        PlaceNames places = PlaceNames.get();
        return Stream.of(headline, subheadline, signatory == null ? null : signatory.organisation(), opening)
                .filter(Objects::nonNull).map(places::atStart).flatMap(Optional::stream).findFirst()
                .or(() -> dateline == null ? Optional.empty() : places.named(dateline))
                .orElse(null);
    }

    private static PostHolder postHolder(AnnotatedText text, Signatory s) {
        Organisation org = organisation(s.organisation());
        Span whole = SourceSpans.of(text, s.start(), s.end());
        List<Post> posts = s.titles().stream().map(t -> new Post(t, org, PostEvent.STATED, whole)).toList();
        return new PostHolder(s.name(), posts, whole);
    }

    /** The author's organisation; a federation is named by its division's full name (新疆伊犁州妇联 →
     * 伊犁哈萨克自治州妇联), anything else as written. */
    private static Organisation organisation(String written) {
        if (written.isEmpty()) return null;
        Region region = PlaceNames.get().atStart(written).orElse(null);
        boolean federation = written.endsWith("妇联") || written.endsWith("妇女联合会");
        if (federation && region != null) {
            return new Organisation(region.name() + "妇联", OrgType.FEDERATION, region.level(), region, false);
        }
        return new Organisation(written, federation ? OrgType.FEDERATION : OrgType.OTHER, null, region, false);
    }

    /** A yearbook entry 【妇女儿童工作】 2022年… is headed 妇女儿童工作; a headline line is its own text. */
    private static String headingText(PageLine line) {
        if (line.kind() != Kind.ENTRY) return line.text();
        return line.text().substring(1, line.text().indexOf('】'));
    }

    private static boolean isInHeading(Map<Integer, ItemStart> starts, int line) {
        return starts.values().stream().anyMatch(s -> s.heading().contains(line) || Integer.valueOf(line).equals(s.anchor()));
    }

    private static int firstContentLine(List<PageLine> lines) {
        int i = 0;
        while (i < lines.size() && (lines.get(i).kind() == Kind.JUNK || lines.get(i).kind() == Kind.META)) i++;
        return i;
    }

    /** The most common number of blank lines between two lines of the page. */
    private static int usualGap(List<PageLine> lines) {
        Map<Integer, Long> counts = lines.stream().skip(1)
                .collect(Collectors.groupingBy(PageLine::gapBefore, Collectors.counting()));
        if (counts.isEmpty()) return Integer.MAX_VALUE;
        return Collections.max(counts.entrySet(), Map.Entry.comparingByValue()).getKey();
    }
}
