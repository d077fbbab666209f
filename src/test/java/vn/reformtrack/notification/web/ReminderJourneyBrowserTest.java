package vn.reformtrack.notification.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.PlatformTransactionManager;
import vn.reformtrack.calendar.WorkingCalendar;
import vn.reformtrack.calendar.WorkingDays;
import vn.reformtrack.identity.CurrentUser;
import vn.reformtrack.identity.Role;
import vn.reformtrack.identity.UserAccount;
import vn.reformtrack.indices.IndexCatalog;
import vn.reformtrack.notification.Reminders;
import vn.reformtrack.organization.Unit;
import vn.reformtrack.planning.Plan;
import vn.reformtrack.planning.PlanService;
import vn.reformtrack.planning.PlanningFixtures;
import vn.reformtrack.planning.TaskService;
import vn.reformtrack.reporting.EntryCommand;
import vn.reformtrack.reporting.EntryStatus;
import vn.reformtrack.reporting.NarrativeCommand;
import vn.reformtrack.reporting.PeriodService;
import vn.reformtrack.reporting.ReportService;
import vn.reformtrack.reporting.ReportStatus;
import vn.reformtrack.reporting.ReportingFixtures;
import vn.reformtrack.reporting.UnitReport;
import vn.reformtrack.support.BrowserTestSupport;
import vn.reformtrack.support.TestData;

/**
 * The journey of issue 12 in a real browser: a coordinator opens a period and does nothing else; the unit that has not
 * reported sees it in its inbox, is reminded on the working day the settings say, its head submits from the reminder,
 * no further reminder comes on the days after the due date, and the audit trail shows who opened the period and who
 * submitted the report, by name.
 */
class ReminderJourneyBrowserTest extends BrowserTestSupport {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE;

    @Autowired Clock clock;
    @Autowired TestData data;
    @Autowired PlanService plans;
    @Autowired TaskService tasks;
    @Autowired IndexCatalog catalog;
    @Autowired PeriodService periods;
    @Autowired ReportService reports;
    @Autowired PlatformTransactionManager transactions;
    @Autowired Reminders reminders;
    @Autowired WorkingDays workingDays;
    @Autowired JdbcClient jdbc;
    @Autowired UserDetailsService userDetails;

    @Test
    void aPeriodOpensTheLateUnitIsRemindedItsHeadSubmitsAndTheTrailNamesEachStep() {
        LocalDate today = LocalDate.now(clock);
        WorkingCalendar calendar = workingDays.calendar();
        ReportingFixtures fixtures = new ReportingFixtures(data, new PlanningFixtures(plans, tasks, catalog), periods,
                reports, transactions);
        PlanningFixtures planning = new PlanningFixtures(plans, tasks, catalog);
        Unit unit = data.department("Sở Tư pháp");
        UserAccount head = data.user(Role.UNIT_HEAD, unit.getId());
        UserAccount staff = data.user(Role.UNIT_STAFF, unit.getId());
        UserAccount coordinator = data.user(Role.COORDINATOR, null);
        LocalDate day = ReportingFixtures.freshDay(today);
        Plan plan = planning.draft(today.getYear(), day);
        planning.addTask(plan, unit, Set.of(), today.plusDays(300).withYear(today.getYear()).withDayOfYear(365));
        planning.issue(plan);
        LocalDate due = calendar.onOrAfter(today.plusDays(45));
        String title = "Báo cáo chuyên đề " + TestData.unique("CĐ");

        // The coordinator opens an ad hoc period, and does nothing else.
        signIn(coordinator.getUsername(), TestData.PASSWORD);
        open("/reporting/periods/new");
        new Select(browser.findElement(By.id("kind"))).selectByValue("AD_HOC");
        type(By.id("title"), title);
        setDate("startsOn", day);
        setDate("endsOn", day);
        setDate("dueOn", due);
        browser.findElement(By.id("graceDays")).clear();
        browser.findElement(By.cssSelector("#period-form button[type=submit]")).click();
        waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-flash]")));
        long periodId = jdbc.sql("select id from reporting_period where title = :t").param("t", title)
                .query(Long.class).single();

