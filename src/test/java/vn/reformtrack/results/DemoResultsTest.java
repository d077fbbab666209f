package vn.reformtrack.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.reformtrack.support.IntegrationTest;

/**
 * Demo mode (on in tests) gives the lost-points page something to show, without passing illustrative figures off as
 * published ones: the published totals stay, and every illustrative score says what it is.
 */
@IntegrationTest
class DemoResultsTest {

    @Autowired
    IndexResults results;

    @Autowired
    JdbcClient jdbc;

    @Test
    void thePublishedTotalsStayAndEveryIllustrativeScoreIsLabelled() {
        for (int year : new int[] {2022, 2023}) {
            ResultSummary own = results.ownResult("PAR_PROVINCE", year).orElseThrow();
            assertThat(own.source()).startsWith("http");
            var scores = jdbc.sql("select score, note from criterion_score where result_id = ?").param(own.id())
                    .query((rs, i) -> new Object[] {rs.getBigDecimal("score"), rs.getString("note")}).list();
            assertThat(scores).hasSize(26).allSatisfy(row -> assertThat(row[1]).isEqualTo(DemoResults.NOTE));
            BigDecimal sum = scores.stream().map(row -> (BigDecimal) row[0]).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(sum).isEqualByComparingTo(own.total());
        }
        assertThat(results.ownResult("PAR_PROVINCE", 2023).orElseThrow().total()).isEqualByComparingTo("92.18");
        assertThat(jdbc.sql("""
                        select count(*) from criterion c join framework_version v on v.id = c.version_id
                        join index_framework f on f.id = v.framework_id
                        where f.code = 'PAR_PROVINCE' and v.legal_basis = '876/QĐ-BNV' and c.parent_id is not null
                          and c.name_vi not like '%(minh họa)'
                        """).query(Long.class).single()).isZero();
    }
}
