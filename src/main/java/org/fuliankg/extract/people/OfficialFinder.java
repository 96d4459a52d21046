package org.fuliankg.extract.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.fuliankg.annotate.AnnotatedText;
import org.fuliankg.domain.org.Organisation;
import org.fuliankg.domain.org.OrganisationMention;
import org.fuliankg.domain.people.Post;
import org.fuliankg.domain.people.PostEvent;
import org.fuliankg.domain.people.PostHolder;
import org.fuliankg.extract.people.bodies.BareTitleBodies;
import org.fuliankg.extract.people.bodies.BodyWords;
import org.fuliankg.extract.people.bodies.GoverningBodies;
import org.fuliankg.extract.people.bodies.HolderRecords;
import org.fuliankg.extract.people.bodies.ImpliedBodies;
import org.fuliankg.extract.people.bodies.Page;
import org.fuliankg.extract.people.bodies.PageTowns;
import org.fuliankg.extract.people.bodies.ShortNames;
import org.fuliankg.extract.people.bodies.WordsBeforeTitle;
import org.fuliankg.extract.people.titles.Elections;
import org.fuliankg.extract.people.titles.LabelLines;
import org.fuliankg.extract.people.titles.ListHeadings;
import org.fuliankg.extract.people.titles.TitleChain;
import org.fuliankg.extract.text.LeaderLists;
import org.fuliankg.extract.text.NameReader;
import org.fuliankg.extract.text.OrganisationAt;
import org.fuliankg.extract.text.PlaceContext;
import org.fuliankg.extract.text.SourceSpans;
import org.fuliankg.extract.text.TextShape;
import org.fuliankg.lexicon.Positions.Title;
import org.fuliankg.lexicon.Positions;

/**
 * Finds named officials and their posts: header lines (荆州市妇联党组书记、主席 王某某), titles before the name in
 * running text, lists (副主席A、B、C), compound titles across two bodies (…办公室专职副主任、市妇联副主席吴晓红),
 * former posts (原主席), party-congress delegates, and a tagged name before its title (李某某主席); elections and
 * appointments with their events ({@link Elections}); short-form Party, government and federation bodies before a
 * title ({@link WrittenBody}: 县委常委, 区人大常委会副主任, 市妇联), kept unresolved when the text gives no place;
 * titles chained across a comma (区妇联主席，区基金会理事长张某) and guest-list lines (张某——省妇联部长；). A title
 * with no name after or before it (相关负责人) gives nobody.
 */
public final class OfficialFinder {

    /** 某某主席代表省妇联: the body a holder of a bare title speaks for. */
    private static final String ON_BEHALF = "代表";
    /** How far (characters) 由 may stand before a make-up's first name, and its body after the first title. */
    private static final int MAX_MADE_UP = 60;
    /** The longest unit written alone after a make-up's 的 (女职工委员会). */
    private static final int MAX_UNIT = 6;
    /** A term written before the body of a make-up (新一届女职工委员会). */
    private static final Pattern MADE_UP_TERM = Pattern.compile("新一届|新一任|本届|首届|第[一二三四五六七八九十0-9]{1,3}届");
    private static final String SENTENCE_ENDS = "。；;！!？?\n";
    /** 甲、乙分别当选为主席、副主席: each name takes the title in its place. */
    private static final String RESPECTIVELY = "分别";
    /** A guest list's line: a name, a dash, titles up to the end of the line or a semicolon. */
    private static final Pattern GUEST_LINE = Pattern.compile(
            "(?m)^[ \\t　]*(\\p{IsHan}{2,4})[ \\t　]*(?:——|—|--|－－)[ \\t　]*([^\\n；;。]{2,60}?)[ \\t　]*(?:[；;。]|$)");
    /** Last characters of a body's word before a name and its title in a guest list (地政局, 金宁乡, 代表会). */
    private static final String BODY_WORD_ENDINGS = TitleChain.BODY_ENDINGS + "乡镇会厂所院堂";
    /** The longest body's word read before a name in a guest list, characters. */
    private static final int MAX_BODY_WORD = 10;
    /** The longest list entry skipped as no name (a joined name of another shape), characters. */
    private static final int MAX_UNREAD_ENTRY = 16;
    /** Marks that end an entry of a list of holders (何某、钱某, 以及彭某。). */
    private static final String ENTRY_ENDS = "、，,。；;";
    /** What may follow a holder named after a title and 为: an entry's end, a note in brackets, the line's end. */
    private static final String HOLDER_AFTER_COPULA_ENDS = ENTRY_ENDS + "(（\n";
    /** Words between a title and the list of its holders: 副会长名单包括：, 副主席名单如下：. */
    private static final Pattern LIST_WORDS = Pattern.compile("名单(?:包括|如下|为)?(?=[：:])|名单包括|(?:包括|如下)(?=[：:])");
    /** (兼) after a title: the post is held concurrently; the name follows. */
    private static final Pattern CONCURRENT = Pattern.compile("[(（]兼[)）]");
    /** 的一名焊工教师，: the job after a workplace, up to the end of the phrase. */
    private static final Pattern WORKPLACE_JOB = Pattern.compile("的(?:一名|一位|名)?(\\p{IsHan}{2,8})(?=[，,。；;、！!])");

