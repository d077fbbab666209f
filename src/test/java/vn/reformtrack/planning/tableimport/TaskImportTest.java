package vn.reformtrack.planning.tableimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.reformtrack.planning.PlanningFixtures.COORDINATOR;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import vn.reformtrack.identity.CurrentUser;
import vn.reformtrack.identity.Role;
import vn.reformtrack.identity.UserAccount;
import vn.reformtrack.indices.IndexCatalog;
import vn.reformtrack.organization.Unit;
import vn.reformtrack.planning.DeadlineKind;
import vn.reformtrack.planning.Plan;
import vn.reformtrack.planning.PlanService;
import vn.reformtrack.planning.PlanningFixtures;
import vn.reformtrack.planning.PlanningQueries;
import vn.reformtrack.planning.TaskService;
import vn.reformtrack.planning.TaskSummary;
import vn.reformtrack.shared.text.VietnameseText;
import vn.reformtrack.shared.web.RuleViolationException;
import vn.reformtrack.support.IntegrationTest;
import vn.reformtrack.support.TestData;

/** Importing a plan annex's task table: all rows or none, unmatched unit names chosen on the preview. */
@IntegrationTest
class TaskImportTest {

    @Autowired
    TaskImportService imports;

    @Autowired
    PlanService plans;

    @Autowired
    TaskService tasks;

    @Autowired
    PlanningQueries queries;

    @Autowired
    IndexCatalog catalog;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    Unit justice;
    Unit interior;
    Plan plan;
    String stranger;

    @BeforeEach
    void setUp() {
        justice = data.department("Sở Tư pháp");
        interior = data.department("Sở Nội vụ");
        plan = new PlanningFixtures(plans, tasks, catalog).draft(2026, LocalDate.of(2026, 1, 15));
        stranger = "Ban Chỉ đạo lạ " + TestData.unique("x");
    }

    @Test
    void aGoodAnnexIsPreviewedThenImportedWithTheNamesTheCoordinatorChose() throws IOException {
        byte[] file = annex(
                new Object[] {"1", "Rà soát văn bản quy phạm pháp luật", VietnameseText.fold(justice.getName()).toUpperCase(),
                    interior.getName() + "; Các sở, ban, ngành", "Quý IV/2026", "Báo cáo rà soát", "2"},
                new Object[] {"2", "Kiểm tra công tác cải cách hành chính", stranger, "", LocalDate.of(2026, 11, 30),
                    "Báo cáo kiểm tra", "PAR 1; 3"},
                new Object[] {"3", "Tuyên truyền cải cách hành chính", interior.getCode(), "", "Thường xuyên", "", "1"});

        ImportPreview preview = imports.upload(plan.getId(), "phu-luc.xlsx", file, COORDINATOR);

        assertThat(preview.taskCount()).isEqualTo(3);
        assertThat(preview.rows()).filteredOn(ImportPreview.Row::heading).hasSize(1);
        assertThat(preview.unresolved()).extracting(ImportPreview.UnresolvedName::written, ImportPreview.UnresolvedName::asLead)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("Các sở, ban, ngành", false),
                        org.assertj.core.groups.Tuple.tuple(stranger, true));
        assertThat(preview.ready()).isFalse();
        assertThatThrownBy(() -> imports.commit(plan.getId(), preview.importId(), Map.of(), COORDINATOR))
                .isInstanceOf(ImportNotReady.class);
        assertThat(taskCount()).isZero();

        Map<String, Long> choices = new HashMap<>();
        choices.put(VietnameseText.fold(stranger), interior.getId());
        choices.put(VietnameseText.fold("Các sở, ban, ngành"), TaskImportService.LEAVE_OUT);
        ImportPreview chosen = imports.preview(plan.getId(), preview.importId(), choices, COORDINATOR);
        assertThat(chosen.ready()).as("problems: %s", chosen.rows()).isTrue();

        assertThat(imports.commit(plan.getId(), preview.importId(), choices, COORDINATOR)).isEqualTo(3);

