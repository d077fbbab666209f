package vn.reformtrack.reporting;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.reformtrack.planning.ProgressRecording;
import vn.reformtrack.planning.TaskRole;
import vn.reformtrack.identity.CurrentUser;
import vn.reformtrack.identity.Role;
import vn.reformtrack.identity.UserAccount;
import vn.reformtrack.indices.IndexCatalog;
import vn.reformtrack.organization.Unit;
import vn.reformtrack.planning.Plan;
import vn.reformtrack.planning.PlanService;
import vn.reformtrack.planning.PlanningFixtures;
import vn.reformtrack.planning.Task;
import vn.reformtrack.planning.TaskService;
import vn.reformtrack.support.TestData;

/**
 * Reporting scenarios in the shared test database, made through the services: two departments with a head and a
 * staff member each, an issued plan of this year with tasks ours leads (one of them coordinated by theirs) and one
 * theirs leads, and an ad hoc period of one day of this year that nobody else uses (ad hoc periods may not overlap,
 * and every test makes its own). Read it as "our unit's report for a one-day period", not as magic ids.
 */
public final class ReportingFixtures {

    public static final CurrentUser COORDINATOR = PlanningFixtures.COORDINATOR;

    /** Days counted back from yesterday, one per period made, so that no two ad hoc periods share a day. */
    private static int daysBack = 1;

    private final TestData data;
    private final PlanningFixtures planning;
    private final PeriodService periods;
    private final ReportService reports;
    private final TransactionTemplate readOnly;

