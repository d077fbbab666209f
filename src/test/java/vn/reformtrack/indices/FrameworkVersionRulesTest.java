package vn.reformtrack.indices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import vn.reformtrack.shared.web.RuleViolationException;
import vn.reformtrack.support.IndexTestData;
import vn.reformtrack.support.IntegrationTest;
import vn.reformtrack.support.TestData;

/** Frameworks and methodology versions: the years they claim, their legal basis, who may change them. */
@IntegrationTest
class FrameworkVersionRulesTest {

    @Autowired
    CatalogEditor editor;

    @Autowired
    CriteriaEditor criteria;

    @Autowired
    IndexCatalog catalog;

    @Autowired
    JdbcClient jdbc;

    @Test
    @WithMockUser(roles = "COORDINATOR")
    void aProvinceIndexScoresUnitsAndKeepsItsCodeUnique() {
        String code = TestData.unique("DDCI").replace('-', '_');
        IndexFramework framework = editor.createFramework(new FrameworkCommand(code, "Chỉ số DDCI", null, IndexScale.POINTS));

        assertThat(catalog.framework(code)).get().extracting(FrameworkSummary::subject).isEqualTo(IndexSubject.UNIT);
        assertThatThrownBy(() -> editor.createFramework(new FrameworkCommand(code.toLowerCase(), "Khác", null, IndexScale.PERCENT)))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("framework.error.codeTaken"));
        editor.deactivateFramework(framework.getId(), framework.getVersion());
        assertThat(catalog.framework(code)).get().extracting(FrameworkSummary::active).isEqualTo(false);
    }

    @Test
    @WithMockUser(roles = "COORDINATOR")
    void versionsInForceMayNotClaimTheSameYear() {
        FrameworkVersion first = indices().internalIndexWithVersion();
        long frameworkId = editor.version(first.getId()).getFramework().getId();

        assertThatThrownBy(() -> editor.createVersion(frameworkId, IndexTestData.version("V2", 2025, 2030), null))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("version.error.overlap");
                    assertThat(e.getField()).isEqualTo("validFromYear");
                });
        editor.updateVersion(first.getId(), first.getVersion(), new VersionCommand(first.getLabel(), "876/QĐ-BNV", null,
                2020, 2024, new BigDecimal("100")));
        FrameworkVersion second = editor.createVersion(frameworkId, IndexTestData.version("V2", 2025, null), null);

        assertThat(catalog.versionFor(editor.version(first.getId()).getFramework().getCode(), 2026))
                .get().extracting(VersionSummary::id).isEqualTo(second.getId());
    }

    @Test
    @WithMockUser(roles = "COORDINATOR")
    void aRetiredVersionFreesItsYearsAndCannotComeBackOverAnother() {
        FrameworkVersion first = indices().internalIndexWithVersion();
        long frameworkId = editor.version(first.getId()).getFramework().getId();
        editor.retireVersion(first.getId(), first.getVersion());
        editor.createVersion(frameworkId, IndexTestData.version("V2", 2020, null), null);

        assertThatThrownBy(() -> editor.reinstateVersion(first.getId(), editor.version(first.getId()).getVersion()))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("version.error.overlap"));
        assertThatThrownBy(() -> indices().area(first.getId(), "1", "10"))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("criterion.error.versionRetired"));
    }

    @Test
    @WithMockUser(roles = "COORDINATOR")
    void badLegalBasisAndReversedYearsAreRefusedWithClearMessages() {
        FrameworkVersion first = indices().internalIndexWithVersion();
        long frameworkId = editor.version(first.getId()).getFramework().getId();

        assertThatThrownBy(() -> editor.createVersion(frameworkId,
                        new VersionCommand("Sai", "876 QĐ BNV", null, 2040, null, null), null))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("version.error.legalBasis"));
        assertThatThrownBy(() -> editor.createVersion(frameworkId,
                        new VersionCommand("Ngược", "30/2020/NĐ-CP", null, 2045, 2041, null), null))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("version.error.yearsReversed"));
        assertThat(LegalBasis.isWellFormed("205/KH-UBND")).isTrue();
        assertThat(LegalBasis.isWellFormed("123/UBND-NC")).isTrue();
        assertThat(LegalBasis.isWellFormed("QĐ-BNV")).isFalse();
    }

    @Test
    @WithMockUser(roles = "COORDINATOR")
    void aMaximumTooLargeOrTooPreciseToKeepIsRefusedNotA500() {
        FrameworkVersion first = indices().internalIndexWithVersion();
        long frameworkId = editor.version(first.getId()).getFramework().getId();
        long before = jdbc.sql("select count(*) from framework_version where framework_id = ?").param(frameworkId)
                .query(Long.class).single();

        for (String maximum : new String[] {"1000000", "99999999", "100.0005"}) {
            assertThatThrownBy(() -> editor.createVersion(frameworkId, new VersionCommand("Lớn " + maximum,
                            "876/QĐ-BNV", null, 2050, null, new java.math.BigDecimal(maximum)), null))
                    .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                        assertThat(e.getField()).isEqualTo("maxTotal");
                        assertThat(e.getMessageKey()).isEqualTo("version.error.maxTotalDigits");
                    });
            assertThatThrownBy(() -> editor.updateVersion(first.getId(), editor.version(first.getId()).getVersion(),
                            new VersionCommand(first.getLabel(), "876/QĐ-BNV", null, 2020, null,
                                    new java.math.BigDecimal(maximum))))
                    .isInstanceOf(RuleViolationException.class);
        }
        assertThat(jdbc.sql("select count(*) from framework_version where framework_id = ?").param(frameworkId)
                .query(Long.class).single()).isEqualTo(before);
        assertThat(editor.version(first.getId()).getMaxTotal()).isEqualByComparingTo("100");
    }

    @Test
    @WithMockUser(roles = "LEADER")
    void leadersReadCatalogsButCannotChangeThem() {
        assertThat(catalog.frameworks()).isNotEmpty();
        assertThatThrownBy(() -> editor.createFramework(new FrameworkCommand("X_" + System.nanoTime(), "X", null, IndexScale.POINTS)))
                .isInstanceOf(AccessDeniedException.class);
    }

    private IndexTestData indices() {
        return new IndexTestData(jdbc, editor, criteria);
    }
}
