package vn.reformtrack.dashboard.largedata;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.reformtrack.shared.text.VietnameseText;

/**
 * Units, plans, targets and tasks of the large data set. Each unit has a steady "diligence" that decides how often it
 * finishes its tasks, and on time: so the league table and the units behind differ from one unit to the next, as
 * they do in a real province.
 */
class LargeProvince {

    static final String MARKER_CODE = "L-D01";
    static final int UNITS = 300;
    static final int TASKS_PER_PLAN = 1_000;
    private static final int BATCH = 1_000;

    private static final String[] WORK = {"Rà soát", "Kiểm tra", "Tuyên truyền", "Số hóa", "Khảo sát", "Đối thoại",
        "Chuẩn hóa", "Công khai", "Đánh giá", "Tập huấn", "Cập nhật", "Triển khai"};
    private static final String[] OBJECT = {"thủ tục hành chính", "văn bản quy phạm pháp luật", "hồ sơ một cửa",
        "dịch vụ công trực tuyến", "sự hài lòng của người dân", "vị trí việc làm", "kỷ luật, kỷ cương hành chính",
        "ngân sách cấp xã", "chuyển đổi số", "tiếp công dân"};
    private static final String[] PLACES = {"Hòa Bình", "Tân Lập", "Quang Trung", "Thống Nhất", "Đông Hải", "Hải Hòa",
        "Bình Minh", "Yên Thanh", "Hồng Phong", "Minh Thành", "Đại Yên", "Vĩnh Thực", "Quảng Tân", "Đồng Tâm", "Hải Sơn",
        "Tiên Lãng", "Đầm Hà", "Quảng La", "Sơn Dương", "Thanh Lâm"};

    private final JdbcTemplate jdbc;
    private final LocalDate today;
    private final Random random;
    private final Map<Long, Double> diligence = new HashMap<>();
    private long[] units;
    private long[] departments;

    LargeProvince(JdbcTemplate jdbc, LocalDate today, long seed) {
        this.jdbc = jdbc;
        this.today = today;
        this.random = new Random(seed);
    }

    /** Each unit's diligence (0.45–0.98): the share of its work done, and on time. */
    Map<Long, Double> diligence() {
        return diligence;
    }

    void write(int firstYear, int lastYear) {
        writeUnits();
        for (int year = firstYear; year <= lastYear; year++) {
            long parPlan = plan(year, 1, "Kế hoạch cải thiện Chỉ số PAR Index, SIPAS năm " + year,
                    "PAR_PROVINCE", "SIPAS");
            target(parPlan, "PAR_PROVINCE", "TOTAL_SCORE", "AT_LEAST", "91", 1);
            target(parPlan, "PAR_PROVINCE", "RANK", "AT_MOST", "3", 2);
            target(parPlan, "SIPAS", "SATISFACTION_PERCENT", "AT_LEAST", "92", 3);
            tasks(parPlan, year, "PAR_PROVINCE", "SIPAS");
            long papiPlan = plan(year, 2, "Kế hoạch nâng cao Chỉ số PAPI, PCI năm " + year, "PAPI", "PCI");
            target(papiPlan, "PAPI", "TOP_N", "AT_MOST", "10", 1);
            target(papiPlan, "PCI", "RANK", "AT_MOST", "5", 2);
            tasks(papiPlan, year, "PAPI", "PCI");
        }
    }

    private void writeUnits() {
        Long root = jdbc.query("select id from unit where parent_id is null and type = 'PROVINCE_PC' order by id limit 1",
                rs -> rs.next() ? rs.getLong(1) : null);
        if (root == null) {
            root = jdbc.queryForObject("""
                    insert into unit (code, name, type, search_key) values ('L-ROOT', 'Ủy ban nhân dân tỉnh',
                    'PROVINCE_PC', 'uy ban nhan dan tinh') returning id""", Long.class);
        }
        int existing = jdbc.queryForObject("select count(*) from unit", Integer.class);
        List<Object[]> rows = new ArrayList<>();
        int agencies = 25;
        for (int i = 1; i <= agencies; i++) {
            String name = (i % 3 == 0 ? "Ban Quản lý dự án số " : i % 3 == 1 ? "Chi cục chuyên ngành số " : "Trung tâm dịch vụ số ") + i;
            rows.add(new Object[] {String.format("L-D%02d", i), name, i % 3 == 0 ? "SECTOR_AGENCY" : "DEPARTMENT", root,
                VietnameseText.fold(name)});
        }
        for (int i = 1; rows.size() < UNITS - existing; i++) {
            String name = (i % 4 == 0 ? "Phường " : "Xã ") + PLACES[i % PLACES.length] + " " + (i / PLACES.length + 1);
            rows.add(new Object[] {String.format("L-X%03d", i), name, "COMMUNE", root, VietnameseText.fold(name)});
        }
        jdbc.batchUpdate("insert into unit (code, name, type, parent_id, search_key) values (?, ?, ?, ?, ?)", rows);
        units = jdbc.queryForList("select id from unit where active order by id", Long.class).stream()
                .mapToLong(Long::longValue).toArray();
        departments = jdbc.queryForList("select id from unit where active and type <> 'COMMUNE' order by id", Long.class)
                .stream().mapToLong(Long::longValue).toArray();
        for (long unit : units) {
            diligence.put(unit, 0.45 + random.nextDouble() * 0.53);
        }
    }

