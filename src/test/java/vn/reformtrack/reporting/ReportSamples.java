package vn.reformtrack.reporting;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.test.util.ReflectionTestUtils;
import vn.reformtrack.planning.DeadlineKind;
import vn.reformtrack.planning.PlanStatus;
import vn.reformtrack.planning.TaskPriority;
import vn.reformtrack.planning.TaskRole;
import vn.reformtrack.planning.TaskStatus;
import vn.reformtrack.planning.TaskSummary;
import vn.reformtrack.planning.UnitTask;

/**
 * Reports in memory for the state-machine tests: a unit's first-quarter report due 15/04/2026, entry locking ten
 * days later, with ids given as the database would.
 */
final class ReportSamples {

    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    static final long UNIT = 7;
    static final long OTHER_UNIT = 8;
    static final LocalDate DUE = LocalDate.of(2026, 4, 15);
    static final Deadline OPEN = new Deadline(DUE, DUE.plusDays(10), false);
    static final Deadline NO_LOCK = new Deadline(DUE, null, false);
    static final Deadline CLOSED = new Deadline(DUE, DUE.plusDays(10), true);

    private static final AtomicLong IDS = new AtomicLong(1000);

    private ReportSamples() {}

    static ZonedDateTime on(LocalDate day) {
        return day.atTime(9, 30).atZone(ZONE);
    }

    static UnitTask leading(long taskId) {
        return new UnitTask(task(taskId, UNIT), TaskRole.LEAD);
    }

    static UnitTask coordinating(long taskId) {
        return new UnitTask(task(taskId, OTHER_UNIT), TaskRole.COORDINATING);
    }

    static TaskSummary task(long id, long leadUnit) {
        return new TaskSummary(id, 1, "38/KH-UBND", 2026, PlanStatus.ISSUED, "Nhiệm vụ " + id, null, null, Set.of(),
                leadUnit, Set.of(), null, DeadlineKind.DATE, LocalDate.of(2026, 6, 30), TaskPriority.NORMAL, 0, null,
                TaskStatus.NOT_STARTED);
    }

    /** A draft with an entry per task, ids given as if saved. */
    static UnitReport draft(UnitTask... tasks) {
        UnitReport report = UnitReport.open(1, UNIT, "staff", on(LocalDate.of(2026, 4, 1)).toInstant());
        ReflectionTestUtils.setField(report, "id", IDS.incrementAndGet());
        report.refill(List.of(tasks));
        identify(report);
        return report;
    }

    /** Gives ids to entries added since the last call, as saving would. */
    static void identify(UnitReport report) {
        report.getEntries().stream().filter(entry -> entry.getId() == null)
                .forEach(entry -> ReflectionTestUtils.setField(entry, "id", IDS.incrementAndGet()));
    }

    /** A draft whose entries and narrative are filled in, ready to submit. */
    static UnitReport ready(UnitTask... tasks) {
        UnitReport report = draft(tasks);
        LocalDate day = LocalDate.of(2026, 4, 2);
        for (ReportEntry entry : report.getEntries()) {
            report.editEntry(entry.getId(), entry.getVersion(), inProgress(40), OPEN, day);
        }
        report.describe(new NarrativeCommand("Đơn vị đã triển khai đầy đủ các nhiệm vụ", null, null), OPEN, day);
        return report;
    }

    static EntryCommand inProgress(int percent) {
        return new EntryCommand(percent, EntryStatus.IN_PROGRESS, null, "Đã triển khai", null, null, Set.of());
    }

    static EntryCommand done(LocalDate on) {
        return new EntryCommand(100, EntryStatus.DONE, on, "Đã hoàn thành", null, null, Set.of());
    }
}
