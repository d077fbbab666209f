package vn.reformtrack.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.reformtrack.identity.Role;
import vn.reformtrack.organization.OrganizationSettings;
import vn.reformtrack.results.ResultsSettings;
import vn.reformtrack.support.IntegrationTest;
import vn.reformtrack.support.StatementCounter;
import vn.reformtrack.support.TestData;

@IntegrationTest
class SettingsPageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    Settings settings;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void backToDefaults() {
        jdbc.sql("delete from app_setting").update();
    }

    @Test
    void anAdministratorSeesTheDefaultsAndChangesThem() throws Exception {
        var admin = data.user(Role.ADMIN, null);
        mvc.perform(get("/admin/settings").with(data.as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Quảng Ninh")))
                .andExpect(content().string(Matchers.containsString("22 — Tỉnh Quảng Ninh")));

        mvc.perform(post("/admin/settings").with(data.as(admin)).with(csrf())
                        .param("values[" + OrganizationSettings.PROVINCE_NAME + "]", "Hải Phòng")
                        .param("values[" + ResultsSettings.OWN_JURISDICTION + "]", "31"))
                .andExpect(redirectedUrl("/admin/settings"));

        assertThat(settings.get(OrganizationSettings.PROVINCE_NAME)).isEqualTo("Hải Phòng");
        assertThat(settings.get(ResultsSettings.OWN_JURISDICTION)).isEqualTo("31");
    }

    @Test
    void severalSettingsAreReadInOneStatementEachItsValueOrItsDefault() {
        settings.set(OrganizationSettings.PROVINCE_NAME, "Hải Phòng", "admin");

        StatementCounter.reset();
        Settings.Values values = settings.read(OrganizationSettings.PROVINCE_NAME, ResultsSettings.OWN_JURISDICTION);

        assertThat(StatementCounter.count()).isEqualTo(1);
        assertThat(values.get(OrganizationSettings.PROVINCE_NAME)).isEqualTo("Hải Phòng");
        assertThat(values.get(ResultsSettings.OWN_JURISDICTION)).isEqualTo("22");
        assertThat(values.getInt(ResultsSettings.OWN_JURISDICTION)).isEqualTo(22);
        assertThatThrownBy(() -> values.get("organization.not-read")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> settings.read("no.such.setting")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theSettingsPageReadsEverySettingInOneStatement() throws Exception {
        var admin = data.user(Role.ADMIN, null);
        settings.set(OrganizationSettings.PROVINCE_NAME, "Hải Phòng", "admin");

        StatementCounter.reset();
        mvc.perform(get("/admin/settings").with(data.as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Hải Phòng")))
                .andExpect(content().string(Matchers.containsString("22 — Tỉnh Quảng Ninh")));

        assertThat(StatementCounter.statements().lines().filter(line -> line.contains("from app_setting")))
                .hasSize(1);
    }

    @Test
    void onePageWithABadValueSavesNothing() throws Exception {
        var admin = data.user(Role.ADMIN, null);
        mvc.perform(post("/admin/settings").with(data.as(admin)).with(csrf())
                        .param("values[" + OrganizationSettings.PROVINCE_NAME + "]", "Hải Phòng")
                        .param("values[" + ResultsSettings.OWN_JURISDICTION + "]", "02"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Vui lòng chọn một giá trị trong danh sách.")));

        assertThat(settings.get(OrganizationSettings.PROVINCE_NAME)).isEqualTo("Quảng Ninh");
        assertThat(settings.get(ResultsSettings.OWN_JURISDICTION)).isEqualTo("22");
    }

    @Test
    void onlyAdministratorsChangeSettings() throws Exception {
        var coordinator = data.user(Role.COORDINATOR, null);
        mvc.perform(post("/admin/settings").with(data.as(coordinator)).with(csrf())
                        .param("values[" + OrganizationSettings.PROVINCE_NAME + "]", "Khác"))
                .andExpect(status().isForbidden());
        assertThat(settings.get(OrganizationSettings.PROVINCE_NAME)).isEqualTo("Quảng Ninh");
    }
}