    private long plan(int year, int number, String title, String... frameworks) {
        String document = (900 + number) + "/KH-UBND";
        LocalDate issued = LocalDate.of(year, 1, 15);
        boolean closed = year < today.getYear();
        long id = jdbc.queryForObject("""
                insert into plan (document_number, title, issuing_body, signer, issue_date, year, status, issued_at,
                                  issued_by, closed_at, closed_by, search_key)
                values (?, ?, 'Ủy ban nhân dân tỉnh Quảng Ninh', 'Nguyễn Văn A', ?, ?, ?, ?, 'large-data', ?, ?, ?)
                returning id""", Long.class, document, title, Date.valueOf(issued), year, closed ? "CLOSED" : "ISSUED",
                timestamp(issued), closed ? timestamp(LocalDate.of(year + 1, 1, 31)) : null, closed ? "large-data" : null,
                VietnameseText.fold(document + " " + title));
        for (String framework : frameworks) {
            jdbc.update("insert into plan_framework (plan_id, framework_id) select ?, id from index_framework where code = ?",
                    id, framework);
        }
        return id;
    }

    private void target(long plan, String framework, String metric, String comparison, String value, int position) {
        jdbc.update("""
                insert into plan_target (plan_id, framework_id, metric, comparison, value, position)
                select ?, id, ?, ?, ?, ? from index_framework where code = ?""", plan, metric, comparison,
                new java.math.BigDecimal(value), position, framework);
    }

    private void tasks(long plan, int year, String... frameworks) {
        long[] criteria = criteria(year, frameworks);
        List<Object[]> rows = new ArrayList<>(TASKS_PER_PLAN);
        LocalDate issued = LocalDate.of(year, 1, 15);
        for (int i = 0; i < TASKS_PER_PLAN; i++) {
            long lead = random.nextInt(5) < 2 ? departments[random.nextInt(departments.length)]
                    : units[random.nextInt(units.length)];
            int kind = random.nextInt(20);
            String deadlineKind = kind < 14 ? "DATE" : kind < 17 ? "EACH_PERIOD" : "ALL_YEAR";
            LocalDate due = deadlineKind.equals("DATE") ? issued.plusDays(15 + random.nextInt(325)) : LocalDate.of(year, 12, 31);
            double q = diligence.get(lead);
            LocalDate completed = null;
            int progress;
            boolean cancelled = random.nextInt(50) == 0;
            if (due.isBefore(today)) {
                boolean done = random.nextDouble() < Math.min(0.97, q + 0.1);
                boolean onTime = random.nextDouble() < q;
                if (done) {
                    completed = onTime ? later(issued, due.minusDays(random.nextInt(40))) : due.plusDays(1 + random.nextInt(60));
                    if (!completed.isBefore(today)) {
                        completed = null;
                    }
                }
            } else if (random.nextDouble() < 0.2 * q) {
                completed = later(issued, today.minusDays(1 + random.nextInt(60)));
            }
            progress = completed != null ? 100 : random.nextInt(9) * 10;
            String title = WORK[random.nextInt(WORK.length)] + " " + OBJECT[random.nextInt(OBJECT.length)] + " năm " + year
                    + " (nhiệm vụ " + (i + 1) + ")";
            rows.add(new Object[] {plan, title, "Báo cáo kết quả", lead, deadlineKind, Date.valueOf(due),
                random.nextInt(4) == 0 ? "HIGH" : random.nextInt(3) == 0 ? "LOW" : "NORMAL", progress,
                completed == null ? null : Date.valueOf(completed),
                cancelled && completed == null ? timestamp(due.minusDays(30).isBefore(issued) ? issued : due.minusDays(30)) : null,
                cancelled && completed == null ? "Không còn phù hợp" : null, VietnameseText.fold(title)});
        }
        for (int from = 0; from < rows.size(); from += BATCH) {
            jdbc.batchUpdate("""
                    insert into task (plan_id, title, expected_output, lead_unit_id, deadline_kind, due_date, priority,
                                      progress_percent, completed_on, cancelled_at, cancel_reason, search_key)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows.subList(from, Math.min(rows.size(), from + BATCH)));
        }
        List<Long> ids = jdbc.queryForList("select id from task where plan_id = ? order by id", Long.class, plan);
        List<Object[]> coordinating = new ArrayList<>();
        List<Object[]> served = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            long lead = (long) rows.get(i)[3];
            int helpers = random.nextInt(3);
            for (int k = 0; k < helpers; k++) {
                long unit = units[random.nextInt(units.length)];
                if (unit != lead) {
                    coordinating.add(new Object[] {ids.get(i), unit});
                }
            }
            if (criteria.length > 0) {
                served.add(new Object[] {ids.get(i), criteria[random.nextInt(criteria.length)]});
                if (random.nextBoolean()) {
                    served.add(new Object[] {ids.get(i), criteria[random.nextInt(criteria.length)]});
                }
            }
        }
        jdbc.batchUpdate("insert into task_coordinating_unit (task_id, unit_id) values (?, ?) on conflict do nothing",
                coordinating);
        jdbc.batchUpdate("insert into task_criterion (task_id, criterion_id) values (?, ?) on conflict do nothing", served);
    }

    /** The criteria (not areas when there are criteria below them) of the methodologies in force in the year. */
    private long[] criteria(int year, String... frameworks) {
        return jdbc.queryForList("""
                        select c.id from criterion c join framework_version v on v.id = c.version_id
                        join index_framework f on f.id = v.framework_id
                        where f.code in (?, ?) and v.valid_from_year <= ? and (v.valid_to_year is null or v.valid_to_year >= ?)
                          and not c.retired
                        order by c.id""", Long.class, frameworks[0], frameworks[1], year, year)
                .stream().mapToLong(Long::longValue).toArray();
    }

    private static LocalDate later(LocalDate floor, LocalDate day) {
        return day.isBefore(floor) ? floor : day;
    }

    private static Timestamp timestamp(LocalDate day) {
        return Timestamp.from(day.atTime(9, 0).toInstant(ZoneOffset.ofHours(7)));
    }
}
