package vn.reformtrack.dashboard;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import vn.reformtrack.identity.Role;
import vn.reformtrack.identity.UserAccount;
import vn.reformtrack.support.IntegrationTest;
import vn.reformtrack.support.TestData;

/**
 * Who sees what on the dashboards, over MockMvc with the real security: unit users their own unit only (another
 * unit's page or task by id is "not found", parameters naming another unit change nothing), leaders and coordinators
 * everything; and empty data (a year without plans, a period without reports, a task nobody reported on) is a clear
 * message, never an error.
 */
@IntegrationTest
class DashboardScopingTest {

    private static final int YEAR = 2004;
    private static ReportingYear known;
    private static UserAccount leader;
    private static UserAccount coordinator;
    private static UserAccount headOfA;
    private static UserAccount staffOfB;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestData data;

    @BeforeEach
    void knownYear() {
        synchronized (DashboardScopingTest.class) {
            if (known == null) {
                known = new ReportingYear(jdbc, data, YEAR);
                leader = data.user(Role.LEADER, null);
                coordinator = data.user(Role.COORDINATOR, null);
                headOfA = data.user(Role.UNIT_HEAD, known.unitA);
                staffOfB = data.user(Role.UNIT_STAFF, known.unitB);
            }
        }
    }

    private String unitPage(long unit) {
        return "/dashboard/progress/units/" + unit;
    }

    private String taskPage(long unit, long task) {
        return unitPage(unit) + "/tasks/" + task;
    }

    @Test
    void leadersAndCoordinatorsSeeEveryUnitAndTask() throws Exception {
        for (UserAccount user : new UserAccount[] {leader, coordinator}) {
            mvc.perform(get(unitPage(known.unitC)).param("year", "" + YEAR).with(data.as(user)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Nhiệm vụ hai của C")))
                    // The whole of 2004: C sent Q1 on time, H1 and Q3 never (the year's report is due in 2005).
                    .andExpect(content().string(containsString("đúng hạn 1/3 · trễ 0 · chưa nộp 2")));
            mvc.perform(get(taskPage(known.unitA, known.taskOne)).with(data.as(user)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Đã rà soát 12 thủ tục")))
                    .andExpect(content().string(containsString("Phối hợp khảo sát người dân")))
                    .andExpect(content().string(not(containsString("Bản nháp chưa gửi"))))
                    .andExpect(content().string(containsString("/evidence/" + known.evidenceId + "/download")))
                    .andExpect(content().string(containsString("/reporting/reports/" + known.reportAq1)));
        }
    }

    @Test
    void aUnitUserSeesTheirOwnUnitAndNothingElse() throws Exception {
        mvc.perform(get(unitPage(known.unitA)).param("year", "" + YEAR).with(data.as(headOfA)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nhiệm vụ một của A")));
        mvc.perform(get(taskPage(known.unitA, known.taskOne)).with(data.as(headOfA)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Phối hợp khảo sát người dân")));
        // Another unit's page, another unit's task under one's own unit, one's task under another unit: not found.
        mvc.perform(get(unitPage(known.unitC)).param("year", "" + YEAR).with(data.as(headOfA)))
                .andExpect(status().isNotFound());
        mvc.perform(get(unitPage(known.unitC)).param("format", "xlsx").with(data.as(headOfA)))
                .andExpect(status().isNotFound());
        mvc.perform(get(taskPage(known.unitA, known.taskTwo)).with(data.as(headOfA))).andExpect(status().isNotFound());
        mvc.perform(get(taskPage(known.unitC, known.taskTwo)).with(data.as(headOfA))).andExpect(status().isNotFound());
        // B coordinates task one but does not lead it: the drill-down is the lead unit's.
        mvc.perform(get(taskPage(known.unitA, known.taskOne)).with(data.as(staffOfB))).andExpect(status().isNotFound());
        mvc.perform(get(taskPage(known.unitB, known.taskOne)).with(data.as(staffOfB))).andExpect(status().isNotFound());
        mvc.perform(get(unitPage(999_999_999L)).with(data.as(leader))).andExpect(status().isNotFound());
    }

    @Test
    void aUnitUsersProvincePagesShowOnlyTheirUnitWhateverTheParameters() throws Exception {
        for (String page : new String[] {"/dashboard/progress", "/dashboard/league", "/dashboard/progress/all-units"}) {
            mvc.perform(get(page).param("year", "" + YEAR).param("period", "YEAR").param("unit", "" + known.unitC)
                            .param("unitId", "" + known.unitC).with(data.as(headOfA)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("data-unit-id=\"" + known.unitA + "\"")))
                    .andExpect(content().string(not(containsString("data-unit-id=\"" + known.unitC + "\""))))
                    .andExpect(content().string(not(containsString("Sở C báo cáo"))));
        }
        mvc.perform(get("/dashboard/progress").param("year", "" + YEAR).param("format", "xlsx").with(data.as(headOfA)))
                .andExpect(status().isOk());
        // The leader's table of the same year has both units.
        mvc.perform(get("/dashboard/league").param("year", "" + YEAR).param("period", "YEAR").with(data.as(leader)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-unit-id=\"" + known.unitA + "\"")))
                .andExpect(content().string(containsString("data-unit-id=\"" + known.unitC + "\"")));
    }

    @Test
    void emptyDataIsAClearMessageNeverAnError() throws Exception {
        // A year without plans or reporting periods.
        for (String page : new String[] {"/dashboard/progress", "/dashboard/annual", "/dashboard/league",
            "/dashboard/progress/all-units"}) {
            mvc.perform(get(page).param("year", "2099").with(data.as(leader)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("data-empty-state")));
        }
        // Nobody reported on task two yet (C's Q1 report has no entry on it).
        mvc.perform(get(taskPage(known.unitC, known.taskTwo)).with(data.as(coordinator)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Chưa có báo cáo nào đã gửi về nhiệm vụ này")));
        // A year still to come: no report due, and the league says why the measure is left out.
        mvc.perform(get("/dashboard/league").param("year", "2094").with(data.as(leader)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-reports-not-counted")));
        // Absurd parameters fall back to the defaults.
        mvc.perform(get("/dashboard/league").param("year", "abc").param("period", "Q9").param("page", "-4")
                        .with(data.as(leader)))
                .andExpect(status().isOk());
        for (String size : new String[] {"abc", "37", "-50", "", "100", "99999999999999999999"}) {
            mvc.perform(get("/dashboard/league").param("year", "" + YEAR).param("size", size).param("page", "99999")
                            .with(data.as(leader)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("data-unit-id=\"" + known.unitA + "\"")));
        }
        mvc.perform(get("/").with(data.as(leader)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-reporting-tile")));
    }
}
