package vn.reformtrack.planning.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.web.servlet.MockMvc;
import vn.reformtrack.identity.Role;
import vn.reformtrack.identity.UserAccount;
import vn.reformtrack.indices.IndexCatalog;
import vn.reformtrack.organization.Unit;
import vn.reformtrack.planning.Plan;
import vn.reformtrack.planning.PlanService;
import vn.reformtrack.planning.PlanningFixtures;
import vn.reformtrack.planning.TaskFilter;
import vn.reformtrack.planning.TaskRow;
import vn.reformtrack.planning.TaskService;
import vn.reformtrack.shared.xlsx.XlsxExports;
import vn.reformtrack.support.IntegrationTest;
import vn.reformtrack.support.TestData;

/**
 * The task list's export is written into the response as the tasks are read: a list longer than the sheet's window
 * comes whole, in the list's order, with the same filter as the page and the labels in the reader's language.
 */
@IntegrationTest
class TaskExportTest {

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired PlanService plans;
    @Autowired TaskService tasks;
    @Autowired IndexCatalog catalog;
    @Autowired Clock clock;

    @Test
    void aListLongerThanTheSheetsWindowIsExportedWholeInTheListsOrder() throws Exception {
        LocalDate today = LocalDate.now(clock);
        PlanningFixtures fixtures = new PlanningFixtures(plans, tasks, catalog);
        Unit lead = data.department("Sở Công Thương");
        Plan plan = fixtures.draft(today.getYear(), today.minusDays(10));
        for (int i = 0; i < 260; i++) {
            fixtures.addTask(plan, lead, Set.of(), today.plusDays(i % 40 - 5));
        }
        fixtures.issue(plan);
        UserAccount coordinator = data.user(Role.COORDINATOR, null);
        TaskFilter planTasks = TaskFilter.none().withPlan(plan.getId());
        List<String> listed = new ArrayList<>();
        for (int page = 0; page < 6; page++) {
            tasks.search(planTasks, PlanningFixtures.COORDINATOR, PageRequest.of(page, 50)).getContent()
                    .forEach(row -> listed.add(String.valueOf(row.id())));
        }

        byte[] file = mvc.perform(get("/planning/tasks").param("format", "xlsx").param("planId", "" + plan.getId())
                        .with(data.as(coordinator)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", XlsxExports.XLSX.toString()))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.containsString("nhiem-vu-")))
                .andReturn().getResponse().getContentAsByteArray();
        byte[] english = mvc.perform(get("/planning/tasks/overdue").param("format", "xlsx")
                        .param("planId", "" + plan.getId()).param("lang", "en").with(data.as(coordinator)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Sheet sheet = workbook.getSheetAt(0);
            List<String> exported = new ArrayList<>();
            for (int i = 2; i <= sheet.getLastRowNum(); i++) {
                exported.add(String.valueOf((long) sheet.getRow(i).getCell(0).getNumericCellValue()));
            }
            assertThat(exported).hasSize(260).isEqualTo(listed);
            assertThat(sheet.getRow(2).getCell(13).getStringCellValue()).isEqualTo("Quá hạn");
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(english))) {
            Sheet sheet = workbook.getSheetAt(0);
            List<TaskRow> overdue = tasks.search(planTasks.withStatus(vn.reformtrack.planning.TaskStatus.OVERDUE),
                    PlanningFixtures.COORDINATOR, PageRequest.of(0, 300)).getContent();
            assertThat(sheet.getLastRowNum()).isEqualTo(1 + overdue.size());
            Row first = sheet.getRow(2);
            assertThat(first.getCell(13).getStringCellValue()).isEqualTo("Overdue");
            assertThat((long) first.getCell(0).getNumericCellValue()).isEqualTo(overdue.get(0).id());
        }
    }
}
