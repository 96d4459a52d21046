package org.fuliankg.extract.people;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.fuliankg.domain.people.Post;
import org.fuliankg.domain.people.PostHolder;
import org.fuliankg.extract.DocumentFacts;
import org.fuliankg.extract.PipelineFacts;
import org.fuliankg.pipeline.Pipeline;
import org.fuliankg.source.Provenance;
import org.fuliankg.source.SourceDocument;
import org.fuliankg.source.TextExtraction;
import org.junit.jupiter.api.Test;

/**
 * Whom an official serves when the text writes the body short (issue 19): the body as written is kept beside the
 * body resolved, and a short form whose passage names no place takes the page's (a site name in the text, or a
 * web page's metadata). Names and places are invented.
 */
class BodyWrittenTest {

    /** name → "position@organisation[written]" for every post. */
    private static Map<String, String> posts(DocumentFacts facts) {
        Map<String, String> out = new TreeMap<>();
        for (PostHolder p : facts.officials()) {
            StringBuilder b = new StringBuilder();
            for (Post post : p.posts()) {
                if (!b.isEmpty()) b.append(' ');
                b.append(post.position()).append('@')
                        .append(post.organisation() == null ? null : post.organisation().name())
                        .append('[').append(post.bodyWritten()).append(']');
            }
            out.put(p.name(), b.toString());
        }
        return out;
    }

    @Test
    void anUnresolvedShortFormKeepsItsWrittenForm() {
        var p = posts(PipelineFacts.run("会议期间，市妇联主席钱玉梅、副主席邵红霞，县委常委、组织部部长韦建国陪同调研。"));
        assertEquals("主席@市妇联[市妇联]", p.get("钱玉梅"));
        assertEquals("副主席@市妇联[市妇联]", p.get("邵红霞"));
        assertEquals("常委@县委[县委] 部长@县委组织部[县委组织部]", p.get("韦建国"));
    }

    @Test
    void aResolvedBodyKeepsTheFormTheTextWrote() {
        var p = posts(PipelineFacts.run("张家口讯 本报讯 市委书记高志远，省妇联副主席冯雅丽出席开幕式。"));
        assertEquals("书记@张家口市委[市委]", p.get("高志远"));
        assertEquals("副主席@河北省妇联[省妇联]", p.get("冯雅丽"));
    }

    @Test
    void aBareRankAfterACommaContinuesTheBody() {
        var p = posts(PipelineFacts.run("长沙市妇联党组书记、主席胡雅琴，一级调研员邓淑芬出席会议。"));
        assertEquals("一级调研员@长沙市妇联[长沙市妇联]", p.get("邓淑芬"));
    }

    @Test
    void aWebPagesSiteNameResolvesAShortFormTheTextLeavesOpen() {
        String text = "市妇联主席钱玉梅一行走访慰问困难妇女。";
        Provenance site = new Provenance("a.html", "a.html", null, null, null, "邢台市妇女联合会", TextExtraction.PLAIN_TEXT);
        var page = new SourceDocument("a.html", Path.of("a.html"), text, "UTF-8", "", site);
        assertEquals("主席@邢台市妇联[市妇联]", posts(new Pipeline().process(page)).get("钱玉梅"));
        assertEquals("主席@市妇联[市妇联]", posts(PipelineFacts.run(text)).get("钱玉梅"), "no site: unresolved");
    }
}
