package org.fuliankg.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.fuliankg.annotate.AnnotatedText;
import org.fuliankg.extract.AnnotatedTexts;
import org.junit.jupiter.api.Test;

/**
 * Names of the shapes seen on real pages (invented names): minority and foreign names after a title, rare
 * surnames, and title or place words that are no names.
 */
class NameReaderShapesTest {

    /** The name read right after the first {@code title} of {@code text}, or "" when none is read. */
    private static String nameAfter(String text, String title) {
        AnnotatedText annotated = AnnotatedTexts.of(text);
        String t = annotated.text().text();
        int pos = t.indexOf(title) + title.length();
        return new NameReader(annotated).nameEndAfterTitle(pos).map(end -> t.substring(pos, end)).orElse("");
    }

    /** The name read as ending right before the first {@code title} of {@code text}, or "". */
    private static String nameBefore(String text, String title) {
        AnnotatedText annotated = AnnotatedTexts.of(text);
        String t = annotated.text().text();
        int end = t.indexOf(title);
        return new NameReader(annotated).nameEndingAt(end).map(start -> t.substring(start, end)).orElse("");
    }

    @Test
    void uyghurAndForeignNamesJoinedByADot() {
        assertEquals("帕提古丽·吐尔逊", nameAfter("地区妇联主席帕提古丽·吐尔逊介绍，去年培训妇女。", "主席"));
        assertEquals("阿不都克尤木·买买提", nameAfter("会议由副主席阿不都克尤木·买买提主持。", "副主席"));
        assertEquals("塔尼娅·彼得罗娃-伊万诺娃", nameAfter("执行局局长塔尼娅·彼得罗娃-伊万诺娃表示欢迎。", "局长"));
        assertEquals("古丽娜尔·艾山", nameBefore("会上，古丽娜尔·艾山当选为县妇联主席。", "当选"));
    }

    @Test
    void vietnameseNamesKeepTheirFourCharacters() {
        assertEquals("阮氏清和", nameAfter("越南妇女联合会主席阮氏清和介绍了合作情况。", "主席"));
        assertEquals("黎氏秋芳", nameAfter("越南妇女联合会副主席黎氏秋芳率代表团来访。", "副主席"));
    }

    @Test
    void hongKongMarriedNamesWithTwoSurnames() {
        assertEquals("林萧咏珊", nameAfter("副主席林萧咏珊、何郭美玲担任司仪。", "副主席"));
        assertEquals("朱李月华", nameAfter("全国政协委员朱李月华、董吴玲玲等出席。", "委员"));
        assertEquals("", nameAfter("总书记关于妇女工作的重要论述", "总书记"));
        assertEquals("蒋文", nameAfter("校党委副书记蒋文出席并致辞。", "副书记"));
    }

    @Test
    void tibetanNamesWithoutHanSurname() {
        assertEquals("次旦卓嘎", nameAfter("市妇联副主席次旦卓嘎表示，将继续帮扶。", "副主席"));
        assertEquals("向巴德吉", nameAfter("市妇联副主席向巴德吉称，两地将加强交流。", "副主席"));
        assertEquals("格桑旺姆", nameBefore("会上，格桑旺姆主席作工作报告。", "主席"));
    }

    @Test
    void mongolianNamesWrittenBySound() {
        assertEquals("其木格", nameAfter("市妇联主席其木格做了工作报告。", "主席"));
        assertEquals("乌日娜", nameAfter("市妇联副主席乌日娜、巴雅尔图出席。", "副主席"));
    }

    @Test
    void rareSurnamesAndSurnamesThatAreAlsoWords() {
        assertEquals("祖丽华", nameAfter("市政协副主席祖丽华出席活动。", "副主席"));
        assertEquals("和丽萍", nameAfter("市妇联主席和丽萍，副主席杨春燕参加。", "主席"));
        assertEquals("", nameAfter("妇联主席由张某某担任。", "主席"));
        assertEquals("", nameAfter("县委书记和县长出席会议。", "书记"));
    }

    @Test
    void titlesAndPlacesAreNoNames() {
        assertEquals("", nameAfter("原市委常委、常务副市长卢国栋出席。", "常委、"));
        assertEquals("", nameBefore("会上，河北省副省长邓海燕致辞。", "副省长"));
        assertEquals("孟静", nameAfter("省妇联二级巡视员孟静亦一同参与。", "巡视员"));
        assertEquals("", nameAfter("赋能执委展担当 巾帼力量促振兴", "执委"));
    }

    @Test
    void timeWordsEndANameAfterATitle() {
        assertEquals("周静雯", nameAfter("妇女会理事长周静雯日前率团到访。", "理事长"));
        assertEquals("邱林美华", nameAfter("協會會長邱林美華今天向當地婦女兒童中心捐贈2萬加元。", "会长"));
    }

    @Test
    void namesTheSegmenterSplitOrTaggedWithAFunctionCharacter() {
        assertEquals("钟瑞为", nameAfter("县委组织部副部长钟瑞为先后介绍了情况。", "副部长"));
        assertEquals("李向云", nameAfter("市妇联党组书记、主席李向云在座谈会上强调。", "主席"));
        assertEquals("代金梅", nameAfter("市妇联组织部副部长代金梅出席会议。", "副部长"));
        assertEquals("计时英", nameAfter("市民政局原副局长、巡视员计时英主持。", "巡视员"));
        assertEquals("周邵刚", nameBefore("省妇女学研究会换届周邵刚当选会长", "当选"));
        assertEquals("杜雅玲", nameBefore("高书记的讲话和杜雅玲主席所作的工作报告很实在。", "主席"));
    }

    @Test
    void dottedNamesWithOtherDotsAndBeforeAnAdjective() {
        assertEquals("阿依努尔﹒托合提", nameAfter("乡妇联副主席阿依努尔﹒托合提发起成立互助会。", "副主席"));
        assertEquals("古再丽努尔·买买提", nameAfter("地区妇联主席古再丽努尔·买买提激动地对记者说。", "主席"));
    }

    /** The subject of a profile whose first sentence holds {@code title}, or "". */
    private static String profileSubject(String text, String title) {
        AnnotatedText annotated = AnnotatedTexts.of(text);
        String t = annotated.text().text();
        int start = t.indexOf(title);
        return new NameReader(annotated).profileSubjectBefore(start, start + title.length())
                .map(span -> t.substring(span[0], span[1])).orElse("");
    }

    @Test
    void theSubjectOfAProfileOpensTheSentenceOfHerTitles() {
        assertEquals("努尔古丽·吐逊", profileSubject("努尔古丽·吐逊，女，维吾尔族，现任拜城县铁热克镇妇联专职副主席，自任职以来。", "专职副主席"));
        assertEquals("蒋秀芬", profileSubject("个人简介：蒋秀芬，临海市白水洋镇下游村妇联主席，担任村妇联主席6年。", "主席"));
        assertEquals("", profileSubject("蒋秀芬表示，镇妇联主席，要带头服务。", "主席"));
        assertEquals("", profileSubject("会上，县妇联主席王丽华、副主席李敏出席。", "副主席"));
        assertEquals("", profileSubject("下一步，新桥镇妇联将更好地发挥村居妇联主席、妇联执委的作用。", "主席"));
    }

    @Test
    void functionWordsAndWordsRunningPastATitleAreNoNames() {
        assertEquals("", nameAfter("贯彻落实习近平总书记关于“疫情要防住”的要求", "总书记"));
        assertEquals("", nameBefore("表示祝贺，向学校长期以来的支持表示感谢。", "校长"));
    }
}