    /** @param places the document's places, read once for all finders */
    /** @param titles the text's titles ({@link Positions#titlesIn}) */
    public List<PostHolder> find(AnnotatedText text, PlaceContext places, List<OrganisationMention> organisations,
                                 List<Title> titles) {
        return new Reading(text, places, organisations, titles).holders();
    }

    /** One document being read: its statements of posts, each read by the room that knows its shape. */
    private static final class Reading {
        private final Map<String, PostHolder> byName;
        private final Page page;
        private final HolderRecords records;
        private final WordsBeforeTitle words;
        private final TitleChain chains;
        private final ImpliedBodies impliedBodies;
        private final BareTitleBodies bareTitles;
        private final Elections elections;
        private final LabelLines labels;
        private final BodyWords bodyWords;
        /** Where the titles of a respective list after the first start (…分别当选为会长、理事长): read with the first. */
        private final java.util.Set<Integer> readInList = new java.util.HashSet<>();

        Reading(AnnotatedText text, PlaceContext documentPlaces, List<OrganisationMention> organisations,
                List<Title> titles) {
            this.page = new Page(text, documentPlaces, organisations, titles);
            this.records = new HolderRecords(page);
            this.byName = records.byName;
            GoverningBodies governing = new GoverningBodies(page);
            this.words = new WordsBeforeTitle(page, records, governing);
            this.impliedBodies = new ImpliedBodies(page, governing);
            this.bareTitles = new BareTitleBodies(page, governing);
            this.bodyWords = new BodyWords(page);
            this.chains = new TitleChain(page, records, words, new ListHeadings(page), impliedBodies, bareTitles);
            this.elections = new Elections(page.t, page.names);
            this.labels = new LabelLines(page.t);
        }

        List<PostHolder> holders() {
            for (Title title : page.titles) {
                if (readInList.contains(title.start())) continue;
                int labelled = labels.holdersLineStart(title); // 主席 / 某某某: an infobox's label and its holders
                if (labelled >= 0 && readLabelled(title, labelled)) continue;
                int after = labelled >= 0 ? labelled : skipSeparator(title.end());
                var nameEnd = page.names.nameEndAfterTitle(after);
                if (nameEnd.isEmpty() && holderAfterDe(title)) { // 当选浙江省妇联主席的何某、: the holder after 的
                    after = title.end() + 1;
                    nameEnd = page.names.nameEndAfterTitle(after).filter(e -> e < page.t.length()
                            && (ENTRY_ENDS.indexOf(page.t.charAt(e)) >= 0 || page.names.speechOrPresenceAt(e))); // 的某某说
                }
                var subject = nameEnd.isPresent() ? null : page.names.profileSubjectBefore(title.start(), title.end()).orElse(null);
                if (nameEnd.isPresent()) {
                    readTitlesBeforeName(title, after, nameEnd.get());
                } else if (subject != null && page.names.nameEndingAt(title.start()).isEmpty()) { // 某某，女，…，现任…主席，
                    readTitlesBeforeName(title, subject[0], subject[1]);
                } else if (!readElection(title)) {
                    readNameBeforeTitle(title);
                }
            }
            readGuestLines();
            for (LeaderLists.Listed l : new LeaderLists(page.text, page.names, page.places).names()) { // 市领导甲、乙出席
                String name = page.t.substring(l.start(), l.end());
                if (!byName.containsKey(name)) records.add(name, List.of(l.post()), l.start(), l.end()); // a stated post says more
            }
            CopulaSites copulas = new CopulaSites(page.t, page.orgByStart.keySet());
            for (String name : List.copyOf(byName.keySet())) readWorkplace(name, copulas);
            List<PostHolder> holders = new PageTowns(page).named(records.holders()); // 镇党委 on a page of one town
            return withoutBodilessBeside(page.taiwan.named(new ShortNames(page).named(holders)));
        }

