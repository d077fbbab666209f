package vn.reformtrack.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.reformtrack.support.Spreadsheets.row;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import vn.reformtrack.indices.CatalogEditor;
import vn.reformtrack.indices.CriteriaEditor;
import vn.reformtrack.indices.Criterion;
import vn.reformtrack.shared.imports.ImportCheck;
import vn.reformtrack.shared.imports.ImportRejected;
import vn.reformtrack.shared.imports.ImportRow;
import vn.reformtrack.shared.imports.RowError;
import vn.reformtrack.shared.imports.SpreadsheetImports;
import vn.reformtrack.shared.web.RuleViolationException;
import vn.reformtrack.support.IndexTestData;
import vn.reformtrack.support.IntegrationTest;
import vn.reformtrack.support.Spreadsheets;

/**
 * National tables and criterion scores from .xlsx and .csv files: a good file is saved whole; every kind of bad file
 * is refused with a message and leaves nothing saved (rows are counted before and after).
 */
@IntegrationTest
@WithMockUser(roles = "COORDINATOR")
class ResultsImportTest {

    static final List<String> TABLE_HEADER = List.of("Tỉnh", "Điểm", "Thứ hạng", "Trên tổng số tỉnh", "Nguồn");
    static final List<String> SCORES_HEADER = List.of("Mã tiêu chí", "Điểm", "Ghi chú");

    @Autowired
    SpreadsheetImports spreadsheets;

    @Autowired
    ResultsImport tables;

    @Autowired
    ScoresImport scores;

    @Autowired
    IndexResults results;

    @Autowired
    CatalogEditor catalogEditor;

    @Autowired
    CriteriaEditor criteriaEditor;

    @Autowired
    JdbcClient jdbc;

    String framework;
    long versionId;
    IndexTestData indices;

    @BeforeEach
    void aNationalIndexOfOurOwn() {
        indices = new IndexTestData(jdbc, catalogEditor, criteriaEditor);
        framework = indices.nationalIndexWithVersion();
        versionId = indices.versionIdOf(framework);
    }

