package org.fuliankg.extract.programme;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.fuliankg.annotate.AnnotatedText;
import org.fuliankg.domain.Item;
import org.fuliankg.domain.programme.Programme;
import org.fuliankg.domain.programme.ProgrammeMention;
import org.fuliankg.extract.programme.ProgrammeCandidate;
import org.fuliankg.extract.programme.QuotedProgrammeNames;
import org.fuliankg.extract.programme.TwoCancerMentions;
import org.fuliankg.extract.programme.UnquotedProgrammeNames;
import org.fuliankg.extract.text.SourceSpans;
import org.fuliankg.lexicon.Programmes;

/**
 * Finds programmes by canonical name, variant or OCR slip (lexicon), 两癌 screening and relief, named campaigns
 * in quotes, and unquoted names started by a verb. Where finders overlap, a named programme (quoted or
 * unquoted) wins over the lexicon words inside it ("“石榴花乡村振兴巾帼行动”" is its own programme), unless the lexicon explains the whole
 * quote ("“99公益—一春蕾计划”" is 99公益日 and 春蕾计划). A named scheme (低收入妇女“两癌”救助项目) wins over the
 * generic 两癌 words inside it, and an item that names a scheme has no generic mention of its class: the generic
 * 两癌救助 stands only where the item names no scheme of relief.
 */
public final class ProgrammeFinder {

    private final Programmes lexicon = Programmes.standard();
    private final TwoCancerMentions twoCancer = new TwoCancerMentions(lexicon);
    private final QuotedProgrammeNames quoted = new QuotedProgrammeNames(lexicon);
    private final UnquotedProgrammeNames unquoted = new UnquotedProgrammeNames(lexicon);
    private final ListedProgrammes listed = new ListedProgrammes(lexicon);
    private final DemonstrationSites sites = new DemonstrationSites();
    private final RegionalBrands brands = new RegionalBrands();
    private final QuotedLoanSchemes loans = new QuotedLoanSchemes(lexicon);
    private final PlaceFunds placeFunds = new PlaceFunds();
    private final QualifiedSchemes qualified = new QualifiedSchemes(
            lexicon.generics().stream().map(Programme::name).collect(Collectors.toSet()));
    /** A level or a local budget written at a generic class: 县级“两癌”救助, 青海省财政“两癌”救助资金. */
    private static final Pattern LOCAL = Pattern.compile("[省市县区州]级|[省市县区]财政");

    /** The programmes of a text read as one item. */
    public List<ProgrammeMention> find(AnnotatedText annotated) {
        return find(annotated, List.of());
    }