        /**
         * 县委副书记甲 … 书记甲强调: a title read with no body for someone the page binds to a body in another post adds
         * no body of its own; it is left out, so that a person bound somewhere is never also bound nowhere.
         */
        private static List<PostHolder> withoutBodilessBeside(List<PostHolder> holders) {
            List<PostHolder> out = new ArrayList<>(holders.size());
            for (PostHolder h : holders) {
                boolean bound = h.posts().stream().anyMatch(p -> p.organisation() != null);
                out.add(!bound || h.posts().stream().allMatch(p -> p.organisation() != null) ? h
                        : new PostHolder(h.name(), h.posts().stream().filter(p -> p.organisation() != null).toList(), h.span()));
            }
            return out;
        }


        /**
         * 1月9日当选浙江省妇联主席的何某: a title after an election or appointment verb in its phrase, with 的 after
         * it: the name after 的 holds the post (the name must end its list entry).
         */
        private boolean holderAfterDe(Title title) {
            if (title.end() + 1 >= page.t.length() || page.t.charAt(title.end()) != '的') return false;
            String phrase = page.t.substring(page.shape.phraseStart(title.start(), 30), title.start());
            return TitleChain.ELECTION_VERBS.matcher(phrase).find() || TitleChain.TAKING_ON.matcher(phrase).find();
        }

        /** A federation or association title written with no body (主席, 副会长). */
        private boolean bareWomensTitle(String title) {
            return BareTitleBodies.FEDERATION_TITLES.contains(title)
                    || BareTitleBodies.ASSOCIATION_TITLES.contains(title);
        }

        /** 代表省妇联 right at {@code pos}: the federation or association a holder speaks for there, or null. */
        private OrganisationAt representedAfter(int pos) {
            if (!page.t.startsWith(ON_BEHALF, pos)) return null;
            OrganisationAt org = page.orgByStart.get(pos + ON_BEHALF.length());
            return org != null && BareTitleBodies.isWomensBody(org) ? org : null;
        }

        /** The holders on the line under a title alone on its line (副主席 / 甲乙丙), all of its body; false when that
         * line is not made of names alone. */
        private boolean readLabelled(Title title, int line) {
            List<LabelLines.Holder> holders = labels.holders(line);
            if (holders.isEmpty()) return false;
            List<Post> posts = new ArrayList<>();
            int start = chains.chain(title, posts);
            for (LabelLines.Holder h : holders) records.add(h.name(), posts, Math.min(start, h.start()), h.end());
            return true;
        }

        /** 张某——省政协委员、省妇联权益部部长；: a guest list's line, the name before a dash and its titles. */
        private void readGuestLines() {
            Matcher m = GUEST_LINE.matcher(page.t);
            while (m.find()) {
                if (page.names.nameEndAfterTitle(m.start(1)).filter(e -> e == m.end(1)).isEmpty()) continue;
                Title last = page.titleByEnd.get(m.end(2));
                if (last == null) continue;
                List<Post> posts = new ArrayList<>();
                int start = chains.chain(last, posts);
                if (start < m.start(2)) continue;
                records.add(m.group(1), posts, m.start(1), m.end(2));
            }
        }

        /** 张某某是宝钢的一名技术员: an official's job at a named body, as a further post. */
        private void readWorkplace(String name, CopulaSites copulas) {
            for (int start : copulas.namesBefore(name)) {
                OrganisationAt org = page.orgByStart.get(start + name.length() + 1);
                Matcher job = WORKPLACE_JOB.matcher(page.t).region(org.end(), page.t.length());
                if (!job.lookingAt()) continue;
                Post post = new Post(job.group(1), org.organisation(), PostEvent.STATED,
                        SourceSpans.of(page.text, org.start(), job.end(1)), page.surface(org));
                records.add(name, List.of(post), start, job.end(1));
            }
        }

