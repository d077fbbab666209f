package vn.reformtrack.reporting;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
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
import vn.reformtrack.evidence.EvidenceSamples;
import vn.reformtrack.evidence.SignedInHttpClient;
import vn.reformtrack.identity.CurrentUser;
import vn.reformtrack.identity.Role;
import vn.reformtrack.shared.text.VietnameseText;
import vn.reformtrack.support.BenchmarkApplication;

/**
 * Periodic reporting under load, on the whole application (its own embedded PostgreSQL in a temporary directory,
 * demo data on):
 * <ul>
 *   <li>{@code uploadToEntryOverHttp}: the demo staff's 9-months report entry gets a 20 MB PDF-like file
 *       (incompressible) as the report page does it — {@code POST /evidence} from the widget, then the entry saved with
 *       the file linked ({@code POST /reporting/reports/{id}/entries/{entry}}); each invocation counts 20 operations,
 *       so the score reads as MB/s;</li>
 *   <li>{@code downloadFromEntryOverHttp}: that entry's 20 MB file downloaded ({@code GET /evidence/{id}/download}),
 *       in MB/s;</li>
 *   <li>{@code consolidatedFigures} and {@code consolidatedFiguresAndDocx}: the consolidated report of a period in
 *       which 300 units (7 tasks each, half of them with a coordinating unit, 30 units late) have accepted reports —
 *       the figures alone, and figures plus the Nghị định 30 .docx as the download builds it, in ms.</li>
 * </ul>
 * Files uploaded by an iteration are deleted after it, so the disk does not fill up.
 *
 * <pre>./mvnw -Pbenchmark test-compile exec:exec -Dbenchmark=ReportingBenchmark</pre>
 */
@State(Scope.Benchmark)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 4, time = 5)
@Fork(1)
public class ReportingBenchmark {

    static final int MEGABYTES = 20;
    static final int UNITS = 300;
    static final int TASKS_PER_UNIT = 7;
    static final String BOUNDARY = "----reporting-benchmark";

    private BenchmarkApplication application;
    private JdbcTemplate jdbc;
    private ConsolidatedReports consolidated;
    private CurrentUser coordinator;
    private SignedInHttpClient http;
    private String csrfToken;
    private long reportId;
    private long entryId;
    private long entryVersion;
    private long keptFileId;
    private long lastFileBefore;
    private byte[] uploadBody;
    private long bigPeriodId;

    @Setup(Level.Trial)
    public void startTheApplication() throws Exception {
        application = BenchmarkApplication.start("reporting-benchmark");
        jdbc = application.bean(JdbcTemplate.class);
        consolidated = application.bean(ConsolidatedReports.class);
        coordinator = new CurrentUser(0, "coordinator", "Điều phối", Role.COORDINATOR, null);
        int year = LocalDate.now().getYear();

        long stp = jdbc.queryForObject("select id from unit where code = 'STP'", Long.class);
        reportId = jdbc.queryForObject("""
                select r.id from unit_report r join reporting_period p on p.id = r.period_id
                where r.unit_id = ? and p.kind = 'Q3' and p.year = ?""", Long.class, stp, year);
        entryId = jdbc.queryForObject("select min(id) from report_entry where report_id = ?", Long.class, reportId);
        entryVersion = jdbc.queryForObject("select version from report_entry where id = ?", Long.class, entryId);
        lastFileBefore = jdbc.queryForObject("select coalesce(max(id), 0) from evidence_file", Long.class);
        uploadBody = BenchmarkApplication.multipart(BOUNDARY, Map.of("ownerUnitId", Long.toString(stp), "linkField",
                "evidenceIds"), "ho-so-20MB.pdf", EvidenceSamples.pdfOfSize(MEGABYTES * 1024 * 1024, 20));
        http = SignedInHttpClient.signIn(application.port(), "staff", "demo123");
        Document report = http.page("/reporting/reports/" + reportId);
        csrfToken = report.select("meta[name=_csrf]").attr("content");
        keptFileId = uploadToEntryOverHttp();

        bigPeriodId = threeHundredUnitsWithAcceptedReports(year);
        jdbc.execute("analyze");
    }

    @TearDown(Level.Iteration)
    public void deleteWhatTheIterationUploaded() {
        jdbc.update("delete from report_entry_evidence where evidence_id > ? and evidence_id <> ?", lastFileBefore, keptFileId);
        jdbc.update("delete from evidence_file where id > ? and id <> ?", lastFileBefore, keptFileId);
        jdbc.execute("vacuum evidence_chunk");
    }

