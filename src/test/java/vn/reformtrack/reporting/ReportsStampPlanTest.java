package vn.reformtrack.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.reformtrack.support.IntegrationTest;

/**
 * A period's stamp is read on every view of the period's page and of its consolidated report: it comes from the index of
 * the reports' periods and versions (V184) without visiting the reports' rows, whatever the table's size.
 */
@IntegrationTest
class ReportsStampPlanTest {

    @Autowired JdbcClient jdbc;
    @Autowired PlatformTransactionManager transactions;

    @Test
    void aPeriodsStampIsCountedFromTheIndexAlone() {
        long period = jdbc.sql("select min(id) from reporting_period").query(Long.class).single();
        List<String> plan = new TransactionTemplate(transactions).execute(tx -> {
            // The test database is small enough for a scan of the table to cost less; the large one's is not.
            jdbc.sql("set local enable_seqscan = off").update();
            jdbc.sql("set local enable_bitmapscan = off").update();
            return jdbc.sql("explain " + ReportsStamp.OF_PERIOD).param("period", period).query(String.class).list();
        });
        assertThat(String.join("\n", plan)).contains("Index Only Scan using unit_report_period_versions");
    }
}
