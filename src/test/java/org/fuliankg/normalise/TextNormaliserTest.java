package org.fuliankg.normalise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextNormaliserTest {
    private static final String NEWS_PAGE = "000_f9ff3fdd4056e4a8.txt";
    private static final String INTERVIEWS = "003_60f0d1ff23c14434.txt";

    private final TextNormaliser normaliser = new TextNormaliser();

    @Test
    void traditionalCharactersBecomeSimplifiedOneForOne() {
        String original = "婦聯「兩癌」救助資金1億,萬名巾幗女企業家,難關,廣大,戰,積極,讓,業,會,發,區,縣,關愛,計劃,歲";
        NormalisedText n = normaliser.normalise(original);
        assertEquals("妇联“两癌”救助资金1亿,万名巾帼女企业家,难关,广大,战,积极,让,业,会,发,区,县,关爱,计划,岁", n.text());
        int at = n.text().indexOf("巾帼");
        assertEquals("巾幗", n.originalSurface(at, at + 2));
    }

    @Test
    void simplifiedCharactersThatLookTraditionalStay() {
        String original = "乾隆年间,著名的蒜薹产地";
        assertEquals(original, normaliser.normalise(original).text());
    }

    @Test
    void fullWidthFormsBecomeAsciiButChinesePunctuationStays() {
        NormalisedText n = normaliser.normalise("ＡＢＣ１２３，共计（约）５０人；是否？好！\u3000“你好”、。");
        assertEquals("ABC123,共计(约)50人;是否?好! “你好”、。", n.text());
        assertEquals("（约）", n.originalSurface(9, 12));
    }

    @Test
    void doublePrimeQuotesBecomeCurlyQuotes() {
        NormalisedText n = normaliser.normalise("推进“巾帼建功\u301E活动,评选\u301D三八\u301F红旗手");
        assertEquals("推进“巾帼建功”活动,评选“三八”红旗手", n.text());
        assertEquals("\u301E", n.originalSurface(7, 8));
    }

    @Test
    void otherDotsBetweenHanCharactersBecomeTheMiddleDot() {
        NormalisedText n = normaliser.normalise("开展“青山暖\u2022绿水情”活动\n\u2022 菜单");
        assertEquals("开展“青山暖\u00B7绿水情”活动\n\u2022 菜单", n.text(), "a bullet opening a line stays");
        assertEquals("\u2022", n.originalSurface(6, 7));
    }

    @Test
    void smallFormPunctuationBecomesItsPlainForm() {
        NormalisedText n = normaliser.normalise("总价值120万元\uFE54某集团捐赠60万元\uFE50用于助学");
        assertEquals("总价值120万元;某集团捐赠60万元,用于助学", n.text());
        assertEquals("\uFE54", n.originalSurface(8, 9));
    }

    @Test
    void spacesInsideNumbersAreDropped() {
        NormalisedText n = normaliser.normalise("共12 345名妇女,筹集3 萬元,记者 姚建 2022年");
        assertEquals("共12345名妇女,筹集3万元,记者 姚建 2022年", n.text());
        int at = n.text().indexOf("3万元");
        assertEquals("3 萬元", n.originalSurface(at, at + 3));
        assertEquals("12 345名", n.originalSurface(1, 7));
    }

    @Test
    void datesTimesAndYearsKeepTheirSpaces() {
        String original = "发表于 2023-05-12 09:31,2022 100名妇女,3.5 123";
        assertEquals(original, normaliser.normalise(original).text());
        assertEquals("共1234567人", normaliser.normalise("共1 234 567人").text());
        assertEquals("共1234567人", normaliser.normalise("共1\u202F234\u00A0567人").text());
    }

    @Test
    void spacedOutLabelsOfListsAreClosedUp() {
        NormalisedText n = normaliser.normalise("黔东南州妇女联合会\n主    席：周玉兰\n副 主 席：王晓燕、陈静\n记者 王 芳 报道");
        assertEquals("黔东南州妇女联合会\n主席:周玉兰\n副主席:王晓燕、陈静\n记者 王 芳 报道", n.text());
        int at = n.text().indexOf("主席:周玉兰");
        assertEquals("主    席：周玉兰", n.originalSurface(at, at + 6));
    }

    @Test
    void namesSpacedOutForLayoutAreClosedUpAndTraced() {
        NormalisedText n = normaliser.normalise("县妇联主席柯 岚出席会议，副主席罗\u3000敏、田 芸主持。记者 王 芳 报道，东 西 南 北");
        assertEquals("县妇联主席柯岚出席会议,副主席罗敏、田芸主持。记者 王 芳 报道,东 西 南 北", n.text());
        int at = n.text().indexOf("罗敏");
        assertEquals("罗\u3000敏", n.originalSurface(at, at + 2));
        assertEquals("柯 岚", n.originalSurface(5, 7));
        // two characters before the space, one after it: the name's three
        assertEquals("款交到妇联主席罗秀琼的手中,记者 王 芳", normaliser.normalise("款交到妇联主席罗秀 琼的手中，记者 王 芳").text());
    }

    @Test
    void pinyinReadingsAfterHanCharactersAreDropped() {
        NormalisedText n = normaliser.normalise("婦(fù)女获得2萬（wàn）元,fu4女(fu4)儿童(GDP)增长");
        assertEquals("妇女获得2万元,fu4女儿童(GDP)增长", n.text());
        assertEquals("婦(fù)女", n.originalSurface(0, 2));
        assertEquals("婦", n.originalSurface(0, 1));
        assertEquals("2萬（wàn）元", n.originalSurface(4, 7));
    }

    @Test
    void invisibleCharactersAreDropped() {
        NormalisedText n = normaliser.normalise("妇联主席\u001B[31m陈\u200B小红\u001B[0m表示\u0007");
        assertEquals("妇联主席陈小红表示", n.text());
        int at = n.text().indexOf("陈小红");
        assertEquals("陈\u200B小红", n.originalSurface(at, at + 3));
    }

    @Test
    void knownOcrSlipsOfWholeTermsAreCorrected() {
        NormalisedText n = normaliser.normalise("开展巾帽行动,实施春营计划,参与99公益曰,设立“瞾基金”,子曰");
        assertEquals("开展巾帼行动,实施春蕾计划,参与99公益日,设立“曌基金”,子曰", n.text());
        int at = n.text().indexOf("春蕾计划");
        assertEquals("春营计划", n.originalSurface(at, at + 4));
    }

    @Test
    void aDashHalfReadAsTheNumeralOneIsRepaired() {
        assertEquals("99公益——春蕾计划", normaliser.normalise("99公益—一春蕾计划").text());
        assertEquals("措施——一是加强", normaliser.normalise("措施——一是加强").text());
        assertEquals("2012—2022年", normaliser.normalise("2012—2022年").text());
    }

    @Test
    void layoutBreaksInsideLongParagraphsAreJoinedButHeadlinesStay() {
        String body = "按照属地推动成立直播行业妇联、外卖物流行业妇联、产业链妇联等各类组织,覆盖更加广泛,服务更加灵活,还有广";
        String original = "湖北大冶设立妇儿关爱基金\n\n中国妇女报全媒体记者姚鹏\n\n" + body + "\n\n场舞协会妇联。";
        NormalisedText n = normaliser.normalise(original);
        assertEquals("湖北大冶设立妇儿关爱基金\n\n中国妇女报全媒体记者姚鹏\n\n" + body + "场舞协会妇联。", n.text());
        int at = n.text().indexOf("广场舞协会妇联");
        assertEquals("广\n\n场舞协会妇联", n.originalSurface(at, at + 7));
        assertEquals("广", n.originalSurface(at, at + 1));
    }

    @Test
    void aQuestionAfterAnAnswerWithoutFullStopIsNotJoined() {
        String original = "答:全市妇联干部和妇女工作者在各自岗位辛勤耕耘、无私奉献,她们是最让我感动的人,这是最让我感动的事\n问:2022年最让您感动的人?";
        assertEquals(original, normaliser.normalise(original).text());
    }

    @Test
    void everyGoldLayoutBreakOfTheNewsPageIsJoinedAndNothingElse() {
        String original = GoldNoise.seedText(NEWS_PAGE);
        NormalisedText n = normaliser.normalise(original);
        List<GoldNoise.Record> breaks = GoldNoise.records(NEWS_PAGE, "layout_noise");
        assertEquals(6, breaks.size());
        for (GoldNoise.Record r : breaks) {
            int at = normalisedIndexOf(n, r.offset());
            String joined = n.text().substring(at, at + r.normalised().length());
            assertEquals(r.normalised(), joined);
            assertEquals(r.surface(), n.originalSurface(at, at + joined.length()));
        }
        int removed = original.length() - n.text().length();
        assertEquals(breaks.stream().mapToInt(r -> r.surface().length() - r.normalised().length()).sum(), removed,
                "only the gold layout breaks change the length of the news page");
    }

    @Test
    void everyGoldTraditionalCharacterOfTheInterviewsIsSimplified() {
        String original = GoldNoise.seedText(INTERVIEWS);
        NormalisedText n = normaliser.normalise(original);
        List<GoldNoise.Record> traditional = GoldNoise.records(INTERVIEWS, "ocr_noise").stream()
                .filter(r -> r.type().equals("traditional-char")).toList();
        assertEquals(7, traditional.size());
        for (GoldNoise.Record r : traditional) {
            int at = normalisedIndexOf(n, r.offset());
            int end = at + r.normalised().length();
            assertEquals(r.normalised(), n.text().substring(at, end));
            assertEquals(r.surface(), n.originalSurface(at, end));
        }
        assertEquals(original.length(), n.text().length(), "the interviews need no deletion");
    }

    @Test
    void goldOcrSlipsOfKnownTermsAreCorrected() {
        NormalisedText n = normaliser.normalise(GoldNoise.seedText(INTERVIEWS));
        for (String slip : List.of("巾帽行动", "巾帽建功", "春营计划", "99公益曰", "“瞾基金”", "引瓴", "三字决", "心里抚慰",
                "”十“", "—一")) {
            GoldNoise.Record r = GoldNoise.records(INTERVIEWS, "ocr_noise").stream()
                    .filter(g -> g.surface().contains(slip)).findFirst().orElseThrow();
            int at = normalisedIndexOf(n, r.offset());
            assertEquals(r.normalised(), n.text().substring(at, at + r.normalised().length()), slip);
        }
    }

    @Test
    void mirrorPagesAndTraditionalPagesOfTheUnseenCorpusAreRepaired() throws Exception {
        String mirror = Files.readString(Path.of("src/test/resources/unseen/u05_mirror_junk.txt"));
        NormalisedText n = normaliser.normalise(mirror);
        assertTrue(n.text().contains("西安市妇联发放春蕾助学金"), n.text());
        int at = n.text().indexOf("36万元");
        assertEquals("36萬(wàn)元", n.originalSurface(at, at + 4));
        String traditional = Files.readString(Path.of("src/test/resources/unseen/u01_traditional_news.txt"));
        assertTrue(normaliser.normalise(traditional).text().contains("广东省妇联党组书记、主席李雪芬在会上表示,去年全省共筹集春蕾计划善款2300余万元"));
    }

    @Test
    void mapCoversEveryCharacterAndEndsAtTheOriginalEnd() {
        String original = GoldNoise.seedText(NEWS_PAGE);
        NormalisedText n = normaliser.normalise(original);
        assertEquals(n.text().length() + 1, n.toOriginal().length);
        assertEquals(original.codePointCount(0, original.length()), n.toOriginal()[n.text().length()]);
        for (int i = 1; i < n.toOriginal().length; i++)
            assertTrue(n.toOriginal()[i] >= n.toOriginal()[i - 1], "map is monotonic at " + i);
    }

    /** The normalised index of the character that comes from original code point offset {@code offset}. */
    private static int normalisedIndexOf(NormalisedText n, int offset) {
        for (int i = 0; i < n.text().length(); i++) if (n.originalStart(i) == offset) return i;
        throw new AssertionError("no normalised character comes from original offset " + offset);
    }
}
