package vn.reformtrack.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.reformtrack.identity.Role;
import vn.reformtrack.support.IntegrationTest;
import vn.reformtrack.support.TestData;

/** The administrator keeps the holiday lists; the whole application counts on them at once. */
@IntegrationTest
class CalendarPageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    WorkingDays workingDays;

    @Autowired
    CalendarService calendars;

    @Test
    void theSeededYearsCountTetTheSwappedDaysAndTheMakeUpSaturdays() {
        WorkingCalendar calendar = workingDays.calendar();
        assertThat(workingDays.isListed(2026)).isTrue();
        assertThat(workingDays.isListed(2027)).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 1, 2))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 1, 10))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 8, 22))).isTrue();
        assertThat(calendar.plusWorkingDays(LocalDate.of(2026, 2, 13), 1)).isEqualTo(LocalDate.of(2026, 2, 23));
        assertThat(calendar.plusWorkingDays(LocalDate.of(2027, 4, 29), 1)).as("30/4, 1/5 and its Monday off")
                .isEqualTo(LocalDate.of(2027, 5, 4));
    }

    @Test
    void anAdministratorReadsTheYearsAndTheirSources() throws Exception {
        var admin = data.user(Role.ADMIN, null);
        mvc.perform(get("/admin/calendar").with(data.as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("9441/TB-BNV")));
        mvc.perform(get("/admin/calendar/2026").with(data.as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("<td>Làm bù cho ngày 02/01/2026</td>")))
                .andExpect(content().string(Matchers.containsString("Tết Nguyên đán Bính Ngọ (mùng 1)")));
    }

    @Test
    void aListWithDuplicatesAndDatesOfAnotherYearComesBackWithWhatWasTypedAndSavesNothing() throws Exception {
        var admin = data.user(Role.ADMIN, null);
        String typed = "01/01/2098 Tết Dương lịch\n01/01/2099 Năm sau\n01/01/2098 Lần nữa";
        mvc.perform(post("/admin/calendar/2098").with(data.as(admin)).with(csrf())
                        .param("daysOff", typed).param("workingDays", "").param("source", "Thử"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Dòng 2: ngày 01/01/2099 không thuộc năm 2098.")))
                .andExpect(content().string(Matchers.containsString(
                        "Dòng 3: ngày 01/01/2098 đã có ở dòng 1 của ô &quot;Ngày nghỉ")))
                .andExpect(content().string(Matchers.containsString("01/01/2098 Lần nữa")));
        assertThat(calendars.year(2098)).isEmpty();
        assertThat(workingDays.isListed(2098)).isFalse();
    }

    @Test
    void aSavedListCountsAtOnceAndAStaleFormIsRefused() throws Exception {
        var admin = data.user(Role.ADMIN, null);
        mvc.perform(post("/admin/calendar/2097").with(data.as(admin)).with(csrf())
                        .param("daysOff", "01/01/2097 Tết Dương lịch\n02/01/2097 Nghỉ hoán đổi")
                        .param("workingDays", "12/01/2097 Làm bù")
                        .param("source", "Thông báo thử"))
                .andExpect(redirectedUrl("/admin/calendar/2097"));
        WorkingCalendar calendar = workingDays.calendar();
        assertThat(calendar.isWorkingDay(LocalDate.of(2097, 1, 2))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2097, 1, 12))).isTrue();

        mvc.perform(post("/admin/calendar/2097").with(data.as(admin)).with(csrf())
                        .param("version", "99").param("daysOff", "").param("workingDays", ""))
                .andExpect(status().isConflict());
        long version = calendars.year(2097).orElseThrow().getVersion();
        mvc.perform(post("/admin/calendar/2097").with(data.as(admin)).with(csrf())
                        .param("version", String.valueOf(version)).param("daysOff", "").param("workingDays", ""))
                .andExpect(redirectedUrl("/admin/calendar/2097"));
        assertThat(workingDays.calendar().isWorkingDay(LocalDate.of(2097, 1, 2))).isTrue();
    }

    @Test
    void onlyAdministratorsKeepTheCalendarAndOnlyForPlausibleYears() throws Exception {
        var admin = data.user(Role.ADMIN, null);
        for (Role role : new Role[] {Role.COORDINATOR, Role.LEADER}) {
            var user = data.user(role, null);
            mvc.perform(get("/admin/calendar").with(data.as(user))).andExpect(status().isForbidden());
            mvc.perform(post("/admin/calendar/2096").with(data.as(user)).with(csrf()).param("daysOff", ""))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(get("/admin/calendar/1999").with(data.as(admin))).andExpect(status().isNotFound());
        mvc.perform(get("/admin/calendar/abc").with(data.as(admin))).andExpect(status().isBadRequest());
    }
}
