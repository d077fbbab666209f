package vn.reformtrack.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.reformtrack.support.IntegrationTest;

/** Lines older than the retention go, with their records' snapshots; nothing younger, whatever is asked. */
@IntegrationTest
class AuditRetentionTest {

    @Autowired
    AuditRetention retention;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void linesOlderThanTheRetentionGoWithTheirSnapshotsAndYoungerOnesStay() {
        long old = line(Instant.now().minus(11 * 366, ChronoUnit.DAYS));
        long young = line(Instant.now().minus(300, ChronoUnit.DAYS));
        jdbc.sql("insert into unit_aud (id, rev, revtype, code) values (-1, :rev, 0, 'OLD')").param("rev", old).update();
        jdbc.sql("insert into audit_change (revision_id, entity_type, entity_id, change_type) values (:rev, 'Unit', '-1', 'ADD')")
                .param("rev", old).update();

        assertThat(retention.purge()).isGreaterThanOrEqualTo(1);

        assertThat(exists(old)).isFalse();
        assertThat(exists(young)).isTrue();
        assertThat(jdbc.sql("select count(*) from unit_aud where rev = :rev").param("rev", old).query(Long.class).single())
                .isZero();
    }

    @Test
    void nothingYoungerThanAYearCanBeDeletedEvenWhenTheCutOffSaysSo() {
        long young = line(Instant.now().minus(30, ChronoUnit.DAYS));
        assertThatThrownBy(() -> transactions.executeWithoutResult(tx -> {
            jdbc.sql("select set_config('reformtrack.audit_purge_before', :before, true)")
                    .param("before", Instant.now().toString()).query(String.class).single();
            jdbc.sql("delete from audit_revision where id = :id").param("id", young).update();
        })).hasStackTraceContaining("append-only");
        assertThat(exists(young)).isTrue();
    }

    private long line(Instant at) {
        return jdbc.sql("""
                        insert into audit_revision (at, username, kind) values (:at, 'retention-test', 'SIGN_IN')
                        returning id""")
                .param("at", Timestamp.from(at))
                .query(Long.class).single();
    }

    private boolean exists(long id) {
        return jdbc.sql("select count(*) from audit_revision where id = :id").param("id", id).query(Long.class).single() > 0;
    }
}
