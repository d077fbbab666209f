package vn.reformtrack.assessment;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The version of what a round's page reads (V182): moved by every statement that changes a round, its criteria, their
 * helping units or evidence, the history, a unit, a person's name or a criterion, in the writer's transaction. Numbers
 * come from a sequence and are never given twice, even after a rollback: a read at a version is what every later read
 * at that version would find. Read it before what it stamps, so that a read is never kept under a version newer than
 * itself.
 */
@Component
class AssessmentVersion {

    private final JdbcClient jdbc;

    AssessmentVersion(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long current() {
        return jdbc.sql("select version from assessment_version where id = 1").query(Long.class).single();
    }
}
