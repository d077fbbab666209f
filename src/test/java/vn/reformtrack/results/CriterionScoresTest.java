package vn.reformtrack.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import vn.reformtrack.indices.CatalogEditor;
import vn.reformtrack.indices.CriteriaEditor;
import vn.reformtrack.indices.Criterion;
import vn.reformtrack.shared.web.ConcurrentEditException;
import vn.reformtrack.support.IndexTestData;
import vn.reformtrack.support.IntegrationTest;

/** The own province's score per criterion: checked one by one, saved all together or not at all, never overwritten. */
@IntegrationTest
@WithMockUser(roles = "COORDINATOR")
class CriterionScoresTest {

    @Autowired
    ResultEditor editor;

    @Autowired
    ResultAnalysis analysis;

    @Autowired
    CatalogEditor catalogEditor;

    @Autowired
    CriteriaEditor criteriaEditor;

    @Autowired
    JdbcClient jdbc;

    String framework;
    long resultId;
    Criterion planning;
    Criterion reporting;
    Criterion area;

    @BeforeEach
    void aResultWithCriteria() {
        IndexTestData indices = new IndexTestData(jdbc, catalogEditor, criteriaEditor);
        framework = indices.nationalIndexWithVersion();
        long versionId = indices.versionIdOf(framework);
        area = indices.area(versionId, "1", "5");
        planning = indices.child(versionId, area, "1.1", "2", "0.25");
        reporting = indices.child(versionId, area, "1.2", "3");
        resultId = editor.create(framework, 2023, ResultRulesTest.result("22", "4", 1, null)).getId();
    }

    @Test
    void scoresAreReadWithADecimalCommaOrPointAndShowWhereThePointsWereLost() {
        editor.saveScores(resultId, version(), Map.of(planning.getId(), "1,5", reporting.getId(), "2.5"), Map.of());

        LostPoints lost = analysis.lostPoints(framework, 2023, null);
        assertThat(lost.rows()).extracting(row -> row.criterion().code()).containsExactly("1.1", "1.2");
        assertThat(lost.rows().get(0).lost()).isEqualByComparingTo("0.5");
        assertThat(lost.rows().get(1).lost()).isEqualByComparingTo("0.5");
        assertThat(lost.totalLost()).isEqualByComparingTo("1");
        assertThat(lost.scored()).isEqualTo(2);
    }

    @Test
    void aScoreAboveItsMaximumOffItsStepOrNotANumberRefusesTheWholeSheet() {
        assertThatThrownBy(() -> editor.saveScores(resultId, version(),
                        Map.of(planning.getId(), "1,3", reporting.getId(), "3.5"), Map.of()))
                .isInstanceOfSatisfying(ScoresRejected.class, e -> {
                    assertThat(e.violations().get(planning.getId()).getMessageKey()).isEqualTo("score.error.step");
                    assertThat(e.violations().get(reporting.getId()).getMessageKey()).isEqualTo("score.error.aboveMax");
                });
        assertThatThrownBy(() -> editor.saveScores(resultId, version(),
                        Map.of(planning.getId(), "1.5", reporting.getId(), "hai"), Map.of()))
                .isInstanceOf(ScoresRejected.class);
        assertThatThrownBy(() -> editor.saveScores(resultId, version(), Map.of(area.getId(), "4"), Map.of()))
                .isInstanceOfSatisfying(ScoresRejected.class, e -> assertThat(e.violations().get(area.getId())
                        .getMessageKey()).isEqualTo("score.error.notScored"));

        assertThat(storedScores()).isZero();
    }

    @Test
    void aSaveFromAStalePageIsRefusedAndTheNewerScoresStay() {
        long opened = version();
        editor.saveScores(resultId, opened, Map.of(planning.getId(), "2"), Map.of());

        assertThatThrownBy(() -> editor.saveScores(resultId, opened, Map.of(planning.getId(), "1"), Map.of()))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(jdbc.sql("select score from criterion_score where result_id = ? and criterion_id = ?")
                .params(resultId, planning.getId()).query(java.math.BigDecimal.class).single()).isEqualByComparingTo("2");
    }

    @Test
    void aNoteLongerThanItsColumnRefusesTheSheetNotA500() {
        String note = "Ghi chú ".repeat(130);

        assertThatThrownBy(() -> editor.saveScores(resultId, version(),
                        Map.of(planning.getId(), "1,5", reporting.getId(), "2"), Map.of(planning.getId(), note)))
                .isInstanceOfSatisfying(ScoresRejected.class, e -> assertThat(e.violations().get(planning.getId())
                        .getMessageKey()).isEqualTo("score.error.noteTooLong"));

        assertThat(storedScores()).isZero();
        editor.saveScores(resultId, version(), Map.of(planning.getId(), "1,5"), Map.of(planning.getId(), note.substring(0, 1000)));
        assertThat(storedScores()).isEqualTo(1);
    }

    @Test
    void aScoreBeyondItsColumnOnACriterionWithoutMaximumRefusesTheSheetNotA500() {
        Criterion unbounded = new IndexTestData(jdbc, catalogEditor, criteriaEditor)
                .child(jdbc.sql("select version_id from criterion where id = ?").param(area.getId()).query(Long.class).single(),
                        area, "1.3", null);

        assertThatThrownBy(() -> editor.saveScores(resultId, version(), Map.of(unbounded.getId(), "100000"), Map.of()))
                .isInstanceOfSatisfying(ScoresRejected.class, e -> assertThat(e.violations().get(unbounded.getId())
                        .getMessageKey()).isEqualTo("score.error.tooLarge"));

        assertThat(storedScores()).isZero();
        editor.saveScores(resultId, version(), Map.of(unbounded.getId(), "99999,9999"), Map.of());
        assertThat(storedScores()).isEqualTo(1);
    }

    @Test
    void aBlankScoreRemovesIt() {
        editor.saveScores(resultId, version(), Map.of(planning.getId(), "2", reporting.getId(), "3"), Map.of());
        editor.saveScores(resultId, version(), Map.of(planning.getId(), " ", reporting.getId(), "3"), Map.of());

        assertThat(storedScores()).isEqualTo(1);
    }

    private long version() {
        return jdbc.sql("select version from index_result where id = ?").param(resultId).query(Long.class).single();
    }

    private long storedScores() {
        return jdbc.sql("select count(*) from criterion_score where result_id = ?").param(resultId).query(Long.class).single();
    }
}
