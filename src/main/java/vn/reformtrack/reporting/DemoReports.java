package vn.reformtrack.reporting;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lombok.extern.slf4j.Slf4j;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.reformtrack.evidence.EvidenceDetails;
import vn.reformtrack.evidence.EvidenceStore;
import vn.reformtrack.evidence.OnePagePdf;
import vn.reformtrack.identity.CurrentUser;
import vn.reformtrack.identity.Role;
import vn.reformtrack.identity.UserAdminService;
import vn.reformtrack.identity.UserCommand;
import vn.reformtrack.identity.UserDirectory;
import vn.reformtrack.organization.UnitDirectory;
import vn.reformtrack.organization.UnitSummary;
import vn.reformtrack.planning.PlanningQueries;
import vn.reformtrack.planning.TaskProgressRecorder;
import vn.reformtrack.shared.demo.DemoMode;
import vn.reformtrack.shared.startup.StartupOrder;
import vn.reformtrack.shared.startup.StartupTask;

/**
 * Demo reporting, loaded once after the demo plans (demo mode only): this year's calendar; the first quarter and the
 * 6 months reported by the demo units — most accepted, one late, one returned, one missing — with entries, a couple of
 * small evidence PDFs (one backing entries of both periods, one a coordinating unit's) and then closed; the 9 months
 * current (its due date moved a week ahead), a few units already sent, and Sở Tư pháp's report (the {@code head} and
 * {@code staff} accounts) half written, for a newcomer to finish and submit. The lead units' accepted figures of the
 * 6 months are those the demo tasks show, so the plans' demo is unchanged. A past period is written only once its
 * entry has closed, so nothing is dated in the future.
 */
@Slf4j
@Component
class DemoReports implements StartupTask {

    private static final String PASSWORD = "demo123";
    /** The second line of every demo evidence file, so nobody takes it for a real document. */
    private static final String DEMO_LINE = "Tai lieu kiem chung - du lieu minh hoa cua ReformTrack";

    private final DemoMode demoMode;
    private final ReportingPeriodRepository periodRepository;
    private final UnitReportRepository reports;
    private final PeriodService periods;
    private final PlanningQueries planning;
    private final TaskProgressRecorder progress;
    private final EvidenceStore evidence;
    private final UnitDirectory units;
    private final UserDirectory users;
    private final UserAdminService accounts;
    private final Clock clock;

    private final Map<String, Long> unitIds = new HashMap<>();

