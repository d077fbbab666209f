package vn.reformtrack.planning;

import java.time.LocalDate;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.reformtrack.identity.CurrentUser;
import vn.reformtrack.identity.Role;
import vn.reformtrack.indices.IndexCatalog;
import vn.reformtrack.organization.Unit;
import vn.reformtrack.support.TestData;

/**
 * Plans and tasks for tests, made through the planning services with unique numbers, so that tests sharing one
 * database never collide. Read it as "a plan of PAR Index for 2026 issued on 15/01/2026", not as magic ids.
 */
public class PlanningFixtures {

    public static final CurrentUser COORDINATOR = new CurrentUser(0, "test-coordinator", "Điều phối thử", Role.COORDINATOR, null);

    /** Far above the demo plans' numbers (205, 38), different from one run to the next. */
    private static int numbers = 100_000 + (int) (System.nanoTime() % 5000) * 100;

    private final PlanService plans;
    private final TaskService tasks;
    private final IndexCatalog catalog;

    public PlanningFixtures(PlanService plans, TaskService tasks, IndexCatalog catalog) {
        this.plans = plans;
        this.tasks = tasks;
        this.catalog = catalog;
    }

    public static synchronized String uniqueNumber() {
        return (++numbers) + "/KH-UBND";
    }

    public long framework(String code) {
        return catalog.framework(code).orElseThrow().id();
    }

    /** A PAR criterion of the version that applies in {@code year}, e.g. area "3". */
    public long parCriterion(int year, String code) {
        return catalog.findCriterion(catalog.versionFor("PAR_PROVINCE", year).orElseThrow().id(), code).orElseThrow().id();
    }

    public Plan draft(int year, LocalDate issueDate) {
        return plans.create(new PlanCommand(uniqueNumber(), "Kế hoạch thử năm " + year, "UBND tỉnh thử", "Người ký thử",
                issueDate, year, Set.of(framework("PAR_PROVINCE"), framework("SIPAS"))), COORDINATOR);
    }

    public TaskCommand task(int year, Unit lead, Set<Long> coordinating, LocalDate due) {
        return new TaskCommand("Nhiệm vụ thử " + TestData.unique("t"), "Mô tả", "Báo cáo", Set.of(parCriterion(year, "3")),
                lead.getId(), coordinating, null, DeadlineKind.DATE, due, TaskPriority.NORMAL);
    }

    public Task addTask(Plan plan, Unit lead, Set<Long> coordinating, LocalDate due) {
        return tasks.create(plan.getId(), task(plan.getYear(), lead, coordinating, due), COORDINATOR);
    }

    public Plan issue(Plan plan) {
        plans.issue(plan.getId(), plans.get(plan.getId(), COORDINATOR).getVersion(), COORDINATOR);
        return plans.get(plan.getId(), COORDINATOR);
    }

    /** An issued plan of the current year with one task led by {@code lead}, due in {@code daysFromToday}. */
    public Task issuedTask(Unit lead, Set<Long> coordinating, LocalDate today, int daysFromToday) {
        Plan plan = draft(today.getYear(), today.minusDays(200));
        Task task = addTask(plan, lead, coordinating, today.plusDays(daysFromToday));
        issue(plan);
        return task;
    }

    /**
     * How many rows the task list's stored counts per status (V175) have that a recount from every task has not, or
     * the other way round: both read in one statement, so other tests writing tasks meanwhile change nothing.
     */
    public static long storedCountDisagreements(JdbcClient jdbc) {
        return jdbc.sql("""
                        with recount as (
                            select c.plan_id, c.state, c.due_date, count(*)::int as tasks
                            from task t, task_status_count_of(t.plan_id, t.cancelled_at, t.completed_on, t.due_date,
                                                              t.progress_percent, 1) c
                            group by c.plan_id, c.state, c.due_date),
                        stored as (select plan_id, state, due_date, tasks from task_status_count)
                        select count(*) from ((select * from stored except all select * from recount)
                                              union all (select * from recount except all select * from stored)) d""")
                .query(Long.class).single();
    }
}
