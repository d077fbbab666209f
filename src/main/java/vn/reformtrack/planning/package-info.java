/**
 * Improvement plans (kế hoạch), their targets (chỉ tiêu) and the tasks (nhiệm vụ) they assign to units with
 * deadlines — "rõ người, rõ việc, rõ thời gian, rõ kết quả". Coordinators manage them; a unit sees the tasks it leads
 * or coordinates; leaders read everything.
 *
 * <p>Other modules use {@link vn.reformtrack.planning.PlanningQueries} to read plans, targets and a unit's tasks, and
 * {@link vn.reformtrack.planning.TaskProgressRecorder} to move a task with an accepted periodic report.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Planning")
package vn.reformtrack.planning;
