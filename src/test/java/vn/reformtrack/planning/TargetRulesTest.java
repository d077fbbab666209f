package vn.reformtrack.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.reformtrack.planning.PlanningFixtures.COORDINATOR;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.reformtrack.indices.IndexCatalog;
import vn.reformtrack.shared.web.RuleViolationException;
import vn.reformtrack.support.IntegrationTest;

/** A target's figures must fit what the plan keeps (three decimals, below a million), or the form says so. */
@IntegrationTest
class TargetRulesTest {

    @Autowired
    PlanService plans;

    @Autowired
    TaskService tasks;

    @Autowired
    TargetService targets;

    @Autowired
    IndexCatalog catalog;

    @Autowired
    JdbcClient jdbc;

    PlanningFixtures fixtures;
    Plan plan;

    @BeforeEach
    void setUp() {
        fixtures = new PlanningFixtures(plans, tasks, catalog);
        plan = fixtures.draft(2026, LocalDate.of(2026, 1, 15));
    }

    @ParameterizedTest(name = "{0} {1} {2}–{3}")
    @CsvSource(nullValues = "-", textBlock = """
            TOTAL_SCORE, AT_LEAST, 1000000,   -,       value
            TOTAL_SCORE, AT_LEAST, 93.1575,   -,       value
            RANK,        AT_MOST,  99999999,  -,       value
            RANK_CHANGE, AT_LEAST, -1000000,  -,       value
            RANK_CHANGE, BETWEEN,  10,        1000000, valueTo
            """)
    void aValueTooLargeOrTooPreciseToKeepIsRefusedAndNothingIsSaved(TargetMetric metric, TargetComparison comparison,
            BigDecimal value, BigDecimal valueTo, String field) {
        TargetCommand command = new TargetCommand(fixtures.framework("PAR_PROVINCE"), metric, comparison, value,
                valueTo, null, null);

        assertThatThrownBy(() -> targets.add(plan.getId(), command, COORDINATOR))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.getField()).isEqualTo(field);
                    assertThat(e.getMessageKey()).isEqualTo("target.error.digits");
                });
        assertThat(jdbc.sql("select count(*) from plan_target where plan_id = ?").param(plan.getId())
                .query(Long.class).single()).isZero();
    }
}