        /** 荆州市妇联党组书记、主席王某某表示, and lists such as 副主席：A、B、C. */
        private void readTitlesBeforeName(Title last, int nameStart, int nameEnd) {
            List<Post> posts = new ArrayList<>();
            int start = chains.chain(last, posts);
            OrganisationAt represented = representedAfter(nameEnd); // 副主席某某代表市妇联致辞
            if (represented != null) {
                String form = page.surface(represented);
                posts.replaceAll(p -> p.organisation() == null && bareWomensTitle(p.position())
                        ? new Post(p.position(), represented.organisation(), p.event(), p.span(), form) : p);
            }
            records.add(page.t.substring(nameStart, nameEnd), posts, start, nameEnd);
            int p = nameEnd;
            while (p < page.t.length()) {
                int listed = page.names.nextListEntry(p); // 、 with spaces or a note before it: 简某 、, 巴桑(藏族)、
                int from = listed >= 0 ? listed : spacedEntryAfter(page.names.afterNote(p));
                if (from < 0) break;
                var next = page.names.nameEndAfterTitle(from);
                if (next.isEmpty() && listed >= 0) {
                    int unread = unreadEntryEnd(from); // 桑顶·…·德庆曲珍、: a name of another shape; the list goes on
                    if (unread < 0) break;
                    p = unread;
                    continue;
                }
                if (next.isEmpty() || !page.names.isBoundary(next.get()) || page.titleAt(next.get())) break;
                // 副主席 张某 李某某 王某(兼职): names parted by spaces, each ending at a space or the line's end
                if (listed < 0 && !endsSpacedEntry(page.names.afterNote(next.get()))) break;
                records.add(page.t.substring(from, next.get()), posts, from, next.get());
                p = next.get();
            }
        }

        /**
         * The 、 that ends a list entry from {@code from} read as no name: a joined name (Han characters parted by
         * name dots, no longer than such a name), followed by 、 and a name read there; -1 otherwise (a body and
         * title in the list end it).
         */
        private int unreadEntryEnd(int from) {
            int i = from;
            boolean dotted = false;
            while (i < page.t.length() && i - from <= MAX_UNREAD_ENTRY) {
                boolean dot = NameReader.isNameDot(page.t.charAt(i));
                if (!dot && !Character.isIdeographic(page.t.codePointAt(i))) break;
                dotted |= dot;
                i++;
            }
            if (!dotted || i >= page.t.length() || page.t.charAt(i) != '、') return -1;
            int after = page.names.nextListEntry(i);
            return after >= 0 && page.names.nameEndAfterTitle(after).isPresent() ? i : -1;
        }

        /** Where the next name of a space-parted list starts after {@code p}: after a run of spaces; -1. */
        private int spacedEntryAfter(int p) {
            int q = p;
            while (q < page.t.length() && q - p < 4 && (page.t.charAt(q) == ' ' || page.t.charAt(q) == '\u3000')) q++;
            return q > p && q < page.t.length() && Character.isIdeographic(page.t.codePointAt(q)) ? q : -1;
        }

        /** True when a name of a space-parted list ends at {@code end}: a space, the line's end or the text's. */
        private boolean endsSpacedEntry(int end) {
            return end == page.t.length() || " \u3000\n\r".indexOf(page.t.charAt(end)) >= 0;
        }

