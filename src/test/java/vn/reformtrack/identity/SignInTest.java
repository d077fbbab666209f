package vn.reformtrack.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.reformtrack.support.IntegrationTest;
import vn.reformtrack.support.TestData;

@IntegrationTest
class SignInTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theSignInPageIsInVietnameseByDefaultAndEnglishOnRequest() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Đăng nhập ReformTrack")))
                .andExpect(content().string(Matchers.containsString("lang=\"vi\"")));
        mvc.perform(get("/login").param("lang", "en"))
                .andExpect(content().string(Matchers.containsString("Sign in to ReformTrack")));
    }

    @Test
    void pagesNeedASignedInUser() throws Exception {
        mvc.perform(get("/")).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/admin/users")).andExpect(status().is3xxRedirection());
    }

    @Test
    void theRightPasswordSignsIn() throws Exception {
        var user = data.user(Role.COORDINATOR, null);
        mvc.perform(formLogin().user(user.getUsername()).password(TestData.PASSWORD))
                .andExpect(redirectedUrl("/"));
        assertThat(jdbc.sql("select last_login_at is not null from user_account where id = ?")
                .param(user.getId()).query(Boolean.class).single()).isTrue();
    }

    @Test
    void signingInIsNotAnEditOfTheAccountSoNothingElseMeetsAConflict() throws Exception {
        var user = data.user(Role.LEADER, null);
        long version = jdbc.sql("select version from user_account where id = ?").param(user.getId()).query(Long.class).single();

        mvc.perform(formLogin().user(user.getUsername()).password(TestData.PASSWORD)).andExpect(redirectedUrl("/"));
        mvc.perform(formLogin().user(user.getUsername()).password(TestData.PASSWORD)).andExpect(redirectedUrl("/"));

        assertThat(jdbc.sql("select version from user_account where id = ?").param(user.getId()).query(Long.class).single())
                .isEqualTo(version);
    }

    @Test
    void aWrongPasswordAndAnUnknownUserGetTheSameAnswer() throws Exception {
        var user = data.user(Role.LEADER, null);
        mvc.perform(formLogin().user(user.getUsername()).password("wrong-password1")).andExpect(redirectedUrl("/login?error"));
        mvc.perform(formLogin().user("nobody-" + TestData.unique("x")).password("wrong-password1"))
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(get("/login").param("error", ""))
                .andExpect(content().string(Matchers.containsString("Tên đăng nhập hoặc mật khẩu không đúng.")));
    }

    @Test
    void manyWrongPasswordsLockTheNameEvenAgainstTheRightPassword() throws Exception {
        var user = data.user(Role.UNIT_STAFF, data.department("Sở khóa").getId());
        for (int attempt = 1; attempt <= 4; attempt++) {
            mvc.perform(formLogin().user(user.getUsername()).password("wrong-" + attempt))
                    .andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(formLogin().user(user.getUsername()).password("wrong-5")).andExpect(redirectedUrl("/login?locked"));
        mvc.perform(formLogin().user(user.getUsername()).password(TestData.PASSWORD)).andExpect(redirectedUrl("/login?locked"));
        mvc.perform(get("/login").param("locked", ""))
                .andExpect(content().string(Matchers.containsString("Đăng nhập sai quá nhiều lần")));
    }

    @Test
    void anUnknownNameLocksAlikeSoTheLockRevealsNothing() throws Exception {
        String nobody = "ghost-" + TestData.unique("g");
        for (int attempt = 1; attempt <= 4; attempt++) {
            mvc.perform(formLogin().user(nobody).password("x" + attempt)).andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(formLogin().user(nobody).password("x5")).andExpect(redirectedUrl("/login?locked"));
    }

    @Test
    void aDisabledAccountCannotSignInAndIsAnsweredLikeAWrongPassword() throws Exception {
        var user = data.user(Role.LEADER, null);
        jdbc.sql("update user_account set enabled = false where id = ?").param(user.getId()).update();
        mvc.perform(formLogin().user(user.getUsername()).password(TestData.PASSWORD)).andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/login").param("username", "admin").param("password", "demo123"))
                .andExpect(status().isForbidden());
        var admin = data.user(Role.ADMIN, null);
        mvc.perform(post("/admin/units/new").with(data.as(admin)).param("code", "X").param("name", "X").param("type", "OTHER"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/units/new").with(data.as(admin)).with(csrf().useInvalidToken())
                        .param("code", "X").param("name", "X").param("type", "OTHER"))
                .andExpect(status().isForbidden());
    }

    @Test
    void everyPageCarriesSecurityHeadersWithoutInlineScript() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(header().string("Content-Security-Policy", Matchers.containsString("script-src 'self'")))
                .andExpect(header().string("Content-Security-Policy", Matchers.not(Matchers.containsString("unsafe-inline"))))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Referrer-Policy", "same-origin"));
    }

    @Test
    void signingOutEndsTheSession() throws Exception {
        var user = data.user(Role.LEADER, null);
        mvc.perform(post("/logout").with(data.as(user)).with(csrf())).andExpect(redirectedUrl("/login?logout"));
    }
}
