package vn.reformtrack.audit;

import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the lines of the trail that are not changes of records: sign-ins, failed sign-ins, exports, settings. A
 * line written {@link #recordAlone alone} stands even when the work around it fails (a failed sign-in has no
 * transaction to join); one written {@link #recordWithin within} the current transaction stands or falls with it.
 */
@Component
class AuditRecorder {

    static final int MAX_DETAIL = 4000;

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditRecorder(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordAlone(AuditKind kind, Actor actor, String detail) {
        insert(kind, actor, detail);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void recordWithin(AuditKind kind, Actor actor, String detail) {
        insert(kind, actor, detail);
    }

    private void insert(AuditKind kind, Actor actor, String detail) {
        jdbc.sql("""
                        insert into audit_revision (at, username, unit_id, remote_address, kind, detail)
                        values (:at, :username, :unitId, :address, :kind, :detail)
                        """)
                .param("at", Timestamp.from(clock.instant()))
                .param("username", actor.username())
                .param("unitId", actor.unitId())
                .param("address", actor.remoteAddress())
                .param("kind", kind.name())
                .param("detail", detail == null || detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL))
                .update();
    }
}