        /**
         * 习近平总书记, 陈秀英主席作工作报告, 张蕾当选主席: the name before the title. A federation title with no
         * body written belongs to the federation the passage was just speaking of.
         */
        private void readNameBeforeTitle(Title title) {
            if (Positions.get().headsUnitBefore(title.title())) return; // 社会文化司司长: the unit, no name, before it
            int nameEnd = title.start();
            var nameStart = nameAfterBody(nameEnd); // 县妇联郑某某主席: the body bounds the name (not 林|文秀)
            if (nameStart.isEmpty()) nameStart = page.names.nameEndingAt(nameEnd);
            boolean afterBodyWord = nameStart.isEmpty();
            if (afterBodyWord) nameStart = nameAfterBodyWord(nameEnd); // 、地政局叶某某局长、
            if (nameStart.isEmpty()) return;
            // 甘州区长安镇: the title's first character ends a place's name (甘州区), which is no person's
            if (ImpliedBodies.HEAD_OF_GOVERNMENT.matcher(title.title()).matches() && page.places.placeEndingAt(title.start() + 1)) return;
            OrganisationAt org = page.orgByEnd.get(nameStart.get());
            Organisation o = org != null ? org.organisation() : impliedBodies.implied(title);
            int bodyWordStart = org == null && o == null ? bodyWordBefore(nameStart.get()) : -1;
            if (bodyWordStart >= 0) { // 、劳工事务局某某局长、: the body's word before the name is the post's body
                o = bodyWords.named(bodyWordStart, nameStart.get(), title);
                if (o == null) bodyWordStart = -1;
            }
            int writtenStart = -1; // 省委某某副书记, 某乡某某书记: a short form or a township's name right before the name
            String writtenForm = null;
            if (org == null && o == null && bodyWordStart < 0) {
                WordsBeforeTitle.Body written = words.bodyBefore(title, nameStart.get());
                Organisation town = written.organisation() == null && written.written()
                        ? page.writtenBodies.partyOfTownWritten(page.t.substring(written.phraseStart(), nameStart.get()),
                                nameStart.get(), title.title()) : null;
                if (written.organisation() != null || town != null) {
                    o = written.organisation() != null ? written.organisation() : town;
                    writtenStart = written.organisation() != null ? written.start() : written.phraseStart();
                    writtenForm = page.t.substring(writtenStart, nameStart.get());
                }
            }
            String name = page.t.substring(nameStart.get(), nameEnd);
            boolean stated = byName.containsKey(name) && byName.get(name).posts().stream()
                    .anyMatch(p -> p.position().equals(title.title()) && p.organisation() != null);
            // 省妇联副主席邵某 … 邵某主席表示: a bare colloquial title of someone already titled in full adds nothing
            if (org == null && records.colloquialOfStated(name, title.title())) return;
            // 代表会陈某主席: the body written before the name is no federation or association named earlier
            if (o == null && !stated && !afterBodyWord && BareTitleBodies.FEDERATION_TITLES.contains(title.title())) {
                o = bareTitles.federationNamedBefore(nameStart.get());
            }
            if (o == null && !stated && !afterBodyWord && BareTitleBodies.ASSOCIATION_TITLES.contains(title.title())) {
                o = bareTitles.associationNamedBefore(nameStart.get());
            }
            OrganisationAt represented = o == null && bareWomensTitle(title.title())
                    ? representedAfter(title.end()) : null;
            if (represented != null) { // 某某主席代表省妇联感谢…: the body she speaks for
                o = represented.organisation();
                org = represented;
            }
            int start = org != null ? Math.min(org.start(), nameStart.get())
                    : bodyWordStart >= 0 ? bodyWordStart : writtenStart >= 0 ? writtenStart : nameStart.get();
            int end = Math.max(title.end(), org == null ? 0 : org.end());
            String form = org != null ? page.surface(org)
                    : bodyWordStart >= 0 ? page.t.substring(bodyWordStart, nameStart.get()) : writtenForm;
            Post post = new Post(title.title(), o, PostEvent.STATED, SourceSpans.of(page.text, start, end), form);
            records.add(name, List.of(post), start, title.end());
        }

        /**
         * 、消防局王某某局长、, 金宁乡杨某某乡长: a name of two or three characters between a body's word (ending as
         * bodies do, not found as an organisation) opening its phrase and {@code end}, the start of the title.
         */
        private java.util.Optional<Integer> nameAfterBodyWord(int end) {
            for (int start = end - 3; start <= end - 2; start++) {
                if (start < 3 || BODY_WORD_ENDINGS.indexOf(page.t.charAt(start - 1)) < 0 || !page.names.isNameSpan(start, end)) continue;
                int phrase = page.shape.phraseStart(start, MAX_BODY_WORD);
                if (start - phrase >= 2 && (phrase == 0 || TextShape.isDelimiter(page.t.charAt(phrase - 1)))
                        && Positions.get().titleAt(page.t, phrase).isEmpty()) {
                    return java.util.Optional.of(start);
                }
            }
            return java.util.Optional.empty();
        }