    DemoReports(DemoMode demoMode, ReportingPeriodRepository periodRepository, UnitReportRepository reports,
            PeriodService periods, PlanningQueries planning, TaskProgressRecorder progress, EvidenceStore evidence,
            UnitDirectory units, UserDirectory users, UserAdminService accounts, Clock clock) {
        this.demoMode = demoMode;
        this.periodRepository = periodRepository;
        this.reports = reports;
        this.periods = periods;
        this.planning = planning;
        this.progress = progress;
        this.evidence = evidence;
        this.units = units;
        this.users = users;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public int order() {
        return StartupOrder.DEMO_REPORTS;
    }

    @Override
    @Transactional
    public void run() {
        if (!demoMode.isOn() || periodRepository.count() > 0 || units.findByCode("STP").isEmpty()
                || planning.plans(LocalDate.now(clock).getYear()).isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        CurrentUser coordinator = new CurrentUser(0, "coordinator", "Nguyễn Thị Thu Hà", Role.COORDINATOR, unit("SNV"));
        heads();
        List<ReportingPeriod> calendar = periods.generateYear(today.getYear(), 15, 10, coordinator);
        ReportingPeriod q1 = calendar.get(0);
        ReportingPeriod h1 = calendar.get(1);
        ReportingPeriod q3 = calendar.get(2);

        Long stpFile = null;
        if (isPast(q1, today)) {
            stpFile = file("STP", "Báo cáo rà soát VBQPPL quý I.pdf", "45/BC-STP", q1.getEndsOn().minusDays(3), "Sở Tư pháp");
            long snvFile = file("SNV", "Danh mục văn bản đề nghị rà soát.pdf", "112/SNV-CCHC", q1.getEndsOn().minusDays(10),
                    "Sở Nội vụ");
            firstQuarter(q1, stpFile, snvFile);
            periods.close(q1.getId(), q1.getVersion(), coordinator);
        }
        if (isPast(h1, today)) {
            sixMonths(h1, stpFile);
            periods.close(h1.getId(), h1.getVersion(), coordinator);
        }
        if (q3.hasStarted(today)) {
            if (q3.isEntryLocked(today)) {
                periods.update(q3.getId(), q3.getVersion(), new PeriodCommand(q3.getKind(), q3.getYear(), null,
                        q3.getStartsOn(), q3.getEndsOn(), today.plusDays(7), 10), coordinator);
            }
            nineMonths(q3, today);
        }
        log.info("Demo mode: loaded the reporting calendar of {} with the units' reports", today.getYear());
    }

    /** Units that the chasing lists name have a head on record, with contacts. */
    private void heads() {
        head("head.vp", "Hoàng Văn Long", "VP", "0203 3835 166");
        head("head.tienyen", "Nông Thị Hằng", "X-TIENYEN", "0203 3876 215");
        head("head.halong", "Đỗ Minh Tuấn", "P-HALONG", "0203 3825 400");
        head("head.snv", "Trịnh Quang Huy", "SNV", "0203 3835 572");
    }

    private void firstQuarter(ReportingPeriod q1, long stpFile, long snvFile) {
        Story story = new Story(q1);
        story.accepted("STP", 5, Map.of(
                "Rà soát, hệ thống hóa", entry(20, "Đã lập danh mục 320 văn bản cần rà soát; hoàn thành rà soát 64 văn bản.", stpFile),
                "Kiểm tra công tác thi hành", notStarted(),
                "Chuẩn hóa, công khai", notStarted(),
                "Tuyên truyền, phổ biến", entry(25, "Tổ chức 02 hội nghị phổ biến pháp luật về CCHC cho doanh nghiệp.", null),
                "Kiểm tra công tác cải cách", entry(30, "Cử 02 công chức tham gia đoàn kiểm tra của Sở Nội vụ.", null),
                "Đối thoại giữa lãnh đạo", entry(20, "Tổng hợp 15 kiến nghị về thủ tục hành chính lĩnh vực tư pháp.", null),
                "Số hóa hồ sơ", notStarted()),
                "Quý I, Sở đã triển khai đầy đủ các nhiệm vụ được giao; công tác rà soát văn bản được ưu tiên.",
                "Số lượng văn bản cần rà soát lớn sau sắp xếp đơn vị hành chính.", null);
        story.accepted("SNV", 4, Map.of(
                "Kiểm tra công tác cải cách", entry(30, "Ban hành Kế hoạch kiểm tra CCHC năm; kiểm tra 05 sở, 04 xã.", null),
                "Khảo sát sự hài lòng", entry(10, "Xây dựng bộ phiếu khảo sát.", null),
                "Rà soát, hệ thống hóa", entry(10, "Gửi danh mục văn bản đề nghị Sở Tư pháp rà soát.", snvFile),
                "Đối thoại giữa lãnh đạo", entry(20, "Chuẩn bị nội dung hội nghị đối thoại.", null)),
                "Hoàn thành các nhiệm vụ quý I theo kế hoạch.", null, "Đề nghị các sở gửi báo cáo đúng hạn.");
        story.acceptedAll("TTPVHCC", 3, 15, "Vận hành ổn định Trung tâm; 98,6 % hồ sơ giải quyết đúng hạn.");
        story.acceptedAll("STC", 6, 25, "Công khai dự toán ngân sách năm tại 100 % xã, phường.");
        story.acceptedAll("CAT", 7, 20, "Phối hợp kiểm tra việc xử lý vi phạm hành chính.");
        story.acceptedAll("SKHCN", 2, 10, "Hỗ trợ kỹ thuật số hóa hồ sơ tại Trung tâm.");
        story.acceptedAll("SVHTT", 8, 25, "Đăng 12 tin, bài tuyên truyền CCHC.");
        story.acceptedAllLate("P-HALONG", 4, 20, "Niêm yết công khai thủ tục, ngân sách tại trụ sở phường.");
        story.acceptedAll("X-TIENYEN", 9, 15, "Công khai ngân sách xã trên bảng tin và Cổng thông tin.");
        // Văn phòng UBND tỉnh sent nothing for the first quarter: missing.
    }

    private void sixMonths(ReportingPeriod h1, Long stpFile) {
        Story story = new Story(h1);
        story.accepted("STP", 8, Map.of(
                "Rà soát, hệ thống hóa", entry(60, "Hoàn thành rà soát 192/320 văn bản; đề xuất bãi bỏ 14 văn bản.", stpFile),
                "Kiểm tra công tác thi hành", entry(30, "Ban hành kế hoạch kiểm tra tại 06 xã, phường.", null),
                "Chuẩn hóa, công khai", notStarted(),
                "Tuyên truyền, phổ biến", entry(50, "Tổ chức 05 hội nghị; phát hành 2.000 tờ gấp.", null),
                "Kiểm tra công tác cải cách", entry(50, "Tham gia kiểm tra 08 đơn vị.", null),
                "Đối thoại giữa lãnh đạo", entry(60, "Dự thảo văn bản trả lời 15 kiến nghị.", null),
                "Số hóa hồ sơ", entry(20, "Số hóa 1.250 hồ sơ chứng thực.", null)),
                "6 tháng đầu năm, Sở hoàn thành đúng tiến độ phần lớn nhiệm vụ; tiến độ rà soát văn bản đạt 60 %.",
                "Nhân lực làm công tác rà soát còn thiếu.", "Đề nghị bổ sung kinh phí thuê chuyên gia rà soát văn bản.");
        story.accepted("SNV", 6, Map.of(
                "Kiểm tra công tác cải cách", entry(80, "Đã kiểm tra 12/15 đơn vị theo kế hoạch.", null),
                "Khảo sát sự hài lòng", entry(20, "Hoàn thành bộ phiếu; tập huấn điều tra viên.", null),
                "Rà soát, hệ thống hóa", entry(40, "Phối hợp thẩm định danh mục văn bản.", null),
                "Đối thoại giữa lãnh đạo", entry(50, "Tham mưu tổ chức hội nghị đối thoại.", null)),
                "Các nhiệm vụ trọng tâm 6 tháng đầu năm cơ bản hoàn thành.", null, null);
        story.acceptedAll("TTPVHCC", 5, 10, "Tiếp nhận 41.520 hồ sơ; 99,1 % giải quyết đúng hạn.");
        story.acceptedAllLate("STC", 6, 40, "Hướng dẫn các xã công khai quyết toán ngân sách.");
        story.acceptedAll("CAT", 9, 40, "Phối hợp kiểm tra tại 03 phường.");
        story.acceptedAll("SKHCN", 7, 20, "Nâng cấp hệ thống số hóa.");
        story.acceptedAll("SVHTT", 6, 50, "Phát sóng chuyên mục CCHC hằng tháng.");
        story.acceptedAll("P-HALONG", 10, 45, "Công khai quyết toán ngân sách năm trước.");
        story.returned("VP", 12, "Báo cáo chưa nêu kết quả hội nghị đối thoại; đề nghị bổ sung số liệu và tài liệu kiểm chứng.");
        // Xã Tiên Yên sent nothing for the 6 months: missing.
    }

    private void nineMonths(ReportingPeriod q3, LocalDate today) {
        Story story = new Story(q3);
        LocalDate sent = today.minusDays(2);
        story.submitted("SNV", sent, 90);
        story.inReview("TTPVHCC", sent.minusDays(1), 30);
        UnitReport stp = story.open("STP", "staff");
        fill(stp, "Rà soát, hệ thống hóa", entry(60, "Tiếp tục rà soát; đã trình UBND tỉnh bãi bỏ 14 văn bản.", null), today);
        fill(stp, "Tuyên truyền, phổ biến", entry(70, "Tổ chức thêm 03 hội nghị ở các xã vùng cao.", null), today);
        stp.describe(new NarrativeCommand("9 tháng năm " + q3.getYear() + ", Sở Tư pháp tiếp tục triển khai các nhiệm vụ "
                + "cải cách hành chính; ", null, null), q3.deadline(), today);
        reports.save(stp);
    }

    /** What the demo units write, period by period, with the times the transitions happened. */
    private final class Story {

        private final ReportingPeriod period;
        private final LocalDate due;

        Story(ReportingPeriod period) {
            this.period = period;
            this.due = period.getDueOn();
        }

        UnitReport open(String code, String by) {
            long unitId = unit(code);
            UnitReport report = UnitReport.open(period.getId(), unitId, by, at(period.getEndsOn().minusDays(10), 8));
            report.refill(planning.tasksOfUnit(unitId, period.getStartsOn(), period.getEndsOn()));
            return reports.saveAndFlush(report);
        }

        /** Sent {@code daysBeforeDue} days before the due date (negative: after it), reviewed and accepted. */
        void accepted(String code, int daysBeforeDue, Map<String, Entry> entries, String assessment, String difficulties,
                String proposals) {
            UnitReport report = written(code, daysBeforeDue, entries, assessment, difficulties, proposals);
            LocalDate sent = due.minusDays(daysBeforeDue);
            report.submit(head(code), zoned(sent, 15), period.deadline());
            report.startReview("coordinator", zoned(sent.plusDays(1), 9), period.deadline());
            report.accept("coordinator", zoned(sent.plusDays(2), 10), period.deadline(), (entry, unitId) ->
                    progress.recordAcceptedProgress(entry.getTaskId(), unitId, entry.getProgressPercent(),
                            entry.getCompletedOn(), "coordinator"));
            reports.save(report);
        }

        void acceptedAll(String code, int daysBeforeDue, int percent, String work) {
            accepted(code, daysBeforeDue, Map.of("", entry(percent, work, null)), work, null, null);
        }

        void acceptedAllLate(String code, int daysAfterDue, int percent, String work) {
            accepted(code, -daysAfterDue, Map.of("", entry(percent, work, null)), work, null, null);
        }

        void returned(String code, int daysBeforeDue, String comment) {
            UnitReport report = written(code, daysBeforeDue, Map.of("", entry(50, "Đang tổng hợp kết quả.", null)),
                    "Đã triển khai các nhiệm vụ được giao.", null, null);
            LocalDate sent = due.minusDays(daysBeforeDue);
            report.submit(head(code), zoned(sent, 15), period.deadline());
            report.startReview("coordinator", zoned(sent.plusDays(1), 9), period.deadline());
            report.returnToUnit("coordinator", zoned(sent.plusDays(1), 16), period.deadline(), comment, Map.of());
            reports.save(report);
        }

        void submitted(String code, LocalDate sent, int percent) {
            UnitReport report = written(code, (int) (due.toEpochDay() - sent.toEpochDay()),
                    Map.of("", entry(percent, "Đã hoàn thành phần lớn công việc của 9 tháng.", null)),
                    "Các nhiệm vụ 9 tháng đạt tiến độ đề ra.", null, null);
            report.submit(head(code), zoned(sent, 16), period.deadline());
            reports.save(report);
        }

        void inReview(String code, LocalDate sent, int percent) {
            UnitReport report = written(code, (int) (due.toEpochDay() - sent.toEpochDay()),
                    Map.of("", entry(percent, "Tiếp nhận và giải quyết hồ sơ đúng hạn.", null)),
                    "Hoạt động của Trung tâm ổn định.", null, null);
            report.submit(head(code), zoned(sent, 11), period.deadline());
            report.startReview("coordinator", zoned(sent.plusDays(1), 8), period.deadline());
            reports.save(report);
        }

        /**
         * A report with every entry written: those whose task title starts with a key of {@code entries} as given,
         * the others (key "") as the default.
         */
        private UnitReport written(String code, int daysBeforeDue, Map<String, Entry> entries, String assessment,
                String difficulties, String proposals) {
            UnitReport report = open(code, "staff");
            LocalDate writtenOn = due.minusDays(daysBeforeDue).minusDays(1);
            Map<Long, String> titles = titles(report);
            for (ReportEntry entry : report.getEntries()) {
                String title = titles.getOrDefault(entry.getTaskId(), "");
                Entry values = entries.entrySet().stream()
                        .filter(e -> !e.getKey().isEmpty() && title.startsWith(e.getKey()))
                        .map(Map.Entry::getValue).findFirst()
                        .orElse(entries.getOrDefault("", entry(30, "Đã triển khai theo kế hoạch.", null)));
                if (!entry.isLead() && values.percent() == 0) {
                    values = entry(20, "Phối hợp với đơn vị chủ trì.", null);
                }
                report.editEntry(entry.getId(), entry.getVersion(), values.command(), unlocked(), writtenOn);
            }
            report.describe(new NarrativeCommand(assessment, difficulties, proposals), unlocked(), writtenOn);
            return report;
        }

        /** The period as it was while units wrote: open (the demo writes the past). */
        private Deadline unlocked() {
            return new Deadline(due, null, false);
        }

        /** The unit's head on record, who submits; a unit without one is sent by its head's office. */
        private String head(String code) {
            return users.activeInUnits(Set.of(unit(code)), Role.UNIT_HEAD).stream().findFirst()
                    .map(vn.reformtrack.identity.UserSummary::username)
                    .orElse("vanthu." + code.toLowerCase().replace("-", ""));
        }

        private ZonedDateTime zoned(LocalDate day, int hour) {
            return day.atTime(hour, 15).atZone(clock.getZone());
        }

        private java.time.Instant at(LocalDate day, int hour) {
            return zoned(day, hour).toInstant();
        }
    }

    private record Entry(int percent, String work, Long fileId) {
        EntryCommand command() {
            EntryStatus status = percent == 0 ? EntryStatus.NOT_STARTED : EntryStatus.IN_PROGRESS;
            return new EntryCommand(percent, status, null, percent == 0 ? null : work, null, null,
                    fileId == null ? Set.of() : Set.of(fileId));
        }
    }

    private static Entry entry(int percent, String work, Long fileId) {
        return new Entry(percent, work, fileId);
    }

    private static Entry notStarted() {
        return new Entry(0, null, null);
    }

    private void fill(UnitReport report, String titleStart, Entry values, LocalDate today) {
        Map<Long, String> titles = titles(report);
        report.getEntries().stream()
                .filter(entry -> titles.getOrDefault(entry.getTaskId(), "").startsWith(titleStart))
                .forEach(entry -> report.editEntry(entry.getId(), entry.getVersion(), values.command(),
                        new Deadline(today, null, false), today));
    }

    private Map<Long, String> titles(UnitReport report) {
        Map<Long, String> titles = new HashMap<>();
        planning.tasks(report.getEntries().stream().map(ReportEntry::getTaskId).toList())
                .forEach(task -> titles.put(task.id(), task.title()));
        return titles;
    }

    private long file(String unitCode, String name, String number, LocalDate date, String issuer) {
        long unitId = unit(unitCode);
        CurrentUser uploader = new CurrentUser(0, "coordinator", "Nguyễn Thị Thu Hà", Role.COORDINATOR, unit("SNV"));
        return evidence.store(uploader, unitId, name, new ByteArrayInputStream(OnePagePdf.of(name, DEMO_LINE)),
                new EvidenceDetails(number, date, issuer, null)).id();
    }

    private void head(String username, String fullName, String unitCode, String phone) {
        if (!users.activeInUnits(Set.of(unit(unitCode)), Role.UNIT_HEAD).isEmpty()) {
            return;
        }
        accounts.createDemoAccount(new UserCommand(username, fullName, username + "@demo.quangninh.gov.vn", phone,
                Role.UNIT_HEAD, unit(unitCode)), PASSWORD);
    }

    private long unit(String code) {
        return unitIds.computeIfAbsent(code, c -> units.findByCode(c).map(UnitSummary::id).orElseThrow());
    }

    private static boolean isPast(ReportingPeriod period, LocalDate today) {
        LocalDate last = period.lastEntryDay();
        return last != null && today.isAfter(last);
    }
}
