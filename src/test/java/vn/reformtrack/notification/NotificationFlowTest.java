package vn.reformtrack.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.reformtrack.calendar.WorkingCalendar;
import vn.reformtrack.calendar.WorkingDays;
import vn.reformtrack.identity.CurrentUser;
import vn.reformtrack.identity.Role;
import vn.reformtrack.identity.UserAccount;
import vn.reformtrack.identity.UserAdminService;
import vn.reformtrack.indices.IndexCatalog;
import vn.reformtrack.organization.Unit;
import vn.reformtrack.planning.DeadlineKind;
import vn.reformtrack.planning.Plan;
import vn.reformtrack.planning.PlanService;
import vn.reformtrack.planning.PlanningFixtures;
import vn.reformtrack.planning.Task;
import vn.reformtrack.planning.TaskCommand;
import vn.reformtrack.planning.TaskPriority;
import vn.reformtrack.planning.TaskService;
import vn.reformtrack.reporting.EntryCommand;
import vn.reformtrack.reporting.EntryStatus;
import vn.reformtrack.reporting.NarrativeCommand;
import vn.reformtrack.reporting.PeriodService;
import vn.reformtrack.reporting.ReportService;
import vn.reformtrack.reporting.ReportingFixtures;
import vn.reformtrack.reporting.ReportingPeriod;
import vn.reformtrack.reporting.UnitReport;
import vn.reformtrack.support.IntegrationTest;
import vn.reformtrack.support.StatementCounter;
import vn.reformtrack.support.TestData;

/**
 * What notifies whom, end to end on the shared database: a period opens and its units hear of it; the reminder job,
 * run on chosen days, reminds only the units that have not sent their report, tells them once it is overdue, then their
 * head, then (without a head) Home Affairs, then the weekly digest to Home Affairs and leadership; each step once.
 */
@IntegrationTest
class NotificationFlowTest {

    /** What a reminder run reads, whatever the number of periods, tasks, rounds and people on record. */
    private static final long READS = 20;

    @Autowired
    Clock clock;

    @Autowired
    TestData data;

    @Autowired
    PlanService plans;

    @Autowired
    TaskService tasks;

    @Autowired
    IndexCatalog catalog;

    @Autowired
    PeriodService periods;

    @Autowired
    ReportService reports;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    Reminders reminders;

    @Autowired
    Digests digests;

    @Autowired
    WorkingDays workingDays;

    @Autowired
    UserAdminService users;

    @Autowired
    JdbcClient jdbc;

    PlanningFixtures planning;
    ReportingFixtures fixtures;
    WorkingCalendar calendar;

    @BeforeEach
    void fixtures() {
        planning = new PlanningFixtures(plans, tasks, catalog);
        fixtures = new ReportingFixtures(data, planning, periods, reports, transactionManager);
        calendar = workingDays.calendar();
    }

    @Test
    void aPeriodOpensTheUnitThatHasNotReportedIsRemindedOnceAndNothingMoreAfterItsHeadSubmits() {
        LocalDate due = calendar.onOrAfter(LocalDate.now(clock).plusDays(40));
        ReportingFixtures.Scenario scenario = fixtures.scenario(LocalDate.now(clock), (int) (due.toEpochDay() - LocalDate.now(clock).toEpochDay()), null);
        long period = scenario.period().getId();
        String link = "/reporting/periods/" + period + "/my-report";

        for (UserAccount person : List.of(scenario.head(), scenario.staff(), scenario.theirHead(), scenario.theirStaff())) {
            assertThat(kinds(person)).containsExactly("PERIOD_OPENED", "PLAN_ISSUED");
            assertThat(waitingMails(person)).isEqualTo(2);
        }

        submit(period, scenario.theirStaffUser(), scenario.theirHeadUser());

        LocalDate reminderDay = calendar.minusWorkingDays(due, 3);
        StatementCounter.reset();
        Reminders.Run firstRun = reminders.run(reminderDay);
        assertThat(firstRun.workingDay()).isTrue();
        assertThat(StatementCounter.count()).as("the day's run, over every period, task and round the database holds: "
                + "a few statements to read what is due and a few per step taken, whoever it goes to")
                .isLessThanOrEqualTo(READS + 4L * firstRun.steps());
        assertThat(kinds(scenario.head(), link)).containsExactly("REPORT_DUE_SOON", "PERIOD_OPENED");
        assertThat(kinds(scenario.staff(), link)).containsExactly("REPORT_DUE_SOON", "PERIOD_OPENED");
        assertThat(kinds(scenario.theirHead(), link)).containsExactly("PERIOD_OPENED");
        assertThat(text(scenario.head(), "REPORT_DUE_SOON")).contains("còn 3 ngày làm việc")
                .contains(scenario.period().getTitle());

        StatementCounter.reset();
        assertThat(reminders.run(reminderDay).steps()).isZero();
        assertThat(StatementCounter.count()).as("the hourly rerun, its steps taken, only reads").isLessThanOrEqualTo(READS);
        reminders.run(calendar.plusWorkingDays(reminderDay, 1));
        assertThat(kinds(scenario.head(), link)).containsExactly("REPORT_DUE_SOON", "PERIOD_OPENED");

        submit(period, scenario.staffUser(), scenario.headUser());
        reminders.run(calendar.plusWorkingDays(due, 1));
        reminders.run(calendar.plusWorkingDays(due, 9));
        assertThat(kinds(scenario.head(), link)).containsExactly("REPORT_DUE_SOON", "PERIOD_OPENED");
        assertThat(kinds(scenario.staff(), link)).containsExactly("REPORT_DUE_SOON", "PERIOD_OPENED");
    }

