package vn.reformtrack.planning;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.reformtrack.identity.CurrentUser;
import vn.reformtrack.identity.Role;

/**
 * The task list pages with 20,000 tasks across 300 units, on a real embedded PostgreSQL migrated by Flyway: the
 * coordinator's list (first page; and filtered by year, status and words), its status counts, and a unit's "our
 * tasks" (leading and coordinating). Each measures the one statement its page runs.
 *
 * <p>Run: {@code ./mvnw -Pbenchmark test-compile exec:exec -Dbenchmark=TaskListBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TaskListBenchmark {

    static final int UNITS = 300;
    static final int TASKS = 20_000;
    static final int YEAR = 2026;

    private EmbeddedPostgres postgres;
    private TaskQueries queries;
    private LocalDate today;
    private CurrentUser coordinator;
    private CurrentUser unitUser;
    private long busyUnit;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
        DataSource dataSource = postgres.getPostgresDatabase();
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        today = LocalDate.of(YEAR, 11, 22);
        long[] units = units(jdbc);
        long[] criteria = criteria(jdbc);
        long[] plans = plans(jdbc);
        tasks(jdbc, units, criteria, plans);
        jdbc.execute("analyze");
        Long count = jdbc.queryForObject("select count(*) from task", Long.class);
        if (count == null || count != TASKS) {
            throw new IllegalStateException("expected " + TASKS + " tasks, found " + count);
        }
        busyUnit = units[7];
        queries = new TaskQueries(JdbcClient.create(dataSource), new TaskListVersion(JdbcClient.create(dataSource)));
        coordinator = new CurrentUser(1, "coordinator", "Điều phối", Role.COORDINATOR, null);
        unitUser = new CurrentUser(2, "head", "Thủ trưởng", Role.UNIT_HEAD, busyUnit);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        postgres.close();
    }

    @Benchmark
    public TaskListPage coordinatorFirstPage() {
        return queries.read(TaskFilter.none(), coordinator, today, PageRequest.of(0, 50));
    }

    @Benchmark
    public TaskListPage coordinatorFilteredPage() {
        return queries.read(new TaskFilter("kiem tra", null, YEAR, null, null, null, TaskStatus.OVERDUE, null, null,
                TaskSort.DEADLINE), coordinator, today, PageRequest.of(1, 50));
    }

    @Benchmark
    public TaskListPage coordinatorByUnitAndCriterion() {
        return queries.read(new TaskFilter(null, null, YEAR, busyUnit, null, 3L, null, null, null, TaskSort.PRIORITY),
                coordinator, today, PageRequest.of(0, 50));
    }

    @Benchmark
    public Object coordinatorStatusCounts() {
        return queries.countByStatus(new TaskFilter(null, null, YEAR, null, null, null, null, null, null, null),
                coordinator, today);
    }

    @Benchmark
    public TaskListPage unitLeadingTasks() {
        return queries.read(TaskFilter.none().withUnit(busyUnit, TaskRole.LEAD), unitUser, today, PageRequest.of(0, 50));
    }

    @Benchmark
    public TaskListPage unitCoordinatingTasks() {
        return queries.read(TaskFilter.none().withUnit(busyUnit, TaskRole.COORDINATING), unitUser, today,
                PageRequest.of(0, 50));
    }

    private static long[] units(JdbcTemplate jdbc) {
        long root = jdbc.queryForObject("""
                insert into unit (code, name, type, search_key) values ('ROOT', 'Ủy ban nhân dân tỉnh', 'PROVINCE_PC',
                'uy ban nhan dan tinh') returning id""", Long.class);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 1; i < UNITS; i++) {
            rows.add(new Object[] {"U" + i, "Đơn vị số " + i, i % 3 == 0 ? "COMMUNE" : "DEPARTMENT", root, "don vi so " + i});
        }
        jdbc.batchUpdate("insert into unit (code, name, type, parent_id, search_key) values (?, ?, ?, ?, ?)", rows);
        List<Object[]> users = new ArrayList<>();
        for (int i = 1; i < UNITS; i++) {
            users.add(new Object[] {"user" + i, "Chuyên viên " + i, "U" + i, "user" + i});
        }
        jdbc.batchUpdate("""
                insert into user_account (username, full_name, password_hash, role, unit_id, search_key)
                select ?, ?, 'x', 'UNIT_STAFF', id, ? from unit where code = ?""",
                users.stream().map(u -> new Object[] {u[0], u[1], u[3], u[2]}).toList());
        return jdbc.queryForList("select id from unit order by id", Long.class).stream().mapToLong(Long::longValue).toArray();
    }

    private static long[] criteria(JdbcTemplate jdbc) {
        long framework = jdbc.queryForObject("""
                insert into index_framework (code, name_vi, scale, subject) values ('PAR_PROVINCE', 'PAR Index', 'POINTS',
                'PROVINCE') returning id""", Long.class);
        long version = jdbc.queryForObject("""
                insert into framework_version (framework_id, label, valid_from_year) values (?, '876/QĐ-BNV', 2022)
                returning id""", Long.class, framework);
        for (int area = 1; area <= 8; area++) {
            long parent = jdbc.queryForObject("""
                    insert into criterion (version_id, code, name_vi, kind, assessment, position)
                    values (?, ?, ?, 'AREA', 'SELF_ASSESSED', ?) returning id""", Long.class, version, "" + area,
                    "Lĩnh vực " + area, area);
            for (int c = 1; c <= 4; c++) {
                jdbc.update("""
                        insert into criterion (version_id, parent_id, code, name_vi, kind, assessment, position)
                        values (?, ?, ?, ?, 'CRITERION', 'SELF_ASSESSED', ?)""", version, parent, area + "." + c,
                        "Tiêu chí " + area + "." + c, c);
            }
        }
        return jdbc.queryForList("select id from criterion order by id", Long.class).stream().mapToLong(Long::longValue)
                .toArray();
    }

    private static long[] plans(JdbcTemplate jdbc) {
        long[] plans = new long[5];
        for (int i = 0; i < plans.length; i++) {
            int year = YEAR - 2 + i % 3;
            plans[i] = jdbc.queryForObject("""
                    insert into plan (document_number, title, issuing_body, issue_date, year, status, issued_at, issued_by,
                                      search_key)
                    values (?, ?, 'UBND tỉnh', ?, ?, 'ISSUED', now(), 'bench', 'ke hoach') returning id""", Long.class,
                    (100 + i) + "/KH-UBND", "Kế hoạch " + i, Date.valueOf(LocalDate.of(year, 1, 10 + i)), year);
        }
        return plans;
    }

    private static void tasks(JdbcTemplate jdbc, long[] units, long[] criteria, long[] plans) {
        Random random = new Random(42);
        String[] words = {"Kiểm tra", "Rà soát", "Tuyên truyền", "Số hóa", "Khảo sát", "Đối thoại", "Chuẩn hóa"};
        String[] kinds = {"DATE", "DATE", "DATE", "EACH_PERIOD", "ALL_YEAR"};
        String[] priorities = {"HIGH", "NORMAL", "NORMAL", "LOW"};
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < TASKS; i++) {
            long plan = plans[i % plans.length];
            int year = YEAR - 2 + (i % plans.length) % 3;
            String kind = kinds[random.nextInt(kinds.length)];
            LocalDate due = kind.equals("DATE") ? LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28))
                    : LocalDate.of(year, 12, 31);
            boolean done = random.nextInt(3) == 0 && !due.isAfter(LocalDate.of(YEAR, 11, 22));
            int progress = done ? 100 : random.nextInt(5) * 20;
            String title = words[random.nextInt(words.length)] + " nhiệm vụ số " + i;
            rows.add(new Object[] {plan, title, "Báo cáo " + i, units[1 + random.nextInt(units.length - 1)],
                random.nextInt(4) == 0 ? null : units[1 + random.nextInt(units.length - 1)], kind, Date.valueOf(due),
                priorities[random.nextInt(priorities.length)], progress,
                done ? Date.valueOf(due.plusDays(random.nextInt(20) - 10)) : null,
                random.nextInt(40) == 0 ? "Hủy" : null,
                vn.reformtrack.shared.text.VietnameseText.fold(title)});
        }
        jdbc.batchUpdate("""
                insert into task (plan_id, title, expected_output, lead_unit_id, responsible_user_id, deadline_kind,
                                  due_date, priority, progress_percent, completed_on, cancel_reason, cancelled_at, search_key)
                values (?, ?, ?, ?, (select id from user_account where unit_id = ? limit 1), ?, ?, ?, ?, ?, ?,
                        case when cast(? as text) is null then null else now() end, ?)""",
                rows.stream().map(r -> new Object[] {r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9], r[10],
                    r[10], r[11]}).toList());
        List<Object[]> coordinating = new ArrayList<>();
        List<Object[]> served = new ArrayList<>();
        List<Long> ids = jdbc.queryForList("select id from task order by id", Long.class);
        for (long id : ids) {
            int count = random.nextInt(4);
            for (int k = 0; k < count; k++) {
                coordinating.add(new Object[] {id, units[1 + random.nextInt(units.length - 1)]});
            }
            served.add(new Object[] {id, criteria[random.nextInt(criteria.length)]});
            if (random.nextBoolean()) {
                served.add(new Object[] {id, criteria[random.nextInt(criteria.length)]});
            }
        }
        jdbc.batchUpdate("""
                insert into task_coordinating_unit (task_id, unit_id)
                select ?, ? where not exists (select 1 from task t where t.id = ? and t.lead_unit_id = ?)
                on conflict do nothing""",
                coordinating.stream().map(c -> new Object[] {c[0], c[1], c[0], c[1]}).toList());
        jdbc.batchUpdate("insert into task_criterion (task_id, criterion_id) values (?, ?) on conflict do nothing", served);
    }
}
