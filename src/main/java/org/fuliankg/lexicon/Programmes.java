package org.fuliankg.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fuliankg.domain.programme.Programme;
import org.fuliankg.domain.programme.ProgrammeKind;

/**
 * Well-known programmes of the women's federations with their variants and OCR slips, read from
 * {@code programmes.tsv}. Finds them in text by longest match and looks up names found elsewhere (in quotes).
 * Quote marks inside a name (低收入妇女“两癌”救助, 贫困母亲‘两癌’救助) are not part of it, and a funding source
 * or a suffix after a name (…中央专项彩票公益金, …专项基金, …项目) does not make another programme.
 */
public final class Programmes {

    /** A place where a lexicon programme is written; offsets index the searched string. */
    public record Match(int start, int end, Programme programme, String variant) {}

    private static final Programmes DEFAULT = load("programmes.tsv");
    private static final String PART_OF_A_WORD_FOR_PEOPLE = "队者员";
    /** Quote marks that may stand inside a name. */
    private static final String QUOTE_MARKS = "“”‘’\"'「」『』";
    /** Words after a name that say how it is funded or what it is, not which programme: longest first. */
    private static final List<String> SUFFIXES = List.of("中央专项彩票公益金", "专项彩票公益金", "彩票公益金", "专项基金",
            "公益金", "专项资金", "资金", "救助金", "救助款", "基金", "项目", "工程", "活动", "工作");

    private final Map<String, Programme> byVariant = new HashMap<>();
    private final List<Programme> prefixed = new ArrayList<>();
    /** Variants matched in running text: a text is searched at each position, and a trie walks it once there (a
     * list of the variants of the position's first character was tried one by one). */
    private final WordTrie<String> variants;

    private Programmes(List<String[]> rows) {
        List<String> unmatchedNames = new ArrayList<>();
        for (String[] row : rows) {
            ProgrammeKind kind = ProgrammeKind.valueOf(row[1].toUpperCase(Locale.ROOT).replace('-', '_'));
            String broader = row.length > 5 && !row[5].isBlank() && !row[5].equals("-") ? row[5].strip() : null;
            Programme p = new Programme(row[0], kind, row[2].equals("yes"), broader);
            byVariant.put(row[0], p);
            if (row[3].equals("prefix")) prefixed.add(p);
            if (row[3].equals("listed")) unmatchedNames.add(row[0]);
            if (row.length > 4) {
                for (String v : row[4].split("\\|")) {
                    if (!v.isBlank()) byVariant.put(v.strip(), p);
                }
            }
        }
        Map<String, String> matched = new HashMap<>();
        for (String v : byVariant.keySet()) {
            if (!unmatchedNames.contains(v)) matched.put(v, v);
        }
        variants = WordTrie.of(matched);
    }

    public static Programmes standard() {
        return DEFAULT;
    }

    /**
     * The programme named exactly {@code name} (canonical or variant, quote marks ignored, a funding source or
     * suffix such as 专项基金 or 项目 after it allowed), or null.
     */
    public Programme byName(String name) {
        String plain = withoutQuoteMarks(name);
        Programme p = byVariant.get(plain);
        if (p != null) return p;
        for (String suffix : SUFFIXES) {
            if (!plain.endsWith(suffix) || plain.length() == suffix.length()) continue;
            String stem = plain.substring(0, plain.length() - suffix.length());
            p = byVariant.get(stem);
            if (p == null && suffix.startsWith("救助")) p = byVariant.get(stem + "救助");
            if (p != null) return p;
        }
        name = plain;
        for (Programme q : prefixed) {
            if (name.startsWith(q.name())) return q;
        }
        for (Map.Entry<String, Programme> e : byVariant.entrySet()) {
            if (prefixed.contains(e.getValue()) && name.startsWith(e.getKey())) return e.getValue();
        }
        return null;
    }

    /** The programme of which {@code name} is the canonical name or a listed variant (quote marks ignored), or null. */
    public Programme byVariant(String name) {
        return byVariant.get(withoutQuoteMarks(name));
    }

    /** The generic programmes the lexicon's named schemes are cases of (两癌救助, 两癌筛查 …), by name. */
    public List<Programme> generics() {
        return byVariant.values().stream().map(Programme::broader).filter(b -> b != null).distinct()
                .map(byVariant::get).filter(g -> g != null).toList();
    }

    /**
     * Every non-overlapping lexicon variant in {@code text}, longest first at each position; quote marks inside a
     * name are skipped (offsets still index {@code text}).
     */
    public List<Match> findIn(String text) {
        StringBuilder plain = new StringBuilder(text.length());
        int[] at = new int[text.length()];
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (QUOTE_MARKS.indexOf(c) >= 0) continue; // 低收入妇女“两癌”救助
            at[plain.length()] = i;
            plain.append(c);
        }
        String s = plain.toString();
        List<Match> found = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            Match m = longestAt(s, i);
            if (m == null) {
                i++;
            } else {
                found.add(new Match(at[m.start()], at[m.end() - 1] + 1, m.programme(), m.variant()));
                i = m.end();
            }
        }
        return found;
    }

    private static String withoutQuoteMarks(String name) {
        StringBuilder b = new StringBuilder(name.length());
        for (char c : name.toCharArray()) if (QUOTE_MARKS.indexOf(c) < 0) b.append(c);
        return b.toString();
    }

    private Match longestAt(String text, int at) {
        WordTrie.Hit<String> longest = variants.longestAt(text, at);
        if (longest == null) return null;
        int end = at + longest.length();
        // 巾帼志愿服务队伍, 最美家庭者: the name is part of a word for people, not the programme
        if (end < text.length() && PART_OF_A_WORD_FOR_PEOPLE.indexOf(text.charAt(end)) >= 0) return null;
        return new Match(at, end, byVariant.get(longest.value()), longest.value());
    }

    private static Programmes load(String resource) {
        try (InputStream in = Programmes.class.getResourceAsStream("/org/fuliankg/lexicon/" + resource)) {
            if (in == null) throw new IllegalStateException("missing lexicon resource " + resource);
            List<String[]> rows = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] cols = line.split("\t");
                if (cols.length < 4) throw new IllegalStateException("bad line in " + resource + ": " + line);
                rows.add(cols);
            }
            return new Programmes(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
