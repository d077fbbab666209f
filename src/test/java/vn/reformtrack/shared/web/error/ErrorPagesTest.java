package vn.reformtrack.shared.web.error;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.reformtrack.identity.Role;
import vn.reformtrack.support.IntegrationTest;
import vn.reformtrack.support.TestData;

@IntegrationTest
class ErrorPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Test
    void anUnknownPageIsA404InTheUsersLanguage() throws Exception {
        var user = data.user(Role.LEADER, null);
        mvc.perform(get("/no-such-page").with(data.as(user)))
                .andExpect(status().isNotFound())
                .andExpect(content().string(Matchers.containsString("Không tìm thấy")));
        mvc.perform(get("/no-such-page").with(data.as(user)).param("lang", "en"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(Matchers.containsString("Not found")));
    }

    @Test
    void aForbiddenPageIsA403() throws Exception {
        var staff = data.user(Role.UNIT_STAFF, data.department("Sở").getId());
        // The page itself comes from the servlet container's error dispatch: see SessionsTest, over real HTTP.
        mvc.perform(get("/admin/settings").with(data.as(staff))).andExpect(status().isForbidden());
    }

    @Test
    void anUnexpectedFailureShowsAReferenceAndNeverTheStackTrace() throws Exception {
        var user = data.user(Role.LEADER, null);
        mvc.perform(get("/test-only/fail").with(data.as(user)))
                .andExpect(status().isInternalServerError())
                .andExpect(content().string(Matchers.containsString("Đã xảy ra lỗi hệ thống")))
                .andExpect(content().string(Matchers.matchesPattern("(?s).*data-error-reference>[A-Z2-9]{8}</code>.*")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("secret detail"))))
                .andExpect(content().string(Matchers.not(Matchers.containsString("IllegalStateException"))));
        mvc.perform(get("/test-only/fail").with(data.as(user)).param("lang", "en"))
                .andExpect(content().string(Matchers.containsString("Something went wrong")));
    }

    @Test
    void aDatabaseThatDoesNotAnswerGivesTheTemporarilyUnavailablePage() throws Exception {
        var user = data.user(Role.LEADER, null);
        mvc.perform(get("/test-only/database-down").with(data.as(user)))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", Matchers.notNullValue()))
                .andExpect(content().string(Matchers.containsString("Hệ thống tạm thời gián đoạn")))
                .andExpect(content().string(Matchers.containsString("không có dữ liệu nào bị lưu dở dang")))
                .andExpect(content().string(Matchers.matchesPattern("(?s).*data-error-reference>[A-Z2-9]{8}</code>.*")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("SQLTransientConnectionException"))));
    }

    @Test
    void aSecondIdenticalSubmissionThatMeetsAUniqueIndexIsAConflictNotAFailure() throws Exception {
        var user = data.user(Role.ADMIN, null);
        mvc.perform(get("/test-only/duplicate").with(data.as(user)))
                .andExpect(status().isConflict())
                .andExpect(content().string(Matchers.containsString("bấm Lưu hai lần")));
        mvc.perform(get("/test-only/duplicate").with(data.as(user)).param("lang", "en"))
                .andExpect(status().isConflict())
                .andExpect(content().string(Matchers.containsString("clicked twice")));
    }

    @Test
    void aMalformedIdIsABadRequestNotAFailure() throws Exception {
        var admin = data.user(Role.ADMIN, null);
        mvc.perform(get("/admin/users/not-a-number").with(data.as(admin)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("Yêu cầu không hợp lệ")));
    }

    @Test
    void aListFilterThatDoesNotParseIsABadRequestNotAFailure() throws Exception {
        var admin = data.user(Role.ADMIN, null);
        mvc.perform(get("/admin/users").param("role", "XX").with(data.as(admin)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("Yêu cầu không hợp lệ")));
        mvc.perform(get("/admin/users").param("enabled", "maybe").with(data.as(admin)))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/admin/units").param("type", "XX").with(data.as(admin)))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/admin/units").param("format", "xlsx").param("active", "maybe").with(data.as(admin)))
                .andExpect(status().isBadRequest());
    }

    @Test
    void aTamperedFieldNameInAFormIsABadRequestNotAFailure() throws Exception {
        var coordinator = data.user(Role.COORDINATOR, null);
        mvc.perform(post("/planning/tasks/new").with(data.as(coordinator)).with(csrf())
                        .param("title", "Nhiệm vụ").param("criterionIds[300]", "1"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(Matchers.containsString("Yêu cầu không hợp lệ")));
        mvc.perform(post("/planning/tasks/new").with(data.as(coordinator)).with(csrf())
                        .param("title", "Nhiệm vụ").param("coordinatingUnitIds[99999]", "1"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void theLanguageChoiceIsRemembered() throws Exception {
        var cookie = mvc.perform(get("/login").param("lang", "en")).andReturn().getResponse().getCookie("rt-lang");
        mvc.perform(get("/login").cookie(cookie)).andExpect(content().string(Matchers.containsString("Sign in to ReformTrack")));
        mvc.perform(get("/login").param("lang", "fr")).andExpect(content().string(Matchers.containsString("Đăng nhập ReformTrack")));
    }
}