        /** Where the body's word before a name starting at {@code nameStart} starts (its phrase's start, after a list
         * mark or a clause's), when the word ends as bodies do; -1 otherwise. */
        private int bodyWordBefore(int nameStart) {
            if (nameStart < 3 || BODY_WORD_ENDINGS.indexOf(page.t.charAt(nameStart - 1)) < 0) return -1;
            int phrase = page.shape.phraseStart(nameStart, MAX_BODY_WORD);
            boolean opens = phrase == 0 || TextShape.isDelimiter(page.t.charAt(phrase - 1));
            return nameStart - phrase >= 2 && opens && Positions.get().titleAt(page.t, phrase).isEmpty() ? phrase : -1;
        }

        /** The start of a name written between an organisation and {@code end}, the start of its title. */
        private java.util.Optional<Integer> nameAfterBody(int end) {
            for (int start = end - 4; start <= end - 2; start++) {
                final int s0 = start;
                if (start > 0 && page.orgByEnd.containsKey(start) && page.names.isNameSpan(start, end)) {
                    return java.util.Optional.of(s0);
                }
            }
            return java.util.Optional.empty();
        }

        /** 选举梁某为妇联主席, 李某、王某当选为区妇联副主席: the names, the verb's event and the body, or false. */
        private boolean readElection(Title title) {
            WordsBeforeTitle.Body body = words.bodyBefore(title);
            var statement = elections.statementEndingAt(body.start());
            boolean unknownBody = false; // 选举某某为学院妇委会主任: a body we cannot name stands after 为
            Organisation named = null; // 当选为某某发展妇联第一届执委会主席: a federation written in full, not read
            if (statement.isEmpty() && body.organisation() == null) {
                int wei = page.t.lastIndexOf('为', title.start() - 1);
                // the words may end in a bare 妇联 read after a verb-like word (融合发展妇联)
                int wordsEnd = page.t.startsWith("妇联", body.start()) ? body.start() + 2 : body.start();
                named = wei > body.phraseStart() ? WordsBeforeTitle.federationWritten(page.t, wei + 1, wordsEnd) : null;
                if (wei > body.phraseStart() && (body.written() || named != null)) statement = elections.statementEndingAt(wei + 1);
                unknownBody = statement.isPresent();
            }
            if (statement.isEmpty()) return false;
            Elections.Statement st = statement.get();
            Organisation o = body.organisation() != null ? body.organisation() : named;
            if (o == null && !unknownBody) o = st.inheritedBody();
            if (o == null && !unknownBody && BareTitleBodies.FEDERATION_TITLES.contains(title.title())) o = bareTitles.electedFederationBefore(st.start(), 0);
            // 甲当选为某某妇联主席；乙当选执委会副主席: the federation just elected to in the paragraph
            if (o == null && !unknownBody && BareTitleBodies.FEDERATION_TITLES.contains(title.title())) o = elections.federationInParagraph(st.start());
            // 选举产生了学校妇委会，甲当选为主任: the chair of the women's committee named before in the sentence
            if (o == null && !unknownBody && BareTitleBodies.COMMITTEE_CHAIRS.contains(title.title())) o = bareTitles.committeeInSentenceBefore(st.start());
            if (o == null && !unknownBody && BareTitleBodies.ASSOCIATION_TITLES.contains(title.title())) o = bareTitles.associationBefore(st.start());
            if (o == null && !unknownBody) o = bodyMadeUp(st, title);
            if (o == null && !unknownBody) o = impliedBodies.implied(title);
            PostEvent event = body.event() != PostEvent.STATED ? body.event() : st.event();
            List<Title> respective = respectiveTitles(title, st);
            if (!respective.isEmpty()) { // 甲、乙及丙分别当选为会长、理事长及监事长: each name its title, in order
                for (int i = 0; i < respective.size(); i++) {
                    Title each = respective.get(i);
                    int[] name = st.names().get(i);
                    Post post = new Post(body.unit() + each.title(), o, event,
                            SourceSpans.of(page.text, body.start(), each.end()), body.form());
                    records.add(page.t.substring(name[0], name[1]), List.of(post), name[0], each.end());
                    readInList.add(each.start());
                }
                elections.remember(st, o);
                return true;
            }
            Post post = new Post(body.unit() + title.title(), o, event, SourceSpans.of(page.text, body.start(), title.end()), body.form());
            for (int[] name : st.names()) records.add(page.t.substring(name[0], name[1]), List.of(post), name[0], title.end());
            elections.remember(st, o);
            return true;
        }

