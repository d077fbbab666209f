package vn.reformtrack.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.reformtrack.shared.web.ConcurrentEditException;
import vn.reformtrack.shared.web.RuleViolationException;
import vn.reformtrack.support.IntegrationTest;
import vn.reformtrack.support.TestData;

@IntegrationTest
class UnitServiceTest {

    @Autowired
    UnitOptionsHtml unitOptions;

    @Autowired
    UnitService units;

    @Autowired
    UnitDirectory directory;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestData data;

    @Test
    void aUnitIsStoredWithItsSearchKeyAndAuditColumns() {
        Unit unit = units.create(new UnitCommand(TestData.unique("SNV"), "Sở Nội vụ thử", UnitType.DEPARTMENT, null));

        var row = jdbc.sql("select code, name, type, active, search_key, created_by, version from unit where id = ?")
                .param(unit.getId())
                .query((rs, i) -> new Object[] {
                    rs.getString("name"), rs.getString("type"), rs.getBoolean("active"), rs.getString("search_key"),
                    rs.getString("created_by"), rs.getLong("version")
                })
                .single();
        assertThat(row[0]).isEqualTo("Sở Nội vụ thử");
        assertThat(row[1]).isEqualTo("DEPARTMENT");
        assertThat(row[2]).isEqualTo(true);
        assertThat((String) row[3]).endsWith("so noi vu thu");
        assertThat(row[4]).isEqualTo("system");
        assertThat(row[5]).isEqualTo(0L);
    }

