package vn.reformtrack.indices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import vn.reformtrack.organization.Unit;
import vn.reformtrack.organization.UnitService;
import vn.reformtrack.shared.web.ConcurrentEditException;
import vn.reformtrack.shared.web.RuleViolationException;
import vn.reformtrack.support.IndexTestData;
import vn.reformtrack.support.IntegrationTest;
import vn.reformtrack.support.TestData;

/** The rules of a criteria tree, through the editor a coordinator uses, read back from the database. */
@IntegrationTest
@WithMockUser(roles = "COORDINATOR")
class CriteriaTreeRulesTest {

    @Autowired
    CriteriaEditor editor;

    @Autowired
    CatalogEditor catalogEditor;

    @Autowired
    IndexCatalog catalog;

    @Autowired
    UnitService units;

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;

    IndexTestData indices;
    long versionId;

    @BeforeEach
    void aVersionOfOurOwn() {
        indices = new IndexTestData(jdbc, catalogEditor, editor);
        versionId = indices.internalIndexWithVersion().getId();
    }

    @Test
    void aChildsCodeMustExtendItsParents() {
        Criterion area = indices.area(versionId, "D1", "10");

        assertThat(indices.child(versionId, area, "D1.1", "5").getCode()).isEqualTo("D1.1");
        assertRefused(() -> indices.child(versionId, area, "D2.1", "5"), "criterion.error.codeNotUnderParent");
        assertRefused(() -> indices.child(versionId, area, "D11", "5"), "criterion.error.codeNotUnderParent");
        assertRefused(() -> indices.child(versionId, area, "D1..2", "5"), "criterion.error.codeFormat");
    }

    @Test
    void codesAreUniqueInAVersionButNotAcrossVersions() {
        indices.area(versionId, "1", "10");

        assertRefused(() -> indices.area(versionId, "1", "5"), "criterion.error.codeTaken");
        long other = indices.internalIndexWithVersion().getId();
        assertThat(indices.area(other, "1", "5").getVersionId()).isEqualTo(other);
    }

    @Test
    void maximaAreNeverNegativeAndStepsArePositive() {
        assertRefused(() -> indices.area(versionId, "1", "-1"), "criterion.error.negative");
        Criterion area = indices.area(versionId, "2", "0");
        assertRefused(() -> indices.child(versionId, area, "2.1", "1", "0"), "criterion.error.positive");
    }

