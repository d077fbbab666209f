package vn.reformtrack.reporting;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.reformtrack.evidence.EvidenceStore;
import vn.reformtrack.evidence.EvidenceSummary;
import vn.reformtrack.identity.CurrentUser;
import vn.reformtrack.planning.PlanningQueries;
import vn.reformtrack.planning.TaskProgressRecorder;
import vn.reformtrack.planning.UnitTask;
import vn.reformtrack.shared.db.KeptReads;
import vn.reformtrack.shared.web.ConcurrentEditException;
import vn.reformtrack.shared.web.NotFoundException;
import vn.reformtrack.shared.web.RuleViolationException;

/**
 * The use cases of a unit's report: its unit opens it (created the first time, pre-filled with the tasks the unit
 * leads or coordinates in the period, and refilled with tasks that became active since while it can still change),
 * its people write entries and the narrative, the head submits or withdraws it, a coordinator reviews, returns,
 * accepts (moving the tasks' progress through planning) or reopens it after the lock. Each use case checks who acts,
 * loads the report with the lock it needs and lets the aggregate decide.
 */
@Service
@Transactional
public class ReportService {

    /** Units × periods whose active tasks are kept (a report's every view checks them for a refill). */
    private static final int KEPT_UNIT_PERIODS = 128;

    private record UnitPeriod(long unitId, LocalDate from, LocalDate to) {}

    /** The tasks' read as of reporting's version and the day (a task's lateness is the day's). */
    private record TasksStamp(ReportsStamp.Stamp version, LocalDate today) {}

    private final KeptReads<UnitPeriod, TasksStamp, List<UnitTask>> activeTasks = new KeptReads<>(KEPT_UNIT_PERIODS);
    private final UnitReportRepository reports;
    private final EntityManager entityManager;
    private final PeriodService periods;
    private final PlanningQueries planning;
    private final TaskProgressRecorder progress;
    private final EvidenceStore evidence;
    private final JdbcClient jdbc;
    private final ReportsStamp stamps;
    private final Clock clock;

    ReportService(UnitReportRepository reports, EntityManager entityManager, PeriodService periods,
            PlanningQueries planning, TaskProgressRecorder progress, EvidenceStore evidence, JdbcClient jdbc,
            ReportsStamp stamps, Clock clock) {
        this.reports = reports;
        this.entityManager = entityManager;
        this.periods = periods;
        this.planning = planning;
        this.progress = progress;
        this.evidence = evidence;
        this.jdbc = jdbc;
        this.stamps = stamps;
        this.clock = clock;
    }

    /**
     * The signed-in unit's report for a period: created on first open (once the period has begun, while entry is
     * open), otherwise refilled as {@link #get} does.
     *
     * @throws AccessDeniedException  for province-wide users, who have no report of their own
     * @throws RuleViolationException when the report does not exist and can no longer (or not yet) be started
     */
    public UnitReport openForUnit(long periodId, CurrentUser user) {
        return get(idOfOwn(periodId, user), user);
    }

    /**
     * The id of the signed-in unit's report for a period, created as {@link #openForUnit} does when there is none. An
     * existing report is not opened here: its page refills it when it is shown.
     */
    public long idOfOwn(long periodId, CurrentUser user) {
        if (!user.isUnitUser() || user.unitId() == null) {
            throw new AccessDeniedException("Only unit users have a report of their own");
        }
        long unitId = user.unitId();
        var existing = jdbc.sql("select id from unit_report where period_id = ? and unit_id = ?")
                .params(periodId, unitId).query(Long.class).optional();
        if (existing.isPresent()) {
            return existing.get();
        }
        ReportingPeriod period = periods.get(periodId);
        LocalDate today = LocalDate.now(clock);
        if (!period.hasStarted(today)) {
            throw new RuleViolationException("report.error.notStarted", Dates.text(period.getStartsOn()));
        }
        if (period.isEntryLocked(today)) {
            throw new RuleViolationException(period.isClosed() ? "report.error.periodClosed" : "report.error.missedLock",
                    Dates.text(period.lastEntryDay()));
        }
        return create(period, unitId, user.username()).getId();
    }

    /**
     * A report the user may see (another unit's is "not found"). Opened by its own unit while it can still change, it
     * takes in the tasks that became active in the period since it was last opened. Only a report that changes so
     * waits for (and holds off) the saves in progress: the unit's people open it far more often than it changes.
     */
    public UnitReport get(long id, CurrentUser user) {
        return open(id, user).report();
    }

