package vn.reformtrack.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.reformtrack.support.IntegrationTest;

/** Pages are served without their templates' indentation, with every line break, word and attribute kept. */
@IntegrationTest
class IndentationFreeTemplatesTest {

    @Autowired
    MockMvc mvc;

    @Test
    void indentationAndBlankLinesGoLineBreaksAndTextStay() {
        String template = """
                <ul class="list">
                    <li th:text="${a}">one</li>

                  \t<li>two
                        words</li>
                </ul>
                """;

        assertThat(IndentationFreeTemplates.withoutIndentation(template)).isEqualTo("""
                <ul class="list">
                <li th:text="${a}">one</li>
                <li>two
                words</li>
                </ul>
                """);
        assertThat(IndentationFreeTemplates.withoutIndentation("<p>a <b>b</b> c</p>")).isEqualTo("<p>a <b>b</b> c</p>");
    }

    @Test
    void aServedPageHasNoIndentedLineAndKeepsItsContent() throws Exception {
        String html = mvc.perform(get("/login")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(html).doesNotContainPattern("\\n[ \\t]").contains("\n<");
        Document page = Jsoup.parse(html);
        assertThat(page.select("form input[name=username]")).hasSize(1);
        assertThat(page.select("form input[name=password]")).hasSize(1);
        assertThat(page.select("input[name=_csrf]").attr("value")).isNotBlank();
        assertThat(page.select("link[rel=stylesheet][href^=/assets/css/app-]")).hasSize(1);
    }
}