    @Test
    void codesAreUniqueWhateverTheirCase() {
        Unit first = data.department("Sở A");

        assertThatThrownBy(() -> units.create(new UnitCommand(first.getCode().toLowerCase(), "Sở B", UnitType.DEPARTMENT, null)))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.getField()).isEqualTo("code");
                    assertThat(e.getMessageKey()).isEqualTo("unit.error.codeTaken");
                });
    }

    @Test
    void aUnitCannotBecomeItsOwnAncestor() {
        Unit province = data.unit("UBND", UnitType.PROVINCE_PC, null);
        Unit department = data.unit("Sở", UnitType.DEPARTMENT, province.getId());
        Unit office = data.unit("Phòng", UnitType.OTHER, department.getId());

        assertThatThrownBy(() -> units.update(province.getId(), province.getVersion(),
                        new UnitCommand(province.getCode(), province.getName(), UnitType.PROVINCE_PC, office.getId())))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("unit.error.cycle"));
        assertThatThrownBy(() -> units.update(department.getId(), department.getVersion(),
                        new UnitCommand(department.getCode(), department.getName(), UnitType.DEPARTMENT, department.getId())))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("unit.error.cycle"));
        assertThat(units.get(province.getId()).getParentId()).isNull();
    }

    @Test
    void aUnitMovesUnderAnotherBranch() {
        Unit province = data.unit("UBND", UnitType.PROVINCE_PC, null);
        Unit first = data.unit("Sở một", UnitType.DEPARTMENT, province.getId());
        Unit second = data.unit("Sở hai", UnitType.DEPARTMENT, province.getId());

        units.update(second.getId(), second.getVersion(),
                new UnitCommand(second.getCode(), second.getName(), UnitType.DEPARTMENT, first.getId()));

        assertThat(directory.subtreeIds(first.getId())).containsExactlyInAnyOrder(first.getId(), second.getId());
        assertThat(directory.subtreeIds(province.getId())).hasSize(3);
    }

    @Test
    void aUnitWithActiveSubUnitsCannotBeDeactivatedButALeafCan() {
        Unit parent = data.unit("UBND", UnitType.PROVINCE_PC, null);
        Unit child = data.unit("Xã", UnitType.COMMUNE, parent.getId());

        assertThatThrownBy(() -> units.deactivate(parent.getId(), parent.getVersion()))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("unit.error.hasActiveChildren"));

        units.deactivate(child.getId(), child.getVersion());
        assertThat(units.get(child.getId()).isActive()).isFalse();
        units.deactivate(parent.getId(), parent.getVersion());
        assertThat(units.get(parent.getId()).isActive()).isFalse();
        assertThatThrownBy(() -> units.activate(child.getId(), units.get(child.getId()).getVersion()))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("unit.error.parentInactive"));
    }

    @Test
    void aStaleVersionIsRefusedNotOverwritten() {
        Unit unit = data.department("Sở cũ");
        units.update(unit.getId(), 0, new UnitCommand(unit.getCode(), "Tên thứ nhất", UnitType.DEPARTMENT, null));

        assertThatThrownBy(() -> units.update(unit.getId(), 0,
                        new UnitCommand(unit.getCode(), "Tên thứ hai", UnitType.DEPARTMENT, null)))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(units.get(unit.getId()).getName()).isEqualTo("Tên thứ nhất");
    }

    @Test
    void theListSearchesWithoutDiacriticsAndKeepsTreeOrder() {
        Unit province = data.unit("Tỉnh thử nghiệm", UnitType.PROVINCE_PC, null);
        Unit commune = data.unit("Xã Đồng Tâm", UnitType.COMMUNE, province.getId());
        Unit department = data.unit("Sở Tư pháp", UnitType.DEPARTMENT, province.getId());

        String typedWithoutDiacritics = "xa dong tam " + commune.getCode().toLowerCase();
        var found = units.search(new UnitFilter(typedWithoutDiacritics, null, null), PageRequest.of(0, 10)).getContent();
        assertThat(found).extracting(UnitRow::id).containsExactly(commune.getId());
        assertThat(found.get(0).parentName()).isEqualTo(province.getName());

        var tree = directory.tree(false).stream()
                .filter(row -> row.id() == province.getId() || province.getId().equals(row.parentId()))
                .toList();
        assertThat(tree).extracting(UnitRow::id).containsExactly(province.getId(), department.getId(), commune.getId());
        assertThat(tree).extracting(UnitRow::depth).containsExactly(0, 1, 1);
    }

    @Test
    void theDemoProvinceIsLoaded() {
        assertThat(directory.findByCode("STP")).get().extracting(UnitSummary::name).isEqualTo("Sở Tư pháp");
        assertThat(directory.findByCode("UBND")).get().extracting(UnitSummary::type).isEqualTo(UnitType.PROVINCE_PC);
    }

    /** The tree is kept between reads, and every change to a unit shows on the next read: added, renamed, moved, closed. */
    @Test
    void theTreeIsGivenAgainUntilAUnitChanges() {
        List<UnitRow> before = directory.tree(false);
        assertThat(directory.tree(false)).as("nothing changed: the kept tree").isSameAs(before);

        Unit parent = data.department("Sở Cây");
        Unit unit = units.create(new UnitCommand(TestData.unique("PB"), "Phòng thử", UnitType.DEPARTMENT, null));
        assertThat(directory.tree(false)).extracting(UnitRow::id).contains(unit.getId());

        units.update(unit.getId(), units.get(unit.getId()).getVersion(),
                new UnitCommand(unit.getCode(), "Phòng đã đổi tên", UnitType.DEPARTMENT, parent.getId()));
        assertThat(directory.tree(false)).filteredOn(row -> row.id() == unit.getId())
                .extracting(UnitRow::name, UnitRow::parentId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Phòng đã đổi tên", parent.getId()));

        units.deactivate(unit.getId(), units.get(unit.getId()).getVersion());
        assertThat(directory.tree(false)).extracting(UnitRow::id).doesNotContain(unit.getId());
        assertThat(directory.tree(true)).extracting(UnitRow::id).contains(unit.getId());
    }

    /** The filters' options: the tree's units escaped and indented, the chosen one selected, a rename on the next read. */
    @Test
    void theUnitsOptionsFollowTheTreeAndMarkTheChosenOne() {
        Unit unit = units.create(new UnitCommand(TestData.unique("PB"), "Phòng <Kế hoạch> & Đầu tư", UnitType.DEPARTMENT,
                null));
        String option = "<option value=\"" + unit.getId() + "\">Phòng &lt;Kế hoạch&gt; &amp; Đầu tư</option>";
        assertThat(unitOptions.options(false, null)).contains(option).doesNotContain("selected");
        assertThat(unitOptions.options(false, unit.getId()))
                .contains("<option value=\"" + unit.getId() + "\" selected>").containsOnlyOnce("selected");
        assertThat(unitOptions.options(false, -1L)).doesNotContain("selected");

        units.update(unit.getId(), units.get(unit.getId()).getVersion(),
                new UnitCommand(unit.getCode(), "Phòng đã đổi tên", UnitType.DEPARTMENT, null));
        assertThat(unitOptions.options(false, null)).contains(">Phòng đã đổi tên<").doesNotContain("Kế hoạch&gt;");

        units.deactivate(unit.getId(), units.get(unit.getId()).getVersion());
        assertThat(unitOptions.options(false, null)).doesNotContain("value=\"" + unit.getId() + "\"");
        assertThat(unitOptions.options(true, null)).contains("value=\"" + unit.getId() + "\"");
    }
}
