package vn.reformtrack.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import vn.reformtrack.support.IntegrationTest;
import vn.reformtrack.support.VersionRows;

/**
 * Reads of results are given again while the results' version (V181) and the catalogue's have not moved, and read
 * again once a result, a score or a jurisdiction has changed, whatever wrote it: every statement on them moves the
 * version in its own transaction.
 */
@IntegrationTest
class ResultsKeptTest {

    @Autowired IndexResults results;
    @Autowired ResultQueries queries;
    @Autowired JdbcClient jdbc;
    @Autowired PlatformTransactionManager transactions;

    @Test
    void aTableIsGivenAgainUntilAResultChangesAndThenReadAgain() {
        List<ResultSummary> table = results.nationalTable("PAPI", 2024);
        assertThat(table).isNotEmpty();
        assertThat(results.nationalTable("PAPI", 2024)).as("nothing changed: the kept table").isSameAs(table);
        ResultSummary first = table.get(0);
        jdbc.sql("update jurisdiction set name_vi = name_vi || ' (thử)' where id = :id")
                .param("id", first.jurisdictionId()).update();
        try {
            List<ResultSummary> renamed = results.nationalTable("PAPI", 2024);
            assertThat(renamed.get(0).jurisdictionName()).isEqualTo(first.jurisdictionName() + " (thử)");
            assertThat(renamed).isEqualTo(queries.where("upper(f.code) = upper(:framework) and r.year = :year",
                    "r.rank nulls last, r.total desc nulls last, j.code", Map.of("framework", "PAPI", "year", 2024)));
        } finally {
            jdbc.sql("update jurisdiction set name_vi = :name where id = :id").param("name", first.jurisdictionName())
                    .param("id", first.jurisdictionId()).update();
        }
        assertThat(results.nationalTable("PAPI", 2024)).isEqualTo(table);
    }

    @Test
    void everyStatementOnResultsMovesTheirVersionAndNothingElseDoes() {
        ResultSummary result = results.nationalTable("PAPI", 2024).get(0);
        VersionRows versions = new VersionRows(jdbc, transactions);

        assertThat(versions.moves("results_version", "update index_result set total = total where id = " + result.id()))
                .as("a result edited").isTrue();
        assertThat(versions.moves("results_version", "delete from criterion_score where result_id = " + result.id()))
                .as("its scores removed").isTrue();
        assertThat(versions.moves("results_version", "update jurisdiction set code = code where id = "
                + result.jurisdictionId())).as("a jurisdiction edited").isTrue();
        assertThat(versions.moves("results_version", "update unit set name = name where id = (select min(id) from unit)"))
                .as("a unit is not a result").isFalse();
    }
}
