package vn.reformtrack.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import vn.reformtrack.identity.Role;
import vn.reformtrack.identity.UserAccount;
import vn.reformtrack.organization.Unit;
import vn.reformtrack.support.IntegrationTest;
import vn.reformtrack.support.TestData;

/** The inbox and the bell for every role, the preferences page, and the administrator's outbox. */
@IntegrationTest
class NotificationPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    Notifier notifier;

    @Autowired
    Recipients recipients;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyRoleReadsItsInboxAndTheBellCountsWhatIsUnread() throws Exception {
        Unit unit = data.department("Sở Tài nguyên");
        for (Role role : Role.values()) {
            UserAccount user = data.user(role, role.isUnitRole() ? unit.getId() : null);
            long id = notify(user, "/planning/tasks");
            mvc.perform(get("/notifications").with(data.as(user)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(Matchers.containsString("Kỳ báo cáo “Quý thử” đã mở")))
                    .andExpect(content().string(Matchers.containsString("data-unread>1<")));
            mvc.perform(get("/notifications/" + id + "/open").with(data.as(user)))
                    .andExpect(redirectedUrl("/planning/tasks"));
            mvc.perform(get("/notifications/preferences").with(data.as(user))).andExpect(status().isOk());
            mvc.perform(get("/notifications").with(data.as(user)))
                    .andExpect(content().string(Matchers.not(Matchers.containsString("data-unread"))));
        }
    }

    @Test
    void nobodyOpensOrMarksAnotherUsersNotification() throws Exception {
        Unit unit = data.department("Sở Lao động");
        UserAccount owner = data.user(Role.UNIT_STAFF, unit.getId());
        UserAccount other = data.user(Role.UNIT_HEAD, unit.getId());
        UserAccount admin = data.user(Role.ADMIN, null);
        long id = notify(owner, "/reporting");
        for (UserAccount intruder : List.of(other, admin)) {
            mvc.perform(get("/notifications/" + id + "/open").with(data.as(intruder))).andExpect(status().isNotFound());
            mvc.perform(post("/notifications/" + id + "/read").with(data.as(intruder)).with(csrf()))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(get("/notifications/999999999/open").with(data.as(owner))).andExpect(status().isNotFound());
        assertThat(jdbc.sql("select read_at is null from notification where id = :id").param("id", id)
                .query(Boolean.class).single()).isTrue();
        mvc.perform(post("/notifications/read-all").with(data.as(owner)).with(csrf())).andExpect(redirectedUrl("/notifications"));
        assertThat(jdbc.sql("select read_at is null from notification where id = :id").param("id", id)
                .query(Boolean.class).single()).isFalse();
    }

    @Test
    void aLinkLeadingOutsideTheApplicationGoesToTheInboxInstead() throws Exception {
        UserAccount user = data.user(Role.COORDINATOR, null);
        long id = notify(user, "//evil.example/steal");
        mvc.perform(get("/notifications/" + id + "/open").with(data.as(user))).andExpect(redirectedUrl("/notifications"));
    }

    @Test
    void preferencesAreSavedAndTamperedChoicesRefused() throws Exception {
        UserAccount user = data.user(Role.UNIT_STAFF, data.department("Sở Y tế").getId());
        mvc.perform(post("/notifications/preferences").with(data.as(user)).with(csrf())
                        .param("language", "en").param("choices[REPORT_DUE_SOON]", "DIGEST")
                        .param("choices[ESCALATION_DIGEST]", "IN_APP"))
                .andExpect(redirectedUrl("/notifications/preferences"));
        mvc.perform(get("/notifications/preferences").with(data.as(user)))
                .andExpect(content().string(Matchers.containsString("value=\"en\" id=\"language-en\" name=\"language\" checked")));
        mvc.perform(post("/notifications/preferences").with(data.as(user)).with(csrf())
                        .param("language", "vi").param("choices[ESCALATION_DIGEST]", "DIGEST"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Có cách nhận không hợp lệ")));
        mvc.perform(post("/notifications/preferences").with(data.as(user)).with(csrf())
                        .param("language", "fr"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Vui lòng chọn tiếng Việt hoặc tiếng Anh.")));
        mvc.perform(post("/notifications/preferences").with(data.as(user)).with(csrf())
                        .param("language", "vi").param("choices[NO_SUCH_KIND]", "EMAIL"))
                .andExpect(status().isOk());
        assertThat(jdbc.sql("select language from notification_profile where user_id = :id").param("id", user.getId())
                .query(String.class).single()).isEqualTo("en");
    }

    @Test
    void onlyTheAdministratorReadsTheOutboxWhereMailWaitsWithoutAServer() throws Exception {
        UserAccount admin = data.user(Role.ADMIN, null);
        UserAccount user = data.user(Role.COORDINATOR, null);
        notify(user, "/reporting");
        long mail = jdbc.sql("select max(id) from mail_outbox where recipient_id = :id").param("id", user.getId())
                .query(Long.class).single();
        mvc.perform(get("/admin/mail").with(data.as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("data-no-mail-server")))
                .andExpect(content().string(Matchers.containsString(user.getEmail())));
        mvc.perform(get("/admin/mail/" + mail).with(data.as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Kính gửi " + user.getFullName())));
        for (Role role : List.of(Role.COORDINATOR, Role.LEADER)) {
            mvc.perform(get("/admin/mail").with(data.as(data.user(role, null)))).andExpect(status().isForbidden());
            mvc.perform(post("/admin/mail/" + mail + "/resend").with(data.as(data.user(role, null))).with(csrf()))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/admin/mail").param("status", "NOPE").with(data.as(admin))).andExpect(status().isBadRequest());
        mvc.perform(get("/admin/mail/999999999").with(data.as(admin))).andExpect(status().isNotFound());
    }

    /** A notification for the user; answers its id. */
    private long notify(UserAccount user, String link) {
        transactions.executeWithoutResult(tx -> notifier.send(recipients.user(user.getId()).stream().toList(),
                Notice.of(NotificationKind.PERIOD_OPENED, link, null, "Quý thử", "31/03/2030")));
        return jdbc.sql("select max(id) from notification where recipient_id = :id").param("id", user.getId())
                .query(Long.class).single();
    }
}
