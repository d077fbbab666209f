package vn.reformtrack.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.servlet.View;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;
import vn.reformtrack.support.IntegrationTest;

/** The page's view reads back what it wrote from memory, and the request still has every attribute as written. */
@IntegrationTest
class KnownAttributesViewTest {

    @Autowired ThymeleafViewResolver resolver;

    @Test
    void whatThePageWritesIsReadBackAndIsOnTheRequestWhatItDidNotWriteIsTheRequests() {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setAttribute("csrf", "the session's token");
        request.setAttribute("shadowed", "before");
        KnownAttributesView.KnownAttributes page = new KnownAttributesView.KnownAttributes(request);

        page.setAttribute("task", "Ban hành kế hoạch");
        page.setAttribute("shadowed", "during");

        assertThat(page.getAttribute("task")).isEqualTo("Ban hành kế hoạch");
        assertThat(request.getAttribute("task")).as("written through").isEqualTo("Ban hành kế hoạch");
        assertThat(page.getAttribute("csrf")).isEqualTo("the session's token");
        assertThat(page.getAttribute("shadowed")).isEqualTo("during");

        page.setAttribute("shadowed", "before");
        page.removeAttribute("task");
        page.setAttribute("csrf", null);
        assertThat(page.getAttribute("shadowed")).isEqualTo("before");
        assertThat(page.getAttribute("task")).isNull();
        assertThat(request.getAttribute("task")).isNull();
        assertThat(page.getAttribute("csrf")).isNull();
        assertThat(request.getAttribute("csrf")).isNull();
        assertThat(page.getAttribute("unknown")).isNull();
    }

    @Test
    void thePagesViewsAreOfThisClass() throws Exception {
        View view = resolver.resolveViewName("reporting/report", Locale.ROOT);
        assertThat(view).isInstanceOf(KnownAttributesView.class);
    }
}