    /** A report as {@link #get} opens it, with the unit's active tasks when it read them to check for a refill. */
    record Opened(UnitReport report, List<UnitTask> activeTasks) {

        Opened(UnitReport report) {
            this(report, List.of());
        }
    }

    Opened open(long id, CurrentUser user) {
        Long unitId = jdbc.sql("select unit_id from unit_report where id = ?").param(id).query(Long.class).optional()
                .orElseThrow(() -> new NotFoundException("UnitReport", id));
        if (!user.canSeeUnit(unitId)) {
            throw new NotFoundException("UnitReport", id);
        }
        UnitReport report = reports.findById(id).orElseThrow(() -> new NotFoundException("UnitReport", id));
        if (!ReportingAccess.isMember(user, unitId) || !report.getStatus().isEditable()) {
            return new Opened(report);
        }
        ReportingPeriod period = periods.get(report.getPeriodId());
        List<UnitTask> active = activeTasks(unitId, period);
        if (!report.needsRefill(active)) {
            return new Opened(report, active);
        }
        entityManager.detach(report);
        UnitReport locked = reports.findForTransition(id).orElseThrow(() -> new NotFoundException("UnitReport", id));
        if (locked.refill(active) > 0) {
            reports.saveAndFlush(locked);
        }
        return new Opened(locked, active);
    }

    /** The unit whose report this is, if the user may see it (404 otherwise). */
    @Transactional(readOnly = true)
    public long unitOf(long reportId, CurrentUser user) {
        Long unitId = jdbc.sql("select unit_id from unit_report where id = ?").param(reportId).query(Long.class)
                .optional().filter(user::canSeeUnit)
                .orElseThrow(() -> new NotFoundException("UnitReport", reportId));
        return unitId;
    }

    /** An entry as stored now (after someone else's save), if the user may see its report. */
    @Transactional(readOnly = true)
    public EntryState entryState(long reportId, long entryId, CurrentUser user) {
        UnitReport report = reports.findById(reportId).orElseThrow(() -> new NotFoundException("UnitReport", reportId));
        ReportingAccess.requireVisible(user, report);
        ReportEntry entry = report.entry(entryId).orElseThrow(() -> new NotFoundException("ReportEntry", entryId));
        return new EntryState(entryId, entry.getVersion(), entry.command(), entry.getUpdatedBy(), entry.getUpdatedAt());
    }

    /**
     * Saves one entry as a unit member typed it. The evidence files linked must be the unit's own.
     *
     * @throws ConcurrentEditException (or Spring's optimistic locking failure) when someone saved it meanwhile
     */
    public ReportEntry saveEntry(long reportId, long entryId, long version, EntryCommand command, CurrentUser user) {
        UnitReport report = reports.findForEdit(reportId).orElseThrow(() -> new NotFoundException("UnitReport", reportId));
        ReportingAccess.requireMember(user, report);
        requireOwnEvidence(report, command.evidenceIds());
        ReportingPeriod period = periods.get(report.getPeriodId());
        ReportEntry entry = report.editEntry(entryId, version, command, period.deadline(), LocalDate.now(clock));
        reports.saveAndFlush(report);
        return entry;
    }

    /** Saves the unit's narrative (general assessment, difficulties, proposals). */
    public UnitReport saveNarrative(long reportId, long version, NarrativeCommand command, CurrentUser user) {
        UnitReport report = forTransition(reportId, version, user);
        ReportingAccess.requireMember(user, report);
        report.describe(command, deadlineOf(report), LocalDate.now(clock));
        return reports.saveAndFlush(report);
    }

    /** The head sends the report (refused to staff). */
    public UnitReport submit(long reportId, long version, CurrentUser user) {
        UnitReport report = forTransition(reportId, version, user);
        ReportingAccess.requireHead(user, report);
        report.submit(user.username(), now(), deadlineOf(report));
        return reports.saveAndFlush(report);
    }

    /** The head takes the submission back before the review starts. */
    public UnitReport withdraw(long reportId, long version, CurrentUser user) {
        UnitReport report = forTransition(reportId, version, user);
        ReportingAccess.requireHead(user, report);
        report.withdraw(user.username(), now(), deadlineOf(report));
        return reports.saveAndFlush(report);
    }

    public UnitReport startReview(long reportId, long version, CurrentUser user) {
        ReportingAccess.requireManager(user);
        UnitReport report = forTransition(reportId, version, user);
        report.startReview(user.username(), now(), deadlineOf(report));
        return reports.saveAndFlush(report);
    }