    /** The programmes of a text whose items are {@code items} (empty: one item). */
    public List<ProgrammeMention> find(AnnotatedText annotated, List<Item> items) {
        String text = annotated.text().text();
        List<ProgrammeCandidate> lexiconMatches = lexicon.findIn(text).stream()
                .map(m -> qualified.widen(text, new ProgrammeCandidate(m.start(), m.end(), m.programme(), m.variant())))
                .toList();
        List<ProgrammeCandidate> schemes = lexiconMatches.stream().filter(m -> m.programme().broader() != null).toList();
        List<ProgrammeCandidate> unquotedNames = unquoted.find(text);
        // 某某宫颈癌和乳腺癌救助计划 named without quotes: the scheme, not the generic words inside it
        List<ProgrammeCandidate> unquotedSchemes = unquotedNames.stream().filter(m -> m.programme().broader() != null).toList();
        List<ProgrammeCandidate> cancers = twoCancer.find(text).stream()
                .filter(c -> schemes.stream().noneMatch(m -> m.overlaps(c.start(), c.end())))
                .filter(c -> unquotedSchemes.stream().noneMatch(m -> m.overlaps(c.start(), c.end()))).toList();

        boolean[] lexiconCovered = coverage(text.length(), lexiconMatches);
        // “某原巧手”技能培训: the region's brand is the name; the words after the quote say what is done under it
        List<ProgrammeCandidate> accepted = new ArrayList<>(brands.find(text));
        for (QuotedProgrammeNames.Quote q : quoted.find(text)) {
            if (accepted.stream().anyMatch(b -> b.overlaps(q.start(), q.end()))) continue;
            // 农村妇女“两癌”免费检查项目: the scheme around the quote, not the generic words in it
            if (schemes.stream().anyMatch(m -> m.overlaps(q.start(), q.end()) && !m.inside(q.start(), q.end()))) continue;
            if (!q.fromLexicon()) {
                if (explainedByLexicon(text, q, lexiconCovered)) continue;
                if (cancers.stream().anyMatch(c -> c.overlaps(q.start(), q.end()) && !c.inside(q.start(), q.end()))) {
                    continue;
                }
            }
            accepted.add(new ProgrammeCandidate(q.start(), q.end(), q.programme(), q.variant()));
        }
        addFree(accepted, cancers, text.length());
        addFree(accepted, sites.find(text), text.length()); // 巾帼科技致富示范村: the scheme, not 巾帼科技致富 inside it
        addFree(accepted, unquotedNames, text.length()); // 送巾帼志愿服务项目 is a project of its own
        addFree(accepted, loans.find(text), text.length()); // “某某”无息贷款: the loan scheme the quote names
        addFree(accepted, placeFunds.find(text), text.length()); // 某省大病救助基金: a fund named by place and cause
        addFree(accepted, lexiconMatches, text.length());
        addFree(accepted, listed.find(text), text.length()); // 甲工程、乙、丙等工作品牌: each member a programme
        addFree(accepted, writtenAgain(text, accepted), text.length());

        accepted.sort(Comparator.comparingInt(ProgrammeCandidate::start));
        // 妇女儿童之家建设, 捐建首个“儿童之家”: the home is the scheme that builds it, wherever the text builds one;
        // 在“妇女之家”、依托妇女之家等活动阵地 alone name a place, and 留守儿童之家 without building is a home of its own
        Set<String> built = new HashSet<>();
        for (ProgrammeCandidate c : accepted) {
            if (BuiltFacilities.builtAt(text, c.start(), c.end())) built.add(c.programme().name());
        }
        accepted.removeIf(c -> BuiltFacilities.HOME.matcher(c.programme().name()).find()
                && !built.contains(c.programme().name()));
        List<ProgrammeMention> mentions = new ArrayList<>(accepted.size());
        Set<ProgrammeMention> local = new HashSet<>();
        for (ProgrammeCandidate c : accepted) {
            ProgrammeMention m = new ProgrammeMention(fullName(c.programme(), accepted), c.variant(),
                    SourceSpans.of(annotated, c.start(), c.end()));
            mentions.add(m);
            if (LOCAL.matcher(text.substring(Math.max(0, c.start() - 8), c.end())).find()) local.add(m);
        }
        return withoutGenericsOfNamedSchemes(mentions, local, items);
    }

    /**
     * In an item that names a scheme of a generic class (低收入妇女两癌救助 of 两癌救助), the generic words refer to
     * that scheme: they become a mention of it when the item names one such scheme, and are dropped when it names
     * several. Not so where the item writes the class with a level or a local budget (县级“两癌”救助 beside the
     * national 低收入妇女“两癌”救助): the item then speaks of local relief too, and its generic words stay generic.
     */
    private static List<ProgrammeMention> withoutGenericsOfNamedSchemes(List<ProgrammeMention> mentions,
                                                                        Set<ProgrammeMention> local, List<Item> items) {
        List<ProgrammeMention> kept = new ArrayList<>(mentions.size());
        for (ProgrammeMention m : mentions) {
            Item item = itemOf(m, items);
            if (local.stream().anyMatch(l -> l.programme().equals(m.programme()) && itemOf(l, items) == item)) {
                kept.add(m);
                continue;
            }
            Set<Programme> schemes = new LinkedHashSet<>();
            for (ProgrammeMention other : mentions) {
                if (m.programme().name().equals(other.programme().broader()) && itemOf(other, items) == item) {
                    schemes.add(other.programme());
                }
            }
            if (schemes.isEmpty()) kept.add(m);
            else if (schemes.size() == 1) kept.add(new ProgrammeMention(schemes.iterator().next(), null, m.span()));
        }
        return kept;
    }