    @Test
    void anOverdueReportGoesToTheHeadThenToHomeAffairsAndLeadershipEachStepOnce() {
        LocalDate today = LocalDate.now(clock);
        LocalDate day = ReportingFixtures.freshDay(today);
        Unit late = data.department("Sở Ngoại vụ");
        Unit headless = data.department("Ban Dân tộc");
        UserAccount head = data.user(Role.UNIT_HEAD, late.getId());
        UserAccount staff = data.user(Role.UNIT_STAFF, late.getId());
        UserAccount headlessStaff = data.user(Role.UNIT_STAFF, headless.getId());
        UserAccount coordinator = data.user(Role.COORDINATOR, null);
        UserAccount leader = data.user(Role.LEADER, null);
        Plan plan = planning.draft(today.getYear(), day);
        planning.addTask(plan, late, Set.of(), today.plusDays(200));
        planning.addTask(plan, headless, Set.of(), today.plusDays(200));
        planning.issue(plan);
        LocalDate due = calendar.onOrAfter(today.plusDays(120));
        ReportingPeriod period = fixtures.period(day, due, null);
        String link = "/reporting/periods/" + period.getId() + "/my-report";

        reminders.run(calendar.plusWorkingDays(due, 1));
        assertThat(kinds(head, link)).containsExactly("REPORT_OVERDUE", "PERIOD_OPENED");
        assertThat(kinds(headlessStaff, link)).containsExactly("REPORT_OVERDUE", "PERIOD_OPENED");

        reminders.run(calendar.plusWorkingDays(due, 3));
        assertThat(kinds(head, link)).containsExactly("REPORT_ESCALATED", "REPORT_OVERDUE", "PERIOD_OPENED");
        assertThat(kinds(staff, link)).containsExactly("REPORT_OVERDUE", "PERIOD_OPENED");
        assertThat(kinds(coordinator, link)).containsOnly("UNIT_WITHOUT_HEAD");
        assertThat(texts(coordinator, "UNIT_WITHOUT_HEAD"))
                .filteredOn(text -> text.contains(headless.getName()) && text.contains(period.getTitle())).hasSize(1);

        reminders.run(calendar.plusWorkingDays(due, 8));
        reminders.run(calendar.plusWorkingDays(due, 9));
        assertThat(kinds(head, link)).containsExactly("REPORT_ESCALATED", "REPORT_OVERDUE", "PERIOD_OPENED");
        assertThat(steps(period.getId(), "TO_PROVINCE", List.of(late.getId(), headless.getId()))).isEqualTo(2);

        assertThat(digests.weekly()).isGreaterThanOrEqualTo(2);
        for (UserAccount reader : List.of(coordinator, leader)) {
            assertThat(kinds(reader)).contains("ESCALATION_DIGEST");
            String mail = lastMail(reader);
            assertThat(mail).contains(late.getName()).contains(head.getFullName()).contains(headless.getName())
                    .contains("chưa có trong hệ thống").contains(period.getTitle());
        }
        int before = kinds(coordinator).size();
        digests.weekly();
        assertThat(kinds(coordinator)).hasSize(before);
    }

