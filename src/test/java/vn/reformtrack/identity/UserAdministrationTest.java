package vn.reformtrack.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import vn.reformtrack.organization.Unit;
import vn.reformtrack.support.IntegrationTest;
import vn.reformtrack.support.TestData;

@IntegrationTest
class UserAdministrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    UserAccount admin;
    Unit justice;

    @BeforeEach
    void setUp() {
        admin = data.user(Role.ADMIN, null);
        justice = data.department("Sở Tư pháp");
    }

    private MockHttpServletRequestBuilder newUser(String username, String fullName, Role role, Long unitId, String password) {
        MockHttpServletRequestBuilder request = post("/admin/users/new").with(data.as(admin)).with(csrf())
                .param("username", username)
                .param("fullName", fullName)
                .param("password", password);
        if (role != null) {
            request.param("role", role.name());
        }
        if (unitId != null) {
            request.param("unitId", unitId.toString());
        }
        return request;
    }

    private long count(String username) {
        return jdbc.sql("select count(*) from user_account where lower(username) = lower(?)").param(username).query(Long.class).single();
    }

    @Test
    void anAdministratorCreatesAUnitHeadWhoMustChangeThePassword() throws Exception {
        String username = TestData.unique("truongphong").toLowerCase();
        mvc.perform(newUser(username, "Trần Văn Hùng", Role.UNIT_HEAD, justice.getId(), "Tamthoi2026"))
                .andExpect(status().is3xxRedirection());

        var row = jdbc.sql("select full_name, role, unit_id, must_change_password, password_hash from user_account where username = ?")
                .param(username)
                .query((rs, i) -> new Object[] {rs.getString(1), rs.getString(2), rs.getLong(3), rs.getBoolean(4), rs.getString(5)})
                .single();
        assertThat(row[0]).isEqualTo("Trần Văn Hùng");
        assertThat(row[1]).isEqualTo("UNIT_HEAD");
        assertThat(row[2]).isEqualTo(justice.getId());
        assertThat(row[3]).isEqualTo(true);
        assertThat((String) row[4]).startsWith("{bcrypt}").doesNotContain("Tamthoi2026");
    }

    @Test
    void emptyFieldsAreRefusedWithTheFormBack() throws Exception {
        mvc.perform(newUser("", "", null, null, ""))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "username", "fullName", "role", "password"))
                .andExpect(content().string(Matchers.containsString("Không được để trống.")));
    }

    @Test
    void tooLongOrMalformedFieldsAreRefused() throws Exception {
        String username = "a".repeat(51);
        mvc.perform(newUser(username, "x".repeat(151), Role.LEADER, null, "Tamthoi2026")
                        .param("email", "not-an-email").param("phone", "0912-abc"))
                .andExpect(model().attributeHasFieldErrors("form", "username", "fullName", "email", "phone"));
        mvc.perform(newUser("có dấu", "Nguyễn Văn A", Role.LEADER, null, "Tamthoi2026"))
                .andExpect(model().attributeHasFieldErrorCode("form", "username", "Pattern"));
        assertThat(count(username)).isZero();
    }

    @Test
    void aDuplicateUserNameIsRefusedWhateverItsCase() throws Exception {
        UserAccount existing = data.user(Role.LEADER, null);
        mvc.perform(newUser(existing.getUsername().toUpperCase(), "Người khác", Role.LEADER, null, "Tamthoi2026"))
                .andExpect(model().attributeHasFieldErrorCode("form", "username", "user.error.usernameTaken"))
                .andExpect(content().string(Matchers.containsString("đã được dùng")));
        assertThat(count(existing.getUsername())).isEqualTo(1);
    }

    @Test
    void aUnitRoleNeedsAnActiveUnit() throws Exception {
        String username = TestData.unique("chuyenvien").toLowerCase();
        mvc.perform(newUser(username, "Chuyên viên", Role.UNIT_STAFF, null, "Tamthoi2026"))
                .andExpect(model().attributeHasFieldErrorCode("form", "unitId", "user.error.unitRequired"));
        Unit closed = data.department("Sở đã giải thể");
        jdbc.sql("update unit set active = false where id = ?").param(closed.getId()).update();
        mvc.perform(newUser(username, "Chuyên viên", Role.UNIT_STAFF, closed.getId(), "Tamthoi2026"))
                .andExpect(model().attributeHasFieldErrorCode("form", "unitId", "user.error.unitInactive"));
        assertThat(count(username)).isZero();
    }

    @Test
    void aWeakTemporaryPasswordIsRefused() throws Exception {
        String username = TestData.unique("yeu").toLowerCase();
        mvc.perform(newUser(username, "Người dùng", Role.LEADER, null, "12345678"))
                .andExpect(model().attributeHasFieldErrorCode("form", "password", "password.error.lettersAndDigits"));
        assertThat(count(username)).isZero();
    }

    @Test
    void aPasswordOfVietnameseLettersBeyondWhatBcryptReadsIsRefusedNotAFailure() throws Exception {
        // 31 characters, well under 64, but 91 bytes in UTF-8: BCrypt refuses more than 72.
        String vietnamese = "ặ".repeat(30) + "1";
        String username = TestData.unique("codau").toLowerCase();
        mvc.perform(newUser(username, "Người dùng", Role.LEADER, null, vietnamese))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "password", "password.error.tooManyBytes"));
        assertThat(count(username)).isZero();

        UserAccount user = data.user(Role.LEADER, null);
        mvc.perform(post("/admin/users/" + user.getId() + "/password").with(data.as(admin)).with(csrf())
                        .param("password", vietnamese).param("version", String.valueOf(user.getVersion())))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("resetForm", "password", "password.error.tooManyBytes"));
        assertThat(jdbc.sql("select must_change_password from user_account where id = ?").param(user.getId())
                .query(Boolean.class).single()).isFalse();

        mvc.perform(post("/account/password").with(data.as(user)).with(csrf())
                        .param("currentPassword", TestData.PASSWORD).param("newPassword", vietnamese)
                        .param("confirmPassword", vietnamese))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("72 byte")));
    }

    @Test
    void anAdministratorCannotDisableThemselvesOrChangeTheirOwnRole() throws Exception {
        mvc.perform(post("/admin/users/" + admin.getId() + "/disable").with(data.as(admin)).with(csrf())
                        .param("version", String.valueOf(admin.getVersion())))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select enabled from user_account where id = ?").param(admin.getId()).query(Boolean.class).single()).isTrue();

        mvc.perform(post("/admin/users/" + admin.getId()).with(data.as(admin)).with(csrf())
                        .param("fullName", admin.getFullName()).param("role", "LEADER")
                        .param("version", String.valueOf(admin.getVersion())))
                .andExpect(model().attributeHasFieldErrorCode("form", "role", "user.error.ownAccess"));
    }

    @Test
    void resettingAPasswordForcesAChangeAtTheNextSignIn() throws Exception {
        UserAccount user = data.user(Role.LEADER, null);
        mvc.perform(post("/admin/users/" + user.getId() + "/password").with(data.as(admin)).with(csrf())
                        .param("password", "Datlai2026").param("version", String.valueOf(user.getVersion())))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select must_change_password from user_account where id = ?").param(user.getId())
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void aStaleFormIsRefusedNotSaved() throws Exception {
        UserAccount user = data.user(Role.LEADER, null);
        mvc.perform(post("/admin/users/" + user.getId()).with(data.as(admin)).with(csrf())
                        .param("fullName", "Tên mới").param("role", "LEADER").param("version", "0"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/admin/users/" + user.getId()).with(data.as(admin)).with(csrf())
                        .param("fullName", "Tên cũ ghi đè").param("role", "LEADER").param("version", "0"))
                .andExpect(status().isConflict())
                .andExpect(content().string(Matchers.containsString("Không lưu được thay đổi")));
        assertThat(jdbc.sql("select full_name from user_account where id = ?").param(user.getId())
                .query(String.class).single()).isEqualTo("Tên mới");
    }

    @Test
    void theListSearchesWithoutDiacriticsAndExportsToExcel() throws Exception {
        UserAccount user = data.user(Role.UNIT_STAFF, justice.getId());
        jdbc.sql("update user_account set full_name = 'Đỗ Thị Hằng', search_key = ? where id = ?")
                .param(user.getUsername() + " do thi hang").param(user.getId()).update();
        mvc.perform(get("/admin/users").with(data.as(admin)).param("query", "do thi hang"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Đỗ Thị Hằng")));

        byte[] workbook = mvc.perform(get("/admin/users").with(data.as(admin))
                        .param("unitId", justice.getId().toString()).param("format", "xlsx"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", Matchers.containsString("nguoi-dung-")))
                .andReturn().getResponse().getContentAsByteArray();
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Tên đăng nhập");
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo(user.getUsername());
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
        }
    }

    @Test
    void unitUsersAndLeadersCannotOpenAdministration() throws Exception {
        UserAccount head = data.user(Role.UNIT_HEAD, justice.getId());
        UserAccount coordinator = data.user(Role.COORDINATOR, null);
        for (UserAccount outsider : new UserAccount[] {head, coordinator, data.user(Role.LEADER, null)}) {
            mvc.perform(get("/admin/users").with(data.as(outsider))).andExpect(status().isForbidden());
            mvc.perform(get("/admin/units/" + justice.getId()).with(data.as(outsider))).andExpect(status().isForbidden());
            mvc.perform(post("/admin/users/" + head.getId() + "/disable").with(data.as(outsider)).with(csrf())
                            .param("version", "0"))
                    .andExpect(status().isForbidden());
        }
        assertThat(jdbc.sql("select enabled from user_account where id = ?").param(head.getId()).query(Boolean.class).single()).isTrue();
    }
}