    @TearDown(Level.Trial)
    public void stopTheApplication() throws IOException {
        application.close();
    }

    /** Uploads the 20 MB file from the entry's widget and saves the entry with it linked; the file's id. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(MEGABYTES)
    public long uploadToEntryOverHttp() throws Exception {
        HttpResponse<String> uploaded = http.send(http.request("/evidence")
                        .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                        .header("X-CSRF-TOKEN", csrfToken)
                        .header("HX-Request", "true")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(uploadBody))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        BenchmarkApplication.expectOk(uploaded.statusCode(), uploaded.body());
        long fileId = Long.parseLong(Jsoup.parseBodyFragment(uploaded.body())
                .select("input[type=hidden][name=evidenceIds]").attr("value"));
        String form = "version=" + entryVersion + "&progressPercent=60&status=IN_PROGRESS&evidenceIds=" + fileId
                + "&workDone=" + URLEncoder.encode("Tiếp tục rà soát văn bản", StandardCharsets.UTF_8);
        HttpResponse<String> saved = http.send(http.request("/reporting/reports/" + reportId + "/entries/" + entryId)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("X-CSRF-TOKEN", csrfToken)
                        .header("HX-Request", "true")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        BenchmarkApplication.expectOk(saved.statusCode(), saved.body());
        entryVersion = Long.parseLong(Jsoup.parseBodyFragment(saved.body())
                .select("input[name=version]").attr("value"));
        return fileId;
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @OperationsPerInvocation(MEGABYTES)
    public long downloadFromEntryOverHttp() throws Exception {
        HttpResponse<InputStream> response = http.send(
                http.request("/evidence/" + keptFileId + "/download").build(), HttpResponse.BodyHandlers.ofInputStream());
        BenchmarkApplication.expectOk(response.statusCode(), "");
        try (var body = response.body()) {
            return body.transferTo(OutputStream.nullOutputStream());
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Object consolidatedFigures() {
        return consolidated.figures(bigPeriodId, coordinator);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public int consolidatedFiguresAndDocx() {
        return consolidated.docx(bigPeriodId, coordinator).content().length;
    }

    /**
     * 300 units, an issued plan with 7 tasks led by each (tied to the demo's criteria, half coordinated by the next
     * unit), an ad hoc period in January and every unit's accepted report on it (30 of them late), by SQL.
     */
    private long threeHundredUnitsWithAcceptedReports(int year) {
        long province = jdbc.queryForObject("select id from unit where parent_id is null order by id limit 1", Long.class);
        List<Object[]> units = new ArrayList<>();
        for (int i = 1; i <= UNITS; i++) {
            String name = (i % 3 == 0 ? "Xã thử " : "Sở thử ") + i;
            units.add(new Object[] {"BENCH" + i, name, i % 3 == 0 ? "COMMUNE" : "DEPARTMENT", province,
                VietnameseText.fold(name)});
        }
        jdbc.batchUpdate("insert into unit (code, name, type, parent_id, search_key) values (?, ?, ?, ?, ?)", units);
        long[] unitIds = jdbc.queryForList("select id from unit where code like 'BENCH%' order by id", Long.class)
                .stream().mapToLong(Long::longValue).toArray();
        long plan = jdbc.queryForObject("""
                insert into plan (document_number, title, issuing_body, issue_date, year, status, issued_at, issued_by,
                                  search_key)
                values ('999/KH-UBND', 'Kế hoạch thử tải', 'UBND tỉnh', ?, ?, 'ISSUED', now(), 'bench', 'ke hoach thu tai')
                returning id""", Long.class, Date.valueOf(LocalDate.of(year, 1, 2)), year);
        long[] criteria = jdbc.queryForList("""
                select c.id from criterion c join framework_version v on v.id = c.version_id
                join index_framework f on f.id = v.framework_id
                where f.code = 'PAR_PROVINCE' and v.valid_from_year <= ? order by v.valid_from_year desc, c.id limit 40""",
                Long.class, year).stream().mapToLong(Long::longValue).toArray();
        String[] words = {"Kiểm tra", "Rà soát", "Tuyên truyền", "Số hóa", "Khảo sát", "Đối thoại", "Chuẩn hóa"};
        List<Object[]> tasks = new ArrayList<>();
        for (int u = 0; u < unitIds.length; u++) {
            for (int t = 0; t < TASKS_PER_UNIT; t++) {
                String title = words[t] + " nhiệm vụ thử " + u + "." + t;
                tasks.add(new Object[] {plan, title, unitIds[u], Date.valueOf(LocalDate.of(year, 6 + t % 6, 28)),
                    VietnameseText.fold(title)});
            }
        }
        jdbc.batchUpdate("""
                insert into task (plan_id, title, lead_unit_id, deadline_kind, due_date, priority, search_key)
                values (?, ?, ?, 'DATE', ?, 'NORMAL', ?)""", tasks);
        List<long[]> taskRows = jdbc.query("select id, lead_unit_id from task where plan_id = ? order by id",
                (rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)}, plan);
        List<Object[]> links = new ArrayList<>();
        List<Object[]> coordinating = new ArrayList<>();
        for (int i = 0; i < taskRows.size(); i++) {
            long task = taskRows.get(i)[0];
            links.add(new Object[] {task, criteria[i % criteria.length]});
            if (i % 2 == 0) {
                coordinating.add(new Object[] {task, unitIds[(i / TASKS_PER_UNIT + 1) % unitIds.length]});
            }
        }
        jdbc.batchUpdate("insert into task_criterion (task_id, criterion_id) values (?, ?)", links);
        jdbc.batchUpdate("insert into task_coordinating_unit (task_id, unit_id) values (?, ?)", coordinating);

