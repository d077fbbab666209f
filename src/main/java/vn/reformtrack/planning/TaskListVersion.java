package vn.reformtrack.planning;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The version of what the task lists show (V179): moved by every statement that changes a task, its coordinating
 * units or criteria, a plan, a unit, a person's name or a criterion's or index's code, in the writer's transaction;
 * since V183 also a plan's targets and the indices it covers (a round's projection judges them, kept with it).
 * Numbers come from a sequence and are never given twice, even after a rollback: a list read at a version is what every
 * later read at that version would find. Read it before what it stamps, so that a read is never kept under a version
 * newer than itself.
 */
@Component
class TaskListVersion {

    private final JdbcClient jdbc;

    TaskListVersion(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long current() {
        return jdbc.sql("select version from task_list_version where id = 1").query(Long.class).single();
    }
}
