package vn.reformtrack.identity;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.reformtrack.support.IntegrationTest;
import vn.reformtrack.support.TestData;

/** An account an administrator created (or reset) must change its password before it can do anything else. */
@IntegrationTest
class ForcedPasswordChangeTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Test
    void aNewAccountIsSentToThePasswordFormUntilItChangesIt() throws Exception {
        var account = data.newlyCreatedUser(Role.LEADER, null, "Tamthoi2026");
        Cookie session = mvc.perform(formLogin().user(account.getUsername()).password("Tamthoi2026"))
                .andExpect(redirectedUrl("/account/password"))
                .andReturn().getResponse().getCookie("RTSESSION");

        mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl("/account/password"));
        mvc.perform(get("/account/password").cookie(session))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("data-forced-change")));

        mvc.perform(post("/account/password").cookie(session).with(csrf())
                        .param("currentPassword", "Tamthoi2026")
                        .param("newPassword", "Riengtoi2026")
                        .param("confirmPassword", "Riengtoi2026"))
                .andExpect(redirectedUrl("/"));
        mvc.perform(get("/").cookie(session)).andExpect(status().isOk());
        mvc.perform(formLogin().user(account.getUsername()).password("Riengtoi2026")).andExpect(redirectedUrl("/"));
    }

    @Test
    void aWeakOrMismatchedNewPasswordIsRefusedWithTheReason() throws Exception {
        var account = data.user(Role.LEADER, null);
        mvc.perform(post("/account/password").with(data.as(account)).with(csrf())
                        .param("currentPassword", TestData.PASSWORD)
                        .param("newPassword", "ngan1")
                        .param("confirmPassword", "ngan1"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "newPassword", "password.error.tooShort"));
        mvc.perform(post("/account/password").with(data.as(account)).with(csrf())
                        .param("currentPassword", TestData.PASSWORD)
                        .param("newPassword", "Matkhaumoi1")
                        .param("confirmPassword", "Matkhaumoi2"))
                .andExpect(model().attributeHasFieldErrorCode("form", "confirmPassword", "password.error.mismatch"));
        mvc.perform(post("/account/password").with(data.as(account)).with(csrf())
                        .param("currentPassword", "not-mine-1")
                        .param("newPassword", "Matkhaumoi1")
                        .param("confirmPassword", "Matkhaumoi1"))
                .andExpect(model().attributeHasFieldErrorCode("form", "currentPassword", "password.error.currentWrong"))
                .andExpect(content().string(Matchers.containsString("Mật khẩu hiện tại không đúng.")));
    }
}