        List<TaskSummary> imported = queries.tasks(jdbc.sql("select id from task where plan_id = ?")
                .param(plan.getId()).query(Long.class).list());
        TaskSummary review = imported.stream().filter(t -> t.title().startsWith("Rà soát")).findFirst().orElseThrow();
        assertThat(review.leadUnitId()).isEqualTo(justice.getId());
        assertThat(review.coordinatingUnitIds()).containsExactly(interior.getId());
        assertThat(review.dueDate()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(review.expectedOutput()).isEqualTo("Báo cáo rà soát");
        TaskSummary inspection = imported.stream().filter(t -> t.title().startsWith("Kiểm tra")).findFirst().orElseThrow();
        assertThat(inspection.leadUnitId()).isEqualTo(interior.getId());
        assertThat(inspection.dueDate()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(inspection.criterionIds()).hasSize(2);
        TaskSummary recurring = imported.stream().filter(t -> t.title().startsWith("Tuyên truyền")).findFirst().orElseThrow();
        assertThat(recurring.deadlineKind()).isEqualTo(DeadlineKind.EACH_PERIOD);
        assertThatThrownBy(() -> imports.preview(plan.getId(), preview.importId(), Map.of(), COORDINATOR))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("taskImport.error.expired"));
    }

    @Test
    void aRowThatBreaksARuleStopsTheWholeImport() throws IOException {
        byte[] file = annex(
                new Object[] {"1", "Nhiệm vụ hợp lệ", justice.getName(), "", "30/06/2026", "", "2"},
                new Object[] {"2", "Đơn vị chủ trì cũng phối hợp", justice.getName(), justice.getName(), "30/06/2026", "", "2"},
                new Object[] {"3", "Thời hạn không hiểu", justice.getName(), "", "Sớm", "", "2"},
                new Object[] {"4", "Hạn trước ngày ban hành", justice.getName(), "", "01/01/2026", "", "2"},
                new Object[] {"5", "Tiêu chí không có", justice.getName(), "", "30/06/2026", "", "99.9"});

        ImportPreview preview = imports.upload(plan.getId(), "loi.xlsx", file, COORDINATOR);

        assertThat(preview.rows()).filteredOn(row -> !row.heading())
                .extracting(row -> row.problems().isEmpty() ? null : row.problems().get(0).key())
                .containsExactly(null, "task.error.leadAlsoCoordinating", "taskImport.error.deadlineUnknown",
                        "task.error.dueBeforeIssue", "taskImport.error.criterionUnknown");
        assertThatThrownBy(() -> imports.commit(plan.getId(), preview.importId(), Map.of(), COORDINATOR))
                .isInstanceOf(ImportNotReady.class);
        assertThat(taskCount()).isZero();
    }

    @Test
    void aRowWithATaskOrOutputLongerThanATaskKeepsIsAProblemOfThePreviewNotA500() throws IOException {
        byte[] file = annex(
                new Object[] {"1", "Nhiệm vụ ".repeat(120), justice.getName(), "", "30/06/2026", "", "2"},
                new Object[] {"2", "Nhiệm vụ hợp lệ", justice.getName(), "", "30/06/2026", "Sản phẩm ".repeat(120), "2"});

        ImportPreview preview = imports.upload(plan.getId(), "dai.xlsx", file, COORDINATOR);

        assertThat(preview.rows()).filteredOn(row -> !row.heading())
                .extracting(row -> row.problems().isEmpty() ? null : row.problems().get(0).key())
                .containsExactly("task.error.titleTooLong", "task.error.outputTooLong");
        assertThat(preview.ready()).isFalse();
        assertThatThrownBy(() -> imports.commit(plan.getId(), preview.importId(), Map.of(), COORDINATOR))
                .isInstanceOf(ImportNotReady.class);
        assertThat(taskCount()).isZero();
    }

