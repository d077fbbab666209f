package vn.reformtrack.dashboard;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.reformtrack.planning.PlanningFixtures;
import vn.reformtrack.shared.text.VietnameseText;
import vn.reformtrack.support.TestData;

/**
 * A known year of plans, tasks and periodic reports, written straight into the tables (as the reporting module's
 * workflow would have left them), in a year no other test uses. Read it as the table below; the tests check their
 * figures against it by hand.
 *
 * <pre>
 * plan issued 15/01, tasks:  t1 led by A, B coordinates, due 30/06, open      t2 led by C, due 28/02, done 10/02
 * periods (all from 01/01):  Q1 due 15/04        H1 due 15/07        Q3 due 15/10
 * A (leads t1)               on time, accepted   late, submitted      -
 * B (coordinates t1)         draft               on time, returned    -
 * C (leads t2)               on time, accepted   -                    -
 * E (no task)                on time, submitted  -                    -
 * </pre>
 * The plan is closed on 31/01 the next year, so its open task weighs on no later year's reporting.
 * On 01/08 (Q1 and H1 due): A 2 due, 1 on time, 1 late; B 2 due, 1 on time, 1 missing; C 2 due, 1 on time, 1 missing;
 * E 1 due, 1 on time. A's entry on t1 in Q1 (60 %, with one evidence file) and B's part in H1 show in the drill-down.
 */
class ReportingYear {

    final int year;
    final long unitA;
    final long unitB;
    final long unitC;
    final long unitE;
    final long taskOne;
    final long taskTwo;
    final long evidenceId;
    final long reportAq1;

    ReportingYear(JdbcTemplate jdbc, TestData data, int year) {
        this.year = year;
        unitA = data.department("Sở A báo cáo").getId();
        unitB = data.department("Sở B phối hợp").getId();
        unitC = data.department("Sở C báo cáo").getId();
        unitE = data.department("Sở E không nhiệm vụ").getId();
        String number = PlanningFixtures.uniqueNumber();
        long plan = jdbc.queryForObject("""
                insert into plan (document_number, title, issuing_body, signer, issue_date, year, status, issued_at,
                                  issued_by, closed_at, closed_by, search_key)
                values (?, 'Kế hoạch thử báo cáo', 'UBND tỉnh thử', 'Người ký', ?, ?, 'CLOSED', ?, 'test', ?, 'test', ?)
                returning id""", Long.class, number, day(1, 15), year, instant(day(1, 15)),
                instant(LocalDate.of(year + 1, 1, 31)), VietnameseText.fold(number));
        taskOne = task(jdbc, plan, "Nhiệm vụ một của A", unitA, day(6, 30), null);
        taskTwo = task(jdbc, plan, "Nhiệm vụ hai của C", unitC, day(2, 28), day(2, 10));
        jdbc.update("insert into task_coordinating_unit (task_id, unit_id) values (?, ?)", taskOne, unitB);
        long q1 = period(jdbc, "Q1", day(3, 31), day(4, 15));
        long h1 = period(jdbc, "H1", day(6, 30), day(7, 15));
        period(jdbc, "Q3", day(9, 30), day(10, 15));
        reportAq1 = report(jdbc, q1, unitA, "ACCEPTED", "ON_TIME");
        long aH1 = report(jdbc, h1, unitA, "SUBMITTED", "LATE");
        long bQ1 = report(jdbc, q1, unitB, "DRAFT", null);
        long bH1 = report(jdbc, h1, unitB, "RETURNED", "ON_TIME");
        report(jdbc, q1, unitC, "ACCEPTED", "ON_TIME");
        report(jdbc, q1, unitE, "SUBMITTED", "ON_TIME");
        long entry = entry(jdbc, reportAq1, taskOne, "LEAD", 60, "Đã rà soát 12 thủ tục");
        entry(jdbc, aH1, taskOne, "LEAD", 90, "Đã công khai kết quả rà soát");
        entry(jdbc, bQ1, taskOne, "COORDINATING", 10, "Bản nháp chưa gửi");
        entry(jdbc, bH1, taskOne, "COORDINATING", 50, "Phối hợp khảo sát người dân");
        evidenceId = jdbc.queryForObject("""
                insert into evidence_file (owner_unit_id, original_file_name, safe_file_name, content_type, size_bytes,
                                           sha256, document_number, search_key, uploaded_by, uploaded_at)
                values (?, 'Quyết định rà soát.pdf', 'quyet-dinh-ra-soat.pdf', 'application/pdf', 1000, ?, '12/QĐ-SAB',
                        'quyet dinh ra soat', 'test', now()) returning id""", Long.class, unitA, "a".repeat(64));
        jdbc.update("insert into report_entry_evidence (entry_id, evidence_id) values (?, ?)", entry, evidenceId);
    }

    LocalDate day(int month, int dayOfMonth) {
        return LocalDate.of(year, month, dayOfMonth);
    }

    private static long task(JdbcTemplate jdbc, long plan, String title, long lead, LocalDate due, LocalDate completed) {
        return jdbc.queryForObject("""
                insert into task (plan_id, title, expected_output, lead_unit_id, deadline_kind, due_date, priority,
                                  progress_percent, completed_on, search_key)
                values (?, ?, 'Báo cáo', ?, 'DATE', ?, 'NORMAL', ?, ?, ?) returning id""", Long.class, plan, title, lead,
                Date.valueOf(due), completed == null ? 40 : 100, completed == null ? null : Date.valueOf(completed),
                VietnameseText.fold(title));
    }

    private long period(JdbcTemplate jdbc, String kind, LocalDate ends, LocalDate due) {
        return jdbc.queryForObject("""
                insert into reporting_period (year, kind, starts_on, ends_on, due_on, grace_days, status)
                values (?, ?, ?, ?, ?, 10, 'OPEN') returning id""", Long.class, year, kind, Date.valueOf(day(1, 1)),
                Date.valueOf(ends), Date.valueOf(due));
    }

    private static long report(JdbcTemplate jdbc, long period, long unit, String status, String timeliness) {
        Timestamp submitted = timeliness == null ? null : new Timestamp(System.currentTimeMillis());
        return jdbc.queryForObject("""
                insert into unit_report (period_id, unit_id, status, submitted_at, submitted_by, timeliness,
                                         last_submitted_at, accepted_at, accepted_by, returned_at, returned_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""", Long.class, period, unit, status, submitted,
                submitted == null ? null : "head", timeliness, submitted,
                status.equals("ACCEPTED") ? submitted : null, status.equals("ACCEPTED") ? "coordinator" : null,
                status.equals("RETURNED") ? submitted : null, status.equals("RETURNED") ? "coordinator" : null);
    }

    private static long entry(JdbcTemplate jdbc, long report, long task, String role, int progress, String workDone) {
        return jdbc.queryForObject("""
                insert into report_entry (report_id, task_id, role, progress_percent, unit_status, work_done)
                values (?, ?, ?, ?, 'IN_PROGRESS', ?) returning id""", Long.class, report, task, role, progress, workDone);
    }

    private static Timestamp instant(LocalDate day) {
        return Timestamp.from(day.atTime(9, 0).toInstant(ZoneOffset.ofHours(7)));
    }
}