    private static Item itemOf(ProgrammeMention m, List<Item> items) {
        if (m.span() == null) return null;
        for (Item i : items) {
            if (i.span() != null && i.span().start() <= m.span().start() && m.span().start() < i.span().end()) return i;
        }
        return null;
    }

    /**
     * A fund or a scheme of a class named in full once and short elsewhere (大冶市妇儿关爱基金 … 妇儿关爱基金,
     * 广东省妇女创业小额担保贷款贴息 … 妇女创业小额担保贷款贴息) is one: every mention gets the longest name the
     * document gives it. So is a known scheme known under a longer name too (农村贫困母亲两癌救助 … 贫困母亲两癌救助):
     * the document's longer known name.
     */
    private Programme fullName(Programme p, List<ProgrammeCandidate> all) {
        if (!p.isFund() && p.broader() == null) return p; // not 省级 + a known one
        boolean known = lexicon.byName(p.name()) != null;
        Programme longest = p;
        for (ProgrammeCandidate c : all) {
            Programme q = c.programme();
            if (known && !p.isFund() && lexicon.byName(q.name()) == null) continue;
            if (q.isFund() == p.isFund() && Objects.equals(q.broader(), p.broader())
                    && q.name().endsWith(p.name()) && q.name().length() > longest.name().length()) {
                longest = q;
            }
        }
        return longest;
    }

    /**
     * A campaign the text names (“儿童快乐家园建设”公益项目) mentioned again without quotes (将投1500万元建150个儿童快乐家园
     * in a headline): its name, or its name without 建设/创建, written elsewhere. Lexicon names are found everywhere
     * already; names shorter than four characters are too common to look for; a fund's name without quotes is
     * mostly the money itself (筹得圆梦基金, 充实圆梦基金), not another mention of it.
     */
    private List<ProgrammeCandidate> writtenAgain(String text, List<ProgrammeCandidate> accepted) {
        List<ProgrammeCandidate> again = new ArrayList<>();
        Set<String> looked = new HashSet<>();
        for (ProgrammeCandidate c : accepted) {
            Programme p = c.programme();
            if (p.isFund() || lexicon.byName(p.name()) != null) continue;
            String stem = WORK_SUFFIX.matcher(p.name()).replaceFirst("");
            for (String name : new String[] {p.name(), stem}) {
                if (name.length() < 4 || !looked.add(name)) continue;
                for (int i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + name.length())) {
                    again.add(new ProgrammeCandidate(i, i + name.length(), p, name));
                }
            }
        }
        return again;
    }

    private static final Pattern WORK_SUFFIX = Pattern.compile("(?:建设|创建)$");

    /** Adds the candidates that no accepted mention covers; two candidates of one span (两癌 筛查和救助) both go in. */
    private static void addFree(List<ProgrammeCandidate> accepted, List<ProgrammeCandidate> candidates, int length) {
        boolean[] taken = coverage(length, accepted);
        for (ProgrammeCandidate c : candidates) {
            boolean free = true;
            for (int i = c.start(); i < c.end() && free; i++) free = !taken[i];
            if (free) accepted.add(c);
        }
    }

    /** True when lexicon names fill the quoted text except for separators and at most one stray character. */
    private static boolean explainedByLexicon(String text, QuotedProgrammeNames.Quote q, boolean[] lexiconCovered) {
        int open = q.start();
        int close = text.indexOf(closing(text.charAt(open)), open + 1);
        if (close < 0 || close > q.end()) return false;
        boolean any = false;
        int stray = 0;
        for (int i = open + 1; i < close; i++) {
            if (lexiconCovered[i]) any = true;
            else if (Character.isLetterOrDigit(text.charAt(i))) stray++;
        }
        return any && stray <= 1;
    }

    private static boolean[] coverage(int length, List<ProgrammeCandidate> matches) {
        boolean[] covered = new boolean[length];
        for (ProgrammeCandidate m : matches) {
            for (int i = m.start(); i < m.end(); i++) covered[i] = true;
        }
        return covered;
    }

    private static char closing(char open) {
        return switch (open) {
            case '《' -> '》';
            case '「' -> '」';
            default -> '”';
        };
    }
}