    @Test
    void aFileWithAVeryLongNameIsPreviewedUnderAShortenedName() throws IOException {
        byte[] file = annex(new Object[] {"1", "Nhiệm vụ", justice.getName(), "", "30/06/2026", "", "2"});
        String name = "Phụ lục nhiệm vụ cải thiện chỉ số ".repeat(12) + "bản cuối.xlsx";

        ImportPreview preview = imports.upload(plan.getId(), name, file, COORDINATOR);

        assertThat(preview.fileName()).hasSizeLessThanOrEqualTo(300).startsWith("Phụ lục nhiệm vụ").endsWith("bản cuối.xlsx");
        assertThat(imports.commit(plan.getId(), preview.importId(), Map.of(), COORDINATOR)).isEqualTo(1);
    }

    @Test
    void anotherCoordinatorCannotPreviewOrCommitSomeoneElsesUpload() throws Exception {
        byte[] file = annex(new Object[] {"1", "Nhiệm vụ", justice.getName(), "", "30/06/2026", "", "2"});
        ImportPreview mine = imports.upload(plan.getId(), "cua-toi.xlsx", file, COORDINATOR);
        CurrentUser other = new CurrentUser(0, "other-coordinator", "Điều phối khác", Role.COORDINATOR, null);

        assertThatThrownBy(() -> imports.preview(plan.getId(), mine.importId(), Map.of(), other))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("taskImport.error.expired"));
        assertThatThrownBy(() -> imports.commit(plan.getId(), mine.importId(), Map.of(), other))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("taskImport.error.expired"));
        UserAccount admin = data.user(Role.ADMIN, null);
        String url = "/planning/plans/" + plan.getId() + "/import/" + mine.importId();
        mvc.perform(get(url).with(data.as(admin))).andExpect(status().isConflict());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(url).param("action", "commit")
                .with(data.as(admin)).with(csrf())).andExpect(status().isConflict());
        assertThat(taskCount()).isZero();

        assertThat(imports.commit(plan.getId(), mine.importId(), Map.of(), COORDINATOR)).isEqualTo(1);
    }

    @Test
    void moreThan256UnmatchedNamesCanAllBeChosenOnThePreview() throws Exception {
        Object[][] rows = new Object[300][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = new Object[] {String.valueOf(i + 1), "Nhiệm vụ " + i, stranger + " số " + i, "", "30/06/2026", "", "2"};
        }
        UserAccount coordinator = data.user(Role.COORDINATOR, null);
        String previewUrl = mvc.perform(multipart("/planning/plans/" + plan.getId() + "/import")
                        .file(new MockMultipartFile("file", "nhieu-don-vi.xlsx", "application/octet-stream", annex(rows)))
                        .with(data.as(coordinator)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        ImportPreview preview = (ImportPreview) mvc.perform(get(previewUrl).with(data.as(coordinator)))
                .andExpect(status().isOk()).andReturn().getModelAndView().getModel().get("preview");
        assertThat(preview.unresolved()).hasSize(300);

        var choose = org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post(previewUrl)
                .param("action", "commit").with(data.as(coordinator)).with(csrf());
        for (int i = 0; i < preview.unresolved().size(); i++) {
            choose.param("keys[" + i + "]", preview.unresolved().get(i).key())
                    .param("unitIds[" + i + "]", String.valueOf(interior.getId()));
        }
        mvc.perform(choose).andExpect(status().is3xxRedirection());
        assertThat(taskCount()).isEqualTo(300);
    }

    @Test
    void unreadableFilesAreRefusedAndNothingIsKept() throws IOException {
        assertRefused("không phải Excel".getBytes(), "taskImport.error.notXlsx");
        assertRefused(new byte[0], "taskImport.error.notXlsx");
        XSSFWorkbook workbook = new XSSFWorkbook();
        Row header = workbook.createSheet("x").createRow(0);
        header.createCell(0).setCellValue("STT");
        header.createCell(1).setCellValue("Nội dung nhiệm vụ");
        header.createCell(2).setCellValue("Ghi chú");
        assertRefused(bytes(workbook), "taskImport.error.noHeader");
        assertRefused(annex(), "taskImport.error.empty");
        assertThat(jdbc.sql("select count(*) from task_import where plan_id = ?").param(plan.getId())
                .query(Long.class).single()).isZero();
        assertThat(taskCount()).isZero();
    }

    @Test
    void theUploadPageTakesAFileAndTheTemplateDownloads() throws Exception {
        UserAccount coordinator = data.user(Role.COORDINATOR, null);
        byte[] file = annex(new Object[] {"1", "Nhiệm vụ", justice.getName(), "", "30/06/2026", "", "2"});

        mvc.perform(multipart("/planning/plans/" + plan.getId() + "/import")
                        .file(new MockMultipartFile("file", "a.xlsx", "application/octet-stream", file))
                        .with(data.as(coordinator)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(multipart("/planning/plans/" + plan.getId() + "/import")
                        .file(new MockMultipartFile("file", "a.txt", "text/plain", "abc".getBytes()))
                        .with(data.as(coordinator)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.model().attributeExists("uploadError"));
        byte[] template = mvc.perform(get("/planning/tasks/import-template").with(data.as(coordinator)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(TaskTableReader.read(template)).hasSize(2);
        UserAccount head = data.user(Role.UNIT_HEAD, justice.getId());
        mvc.perform(get("/planning/plans/" + plan.getId() + "/import").with(data.as(head))).andExpect(status().isForbidden());
    }

    private void assertRefused(byte[] file, String key) {
        assertThatThrownBy(() -> imports.upload(plan.getId(), "f.xlsx", file, COORDINATOR))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.getMessageKey()).isEqualTo(key));
    }

    private long taskCount() {
        return jdbc.sql("select count(*) from task where plan_id = ?").param(plan.getId()).query(Long.class).single();
    }

    /**
     * An annex as provinces lay it out: a title, a two-row header with "Đơn vị thực hiện" over "Chủ trì" and
     * "Phối hợp", the column numbers, a group heading, then the rows.
     */
    private static byte[] annex(Object[]... rows) throws IOException {
        XSSFWorkbook workbook = new XSSFWorkbook();
        Sheet sheet = workbook.createSheet("Phụ lục");
        sheet.createRow(0).createCell(0).setCellValue("PHỤ LỤC NHIỆM VỤ CẢI THIỆN CHỈ SỐ PAR INDEX NĂM 2026");
        Row top = sheet.createRow(2);
        Row below = sheet.createRow(3);
        String[] headers = {"STT", "Nội dung nhiệm vụ", "Đơn vị thực hiện", "", "Thời gian hoàn thành", "Sản phẩm", "Mã tiêu chí"};
        for (int c = 0; c < headers.length; c++) {
            top.createCell(c).setCellValue(headers[c]);
        }
        below.createCell(2).setCellValue("Chủ trì");
        below.createCell(3).setCellValue("Phối hợp");
        for (int c : new int[] {0, 1, 4, 5, 6}) {
            sheet.addMergedRegion(new CellRangeAddress(2, 3, c, c));
        }
        sheet.addMergedRegion(new CellRangeAddress(2, 2, 2, 3));
        Row numbers = sheet.createRow(4);
        for (int c = 0; c < 7; c++) {
            numbers.createCell(c).setCellValue("(" + (c + 1) + ")");
        }
        if (rows.length == 0) {
            return bytes(workbook);
        }
        Row heading = sheet.createRow(5);
        heading.createCell(0).setCellValue("I");
        heading.createCell(1).setCellValue("Công tác chỉ đạo, điều hành");
        CellStyle date = workbook.createCellStyle();
        date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
        for (int r = 0; r < rows.length; r++) {
            Row row = sheet.createRow(6 + r);
            for (int c = 0; c < rows[r].length; c++) {
                if (rows[r][c] instanceof LocalDate day) {
                    row.createCell(c).setCellValue(day);
                    row.getCell(c).setCellStyle(date);
                } else {
                    row.createCell(c).setCellValue((String) rows[r][c]);
                }
            }
        }
        return bytes(workbook);
    }

    private static byte[] bytes(XSSFWorkbook workbook) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        workbook.close();
        return out.toByteArray();
    }
}