    public ReportingFixtures(TestData data, PlanningFixtures planning, PeriodService periods, ReportService reports,
            PlatformTransactionManager transactions) {
        this.data = data;
        this.planning = planning;
        this.periods = periods;
        this.reports = reports;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /** The fixtures over the services of a test's application context. */
    public static ReportingFixtures in(ApplicationContext context) {
        PlanningFixtures planning = new PlanningFixtures(context.getBean(PlanService.class),
                context.getBean(TaskService.class), context.getBean(IndexCatalog.class));
        return new ReportingFixtures(context.getBean(TestData.class), planning, context.getBean(PeriodService.class),
                context.getBean(ReportService.class), context.getBean(PlatformTransactionManager.class));
    }

    public PlanningFixtures planning() {
        return planning;
    }

    /** An entry as stored, read in a transaction of its own (the entities' collections are lazy). */
    public record Stored(long id, long taskId, TaskRole role, long version, Integer progressPercent,
            EntryStatus status, String workDone, Set<Long> evidenceIds, ProgressRecording outcome) {}

    /** The report's entries as stored now, in their order. */
    public List<Stored> entries(long reportId) {
        return readOnly.execute(tx -> reports.get(reportId, COORDINATOR).getEntries().stream()
                .map(e -> new Stored(e.getId(), e.getTaskId(), e.getRole(), e.getVersion(), e.getProgressPercent(),
                        e.getStatus(), e.getWorkDone(), Set.copyOf(e.getEvidenceIds()), e.getProgressOutcome()))
                .toList());
    }

    public Stored entry(long reportId, long taskId) {
        return entries(reportId).stream().filter(e -> e.taskId() == taskId).findFirst().orElseThrow();
    }

    /** The report's status and version now. */
    public UnitReport report(long reportId) {
        return readOnly.execute(tx -> reports.get(reportId, COORDINATOR));
    }

    /** A day of this year before today that no other fixture period uses (at most ~300 per test run). */
    public static synchronized LocalDate freshDay(LocalDate today) {
        LocalDate day = today.minusDays(daysBack++);
        if (day.getYear() != today.getYear()) {
            throw new IllegalStateException("No unused day left this year for a test period");
        }
        return day;
    }

    /** The people and records of one scenario. */
    public record Scenario(Unit ours, Unit theirs, UserAccount head, UserAccount staff, UserAccount theirHead,
            UserAccount theirStaff, Plan plan, Task ledTask, Task coordinatedTask, Task theirTask, ReportingPeriod period) {

        public CurrentUser headUser() {
            return user(head, Role.UNIT_HEAD, ours);
        }

        public CurrentUser staffUser() {
            return user(staff, Role.UNIT_STAFF, ours);
        }

        public CurrentUser theirHeadUser() {
            return user(theirHead, Role.UNIT_HEAD, theirs);
        }

        public CurrentUser theirStaffUser() {
            return user(theirStaff, Role.UNIT_STAFF, theirs);
        }

        private static CurrentUser user(UserAccount account, Role role, Unit unit) {
            return new CurrentUser(account.getId(), account.getUsername(), account.getFullName(), role, unit.getId());
        }
    }

    /**
     * Two units with their people and tasks, and a one-day period of this year due {@code dueInDays} from today
     * (negative: in the past) with {@code graceDays} (null: entry never locks).
     */
    public Scenario scenario(LocalDate today, int dueInDays, Integer graceDays) {
        Unit ours = data.department("Sở Tư pháp");
        Unit theirs = data.department("Sở Y tế");
        UserAccount head = data.user(Role.UNIT_HEAD, ours.getId());
        UserAccount staff = data.user(Role.UNIT_STAFF, ours.getId());
        UserAccount theirHead = data.user(Role.UNIT_HEAD, theirs.getId());
        UserAccount theirStaff = data.user(Role.UNIT_STAFF, theirs.getId());
        LocalDate day = freshDay(today);
        // Issued on the period's day: the tasks are active from then on only, so the demo's earlier periods do not count
        // these units among those that owe a report.
        Plan plan = planning.draft(today.getYear(), day);
        Task led = planning.addTask(plan, ours, Set.of(), today.plusDays(30));
        Task coordinated = planning.addTask(plan, ours, Set.of(theirs.getId()), today.plusDays(40));
        Task theirTask = planning.addTask(plan, theirs, Set.of(), today.plusDays(50));
        plan = planning.issue(plan);
        ReportingPeriod period = period(day, today.plusDays(dueInDays).isBefore(day) ? day : today.plusDays(dueInDays),
                graceDays);
        return new Scenario(ours, theirs, head, staff, theirHead, theirStaff, plan, led, coordinated, theirTask, period);
    }

    /** A one-day ad hoc period of this year on {@code day}. */
    public ReportingPeriod period(LocalDate day, LocalDate due, Integer graceDays) {
        return periods.create(new PeriodCommand(PeriodKind.AD_HOC, day.getYear(), "Báo cáo thử " + TestData.unique("p"),
                day, day, due, graceDays), COORDINATOR);
    }

    /** Moves the period's due date (and grace) as a coordinator would. */
    public ReportingPeriod reschedule(ReportingPeriod period, LocalDate due, Integer graceDays) {
        ReportingPeriod current = periods.get(period.getId());
        return periods.update(current.getId(), current.getVersion(), new PeriodCommand(current.getKind(),
                current.getYear(), current.getTitle(), current.getStartsOn(), current.getEndsOn(), due, graceDays),
                COORDINATOR);
    }

    /** Our unit's report, opened by its staff, every entry at {@code percent} in progress and the assessment written. */
    public UnitReport filled(Scenario scenario, int percent) {
        CurrentUser staff = scenario.staffUser();
        UnitReport report = reports.openForUnit(scenario.period().getId(), staff);
        for (Stored entry : entries(report.getId())) {
            reports.saveEntry(report.getId(), entry.id(), entry.version(), new EntryCommand(percent,
                    EntryStatus.IN_PROGRESS, null, "Đã triển khai " + percent + " %", null, null, Set.of()), staff);
        }
        return reports.saveNarrative(report.getId(), report(report.getId()).getVersion(),
                new NarrativeCommand("Đơn vị đã triển khai các nhiệm vụ được giao", null, null), staff);
    }

    /** Filled, submitted by the head and taken into review by the coordinator. */
    public UnitReport underReview(Scenario scenario, int percent) {
        UnitReport report = filled(scenario, percent);
        report = reports.submit(report.getId(), report.getVersion(), scenario.headUser());
        return reports.startReview(report.getId(), report.getVersion(), COORDINATOR);
    }
}
