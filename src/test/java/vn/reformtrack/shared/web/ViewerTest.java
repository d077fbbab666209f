package vn.reformtrack.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/** The template helper answers as Spring Security's isAuthenticated(), hasRole and hasAnyRole would. */
class ViewerTest {

    private final Viewer viewer = new Viewer();

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void nobodyIsNotSignedInAndHasNoRole() {
        assertThat(viewer.signedIn()).isFalse();
        assertThat(viewer.hasRole("ADMIN")).isFalse();
    }

    @Test
    void anAnonymousVisitorIsNotSignedInEvenWithAnAuthority() {
        signIn(new AnonymousAuthenticationToken("key", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS", "ROLE_ADMIN")));
        assertThat(viewer.signedIn()).isFalse();
        assertThat(viewer.hasRole("ADMIN")).isFalse();
    }

    @Test
    void aTokenNotYetAuthenticatedIsNotSignedIn() {
        signIn(UsernamePasswordAuthenticationToken.unauthenticated("coordinator", "demo123"));
        assertThat(viewer.signedIn()).isFalse();
        assertThat(viewer.hasAnyRole("COORDINATOR", "ADMIN")).isFalse();
    }

    @Test
    void aSignedInUserHasExactlyTheirRoles() {
        signIn(UsernamePasswordAuthenticationToken.authenticated("coordinator", null,
                AuthorityUtils.createAuthorityList("ROLE_COORDINATOR", "FACTOR_PASSWORD")));
        assertThat(viewer.signedIn()).isTrue();
        assertThat(viewer.hasRole("COORDINATOR")).isTrue();
        assertThat(viewer.hasAnyRole("ADMIN", "COORDINATOR")).isTrue();
        assertThat(viewer.hasRole("ADMIN")).isFalse();
        assertThat(viewer.hasAnyRole("ADMIN", "LEADER")).isFalse();
        assertThat(viewer.hasRole("ROLE_COORDINATOR")).as("names are given without the prefix").isFalse();
        assertThat(viewer.hasRole("PASSWORD")).as("authorities that are not roles do not count").isFalse();
    }

    @Test
    void templatesAskTheViewerNotTheSecurityDialect() throws IOException {
        Resource[] templates = new PathMatchingResourcePatternResolver().getResources("classpath*:templates/**/*.html");
        assertThat(templates).hasSizeGreaterThan(50);
        for (Resource template : templates) {
            String text = template.getContentAsString(StandardCharsets.UTF_8);
            assertThat(text).as(template.getFilename()).doesNotContain("sec:authorize", "#authorization");
        }
    }

    private static void signIn(Authentication authentication) {
        SecurityContextHolder.getContext().setAuthentication(authentication);
    }
}