    /** Accepts the report under review; the lead unit's entries move their tasks (the outcome stays on each entry). */
    public UnitReport accept(long reportId, long version, CurrentUser user) {
        ReportingAccess.requireManager(user);
        UnitReport report = forTransition(reportId, version, user);
        String by = user.username();
        report.accept(by, now(), deadlineOf(report), (entry, unitId) -> progress.recordAcceptedProgress(
                entry.getTaskId(), unitId, entry.getProgressPercent(), entry.getCompletedOn(), by));
        return reports.saveAndFlush(report);
    }

    /** Returns the report to its unit with a comment overall and/or per entry (by entry id). */
    public UnitReport returnToUnit(long reportId, long version, String comment, Map<Long, String> entryComments,
            CurrentUser user) {
        ReportingAccess.requireManager(user);
        UnitReport report = forTransition(reportId, version, user);
        report.returnToUnit(user.username(), now(), deadlineOf(report), comment, entryComments);
        return reports.saveAndFlush(report);
    }

    /** Lets the unit enter and submit again after the period's entry locked. */
    public UnitReport reopen(long reportId, long version, CurrentUser user) {
        ReportingAccess.requireManager(user);
        UnitReport report = forTransition(reportId, version, user);
        report.reopen(user.username(), now(), deadlineOf(report));
        return reports.saveAndFlush(report);
    }

    /**
     * Lets a unit that has no report yet enter after the lock (a missing unit the coordinator chased): its report is
     * created, pre-filled and reopened in one step. A unit that has a report is reopened as {@link #reopen} does.
     */
    public UnitReport reopenForUnit(long periodId, long unitId, CurrentUser user) {
        ReportingAccess.requireManager(user);
        ReportingPeriod period = periods.get(periodId);
        var existing = reports.findByPeriodIdAndUnitId(periodId, unitId);
        UnitReport report;
        if (existing.isPresent()) {
            report = reports.findForTransition(existing.get().getId()).orElseThrow();
        } else {
            if (!period.hasStarted(LocalDate.now(clock))) {
                throw new RuleViolationException("report.error.notStarted", Dates.text(period.getStartsOn()));
            }
            report = create(period, unitId, user.username());
        }
        report.reopen(user.username(), now(), period.deadline());
        return reports.saveAndFlush(report);
    }

    private UnitReport create(ReportingPeriod period, long unitId, String by) {
        // Two people opening the report at once: the second waits here, then finds the first one's report.
        jdbc.sql("select pg_advisory_xact_lock(41, :key)").param("key", (int) (period.getId() * 31 + unitId))
                .query((rs, i) -> 1).list();
        var existing = reports.findByPeriodIdAndUnitId(period.getId(), unitId);
        if (existing.isPresent()) {
            return existing.get();
        }
        UnitReport report = UnitReport.open(period.getId(), unitId, by, now().toInstant());
        report.refill(activeTasks(unitId, period));
        return reports.saveAndFlush(report);
    }

    /**
     * The tasks the unit leads or coordinates that are active in the period, kept while reporting's version (every
     * change to tasks, their criteria and units, plans and periods' dates moves it) and the day are the same: a
     * report's people open it far more often than its tasks change, and each view checks them for a refill.
     */
    private List<UnitTask> activeTasks(long unitId, ReportingPeriod period) {
        ReportsStamp.Stamp version = stamps.ofTasks();
        return activeTasks.get(new UnitPeriod(unitId, period.getStartsOn(), period.getEndsOn()),
                new TasksStamp(version, LocalDate.now(clock)), version.keepable(),
                () -> List.copyOf(planning.tasksOfUnit(unitId, period.getStartsOn(), period.getEndsOn())));
    }

    private UnitReport forTransition(long reportId, long version, CurrentUser user) {
        UnitReport report = reports.findForTransition(reportId)
                .orElseThrow(() -> new NotFoundException("UnitReport", reportId));
        ReportingAccess.requireVisible(user, report);
        ConcurrentEditException.check("UnitReport", reportId, version, report.getVersion());
        return report;
    }

    private Deadline deadlineOf(UnitReport report) {
        return periods.get(report.getPeriodId()).deadline();
    }

    private void requireOwnEvidence(UnitReport report, Set<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        Map<Long, EvidenceSummary> found = evidence.findAll(ids);
        for (Long id : ids) {
            EvidenceSummary file = found.get(id);
            if (file == null || file.ownerUnitId() != report.getUnitId()) {
                throw RuleViolationException.onField("evidenceIds", "entry.error.evidenceNotYours");
            }
        }
    }

    private ZonedDateTime now() {
        return ZonedDateTime.now(clock);
    }
}
