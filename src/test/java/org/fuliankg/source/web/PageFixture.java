package org.fuliankg.source.web;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * A saved page of {@code src/test/resources/web/pages/} with what a reader sees as its article: every body
 * paragraph (the lines that must be in the text) and the page furniture (strings that must not).
 */
record PageFixture(String file, Charset charset, List<String> article, List<String> furniture, LocalDate published,
                   String site, String url) {

    static final Path DIR = Path.of("src/test/resources/web/pages");

    String html() throws IOException {
        return new String(Files.readAllBytes(DIR.resolve(file)), charset);
    }

    /** Share of the article lines found in {@code text} (spaces ignored). */
    double recall(String text) {
        String compact = compact(text);
        return article.stream().filter(line -> compact.contains(compact(line))).count() / (double) article.size();
    }

    /** The furniture strings found in {@code text}. */
    List<String> noise(String text) {
        String compact = compact(text);
        return furniture.stream().filter(s -> compact.contains(compact(s))).toList();
    }

    private static String compact(String text) {
        return text.replaceAll("[\\s\\u00A0\\u3000]+", "");
    }

    static List<PageFixture> all() {
        Charset gb = Charset.forName("GB18030");
        Charset big5 = Charset.forName("Big5-HKSCS");
        Charset utf8 = Charset.forName("UTF-8");
        return List.of(
                new PageFixture("federation-table-layout.html", gb, List.of(
                        "云溪市妇联召开十三届五次执委会议",
                        "发布时间：2023-05-12 09:30",
                        "5月11日，云溪市妇联召开十三届五次执委（扩大）会议，传达学习全省妇联工作会议精神，总结2022年工作，部署2023年重点任务。",
                        "市妇联党组书记、主席林晓雯作工作报告。报告指出，过去一年全市各级妇联组织围绕中心、服务大局，“春蕾计划”共筹集善款86万元，资助困境女童420名。",
                        "会议强调，要深化“巾帼建功”行动，抓好家庭家教家风建设，切实维护妇女儿童合法权益。市妇联副主席周晴主持会议。",
                        "各县（市、区）妇联主席、市妇联执委共80余人参加会议。"),
                        List.of("请输入关键字", "当前位置", "栏目导航", "热点关注", "巾帼志愿服务队走进枫林社区", "打印本页",
                                "关闭窗口", "相关新闻", "全市妇联系统业务培训班开班", "友情链接", "版权所有", "备案序号", "统计代码"),
                        LocalDate.of(2023, 5, 12), "云溪市妇联", null),
                new PageFixture("portal-html5.html", utf8, List.of(
                        "青禾县“两癌”筛查惠及农村妇女",
                        "来源：禾城日报",
                        "今年以来，青禾县妇联联合县卫健局开展农村适龄妇女“两癌”免费筛查，截至2月底已为3600余名妇女完成检查。",
                        "“以前总觉得没病不用查，现在家门口就能做，心里踏实多了。”枫林镇村民王秀兰说。",
                        "县妇联主席陈佳介绍，对筛查出的患病困难妇女，县妇联将协调“两癌”救助资金，每人给予1万元救助。",
                        "下一步，县妇联将继续推动筛查项目向偏远村组延伸，让更多妇女受益。"),
                        List.of("客户端", "本地新闻", "分享到", "QQ空间", "热门排行", "地铁三号线", "相关阅读",
                                "全市“两癌”救助工作推进会召开", "网友评论", "希望我们村也能早点安排上", "农村家庭负担还是很重",
                                "广告服务", "版权所有"),
                        LocalDate.of(2024, 3, 8), "禾城日报", "https://news.hecheng.example/2024/03/08/qinghe-liangai.html"),
                new PageFixture("mirror-aggregator.html", big5, List.of(
                        "云溪縣婦聯舉辦巾幗創業培訓班",
                        "2019年09月25日 06:43　來源：云溪日報",
                        "本報云溪訊（記者 梁曉彤）9月24日，云溪縣婦聯在縣職業技術學校舉辦巾幗創業培訓班，來自全縣12個鄉鎮的60名農村婦女參加培訓。",
                        "培訓邀請農業專家講解特色種植和電商銷售知識，縣婦聯主席羅敏為學員頒發結業證書。",
                        "據了解，縣婦聯今年已爭取婦女創業擔保貸款800萬元，扶持女性創業項目45個。"),
                        List.of("亞洲精品視頻", "本頁位置", "新聞大觀", "放大字體", "新聞推薦", "孩子們在新建的操場上奔跑",
                                "新鮮有料", "熱點排行", "明星婚禮", "網站地圖", "All Rights Reserved"),
                        LocalDate.of(2019, 9, 25), "云溪日報", "http://www.mirror-news.example/n/2019-09-25/26/123456.html"));
    }
}
