package org.fuliankg.generate.article;

import java.util.List;
import org.fuliankg.generate.material.Chance;

/**
 * The noise of real pages, written where it can touch no fact: navigation and footer lines, pinyin readings
 * mirror sites put after characters (妇(fù)女), and layout breaks inside a sentence left by page or column
 * breaks. The normaliser and the page reader remove each kind; the gold offsets stay right because the noise is
 * part of the text the facts' positions are counted in.
 */
final class PageNoise {

    private static final List<String> BREADCRUMBS = List.of("首页 > 新闻中心 > 妇联动态", "首页 > 工作动态 > 基层风采",
            "当前位置：首页 > 要闻 > 正文");
    private static final List<String> FOOTERS = List.of("分享到：", "【打印本页】【关闭窗口】", "返回顶部",
            "扫一扫在手机打开当前页", "上一篇：巾帼志愿服务进社区", "下一篇：家庭教育讲座走进校园", "版权所有 妇女联合会 网站");
    /** Characters of the filler text and their readings, as mirror sites print them. */
    private static final String READ = "妇女童家爱心姐妹乡村";
    private static final List<String> READINGS = List.of("fù", "nǚ", "tóng", "jiā", "ài", "xīn", "jiě", "mèi",
            "xiāng", "cūn");

    private PageNoise() {}

    /** A breadcrumb line above the headline, on some pages. */
    static void header(Scene s) {
        if (s.chance.percent(15)) s.add(s.chance.pick(BREADCRUMBS) + "\n");
    }

    /** Share buttons, previous/next links and a copyright line below the text, on some pages. */
    static void footer(Scene s) {
        Chance c = s.chance;
        if (!c.percent(40)) return;
        s.add("\n");
        int lines = c.between(1, 3);
        for (int i = 0; i < lines; i++) s.add(c.pick(FOOTERS) + "\n");
    }

    /**
     * A fact-free sentence as a page may show it: now and then with a pinyin reading after one character, or
     * broken across a layout break after its first clause.
     */
    static String garble(Chance c, String sentence) {
        if (c.percent(4)) {
            for (int i = 0; i < sentence.length(); i++) {
                int k = READ.indexOf(sentence.charAt(i));
                if (k >= 0) return sentence.substring(0, i + 1) + "(" + READINGS.get(k) + ")" + sentence.substring(i + 1);
            }
        }
        int comma = sentence.indexOf('，');
        if (c.percent(3) && comma > 0 && comma + 2 < sentence.length()) {
            return sentence.substring(0, comma + 2) + "\n\n" + sentence.substring(comma + 2);
        }
        return sentence;
    }
}