        // The unit's staff sees it in the inbox: the bell counts it.
        signIn(staff.getUsername(), TestData.PASSWORD);
        open("/");
        assertThat(text(By.cssSelector("#notification-bell [data-unread]"))).isNotEmpty();
        browser.findElement(By.id("notification-bell")).click();
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("inbox")));
        assertThat(text(By.id("inbox"))).contains("Kỳ báo cáo “" + title + "” đã mở");
        screenshot("notifications-1-period-opened");

        // The reminder job on the working day three working days before the due date.
        LocalDate reminderDay = calendar.minusWorkingDays(due, 3);
        reminders.run(reminderDay);
        reminders.run(reminderDay);
        String link = "/reporting/periods/" + periodId + "/my-report";
        for (UserAccount person : List.of(head, staff)) {
            assertThat(kinds(person, link)).containsExactly("PERIOD_OPENED", "REPORT_DUE_SOON");
        }
        open("/notifications?topic=REPORTS");
        screenshot("notifications-2-reminded");

        // The staff writes the report; the head opens it from the reminder and submits it.
        CurrentUser staffUser = new CurrentUser(staff.getId(), staff.getUsername(), staff.getFullName(), Role.UNIT_STAFF,
                unit.getId());
        UnitReport report = signedIn(staff, () -> {
            UnitReport opened = reports.openForUnit(periodId, staffUser);
            for (ReportingFixtures.Stored entry : fixtures.entries(opened.getId())) {
                reports.saveEntry(opened.getId(), entry.id(), entry.version(), new EntryCommand(60,
                        EntryStatus.IN_PROGRESS, null, "Đã triển khai", null, null, Set.of()), staffUser);
            }
            reports.saveNarrative(opened.getId(), fixtures.report(opened.getId()).getVersion(),
                    new NarrativeCommand("Đơn vị đã triển khai đầy đủ", null, null), staffUser);
            return opened;
        });

        // The head follows the reminder's link (as in its e-mail): read, and on the report.
        signIn(head.getUsername(), TestData.PASSWORD);
        long reminder = jdbc.sql("""
                        select id from notification where recipient_id = :user and link = :link and kind = 'REPORT_DUE_SOON'""")
                .param("user", head.getId()).param("link", link).query(Long.class).single();
        open("/notifications/" + reminder + "/open");
        waitFor(ExpectedConditions.presenceOfElementLocated(By.id("submit-form")));
        assertThat(text(By.id("report-title"))).contains(unit.getName());
        WebElement submit = browser.findElement(By.cssSelector("#submit-form button[type=submit]"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", submit);
        submit.click();
        waitFor(ExpectedConditions.alertIsPresent()).accept();
        waitFor(driver -> fixtures.report(report.getId()).getStatus() == ReportStatus.SUBMITTED);
        // The browser has the answer (the report again, with its flash) before anyone else signs in on it.
        waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-flash]")));

        // After the due date, and well past it: no further reminder for this unit.
        reminders.run(calendar.plusWorkingDays(due, 1));
        reminders.run(calendar.plusWorkingDays(due, 9));
        for (UserAccount person : List.of(head, staff)) {
            assertThat(kinds(person, link)).containsExactly("PERIOD_OPENED", "REPORT_DUE_SOON");
        }
        assertThat(jdbc.sql("select read_at is not null from notification where id = :id").param("id", reminder)
                .query(Boolean.class).single()).isTrue();

        // The audit trail names each step: the coordinator opened the period, the head submitted the report.
        signIn(coordinator.getUsername(), TestData.PASSWORD);
        open("/audit?type=ReportingPeriod&id=" + periodId);
        assertThat(text(By.id("audit-table"))).contains(coordinator.getFullName()).contains("Kỳ báo cáo #" + periodId);
        open("/audit/records/UnitReport/" + report.getId());
        String history = text(By.cssSelector("main"));
        assertThat(history).contains(head.getFullName()).contains("Đã gửi, chờ kiểm tra").contains(staff.getFullName());
        screenshot("notifications-3-audit");
    }

    /** The kinds of the user's notifications that lead to {@code link}, oldest first. */
    private List<String> kinds(UserAccount user, String link) {
        return jdbc.sql("select kind from notification where recipient_id = :user and link = :link order by id")
                .param("user", user.getId()).param("link", link).query(String.class).list();
    }

    /** Work done in this thread as the user (what the audit trail records as theirs), as a request would do it. */
    private <T> T signedIn(UserAccount user, java.util.function.Supplier<T> work) {
        var principal = userDetails.loadUserByUsername(user.getUsername());
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                principal, null, principal.getAuthorities()));
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void setDate(String field, LocalDate date) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];",
                browser.findElement(By.id(field)), ISO.format(date));
    }
}
