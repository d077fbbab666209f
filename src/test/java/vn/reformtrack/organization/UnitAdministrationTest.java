package vn.reformtrack.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.reformtrack.identity.Role;
import vn.reformtrack.identity.UserAccount;
import vn.reformtrack.shared.web.FlashMessage;
import vn.reformtrack.support.IntegrationTest;
import vn.reformtrack.support.TestData;

@IntegrationTest
class UnitAdministrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    UnitService units;

    @Autowired
    JdbcClient jdbc;

    UserAccount admin;

    @BeforeEach
    void setUp() {
        admin = data.user(Role.ADMIN, null);
    }

    @Test
    void anAdministratorAddsACommuneUnderTheProvince() throws Exception {
        Unit province = data.unit("UBND tỉnh", UnitType.PROVINCE_PC, null);
        String code = TestData.unique("X-DONGTAM");
        mvc.perform(post("/admin/units/new").with(data.as(admin)).with(csrf())
                        .param("code", code).param("name", "Xã Đồng Tâm").param("type", "COMMUNE")
                        .param("parentId", province.getId().toString()))
                .andExpect(redirectedUrl("/admin/units"));
        assertThat(jdbc.sql("select parent_id from unit where code = ?").param(code).query(Long.class).single())
                .isEqualTo(province.getId());
    }

    @Test
    void aUnitFormThatWouldMakeAUnitItsOwnAncestorIsRefused() throws Exception {
        Unit province = data.unit("UBND tỉnh", UnitType.PROVINCE_PC, null);
        Unit commune = data.unit("Xã", UnitType.COMMUNE, province.getId());
        mvc.perform(post("/admin/units/" + province.getId()).with(data.as(admin)).with(csrf())
                        .param("code", province.getCode()).param("name", province.getName()).param("type", "PROVINCE_PC")
                        .param("parentId", commune.getId().toString()).param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "parentId", "unit.error.cycle"))
                .andExpect(content().string(Matchers.containsString("đơn vị cấp dưới")));
        assertThat(units.get(province.getId()).getParentId()).isNull();
    }

    @Test
    void emptyTooLongAndMalformedFieldsAreRefused() throws Exception {
        mvc.perform(post("/admin/units/new").with(data.as(admin)).with(csrf()).param("code", "").param("name", ""))
                .andExpect(model().attributeHasFieldErrors("form", "code", "name", "type"));
        mvc.perform(post("/admin/units/new").with(data.as(admin)).with(csrf())
                        .param("code", "SỞ TƯ PHÁP").param("name", "x".repeat(201)).param("type", "NOT_A_TYPE"))
                .andExpect(model().attributeHasFieldErrorCode("form", "code", "Pattern"))
                .andExpect(model().attributeHasFieldErrors("form", "name", "type"));
    }

    @Test
    void aDuplicateCodeIsRefused() throws Exception {
        Unit existing = data.department("Sở");
        mvc.perform(post("/admin/units/new").with(data.as(admin)).with(csrf())
                        .param("code", existing.getCode().toLowerCase()).param("name", "Khác").param("type", "DEPARTMENT"))
                .andExpect(model().attributeHasFieldErrorCode("form", "code", "unit.error.codeTaken"));
    }

    @Test
    void deactivatingAUnitWithActiveSubUnitsExplainsWhy() throws Exception {
        Unit province = data.unit("UBND", UnitType.PROVINCE_PC, null);
        data.unit("Xã", UnitType.COMMUNE, province.getId());
        var flash = mvc.perform(post("/admin/units/" + province.getId() + "/deactivate").with(data.as(admin)).with(csrf())
                        .param("version", "0"))
                .andExpect(redirectedUrl("/admin/units/" + province.getId()))
                .andReturn().getFlashMap().get("flash");
        assertThat(flash).isInstanceOfSatisfying(FlashMessage.class, message -> {
            assertThat(message.kind()).isEqualTo(FlashMessage.Kind.WARNING);
            assertThat(message.key()).isEqualTo("unit.error.hasActiveChildren");
        });
        assertThat(units.get(province.getId()).isActive()).isTrue();
    }

    @Test
    void anUnknownOrMalformedIdAnswersNotFoundOrBadRequest() throws Exception {
        mvc.perform(get("/admin/units/999999999").with(data.as(admin))).andExpect(status().isNotFound());
        mvc.perform(get("/admin/units/abc").with(data.as(admin))).andExpect(status().isBadRequest());
    }
}