        /**
         * 成立了由甲任主任，乙、丙任委员的新一届女职工委员会: a body's make-up, the holders after 由 and the body after
         * 的 later in the sentence (a body found there, or a school's unit written alone); null for another statement.
         */
        private Organisation bodyMadeUp(Elections.Statement st, Title title) {
            int by = st.start() - 1;
            while (by >= 0 && page.t.charAt(by) != Elections.BY && by > st.start() - MAX_MADE_UP) {
                if (SENTENCE_ENDS.indexOf(page.t.charAt(by)) >= 0) return null;
                by--;
            }
            if (by < 0 || page.t.charAt(by) != Elections.BY) return null;
            for (int k = title.end(); k < page.t.length() && k - title.end() < MAX_MADE_UP; k++) {
                char c = page.t.charAt(k);
                if (SENTENCE_ENDS.indexOf(c) >= 0) return null;
                if (c != '的') continue;
                Matcher term = MADE_UP_TERM.matcher(page.t).region(k + 1, page.t.length());
                int body = term.lookingAt() ? term.end() : k + 1;
                OrganisationAt org = page.orgByStart.get(body);
                if (org != null) return org.organisation();
                for (int e = Math.min(page.t.length(), body + MAX_UNIT); e > body + 1; e--) {
                    Organisation unit = words.unitOfGoverning(page.t.substring(body, e), body);
                    if (unit != null) return unit;
                }
                return null;
            }
            return null;
        }

        /**
         * 甲、乙及丙分别当选为会长、理事长及监事长: when 分别 stands between the names and the verb, the titles listed from
         * {@code first} (parted by 、 or a conjunction), one for each name; empty when the counts differ.
         */
        private List<Title> respectiveTitles(Title first, Elections.Statement st) {
            int namesEnd = st.names().get(st.names().size() - 1)[1];
            if (st.names().size() < 2 || !page.t.substring(namesEnd, first.start()).contains(RESPECTIVELY)) {
                return List.of();
            }
            List<Title> listed = new ArrayList<>(List.of(first));
            Title last = first;
            while (listed.size() < st.names().size() && last.end() < page.t.length()) {
                char mark = page.t.charAt(last.end());
                if (mark != '、' && Elections.LAST_ENTRY_MARKS.indexOf(mark) < 0) break;
                var next = Positions.get().titleAt(page.t, last.end() + 1);
                if (next.isEmpty()) break;
                last = next.get();
                listed.add(last);
            }
            return listed.size() == st.names().size() ? listed : List.of();
        }

        private int skipSeparator(int pos) {
            Matcher heading = LIST_WORDS.matcher(page.t).region(pos, page.t.length()); // 副会长名单包括：
            int p0 = heading.lookingAt() ? heading.end() : pos;
            int p = p0; // 主席：, 主席 | 某某 | (a table row)
            while (p < page.t.length() && p - p0 < 3 && " 　：:|".indexOf(page.t.charAt(p)) >= 0) p++;
            if (p == pos && copulaBeforeHolder(p)) return p + 1; // 主席为甲，副主席为乙、丙
            return CONCURRENT.matcher(page.t).region(p, page.t.length()).lookingAt() ? p + 3 : p; // 党工委书记(兼)许某
        }

        /**
         * 现任主席为甲，副主席为乙、丙(兼职): 为 right after a title, then a name that ends its list entry (a mark, a
         * note in brackets, the line's end), names the holder; 主席为甲颁奖 (为 as "for") does not.
         */
        private boolean copulaBeforeHolder(int p) {
            if (p + 1 >= page.t.length() || page.t.charAt(p) != '为') return false;
            var end = page.names.nameEndAfterTitle(p + 1);
            return end.isPresent() && (end.get() == page.t.length() || HOLDER_AFTER_COPULA_ENDS.indexOf(page.t.charAt(end.get())) >= 0);
        }
    }
}
