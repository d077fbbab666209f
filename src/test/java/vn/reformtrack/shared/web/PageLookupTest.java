package vn.reformtrack.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockServletContext;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.context.support.GenericWebApplicationContext;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * The page lookup finds what Spring MVC's own finds, for every kind of address: literal, with variables, a variable or
 * wildcard first, an encoded character or a matrix variable in the first segment, another method, nothing at all.
 */
class PageLookupTest {

    private static RequestMappingHandlerMapping spring;
    private static PageLookup.FirstSegmentMapping ours;

    @BeforeAll
    static void mappings() {
        GenericWebApplicationContext context = new GenericWebApplicationContext(new MockServletContext());
        context.registerBean(Pages.class);
        context.refresh();
        spring = new RequestMappingHandlerMapping();
        ours = new PageLookup.FirstSegmentMapping();
        for (RequestMappingHandlerMapping mapping : List.of(spring, ours)) {
            mapping.setApplicationContext(context);
            mapping.afterPropertiesSet();
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "GET, /",
            "GET, /dashboard",
            "GET, /dashboard?format=xlsx",
            "GET, /reporting/periods/3",
            "GET, /reporting/periods/3/consolidated",
            "POST, /reporting/periods/3",
            "PUT, /reporting/periods/3",
            "GET, /repor%74ing/periods/3",
            "GET, /reporting;v=1/periods/3",
            "GET, /Reporting/periods/3",
            "GET, /reporting",
            "GET, /tasks/help",
            "GET, /reporting/help",
            "GET, /files/a/b",
            "GET, /files",
            "GET, /unknown/3",
            "GET, /reporting/periods/3/unknown"})
    void findsWhatSpringFinds(String method, String url) {
        assertThat(found(ours, method, url)).isEqualTo(found(spring, method, url));
    }

    @Test
    void aUrlWithAVariableIsFoundAmongTheMappingsOfItsFirstSegment() {
        assertThat(found(ours, "GET", "/reporting/periods/3")).isEqualTo("period");
        assertThat(found(ours, "GET", "/repor%74ing/periods/3")).isEqualTo("period");
        assertThat(found(ours, "GET", "/tasks/help")).isEqualTo("help");
        assertThat(found(ours, "PUT", "/reporting/periods/3")).isEqualTo("HttpRequestMethodNotSupportedException");
    }

    @Test
    void aMappingIsTriedOnlyWhenItsFirstSegmentCanBeTheUrls() {
        List<String> literal = segments("/reporting/periods/{id}");
        assertThat(literal).containsExactly("reporting");
        assertThat(segments("/{page}/help")).isNull();
        assertThat(segments("/files/**", "/**")).isNull();
        assertThat(segments("/")).containsExactly("");
        assertThat(PageLookup.FirstSegmentMapping.firstSegment("/reporting/periods/3")).isEqualTo("reporting");
        assertThat(PageLookup.FirstSegmentMapping.firstSegment("/repor%74ing/periods/3")).isNull();
        assertThat(PageLookup.FirstSegmentMapping.firstSegment("/reporting;v=1/x")).isNull();
    }

    private static List<String> segments(String... paths) {
        var literals = PageLookup.FirstSegmentMapping.literalFirstSegments(RequestMappingInfo.paths(paths)
                .options(ours.getBuilderConfiguration()).build());
        return literals == null ? null : new ArrayList<>(literals);
    }

    /** The handler method's name, or the exception's class when no mapping takes the request. */
    private static String found(RequestMappingHandlerMapping mapping, String method, String url) {
        String path = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        if (url.contains("?")) {
            String[] parameter = url.substring(url.indexOf('?') + 1).split("=");
            request.setParameter(parameter[0], parameter[1]);
        }
        ServletRequestPathUtils.parseAndCache(request);
        try {
            HandlerExecutionChain chain = mapping.getHandler(request);
            return chain == null ? "none" : ((HandlerMethod) chain.getHandler()).getMethod().getName();
        } catch (Exception refused) {
            return refused.getClass().getSimpleName();
        }
    }

    @Controller
    static class Pages {

        @GetMapping("/")
        void home() {}

        @GetMapping("/dashboard")
        void dashboard() {}

        @GetMapping(value = "/dashboard", params = "format=xlsx")
        void dashboardExport() {}

        @GetMapping("/reporting")
        void reporting() {}

        @GetMapping("/reporting/periods/{id}")
        void period(@PathVariable long id) {}

        @PostMapping("/reporting/periods/{id}")
        void savePeriod(@PathVariable long id) {}

        @GetMapping("/reporting/periods/{id}/consolidated")
        void consolidated(@PathVariable long id) {}

        @GetMapping("/{page}/help")
        void help(@PathVariable String page) {}

        @RequestMapping("/files/**")
        void files() {}
    }
}
