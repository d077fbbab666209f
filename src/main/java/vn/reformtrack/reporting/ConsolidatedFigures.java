package vn.reformtrack.reporting;

import java.util.List;
import java.util.Map;
import vn.reformtrack.planning.TaskStatus;

/**
 * What the province's consolidated report says in figures, built from the period's accepted reports: the tasks
 * active in the period by status (as the lead units' accepted entries put them, judged at the period's end or today
 * if sooner), progress per index area and per unit, the late and the missing units, and the units' narratives.
 *
 * @param tasksByStatus   tasks whose lead unit's report was accepted, by status (every status present)
 * @param tasksNotReported tasks active in the period whose lead unit's report is not (yet) accepted
 */
public record ConsolidatedFigures(PeriodSummary period, PeriodCounts counts, Map<TaskStatus, Long> tasksByStatus,
        long tasksReported, long tasksNotReported, int averageProgress, List<AreaProgress> areas,
        List<UnitResult> units, List<ListedUnit> lateUnits, List<ListedUnit> missingUnits,
        List<UnitNarrative> narratives) {

    public long tasksDone() {
        return tasksByStatus.getOrDefault(TaskStatus.DONE_ON_TIME, 0L) + tasksByStatus.getOrDefault(TaskStatus.DONE_LATE, 0L);
    }

    /** Progress of the tasks of one index area (a top-level criterion of a framework version), the framework by its short name. */
    public record AreaProgress(String framework, String areaCode, String areaName, long tasks, long done,
            int averageProgress) {}

    /** One unit's accepted report in figures: tasks it leads (done, average progress), parts it coordinates. */
    public record UnitResult(long unitId, String unitName, Timeliness timeliness, long leadTasks, long done,
            int averageProgress, long coordinatingEntries) {}

    /** A unit named in the late or missing list, with its standing. */
    public record ListedUnit(long unitId, String unitName, CellStatus status, Timeliness timeliness) {}

    /** What a unit wrote at the top of its accepted report. */
    public record UnitNarrative(long unitId, String unitName, String generalAssessment, String difficulties,
            String proposals) {}
}
