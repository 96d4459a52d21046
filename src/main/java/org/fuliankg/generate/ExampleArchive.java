package org.fuliankg.generate;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * A small web archive (gzipped WARC) as a crawler leaves it, to try {@code serve} on: three federation news pages
 * in the shapes of real sites (UTF-8 with navigation and related-news lists and a stated date; GBK declared only in
 * the HTTP header, without a date; Big5 declared in a meta tag), with the request records, a second capture of
 * the first page, an image, a style sheet, a 404 and a redirect around them. Names, places and figures are invented.
 */
public final class ExampleArchive {

    /** The addresses of the three pages, in archive order. */
    public static final List<String> PAGES = List.of(
            "http://www.yunxi-women.example/gzdt/2023/05/content_101.html",
            "http://www.qinghe-women.example/news/show.asp?id=2087",
            "http://big5.mirror.example/gate/big5/news/2019/0925/301.html");
    /** When the crawl ran: every record is captured a few seconds after this. */
    public static final Instant CRAWL = Instant.parse("2024-06-01T08:00:00Z");

    private static final Charset GBK = Charset.forName("GBK");
    private static final Charset BIG5 = Charset.forName("Big5");

    private ExampleArchive() {}

    public static void write(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        try (WarcWriter warc = new WarcWriter(Files.newByteChannel(file, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.TRUNCATE_EXISTING, java.nio.file.StandardOpenOption.WRITE),
                file.toString().endsWith(".gz") ? WarcCompression.GZIP : WarcCompression.NONE)) {
            int second = 0;
            page(warc, PAGES.get(0), second++, "text/html; charset=utf-8", FIRST_PAGE.getBytes(StandardCharsets.UTF_8));
            response(warc, "http://www.yunxi-women.example/images/logo.png", second++, 200, "image/png",
                    new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10});
            response(warc, "http://www.yunxi-women.example/css/style.css", second++, 200, "text/css",
                    "body{font-size:14px}".getBytes(StandardCharsets.US_ASCII));
            page(warc, PAGES.get(1), second++, "text/html; charset=GBK", SECOND_PAGE.getBytes(GBK));
            page(warc, PAGES.get(2), second++, "text/html", THIRD_PAGE.getBytes(BIG5));
            response(warc, "http://www.yunxi-women.example/gzdt/2023/05/content_99.html", second++, 404, "text/html",
                    "<html><body><h1>404 页面不存在</h1></body></html>".getBytes(StandardCharsets.UTF_8));
            redirect(warc, "http://www.yunxi-women.example/", second++, "http://www.yunxi-women.example/index.html");
            page(warc, PAGES.get(0), second, "text/html; charset=utf-8", FIRST_PAGE.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** A request and its response, as crawlers record every page. */
    private static void page(WarcWriter warc, String url, int second, String type, byte[] body) throws IOException {
        warc.write(new WarcRequest.Builder(URI.create(url)).date(CRAWL.plusSeconds(second))
                .body(new HttpRequest.Builder("GET", URI.create(url).getRawPath()).addHeader("Host", URI.create(url).getHost())
                        .addHeader("User-Agent", "example-crawler/1.0").build())
                .build());
        response(warc, url, second, 200, type, body);
    }

    private static void response(WarcWriter warc, String url, int second, int status, String type, byte[] body)
            throws IOException {
        HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : status == 404 ? "Not Found" : "Moved")
                .body(MediaType.parse(type), body).build();
        warc.write(new WarcResponse.Builder(URI.create(url)).date(CRAWL.plusSeconds(second)).body(http).build());
    }

    private static void redirect(WarcWriter warc, String url, int second, String location) throws IOException {
        HttpResponse http = new HttpResponse.Builder(301, "Moved Permanently").addHeader("Location", location)
                .body(MediaType.HTML, new byte[0]).build();
        warc.write(new WarcResponse.Builder(URI.create(url)).date(CRAWL.plusSeconds(second)).body(http).build());
    }

    private static final String FIRST_PAGE = """
            <!DOCTYPE html>
            <html><head><meta charset="utf-8">
            <meta name="ArticleTitle" content="云溪市妇联召开十三届五次执委会议">
            <meta name="PubDate" content="2023-05-12 09:30">
            <meta name="ContentSource" content="云溪市妇联">
            <title>云溪市妇联召开十三届五次执委会议_工作动态_云溪女性网</title></head>
            <body>
            <div class="nav"><a href="/">首页</a> | <a href="/gzdt/">工作动态</a> | <a href="/tzgg/">通知公告</a> | <a href="/wqgz/">维权工作</a></div>
            <div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/gzdt/">工作动态</a> &gt; 正文</div>
            <h1>云溪市妇联召开十三届五次执委会议</h1>
            <div class="info">发布时间：2023-05-12 09:30　来源：云溪市妇联　浏览次数：1286</div>
            <div class="TRS_Editor">
            <p>5月11日，云溪市妇联召开十三届五次执委（扩大）会议，总结2022年工作，部署2023年重点任务。</p>
            <p>市妇联党组书记、主席林晓雯作工作报告。报告指出，过去一年“春蕾计划”共筹集善款86万元，资助困境女童420名。</p>
            <p>会议强调，要深化“巾帼建功”行动，切实维护妇女儿童合法权益。市妇联副主席周晴主持会议。</p>
            </div>
            <div class="xgxw"><b>相关新闻</b><ul>
            <li><a href="/a/3.html">市妇联召开党组理论学习中心组学习会议</a></li>
            <li><a href="/a/4.html">全市妇联系统业务培训班开班</a></li></ul></div>
            <div class="footer">版权所有：云溪市妇女联合会</div>
            </body></html>
            """;

    private static final String SECOND_PAGE = """
            <html><head><title>青禾县妇联开展巾帼家政培训</title></head>
            <body>
            <table class="dh"><tr><td><a href="/">网站首页</a> <a href="/news/">妇联动态</a> <a href="/zt/">专题活动</a></td></tr></table>
            <table><tr><td class="title">青禾县妇联开展巾帼家政培训</td></tr>
            <tr><td class="content">
            <p>近日，青禾县妇联联合县人社局在枫林镇举办巾帼家政服务技能培训班，50名农村妇女参加培训。</p>
            <p>县妇联主席陈佳在开班仪式上表示，县妇联将为结业学员对接就业岗位，并争取专项资金20万元支持家政服务站建设。</p>
            <p>培训为期十天，内容包括母婴护理、养老护理和家居保洁等。</p>
            </td></tr></table>
            <div class="foot">青禾县妇女联合会 主办</div>
            </body></html>
            """;

    private static final String THIRD_PAGE = """
            <html><head><meta http-equiv="Content-Type" content="text/html; charset=big5">
            <title>云溪縣婦聯舉辦巾幗創業培訓班</title></head>
            <body>
            <div class="nav">本頁位置：<a href="/">首頁</a>&gt;&gt;<a href="/news/">新聞大觀</a></div>
            <h2>云溪縣婦聯舉辦巾幗創業培訓班</h2>
            <div class="time">2019年09月25日 06:43　來源：云溪日報</div>
            <div id="zoom">
            　　9月24日，云溪縣婦聯在縣職業技術學校舉辦巾幗創業培訓班，來自全縣12個鄉鎮的60名農村婦女參加培訓。<br>
            　　縣婦聯主席羅敏為學員頒發結業證書。據了解，縣婦聯今年已爭取婦女創業擔保貸款800萬元，扶持女性創業項目45個。<br>
            </div>
            <div class="hot"><b>熱點排行</b><br><a href="/h/1.html">1. 秋季養生指南</a><br><a href="/h/2.html">2. 房價最新走勢</a></div>
            </body></html>
            """;
}