    @Test
    void aTaskReachesItsPeopleWhenAssignedThenItsResponsiblePersonIsRemindedAndItsHeadEscalated() {
        LocalDate today = LocalDate.now(clock);
        Unit lead = data.department("Sở Khoa học và Công nghệ");
        Unit helping = data.department("Sở Thông tin");
        UserAccount head = data.user(Role.UNIT_HEAD, lead.getId());
        UserAccount responsible = data.user(Role.UNIT_STAFF, lead.getId());
        UserAccount helpingHead = data.user(Role.UNIT_HEAD, helping.getId());
        Plan plan = planning.draft(today.getYear(), today.minusDays(30));
        planning.addTask(plan, helping, Set.of(), LocalDate.of(today.getYear(), 12, 31));
        plan = planning.issue(plan);
        LocalDate due = calendar.onOrAfter(today.plusDays(150));
        TaskCommand base = planning.task(today.getYear(), lead, Set.of(helping.getId()), due);
        Task task = tasks.create(plan.getId(), new TaskCommand(base.title(), base.description(), base.expectedOutput(),
                base.criterionIds(), lead.getId(), Set.of(helping.getId()), responsible.getId(), DeadlineKind.DATE,
                due.getYear() == today.getYear() ? due : LocalDate.of(today.getYear(), 12, 31), TaskPriority.NORMAL),
                PlanningFixtures.COORDINATOR);
        LocalDate taskDue = tasks.get(task.getId(), PlanningFixtures.COORDINATOR).getDueDate();
        String link = "/planning/tasks/" + task.getId();

        assertThat(texts(head, "TASK_ASSIGNED")).singleElement().asString().contains(lead.getName() + " chủ trì");
        assertThat(texts(helpingHead, "TASK_ASSIGNED")).singleElement().asString().contains("phối hợp");
        assertThat(texts(responsible, "TASK_ASSIGNED")).singleElement().asString().contains("bạn được phân công");

        reminders.run(calendar.minusWorkingDays(taskDue, 5));
        assertThat(kinds(responsible, link)).containsExactly("TASK_DUE_SOON", "TASK_ASSIGNED");
        reminders.run(calendar.plusWorkingDays(taskDue, 1));
        assertThat(kinds(responsible, link)).containsExactly("TASK_OVERDUE", "TASK_DUE_SOON", "TASK_ASSIGNED");
        reminders.run(calendar.plusWorkingDays(taskDue, 3));
        assertThat(kinds(head, link)).containsExactly("TASK_ESCALATED", "TASK_ASSIGNED");
        assertThat(kinds(helpingHead, link)).containsExactly("TASK_ASSIGNED");
    }

