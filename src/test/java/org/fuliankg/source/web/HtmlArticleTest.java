package org.fuliankg.source.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** The article of saved pages in the shapes of federation, portal and mirror sites, and nothing of their furniture. */
class HtmlArticleTest {

    @Test
    void everySavedPageGivesItsWholeArticleAndNoneOfItsFurniture() throws Exception {
        for (PageFixture page : PageFixture.all()) {
            Article article = HtmlArticle.read(page.html(), "");
            String text = article.text();

            assertTrue(article.mainContent(), page.file());
            assertEquals(1.0, page.recall(text), page.file() + ":\n" + text);
            assertEquals(java.util.List.of(), page.noise(text), page.file() + ":\n" + text);
            assertEquals(page.published(), article.published(), page.file());
            assertEquals(page.site(), article.site(), page.file());
            assertEquals(page.url(), article.url(), page.file());
            assertEquals(page.article().get(0), article.title(), page.file());
            assertTrue(text.startsWith(page.article().get(0) + "\n"), page.file() + " starts with its headline:\n" + text);
        }
    }

    @Test
    void aListPageHasNoArticleAndKeepsItsTextWithoutTheLinks() throws Exception {
        String html = Files.readString(PageFixture.DIR.resolve("column-list.html"), StandardCharsets.UTF_8);
        Article article = HtmlArticle.read(html, "");

        assertFalse(article.mainContent());
        assertTrue(article.text().contains("工作动态"), article.text());
        assertFalse(article.text().contains("巾帼志愿服务队走进枫林社区"), article.text());
    }

    @Test
    void textThatMentionsTagsIsNotHtml() {
        assertFalse(HtmlArticle.isHtml("《条例》规定 a<b 且 <妇女> 权益受保护。"));
        assertTrue(HtmlArticle.isHtml("<!DOCTYPE html><html><body><p>妇联</p></body></html>"));
    }
}
