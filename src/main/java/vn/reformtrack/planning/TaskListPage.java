package vn.reformtrack.planning;

import java.util.Map;
import org.springframework.data.domain.Page;

/**
 * A page of a task list and how many tasks its filter finds in each status, the filter's own status left out (the
 * list's status chips); the page's total is the count of the filter's status, or the sum of all.
 */
public record TaskListPage(Page<TaskRow> tasks, Map<TaskStatus, Long> statusCounts) {}