    @Test
    void aCompleteTableFromAWorkbookIsSavedAndRankedWithTies() {
        List<ImportRow> rows = spreadsheets.read(Spreadsheets.xlsx(TABLE_HEADER, List.of(
                row("22", "92,18", "", "3", "Quyết định 1/QĐ-BNV"),
                row("hai phong", "91.5", "", "3", ""),
                row("Thành phố Hà Nội", "91,5", "", "3", ""))), ResultsImport.COLUMNS);

        assertThat(tables.check(framework, 2023, rows).hasErrors()).isFalse();
        assertThat(tables.commit(framework, 2023, rows)).isEqualTo(3);

        assertThat(results.nationalTable(framework, 2023))
                .extracting(ResultSummary::jurisdictionCode, ResultSummary::rank, ResultSummary::rankComputed)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("22", 1, true),
                        org.assertj.core.groups.Tuple.tuple("01", 2, true),
                        org.assertj.core.groups.Tuple.tuple("31", 2, true));
    }

    @Test
    void thePapi2024TableImportsAsPublishedWithThuaThienHueUnderItsFormerName() {
        List<List<String>> published = new ArrayList<>();
        List<String> names = JurisdictionMatcherTest.PAPI_2024_NAMES.subList(0, 61);
        for (int i = 0; i < names.size(); i++) {
            published.add(row(names.get(i), String.format("%.2f", 47.82 - i * 0.1).replace('.', ','), "", "63",
                    "Báo cáo PAPI 2024"));
        }
        List<ImportRow> rows = spreadsheets.read(Spreadsheets.xlsx(TABLE_HEADER, published), ResultsImport.COLUMNS);

        ImportCheck<ResultsImport.Plan> check = tables.check(framework, 2024, rows);

        assertThat(check.errors()).isEmpty();
        assertThat(tables.commit(framework, 2024, rows)).isEqualTo(61);
        assertThat(results.jurisdiction("46").flatMap(hue -> results.nationalTable(framework, 2024).stream()
                .filter(row -> row.jurisdictionId() == hue.id()).findFirst())).isPresent();
    }

    @Test
    void aCsvWithBomSemicolonsAndDecimalCommasIsReadAsExcelWritesIt() {
        byte[] file = Spreadsheets.csv(';', true, StandardCharsets.UTF_8, TABLE_HEADER, List.of(
                row("Quảng Ninh", "90,1", "1", "", "Báo Quảng Ninh"),
                row("Lạng Sơn", "81,45", "54", "", "")));

        List<ImportRow> rows = spreadsheets.read(file, ResultsImport.COLUMNS);
        tables.commit(framework, 2022, rows);

        ResultSummary own = results.nationalTable(framework, 2022).get(0);
        assertThat(own.jurisdictionName()).isEqualTo("Tỉnh Quảng Ninh");
        assertThat(own.total()).isEqualByComparingTo("90.1");
        assertThat(own.ofTotal()).isEqualTo(63);
        assertThat(own.source()).isEqualTo("Báo Quảng Ninh");
    }

    @Test
    void anUnknownProvinceADuplicateRowAndARankBeyondTheTableSaveNothing() {
        long before = resultCount();
        List<ImportRow> rows = spreadsheets.read(Spreadsheets.csv(TABLE_HEADER, List.of(
                row("22", "90", "1", "63", ""),
                row("Tỉnh Không Có", "85", "2", "63", ""),
                row("quang ninh", "89", "3", "63", ""),
                row("31", "120", "64", "63", ""),
                row("01", "abc", "", "63", ""))), ResultsImport.COLUMNS);

        ImportCheck<ResultsImport.Plan> check = tables.check(framework, 2023, rows);

        assertThat(check.errors()).extracting(RowError::row, RowError::messageKey).contains(
                org.assertj.core.groups.Tuple.tuple(3, "result.error.unknownProvince"),
                org.assertj.core.groups.Tuple.tuple(4, "import.error.duplicate"),
                org.assertj.core.groups.Tuple.tuple(5, "result.error.aboveMax"),
                org.assertj.core.groups.Tuple.tuple(5, "result.error.rankBeyond"),
                org.assertj.core.groups.Tuple.tuple(6, "import.error.notANumber"));
        assertThatThrownBy(() -> tables.commit(framework, 2023, rows)).isInstanceOf(ImportRejected.class);
        assertThat(resultCount()).isEqualTo(before);
    }

    @Test
    void theOwnProvincesScoresComeFromAFileAndBadOnesSaveNothing() {
        Criterion area = indices.area(versionId, "1", "5");
        Criterion planning = indices.child(versionId, area, "1.1", "2", "0.25");
        indices.child(versionId, area, "1.2", "3");
        tables.commit(framework, 2023, spreadsheets.read(Spreadsheets.csv(TABLE_HEADER,
                List.of(row("22", "4", "1", "", ""))), ResultsImport.COLUMNS));
        long before = scoreCount();

        List<ImportRow> bad = spreadsheets.read(Spreadsheets.xlsx(SCORES_HEADER, List.of(
                row("1.1", "1,75", ""),
                row("1.2", "3,5", ""),
                row("9.9", "1", ""),
                row("1.1", "1", ""),
                row("1", "4", ""))), ScoresImport.COLUMNS);
        ImportCheck<ScoresImport.Plan> check = scores.check(framework, 2023, bad);

        assertThat(check.errors()).extracting(RowError::row, RowError::messageKey).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(4, "score.error.aboveMax"),
                org.assertj.core.groups.Tuple.tuple(5, "score.error.unknownCode"),
                org.assertj.core.groups.Tuple.tuple(6, "import.error.duplicate"),
                org.assertj.core.groups.Tuple.tuple(7, "score.error.notScored"));
        assertThatThrownBy(() -> scores.commit(framework, 2023, bad)).isInstanceOf(ImportRejected.class);
        assertThat(scoreCount()).isEqualTo(before);

        scores.commit(framework, 2023, spreadsheets.read(Spreadsheets.xlsx(SCORES_HEADER,
                List.of(row("1.1", "1,75", "ghi chú"), row("1.2", "3", ""))), ScoresImport.COLUMNS));
        assertThat(scoreCount()).isEqualTo(before + 2);
        assertThat(results.ownCriterionScores(framework, 2023)).containsEntry(planning.getId(), new java.math.BigDecimal("1.7500"));
    }

    @Test
    void aFileWithoutTheExpectedHeaderIsRefused() {
        assertRefused(Spreadsheets.csv(List.of("Mã", "Tên", "Giá trị"), List.of(row("22", "Quảng Ninh", "90"))),
                "import.error.header");
    }

    @Test
    void aFileThatIsNotASpreadsheetIsRefusedWhateverItsName() {
        assertRefused(Spreadsheets.png(), "import.error.notSpreadsheet");
        assertRefused("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1), "import.error.notSpreadsheet");
        assertRefused(new byte[] {0x50, 0x4B, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8}, "import.error.notSpreadsheet");
        assertRefused(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0}, "import.error.oldExcel");
    }

    @Test
    void anEmptyFileOrOneWithOnlyAHeaderIsRefused() {
        assertRefused(new byte[0], "import.error.empty");
        assertRefused("\n\n".getBytes(StandardCharsets.UTF_8), "import.error.empty");
        assertRefused(Spreadsheets.csv(TABLE_HEADER, List.of()), "import.error.noRows");
    }

    @Test
    void vietnameseTextInALegacyEncodingIsRefusedRatherThanGarbled() {
        byte[] file = Spreadsheets.csv(',', false, Charset.forName("windows-1258"), TABLE_HEADER,
                List.of(row("Quảng Ninh", "90", "", "", "")));
        assertRefused(file, "import.error.encoding");
    }

    @Test
    void aHugeFileIsRefusedBeforeItIsSaved() {
        List<List<String>> many = new ArrayList<>();
        for (int i = 0; i < SpreadsheetImports.MAX_ROWS + 1; i++) {
            many.add(row("22", "90", "", "", ""));
        }
        assertRefused(Spreadsheets.csv(TABLE_HEADER, many), "import.error.tooManyRows");
        assertRefused(new byte[SpreadsheetImports.MAX_BYTES + 1], "import.error.tooLarge");
    }

    private void assertRefused(byte[] file, String key) {
        long before = resultCount();
        assertThatThrownBy(() -> spreadsheets.read(file, ResultsImport.COLUMNS))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo(key);
                    assertThat(e.getField()).isEqualTo("file");
                });
        assertThat(resultCount()).isEqualTo(before);
    }

    private long resultCount() {
        return jdbc.sql("select count(*) from index_result").query(Long.class).single();
    }

    private long scoreCount() {
        return jdbc.sql("select count(*) from criterion_score").query(Long.class).single();
    }
}