    @Test
    void twoRunsAtOnceTakeEachStepOnce() throws Exception {
        LocalDate due = calendar.onOrAfter(LocalDate.now(clock).plusDays(60));
        ReportingFixtures.Scenario scenario = fixtures.scenario(LocalDate.now(clock),
                (int) (due.toEpochDay() - LocalDate.now(clock).toEpochDay()), null);
        String link = "/reporting/periods/" + scenario.period().getId() + "/my-report";
        LocalDate day = calendar.minusWorkingDays(due, 2);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var first = pool.submit(() -> reminders.run(day));
            var second = pool.submit(() -> reminders.run(day));
            first.get();
            second.get();
        } finally {
            pool.shutdown();
        }
        for (UserAccount person : List.of(scenario.head(), scenario.staff(), scenario.theirHead())) {
            assertThat(kinds(person, link)).containsExactly("REPORT_DUE_SOON", "PERIOD_OPENED");
        }
    }

    @Test
    void aReturnedAndThenAcceptedReportIsToldToItsUnit() {
        LocalDate due = calendar.onOrAfter(LocalDate.now(clock).plusDays(70));
        ReportingFixtures.Scenario scenario = fixtures.scenario(LocalDate.now(clock),
                (int) (due.toEpochDay() - LocalDate.now(clock).toEpochDay()), null);
        UnitReport report = fixtures.underReview(scenario, 50);
        reports.returnToUnit(report.getId(), report.getVersion(), "Bổ sung số liệu quý", java.util.Map.of(),
                PlanningFixtures.COORDINATOR);
        String link = "/reporting/reports/" + report.getId();
        assertThat(kinds(scenario.staff(), link)).containsExactly("REPORT_RETURNED");
        assertThat(text(scenario.head(), "REPORT_RETURNED")).contains("Bổ sung số liệu quý");
        report = reports.submit(report.getId(), fixtures.report(report.getId()).getVersion(), scenario.headUser());
        report = reports.startReview(report.getId(), report.getVersion(), PlanningFixtures.COORDINATOR);
        reports.accept(report.getId(), report.getVersion(), PlanningFixtures.COORDINATOR);
        assertThat(kinds(scenario.head(), link)).containsExactly("REPORT_ACCEPTED", "REPORT_RETURNED");
        assertThat(kinds(scenario.theirHead(), link)).isEmpty();
    }

    @Test
    void aUserChoosesTheApplicationOnlyADailyDigestOrEnglish() {
        Unit unit = data.department("Sở Văn hóa");
        UserAccount quiet = data.user(Role.UNIT_HEAD, unit.getId());
        UserAccount digest = data.user(Role.UNIT_STAFF, unit.getId());
        UserAccount english = data.user(Role.UNIT_STAFF, unit.getId());
        Preferences preferences = this.preferences;
        preferences.save(quiet.getId(), "vi", java.util.Map.of("PERIOD_OPENED", "IN_APP"));
        preferences.save(digest.getId(), "vi", java.util.Map.of("PERIOD_OPENED", "DIGEST", "REPORT_DUE_SOON", "DIGEST"));
        preferences.save(english.getId(), "en", java.util.Map.of());
        List<Recipient> people = transactions.execute(tx -> recipients.inUnits(List.of(unit.getId()))
                .everyoneIn(unit.getId()));
        transactions.executeWithoutResult(tx -> {
            notifier.send(people, Notice.of(NotificationKind.PERIOD_OPENED, "/reporting", "test-open:" + unit.getId(),
                    "Quý thử", "31/03/2030"));
            notifier.send(people, Notice.of(NotificationKind.REPORT_DUE_SOON, "/reporting", "test-due:" + unit.getId(),
                    "Quý thử", "31/03/2030", 2));
        });

        assertThat(waitingMails(quiet)).as("in the application only, then e-mail by default").isEqualTo(1);
        assertThat(waitingMails(digest)).isZero();
        assertThat(waitingMails(english)).isEqualTo(2);
        assertThat(lastSubject(english)).contains("Report due soon");
        assertThat(lastMail(english)).contains("Dear " + english.getFullName());

        assertThat(digests.daily()).isGreaterThanOrEqualTo(1);
        assertThat(waitingMails(digest)).isEqualTo(1);
        assertThat(lastMail(digest)).contains("2 thông báo").contains("Kỳ báo cáo “Quý thử” đã mở");
        assertThat(digests.daily()).as("each notification once").isZero();
    }

    @Test
    void aDeactivatedUserReceivesNothingNew() {
        Unit unit = data.department("Sở Giao thông");
        UserAccount gone = data.user(Role.UNIT_HEAD, unit.getId());
        users.disable(gone.getId(), users.get(gone.getId()).getVersion(), new CurrentUser(-1, "admin", "Admin",
                Role.ADMIN, null));
        assertThat(recipients.heads(List.of(unit.getId()))).isEmpty();
        assertThat(recipients.user(gone.getId())).isEmpty();
    }

    @Autowired
    Preferences preferences;

    @Autowired
    Recipients recipients;

    @Autowired
    Notifier notifier;

    /** The kinds of the user's notifications, newest first. */
    private List<String> kinds(UserAccount user) {
        return jdbc.sql("select kind from notification where recipient_id = :user order by id desc")
                .param("user", user.getId()).query(String.class).list();
    }

    /** The kinds of the user's notifications that lead to {@code link}, newest first. */
    private List<String> kinds(UserAccount user, String link) {
        return jdbc.sql("select kind from notification where recipient_id = :user and link = :link order by id desc")
                .param("user", user.getId()).param("link", link).query(String.class).list();
    }

    private String text(UserAccount user, String kind) {
        return texts(user, kind).get(0);
    }

    private List<String> texts(UserAccount user, String kind) {
        return jdbc.sql("select text_vi from notification where recipient_id = :user and kind = :kind order by id desc")
                .param("user", user.getId()).param("kind", kind).query(String.class).list();
    }

    private long waitingMails(UserAccount user) {
        return jdbc.sql("select count(*) from mail_outbox where recipient_id = :user and status = 'WAITING'")
                .param("user", user.getId()).query(Long.class).single();
    }

    private String lastMail(UserAccount user) {
        return jdbc.sql("select body_text from mail_outbox where recipient_id = :user order by id desc limit 1")
                .param("user", user.getId()).query(String.class).single();
    }

    private String lastSubject(UserAccount user) {
        return jdbc.sql("select subject from mail_outbox where recipient_id = :user order by id desc limit 1")
                .param("user", user.getId()).query(String.class).single();
    }

    private long steps(long periodId, String step, List<Long> unitIds) {
        return jdbc.sql("""
                        select count(*) from reminder_step
                        where subject_type = 'REPORT' and subject_id = :id and step = :step and unit_id in (:units)""")
                .param("id", periodId).param("step", step).param("units", unitIds).query(Long.class).single();
    }

    /** The unit's staff fills its report (every entry and the assessment), its head submits it. */
    private void submit(long periodId, CurrentUser staff, CurrentUser head) {
        UnitReport report = transactions.execute(tx -> reports.openForUnit(periodId, staff));
        for (ReportingFixtures.Stored entry : fixtures.entries(report.getId())) {
            reports.saveEntry(report.getId(), entry.id(), entry.version(), new EntryCommand(50, EntryStatus.IN_PROGRESS,
                    null, "Đã triển khai", null, null, Set.of()), staff);
        }
        reports.saveNarrative(report.getId(), fixtures.report(report.getId()).getVersion(),
                new NarrativeCommand("Đơn vị đã triển khai các nhiệm vụ", null, null), staff);
        reports.submit(report.getId(), fixtures.report(report.getId()).getVersion(), head);
    }
}
