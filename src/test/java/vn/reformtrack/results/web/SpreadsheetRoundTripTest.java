package vn.reformtrack.results.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import vn.reformtrack.identity.Role;
import vn.reformtrack.identity.UserAccount;
import vn.reformtrack.indices.CatalogEditor;
import vn.reformtrack.indices.CriteriaEditor;
import vn.reformtrack.indices.CriteriaImport;
import vn.reformtrack.indices.CriterionKind;
import vn.reformtrack.indices.CriterionSummary;
import vn.reformtrack.indices.IndexCatalog;
import vn.reformtrack.organization.Unit;
import vn.reformtrack.results.IndexResults;
import vn.reformtrack.results.ResultCommand;
import vn.reformtrack.results.ResultEditor;
import vn.reformtrack.results.ResultSummary;
import vn.reformtrack.results.ResultsImport;
import vn.reformtrack.shared.imports.SpreadsheetImports;
import vn.reformtrack.support.IndexTestData;
import vn.reformtrack.support.IntegrationTest;
import vn.reformtrack.support.TestData;

/** What a page exports, a coordinator can import again: the export is in the import's own columns. */
@IntegrationTest
@WithMockUser(roles = "COORDINATOR")
class SpreadsheetRoundTripTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestData data;

    @Autowired
    SpreadsheetImports spreadsheets;

    @Autowired
    CriteriaImport criteriaImport;

    @Autowired
    ResultsImport resultsImport;

    @Autowired
    ResultEditor results;

    @Autowired
    IndexResults published;

    @Autowired
    IndexCatalog catalog;

    @Autowired
    CatalogEditor catalogEditor;

    @Autowired
    CriteriaEditor criteriaEditor;

    @Autowired
    JdbcClient jdbc;

    @Test
    void anExportedCriteriaTreeImportsIntoANewVersionUnchanged() throws Exception {
        IndexTestData indices = new IndexTestData(jdbc, catalogEditor, criteriaEditor);
        Unit lead = data.department("Sở chủ trì");
        Unit helper = data.department("Sở phối hợp");
        long source = indices.internalIndexWithVersion().getId();
        long area = indices.area(source, "1", "5").getId();
        criteriaEditor.create(source, area, IndexTestData.command("1.1", CriterionKind.CRITERION, "2.5", "0.25",
                lead.getId(), Set.of(helper.getId())));
        long target = indices.internalIndexWithVersion().getId();

        byte[] export = download("/indices/versions/" + source + "?format=xlsx");
        criteriaImport.commit(target, spreadsheets.read(export, CriteriaImport.COLUMNS));

        List<CriterionSummary> copied = catalog.tree(target);
        assertThat(copied).extracting(CriterionSummary::code).containsExactly("1", "1.1");
        CriterionSummary child = copied.get(1);
        assertThat(child.maxPoints()).isEqualByComparingTo("2.5");
        assertThat(child.scoreStep()).isEqualByComparingTo("0.25");
        assertThat(child.leadUnitId()).isEqualTo(lead.getId());
        assertThat(child.coordinatingUnitIds()).containsExactly(helper.getId());
        assertThat(child.kind()).isEqualTo(CriterionKind.CRITERION);
    }

    @Test
    void anExportedNationalTableImportsBackWithItsRanks() throws Exception {
        IndexTestData indices = new IndexTestData(jdbc, catalogEditor, criteriaEditor);
        String from = indices.nationalIndexWithVersion();
        String to = indices.nationalIndexWithVersion();
        results.create(from, 2023, new ResultCommand("22", new BigDecimal("92.18"), 1, null, null, null, null));
        results.create(from, 2023, new ResultCommand("49", null, 59, 63, null, null, null));

        byte[] export = download("/results/" + from + "/2023?format=xlsx");
        resultsImport.commit(to, 2023, spreadsheets.read(export, ResultsImport.COLUMNS));

        Map<String, ResultSummary> imported = new java.util.HashMap<>();
        published.nationalTable(to, 2023).forEach(r -> imported.put(r.jurisdictionCode(), r));
        assertThat(imported.get("22").total()).isEqualByComparingTo("92.18");
        assertThat(imported.get("22").rankText()).isEqualTo("1/63");
        assertThat(imported.get("49").rankText()).isEqualTo("59–63/63");
    }

    @Test
    void theLostPointsExportHasARowPerScoredCriterion() throws Exception {
        IndexTestData indices = new IndexTestData(jdbc, catalogEditor, criteriaEditor);
        String framework = indices.nationalIndexWithVersion();
        long version = indices.versionIdOf(framework);
        var area = indices.area(version, "1", "5");
        long first = indices.child(version, area, "1.1", "2").getId();
        indices.child(version, area, "1.2", "3");
        long result = results.create(framework, 2023, new ResultCommand("22", new BigDecimal("4"), 1, null, null, null, null)).getId();
        results.saveScores(result, results.result(result).getVersion(), Map.of(first, "1"), Map.of());

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
                download("/results/" + framework + "/2023/lost-points?format=xlsx")))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("1.1");
            assertThat(sheet.getRow(2).getCell(5).getNumericCellValue()).isEqualTo(1.0);
        }
    }

    /** As a signed-in coordinator; the test's own security context (which the request's filters clear) is kept. */
    private byte[] download(String url) throws Exception {
        SecurityContext testContext = SecurityContextHolder.getContext();
        UserAccount coordinator = data.user(Role.COORDINATOR, null);
        try {
            return mvc.perform(get(url).with(data.as(coordinator))).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsByteArray();
        } finally {
            SecurityContextHolder.setContext(testContext);
        }
    }

}
