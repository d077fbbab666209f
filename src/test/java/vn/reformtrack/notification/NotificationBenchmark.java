package vn.reformtrack.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.net.ServerSocket;
import java.sql.Date;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import vn.reformtrack.support.BenchmarkApplication;

/**
 * The reminder job and the mail outbox at a province's scale, in the whole application on its own embedded PostgreSQL
 * (jobs off, so only the benchmark runs them): 300 units, each with a head and a staff member, and 20,000 tasks over
 * ten years of issued plans; this year's calendar periods (the 9-months report missing from a third of the units) and
 * an ad hoc report due in two working days that two thirds have not sent.
 * <ul>
 *   <li>{@code reminderFirstRunOfTheDay}: a run that takes every step due (notifications, e-mails written); the steps,
 *       notifications and e-mails of the previous invocation are removed before each one, outside the measurement;</li>
 *   <li>{@code reminderRerun}: the hourly run once the day's steps are taken (it finds them taken);</li>
 *   <li>{@code outboxToSmtp}: 500 e-mails through the outbox to an SMTP server (GreenMail, in this JVM), in messages
 *       per second.</li>
 * </ul>
 * Run: {@code ./mvnw -Pbenchmark test-compile exec:exec -Dbenchmark=NotificationBenchmark}
 */
@State(Scope.Benchmark)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class NotificationBenchmark {

    static final int UNITS = 300;
    static final int TASKS = 20_000;
    static final int MAILS = 500;
    /** A Monday: the 9-months reports were due on 21/10, the ad hoc one is due on Wednesday 18/11. */
    static final LocalDate TODAY = LocalDate.of(2026, 11, 16);

    private BenchmarkApplication application;
    private JdbcTemplate jdbc;
    private Reminders reminders;
    private MailOutbox outbox;
    private GreenMail smtp;
    private JavaMailSenderImpl sender;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        application = BenchmarkApplication.start("notification-benchmark", "--reformtrack.demo.enabled=false",
                "--reformtrack.jobs.enabled=false");
        jdbc = application.bean(JdbcTemplate.class);
        reminders = application.bean(Reminders.class);
        outbox = application.bean(MailOutbox.class);
        province();
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        sender = NotificationMailTest.sender(port, Duration.ofSeconds(10));
        Reminders.Run first = reminders.run(TODAY);
        System.out.printf("%nA first run on %s: %d steps, %d notifications, %d e-mails%n", TODAY, first.steps(),
                first.notified(), jdbc.queryForObject("select count(*) from mail_outbox", Long.class));
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        smtp.stop();
        application.close();
    }

    /** Before each run of the day: nothing taken yet. */
    @State(Scope.Thread)
    public static class FreshDay {

        @Setup(Level.Invocation)
        public void forget(NotificationBenchmark benchmark) {
            benchmark.jdbc.update("delete from reminder_step");
            benchmark.jdbc.update("delete from mail_outbox");
            benchmark.jdbc.update("delete from notification");
        }
    }

    /** Before each outbox run: {@value #MAILS} e-mails waiting, the server's mailboxes empty. */
    @State(Scope.Thread)
    public static class WaitingMail {

        @Setup(Level.Invocation)
        public void fill(NotificationBenchmark benchmark) throws com.icegreen.greenmail.store.FolderException {
            benchmark.jdbc.update("delete from mail_outbox");
            benchmark.smtp.purgeEmailFromAllMailboxes();
            List<Object[]> rows = new ArrayList<>();
            for (int i = 0; i < MAILS; i++) {
                rows.add(new Object[] {"nguoi-nhan-" + i + "@benchmark.test.vn"});
            }
            benchmark.jdbc.batchUpdate("""
                    insert into mail_outbox (to_address, subject, body_text, body_html, kind, status, next_attempt_at,
                                             created_at)
                    values (?, '[ReformTrack] Báo cáo sắp đến hạn',
                            'Kính gửi anh/chị,' || chr(10) || 'Báo cáo kỳ “Quý III năm 2026” của đơn vị đến hạn ngày 18/11/2026.',
                            '<p>Kính gửi anh/chị,</p><p>Báo cáo kỳ “Quý III năm 2026” của đơn vị đến hạn ngày 18/11/2026.</p>',
                            'REPORT_DUE_SOON', 'WAITING', now(), now())""", rows);
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Reminders.Run reminderFirstRunOfTheDay(FreshDay day) {
        return reminders.run(TODAY);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Reminders.Run reminderRerun() {
        return reminders.run(TODAY);
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(MAILS)
    public int outboxToSmtp(WaitingMail mail) {
        int sent = 0;
        for (MailOutbox.Run run = outbox.deliverDue(sender); run.sent() > 0; run = outbox.deliverDue(sender)) {
            sent += run.sent();
        }
        if (sent != MAILS) {
            throw new IllegalStateException("sent " + sent + " of " + MAILS);
        }
        return sent;
    }

    /** The units and their people, the plans and tasks, the periods and this year's reports. */
    private void province() {
        long root = jdbc.queryForObject("""
                insert into unit (code, name, type, search_key) values ('ROOT', 'Ủy ban nhân dân tỉnh', 'PROVINCE_PC',
                'uy ban nhan dan tinh') returning id""", Long.class);
        List<Object[]> units = new ArrayList<>();
        for (int i = 1; i < UNITS; i++) {
            units.add(new Object[] {"U" + i, "Đơn vị số " + i, i % 3 == 0 ? "COMMUNE" : "DEPARTMENT", root, "don vi so " + i});
        }
        jdbc.batchUpdate("insert into unit (code, name, type, parent_id, search_key) values (?, ?, ?, ?, ?)", units);
        jdbc.update("""
                insert into user_account (username, full_name, email, password_hash, role, unit_id, search_key)
                select 'head' || u.id, 'Thủ trưởng ' || u.name, 'head' || u.id || '@benchmark.test.vn', 'x', 'UNIT_HEAD',
                       u.id, 'head' from unit u
                union all
                select 'staff' || u.id, 'Chuyên viên ' || u.name, 'staff' || u.id || '@benchmark.test.vn', 'x',
                       'UNIT_STAFF', u.id, 'staff' from unit u
                union all
                select 'coordinator' || n, 'Chuyên viên Sở Nội vụ ' || n, 'coordinator' || n || '@benchmark.test.vn', 'x',
                       'COORDINATOR', null, 'coordinator' from generate_series(1, 3) n
                union all
                select 'leader' || n, 'Lãnh đạo ' || n, 'leader' || n || '@benchmark.test.vn', 'x', 'LEADER', null,
                       'leader' from generate_series(1, 2) n""");
        long[] unitIds = jdbc.queryForList("select id from unit order by id", Long.class).stream()
                .mapToLong(Long::longValue).toArray();
        List<Long> plans = new ArrayList<>();
        for (int year = TODAY.getYear() - 9; year <= TODAY.getYear(); year++) {
            plans.add(jdbc.queryForObject("""
                    insert into plan (document_number, title, issuing_body, issue_date, year, status, issued_at, issued_by,
                                      search_key)
                    values (?, ?, 'UBND tỉnh', ?, ?, 'ISSUED', now(), 'benchmark', 'ke hoach') returning id""", Long.class,
                    (100 + year % 100) + "/KH-UBND", "Kế hoạch cải cách hành chính năm " + year,
                    Date.valueOf(LocalDate.of(year, 1, 15)), year));
        }
        Random random = new Random(12);
        List<Object[]> tasks = new ArrayList<>();
        for (int i = 0; i < TASKS; i++) {
            int offset = i % plans.size();
            int year = TODAY.getYear() - 9 + offset;
            LocalDate due = LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28));
            boolean done = due.isBefore(TODAY) && random.nextInt(10) < 8;
            long lead = unitIds[1 + random.nextInt(unitIds.length - 1)];
            tasks.add(new Object[] {plans.get(offset), "Nhiệm vụ số " + i, lead, random.nextBoolean() ? lead : -1L,
                Date.valueOf(due), done ? 100 : 0, done ? Date.valueOf(due) : null, "nhiem vu so " + i});
        }
        jdbc.batchUpdate("""
                insert into task (plan_id, title, lead_unit_id, responsible_user_id, deadline_kind, due_date, priority,
                                  progress_percent, completed_on, search_key)
                values (?, ?, ?, (select id from user_account where unit_id = ? and role = 'UNIT_STAFF'), 'DATE', ?,
                        'NORMAL', ?, ?, ?)""", tasks);
        int year = TODAY.getYear();
        jdbc.update("""
                insert into reporting_period (year, kind, title, starts_on, ends_on, due_on, status, created_by, updated_by)
                values (?, 'Q1', null, ?, ?, ?, 'OPEN', 'benchmark', 'benchmark'),
                       (?, 'H1', null, ?, ?, ?, 'OPEN', 'benchmark', 'benchmark'),
                       (?, 'Q3', null, ?, ?, ?, 'OPEN', 'benchmark', 'benchmark'),
                       (?, 'AD_HOC', 'Báo cáo đột xuất chuyển đổi số', ?, ?, ?, 'OPEN', 'benchmark', 'benchmark')""",
                year, Date.valueOf(LocalDate.of(year, 1, 1)), Date.valueOf(LocalDate.of(year, 3, 31)),
                Date.valueOf(LocalDate.of(year, 4, 21)),
                year, Date.valueOf(LocalDate.of(year, 1, 1)), Date.valueOf(LocalDate.of(year, 6, 30)),
                Date.valueOf(LocalDate.of(year, 7, 21)),
                year, Date.valueOf(LocalDate.of(year, 1, 1)), Date.valueOf(LocalDate.of(year, 9, 30)),
                Date.valueOf(LocalDate.of(year, 10, 21)),
                year, Date.valueOf(LocalDate.of(year, 10, 1)), Date.valueOf(LocalDate.of(year, 10, 31)),
                Date.valueOf(LocalDate.of(year, 11, 18)));
        // Reports: the first two periods from everyone; the 9 months from two units in three; the ad hoc from one in three.
        jdbc.update("""
                insert into unit_report (period_id, unit_id, status, submitted_at, submitted_by, timeliness,
                                         last_submitted_at, created_by, updated_by)
                select p.id, u.id, 'SUBMITTED', now(), 'benchmark', 'ON_TIME', now(), 'benchmark', 'benchmark'
                from reporting_period p join unit u on true
                where p.kind in ('Q1', 'H1') or (p.kind = 'Q3' and u.id % 3 <> 0) or (p.kind = 'AD_HOC' and u.id % 3 = 0)
                """);
        jdbc.execute("analyze");
    }
}