        LocalDate start = LocalDate.of(year, 1, 5);
        long period = application.bean(PeriodService.class).create(new PeriodCommand(PeriodKind.AD_HOC, year,
                "Báo cáo thử tải 300 đơn vị", start, start, start.plusDays(10), null), coordinator).getId();
        Instant due = start.plusDays(10).atStartOfDay(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toInstant();
        List<Object[]> reports = new ArrayList<>();
        for (int u = 0; u < unitIds.length; u++) {
            boolean late = u % 10 == 0;
            Timestamp sent = Timestamp.from(due.plusSeconds(late ? 3 * 86400 : -86400));
            reports.add(new Object[] {period, unitIds[u], "Đơn vị thử " + u + " đã triển khai các nhiệm vụ của kỳ; "
                + "kết quả cụ thể như sau.", u % 4 == 0 ? "Thiếu nhân lực." : null, u % 5 == 0 ? "Đề nghị bổ sung kinh phí." : null,
                sent, late ? "LATE" : "ON_TIME", sent, Timestamp.from(sent.toInstant().plusSeconds(7200))});
        }
        jdbc.batchUpdate("""
                insert into unit_report (period_id, unit_id, status, general_assessment, difficulties, proposals,
                                         submitted_at, submitted_by, timeliness, last_submitted_at, accepted_at, accepted_by)
                values (?, ?, 'ACCEPTED', ?, ?, ?, ?, 'bench', ?, ?, ?, 'coordinator')""", reports);
        jdbc.update("""
                insert into report_entry (report_id, task_id, role, position, progress_percent, unit_status, work_done,
                                          progress_outcome)
                select r.id, t.id, case when t.lead_unit_id = r.unit_id then 'LEAD' else 'COORDINATING' end,
                       row_number() over (partition by r.id order by t.id), p.progress,
                       case when p.progress = 0 then 'NOT_STARTED' else 'IN_PROGRESS' end,
                       'Đã triển khai theo kế hoạch', 'APPLIED'
                from unit_report r
                join task t on t.plan_id = ? and (t.lead_unit_id = r.unit_id
                     or exists (select 1 from task_coordinating_unit c where c.task_id = t.id and c.unit_id = r.unit_id))
                cross join lateral (select (t.id * 37 % 10) * 10 as progress) p
                where r.period_id = ?""", plan, period);
        jdbc.update("update task t set progress_percent = e.progress_percent from report_entry e "
                + "where e.task_id = t.id and e.role = 'LEAD' and t.plan_id = ?", plan);
        Long entries = jdbc.queryForObject("select count(*) from report_entry e join unit_report r on r.id = e.report_id "
                + "where r.period_id = ?", Long.class, period);
        if (entries == null || entries < (long) UNITS * TASKS_PER_UNIT) {
            throw new IllegalStateException("expected at least " + UNITS * TASKS_PER_UNIT + " entries, found " + entries);
        }
        return period;
    }

}
