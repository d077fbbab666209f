package vn.reformtrack.indices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.reformtrack.support.Spreadsheets.row;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import vn.reformtrack.organization.Unit;
import vn.reformtrack.shared.imports.ImportCheck;
import vn.reformtrack.shared.imports.ImportRejected;
import vn.reformtrack.shared.imports.ImportRow;
import vn.reformtrack.shared.imports.RowError;
import vn.reformtrack.shared.imports.SpreadsheetImports;
import vn.reformtrack.support.IndexTestData;
import vn.reformtrack.support.IntegrationTest;
import vn.reformtrack.support.Spreadsheets;
import vn.reformtrack.support.TestData;

/** Criteria trees from a spreadsheet, in the columns the tree exports: all rows or none. */
@IntegrationTest
@WithMockUser(roles = "COORDINATOR")
class CriteriaImportTest {

    static final List<String> HEADER = List.of("Mã tiêu chí", "Mã tiêu chí cha", "Tên tiếng Việt", "Name in English",
            "Cấp", "Điểm tối đa", "Bước điểm", "Cách đánh giá", "Đơn vị chủ trì", "Đơn vị phối hợp");

    @Autowired
    CriteriaImport imports;

    @Autowired
    SpreadsheetImports spreadsheets;

    @Autowired
    IndexCatalog catalog;

    @Autowired
    CatalogEditor catalogEditor;

    @Autowired
    CriteriaEditor criteriaEditor;

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    long versionId;

    @BeforeEach
    void aVersionOfOurOwn() {
        versionId = new IndexTestData(jdbc, catalogEditor, criteriaEditor).internalIndexWithVersion().getId();
    }

    @Test
    void aTreeIsImportedWithUnitsNamedByCodeOrNameAndChildrenBeforeTheirParentsInTheFile() {
        Unit justice = data.department("Sở Tư pháp thử");
        Unit office = data.department("Văn phòng thử");
        List<ImportRow> rows = spreadsheets.read(Spreadsheets.xlsx(HEADER, List.of(
                row("1.1", "1", "Xây dựng văn bản", "Drafting", "Tiêu chí", "2,5", "0,25", "tu danh gia, tham dinh",
                        justice.getCode(), office.getName().toUpperCase()),
                row("1", "", "Cải cách thể chế", "", "Lĩnh vực", "5", "", "SELF_ASSESSED", "", ""),
                row("1.2", "1", "Theo dõi thi hành", "", "", "2.5", "", "", "", ""))), CriteriaImport.COLUMNS);

        assertThat(imports.commit(versionId, rows)).isEqualTo(3);

        List<CriterionSummary> tree = catalog.tree(versionId);
        assertThat(tree).extracting(CriterionSummary::code).containsExactly("1", "1.1", "1.2");
        CriterionSummary drafting = tree.get(1);
        assertThat(drafting.maxPoints()).isEqualByComparingTo("2.5");
        assertThat(drafting.scoreStep()).isEqualByComparingTo("0.25");
        assertThat(drafting.leadUnitId()).isEqualTo(justice.getId());
        assertThat(drafting.coordinatingUnitIds()).containsExactly(office.getId());
        assertThat(drafting.assessment()).isEqualTo(AssessmentMethod.SELF_ASSESSED);
        assertThat(tree.get(2).kind()).isEqualTo(CriterionKind.CRITERION);
        assertThat(catalog.checkedTree(versionId).nodes().get(0).childrenMismatch()).isFalse();
    }

    @Test
    void aKnownCodeIsUpdatedInPlace() {
        imports.commit(versionId, spreadsheets.read(Spreadsheets.csv(HEADER,
                List.of(row("1", "", "Cũ", "", "", "5", "", "", "", ""))), CriteriaImport.COLUMNS));
        List<ImportRow> again = spreadsheets.read(Spreadsheets.csv(HEADER,
                List.of(row("1", "", "Mới", "", "", "6", "", "", "", ""))), CriteriaImport.COLUMNS);

        assertThat(imports.check(versionId, again).planFor(again.get(0)).update()).isTrue();
        imports.commit(versionId, again);
        assertThat(catalog.tree(versionId)).singleElement().satisfies(c -> {
            assertThat(c.nameVi()).isEqualTo("Mới");
            assertThat(c.maxPoints()).isEqualByComparingTo("6");
        });
    }

    @Test
    void codesThatBreakTheTreeUnknownUnitsAndDuplicatesSaveNothing() {
        List<ImportRow> rows = spreadsheets.read(Spreadsheets.csv(HEADER, List.of(
                row("1", "", "Lĩnh vực", "", "", "5", "", "", "", ""),
                row("2.1", "1", "Sai mã", "", "", "1", "", "", "", ""),
                row("1.1", "9", "Cha không có", "", "", "1", "", "", "", ""),
                row("1.2", "1", "Đơn vị lạ", "", "", "1", "", "", "Sở Không Tồn Tại", ""),
                row("1", "", "Trùng", "", "", "-2", "", "", "", ""))), CriteriaImport.COLUMNS);

        ImportCheck<CriteriaImport.Plan> check = imports.check(versionId, rows);

        assertThat(check.errors()).extracting(RowError::row, RowError::messageKey).contains(
                org.assertj.core.groups.Tuple.tuple(3, "criterion.error.codeNotUnderParent"),
                org.assertj.core.groups.Tuple.tuple(4, "import.error.unknownParent"),
                org.assertj.core.groups.Tuple.tuple(5, "import.error.unknownUnit"),
                org.assertj.core.groups.Tuple.tuple(6, "import.error.duplicate"));
        assertThatThrownBy(() -> imports.commit(versionId, rows)).isInstanceOf(ImportRejected.class);
        assertThat(catalog.tree(versionId)).isEmpty();
    }
}