    @Test
    void aCriterionCannotMoveUnderItsOwnBranch() {
        Criterion area = indices.area(versionId, "1", "10");
        Criterion child = indices.child(versionId, area, "1.1", "5");
        Criterion grandChild = indices.child(versionId, child, "1.1.1", "5");

        assertThatThrownBy(() -> editor.move(area.getId(), editor.criterion(area.getId()).getVersion(), grandChild.getId(), "1.1.1.1"))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("criterion.error.cycle"));
        assertThatThrownBy(() -> editor.move(area.getId(), editor.criterion(area.getId()).getVersion(), area.getId(), "1.1"))
                .isInstanceOf(RuleViolationException.class);
        assertThat(editor.criterion(area.getId()).getParentId()).isNull();
    }

    @Test
    void movingABranchRenamesItsSubCriteria() {
        Criterion first = indices.area(versionId, "1", "10");
        Criterion second = indices.area(versionId, "2", "10");
        Criterion moving = indices.child(versionId, first, "1.2", "5");
        indices.child(versionId, moving, "1.2.1", "2");
        indices.child(versionId, moving, "1.2.2", "3");

        editor.move(moving.getId(), editor.criterion(moving.getId()).getVersion(), second.getId(), "2.4");

        assertThat(catalog.tree(versionId)).extracting(CriterionSummary::code)
                .containsExactly("1", "2", "2.4", "2.4.1", "2.4.2");
        assertThat(catalog.findCriterion(versionId, "2.4.1").orElseThrow().parentId()).isEqualTo(moving.getId());
    }

    @Test
    void renamingACodeToOneTakenInTheBranchIsRefusedAndChangesNothing() {
        Criterion area = indices.area(versionId, "1", "10");
        Criterion child = indices.child(versionId, area, "1.1", "5");
        indices.child(versionId, area, "1.2", "5");

        assertThatThrownBy(() -> editor.update(child.getId(), child.getVersion(), IndexTestData.command("1.2",
                        CriterionKind.CRITERION, "5", null, null, Set.of())))
                .isInstanceOf(RuleViolationException.class);
        assertThat(catalog.tree(versionId)).extracting(CriterionSummary::code).containsExactly("1", "1.1", "1.2");
    }

    @Test
    void aNewCodeThatWouldMakeASubCriterionsCodeTooLongIsRefusedAndChangesNothing() {
        Criterion area = indices.area(versionId, "1", "10");
        Criterion child = indices.child(versionId, area, "1.1", "5");
        indices.child(versionId, child, "1.1.1", "5");
        Criterion other = indices.area(versionId, "2", "10");
        String longest = "A".repeat(30);

        assertRefused(() -> editor.update(area.getId(), area.getVersion(), IndexTestData.command(longest,
                CriterionKind.AREA, "10", null, null, Set.of())), "criterion.error.branchCodeTooLong");
        assertRefused(() -> editor.move(child.getId(), editor.criterion(child.getId()).getVersion(), other.getId(),
                "2." + "B".repeat(27)), "criterion.error.branchCodeTooLong");
        assertThat(codes()).containsExactly("1", "1.1", "1.1.1", "2");
    }

    @Test
    void theLeadUnitMustBeActiveAndCannotAlsoCoordinate() {
        Unit lead = data.department("Sở chủ trì");
        Unit other = data.department("Sở phối hợp");
        Unit closed = data.department("Sở đã giải thể");
        units.deactivate(closed.getId(), closed.getVersion());

        assertRefused(() -> editor.create(versionId, null, IndexTestData.command("1", CriterionKind.AREA, "10", null,
                lead.getId(), Set.of(lead.getId(), other.getId()))), "criterion.error.leadAlsoCoordinating");
        assertRefused(() -> editor.create(versionId, null, IndexTestData.command("1", CriterionKind.AREA, "10", null,
                closed.getId(), Set.of())), "criterion.error.unitInactive");
        Criterion saved = editor.create(versionId, null, IndexTestData.command("1", CriterionKind.AREA, "10", null,
                lead.getId(), Set.of(other.getId())));

        CriterionSummary read = catalog.criterion(saved.getId()).orElseThrow();
        assertThat(read.leadUnitId()).isEqualTo(lead.getId());
        assertThat(read.coordinatingUnitIds()).containsExactly(other.getId());
    }

    @Test
    void retiringANodeWithActiveChildrenNeedsTheWholeBranchConfirmed() {
        Criterion area = indices.area(versionId, "1", "10");
        Criterion child = indices.child(versionId, area, "1.1", "5");

        assertRefused(() -> editor.retire(area.getId(), area.getVersion(), false), "criterion.error.activeChildren");
        assertThat(catalog.criterion(child.getId()).orElseThrow().retired()).isFalse();

        assertThat(editor.retire(area.getId(), area.getVersion(), true)).isEqualTo(2);
        assertThat(catalog.tree(versionId)).allMatch(CriterionSummary::retired);
        assertRefused(() -> editor.reinstate(child.getId(), editor.criterion(child.getId()).getVersion()),
                "criterion.error.parentRetired");
        assertThat(catalog.isAssignable(child.getId())).isFalse();
    }

    @Test
    void siblingsAreReorderedUpAndDown() {
        Criterion area = indices.area(versionId, "1", "10");
        indices.child(versionId, area, "1.1", "5");
        Criterion second = indices.child(versionId, area, "1.2", "5");
        indices.child(versionId, area, "1.3", "5");

        editor.moveUp(second.getId());
        assertThat(codes()).containsExactly("1", "1.2", "1.1", "1.3");
        editor.moveUp(second.getId());
        assertThat(codes()).containsExactly("1", "1.2", "1.1", "1.3");
        editor.moveDown(second.getId());
        editor.moveDown(second.getId());
        assertThat(codes()).containsExactly("1", "1.1", "1.3", "1.2");
    }

    @Test
    void theTreeWarnsWhereChildrenDoNotAddUpToTheirParentOrAreasToTheTotal() {
        Criterion area = indices.area(versionId, "1", "10");
        indices.child(versionId, area, "1.1", "4");
        indices.child(versionId, area, "1.2", "4.5");
        indices.area(versionId, "2", "20");

        CriteriaTree tree = catalog.checkedTree(versionId);

        CriteriaTree.Node first = tree.nodes().get(0);
        assertThat(first.childrenMismatch()).isTrue();
        assertThat(first.childrenSum()).isEqualByComparingTo("8.5");
        assertThat(tree.areasMismatch()).isTrue();
        assertThat(tree.areasSum()).isEqualByComparingTo("30");
        assertThat(tree.nodes()).filteredOn(node -> node.criterion().code().equals("2"))
                .singleElement().extracting(CriteriaTree.Node::childrenMismatch).isEqualTo(false);
    }

    @Test
    void aStaleEditIsRefusedNotOverwritten() {
        Criterion area = indices.area(versionId, "1", "10");
        editor.update(area.getId(), 0, IndexTestData.command("1", CriterionKind.AREA, "12", null, null, Set.of()));

        assertThatThrownBy(() -> editor.update(area.getId(), 0,
                        IndexTestData.command("1", CriterionKind.AREA, "15", null, null, Set.of())))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(catalog.criterion(area.getId()).orElseThrow().maxPoints()).isEqualByComparingTo(new BigDecimal("12"));
    }

    @Test
    void aNewVersionStartsFromACopyOfTheActiveTree() {
        Criterion area = indices.area(versionId, "1", "10");
        indices.child(versionId, area, "1.1", "5");
        Criterion retired = indices.child(versionId, area, "1.2", "5");
        editor.retire(retired.getId(), retired.getVersion(), false);
        long frameworkId = catalogEditor.version(versionId).getFramework().getId();
        catalogEditor.retireVersion(versionId, catalogEditor.version(versionId).getVersion());

        FrameworkVersion copy = catalogEditor.createVersion(frameworkId, IndexTestData.version("V2", 2020, null), versionId);

        List<CriterionSummary> copied = catalog.tree(copy.getId());
        assertThat(copied).extracting(CriterionSummary::code).containsExactly("1", "1.1");
        assertThat(copied.get(1).parentId()).isEqualTo(copied.get(0).id());
    }

    private List<String> codes() {
        return catalog.tree(versionId).stream().map(CriterionSummary::code).toList();
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(RuleViolationException.class,
                e -> assertThat(e.getMessageKey()).isEqualTo(key));
    }
}
