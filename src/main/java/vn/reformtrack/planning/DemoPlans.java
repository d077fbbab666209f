package vn.reformtrack.planning;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import lombok.extern.slf4j.Slf4j;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.reformtrack.identity.CurrentUser;
import vn.reformtrack.identity.Role;
import vn.reformtrack.identity.UserDirectory;
import vn.reformtrack.identity.UserSummary;
import vn.reformtrack.indices.CriterionSummary;
import vn.reformtrack.indices.FrameworkSummary;
import vn.reformtrack.indices.IndexCatalog;
import vn.reformtrack.organization.UnitDirectory;
import vn.reformtrack.organization.UnitSummary;
import vn.reformtrack.shared.demo.DemoMode;
import vn.reformtrack.shared.startup.StartupOrder;
import vn.reformtrack.shared.startup.StartupTask;

/**
 * Demo plans, loaded once after the demo province (demo mode only): Quảng Ninh's plan 205/KH-UBND of 24/08/2022 with
 * its targets and tasks from the plan's text, its tasks reported done and the plan closed, so that its targets show
 * met or missed against the 2022 results; and a current-year plan whose tasks are live work for the demo units —
 * Sở Tư pháp (the {@code head} and {@code staff} accounts) leads some and coordinates others, some overdue, some due
 * soon.
 */
@Slf4j
@Component
class DemoPlans implements StartupTask {

    private static final CurrentUser COORDINATOR = new CurrentUser(0, "coordinator", "Nguyễn Thị Thu Hà", Role.COORDINATOR, null);

    private final DemoMode demoMode;
    private final PlanRepository planRepository;
    private final PlanService plans;
    private final TargetService targets;
    private final TaskService tasks;
    private final TaskProgressRecorder progress;
    private final UnitDirectory units;
    private final UserDirectory users;
    private final IndexCatalog catalog;
    private final Clock clock;

    DemoPlans(DemoMode demoMode, PlanRepository planRepository, PlanService plans, TargetService targets,
            TaskService tasks, TaskProgressRecorder progress, UnitDirectory units, UserDirectory users,
            IndexCatalog catalog, Clock clock) {
        this.demoMode = demoMode;
        this.planRepository = planRepository;
        this.plans = plans;
        this.targets = targets;
        this.tasks = tasks;
        this.progress = progress;
        this.units = units;
        this.users = users;
        this.catalog = catalog;
        this.clock = clock;
    }

    @Override
    public int order() {
        return StartupOrder.DEMO_PLANS;
    }

    @Override
    @Transactional
    public void run() {
        if (!demoMode.isOn() || planRepository.count() > 0 || units.findByCode("STP").isEmpty()) {
            return;
        }
        quangNinh2022();
        currentYear();
        log.info("Demo mode: loaded plan 205/KH-UBND (2022) and this year's plans with their targets and tasks");
    }

    /** Kế hoạch 205/KH-UBND ngày 24/08/2022 (seed 003): targets, tasks of section II, reported, then closed. */
    private void quangNinh2022() {
        Plan plan = plans.create(new PlanCommand("205/KH-UBND",
                "Kế hoạch cải thiện, nâng cao Chỉ số cải cách hành chính (PAR Index), Chỉ số hài lòng của người dân, tổ "
                        + "chức đối với sự phục vụ của cơ quan hành chính nhà nước (SIPAS) tỉnh Quảng Ninh năm 2022",
                "Ủy ban nhân dân tỉnh Quảng Ninh", "Nguyễn Tường Văn", LocalDate.of(2022, 8, 24), 2022,
                frameworks("PAR_PROVINCE", "SIPAS")), COORDINATOR);
        long id = plan.getId();
        target(id, "PAR_PROVINCE", TargetMetric.TOTAL_SCORE, TargetComparison.AT_LEAST, "93.157", null,
                "Tăng 2,017 điểm so với năm 2021");
        target(id, "PAR_PROVINCE", TargetMetric.TOP_N, TargetComparison.AT_MOST, "3", null,
                "Nằm trong nhóm dẫn đầu toàn quốc");
        target(id, "SIPAS", TargetMetric.SATISFACTION_PERCENT, TargetComparison.MORE_THAN, "95", null,
                "Tăng trên 0,43% so với năm 2021");
        target(id, "SIPAS", TargetMetric.TOP_N, TargetComparison.AT_MOST, "3", null, "Nằm trong nhóm dẫn đầu toàn quốc");

        int year = 2022;
        Task report = task(id, year, "Triển khai hiệu quả các nhiệm vụ theo Quyết định số 4788/QĐ-UBND ngày 30/12/2021 về "
                + "Kế hoạch cải cách hành chính năm 2022; thực hiện nghiêm chế độ báo cáo định kỳ, báo cáo năm và đột xuất "
                + "theo quy định của Bộ Nội vụ", "SNV", "VP", null, DeadlineKind.EACH_PERIOD,
                "Báo cáo CCHC quý, 6 tháng, năm", TaskPriority.HIGH, "PAR_PROVINCE 1");
        Task propaganda = task(id, year, "Tuyên truyền về cải cách hành chính theo Kế hoạch số 50/KH-UBND ngày 22/02/2022; "
                + "đổi mới nội dung, hình thức tuyên truyền", "SNV", "SVHTT,VP", null, DeadlineKind.ALL_YEAR,
                "Tin, bài, chuyên mục tuyên truyền CCHC", TaskPriority.NORMAL, "PAR_PROVINCE 1");
        Task inspection = task(id, year, "Kiểm tra, hướng dẫn, đôn đốc công tác CCHC của các cơ quan, đơn vị, địa phương "
                + "theo Kế hoạch số 105/KH-UBND ngày 01/4/2022; tham mưu xử lý kịp thời các vấn đề phát hiện qua kiểm tra",
                "SNV", "VP,STP", LocalDate.of(2022, 11, 30), DeadlineKind.DATE,
                "Báo cáo kết quả kiểm tra CCHC năm 2022", TaskPriority.HIGH, "PAR_PROVINCE 1");
        Task initiatives = task(id, year, "Khuyến khích cán bộ, công chức nghiên cứu, đề xuất sáng kiến, giải pháp mới "
                + "trong cải cách hành chính; đề nghị công nhận và nhân rộng trên địa bàn tỉnh", "SKHCN", "SNV",
                LocalDate.of(2022, 12, 15), DeadlineKind.DATE, "Danh mục sáng kiến CCHC được công nhận",
                TaskPriority.NORMAL, "PAR_PROVINCE 1");
        Task dialogue = task(id, year, "Thường xuyên, định kỳ tổ chức tiếp xúc doanh nghiệp, diễn đàn đối thoại giữa lãnh "
                + "đạo tỉnh, lãnh đạo sở, ngành với doanh nghiệp", "STC", "VP,BQLKKT", null, DeadlineKind.EACH_PERIOD,
                "Hội nghị đối thoại doanh nghiệp", TaskPriority.NORMAL, "PAR_PROVINCE 8");
        Task direction = task(id, year, "Nâng cao chất lượng, tính kịp thời các văn bản chỉ đạo, điều hành CCHC của tỉnh; "
                + "gắn kết quả thực hiện CCHC với công tác thi đua, khen thưởng hằng năm", "SNV", "VP",
                LocalDate.of(2022, 12, 31), DeadlineKind.DATE, "Tiêu chí thi đua gắn với kết quả CCHC",
                TaskPriority.NORMAL, "PAR_PROVINCE 1");
        Task assigned = task(id, year, "Rà soát, kiểm kê, đôn đốc triển khai các nhiệm vụ được Chính phủ, Thủ tướng Chính "
                + "phủ giao, bảo đảm đúng thời gian, tránh bỏ sót nhiệm vụ", "VP", "SNV", null, DeadlineKind.EACH_PERIOD,
                "Báo cáo rà soát nhiệm vụ được giao", TaskPriority.HIGH, "PAR_PROVINCE 1");
        Task legal = task(id, year, "Nâng cao chất lượng xây dựng, thẩm định văn bản quy phạm pháp luật; rà soát, hệ thống "
                + "hóa văn bản quy phạm pháp luật của tỉnh", "STP", "VP", LocalDate.of(2022, 11, 30), DeadlineKind.DATE,
                "Báo cáo kết quả rà soát, hệ thống hóa VBQPPL", TaskPriority.HIGH, "PAR_PROVINCE 2");
        Task procedures = task(id, year, "Rà soát, đơn giản hóa thủ tục hành chính; công bố, công khai đầy đủ, kịp thời thủ "
                + "tục hành chính trên Cổng Dịch vụ công của tỉnh", "VP", "STP,TTPVHCC", LocalDate.of(2022, 10, 31),
                DeadlineKind.DATE, "Quyết định công bố danh mục TTHC; phương án đơn giản hóa", TaskPriority.HIGH,
                "PAR_PROVINCE 3");
        Task service = task(id, year, "Nâng cao chất lượng phục vụ tại Trung tâm Phục vụ hành chính công; giải quyết hồ sơ "
                + "đúng hạn, xin lỗi người dân, tổ chức khi trễ hạn", "TTPVHCC", "VP", null, DeadlineKind.ALL_YEAR,
                "Tỷ lệ hồ sơ giải quyết đúng hạn từ 98% trở lên", TaskPriority.HIGH,
                "PAR_PROVINCE 3, SIPAS E3, SIPAS E4");
        Task survey = task(id, year, "Khảo sát, đo lường sự hài lòng của người dân, tổ chức tại bộ phận một cửa các cấp; khắc "
                + "phục ngay các hạn chế được phát hiện", "SNV", "TTPVHCC,P-HALONG", LocalDate.of(2022, 9, 30),
                DeadlineKind.DATE, "Báo cáo kết quả khảo sát sự hài lòng", TaskPriority.HIGH,
                "SIPAS E1, SIPAS E5, PAR_PROVINCE 8");
        Task online = task(id, year, "Đẩy mạnh cung cấp dịch vụ công trực tuyến toàn trình, thanh toán trực tuyến; số hóa hồ "
                + "sơ, kết quả giải quyết thủ tục hành chính", "SKHCN", "TTPVHCC,VP", LocalDate.of(2022, 12, 15),
                DeadlineKind.DATE, "Tỷ lệ hồ sơ trực tuyến toàn trình, hồ sơ được số hóa", TaskPriority.NORMAL,
                "PAR_PROVINCE 7, SIPAS E2");
        Task staffing = task(id, year, "Sắp xếp tổ chức bộ máy, tinh giản biên chế; quản lý công chức theo vị trí việc làm",
                "SNV", "STC", LocalDate.of(2022, 12, 31), DeadlineKind.DATE, "Đề án vị trí việc làm được phê duyệt",
                TaskPriority.NORMAL, "PAR_PROVINCE 4, PAR_PROVINCE 5");

        plans.issue(id, planRepository.findById(id).orElseThrow().getVersion(), COORDINATOR);
        for (Task task : new Task[] {report, propaganda, inspection, initiatives, dialogue, direction, assigned,
            procedures, service, online, staffing}) {
            done(task, task.getDueDate());
        }
        done(survey, LocalDate.of(2022, 10, 12));
        done(legal, LocalDate.of(2022, 12, 8));
        plans.close(id, planRepository.findById(id).orElseThrow().getVersion(), COORDINATOR);
    }

    /** This year's plan, issued, with live work for the demo units; and a draft for next steps. */
    private void currentYear() {
        LocalDate today = LocalDate.now(clock);
        int year = today.getYear();
        LocalDate issued = earliest(LocalDate.of(year, 1, 20), today.minusDays(60));
        Plan plan = plans.create(new PlanCommand("38/KH-UBND",
                "Kế hoạch cải thiện, nâng cao Chỉ số PAR Index, SIPAS, PAPI tỉnh Quảng Ninh năm " + year,
                "Ủy ban nhân dân tỉnh Quảng Ninh", "Nguyễn Tường Văn", issued, year,
                frameworks("PAR_PROVINCE", "SIPAS", "PAPI")), COORDINATOR);
        long id = plan.getId();
        target(id, "PAR_PROVINCE", TargetMetric.TOTAL_SCORE, TargetComparison.AT_LEAST, "93", null, null);
        target(id, "PAR_PROVINCE", TargetMetric.RANK, TargetComparison.AT_MOST, "3", null, "Giữ vững nhóm dẫn đầu");
        target(id, "SIPAS", TargetMetric.SATISFACTION_PERCENT, TargetComparison.AT_LEAST, "92", null, null);
        target(id, "PAPI", TargetMetric.TOP_N, TargetComparison.AT_MOST, "10", null, null);

        Task late = task(id, year, "Rà soát, hệ thống hóa văn bản quy phạm pháp luật của tỉnh sau sắp xếp đơn vị hành chính",
                "STP", "VP,SNV", later(issued, today.minusDays(12)), DeadlineKind.DATE,
                "Danh mục VBQPPL hết hiệu lực, cần sửa đổi", TaskPriority.HIGH, "PAR_PROVINCE 2");
        Task soon = task(id, year, "Kiểm tra công tác thi hành pháp luật về xử lý vi phạm hành chính tại các xã, phường",
                "STP", "CAT,P-HALONG", later(issued, today.plusDays(7)), DeadlineKind.DATE,
                "Báo cáo kết quả kiểm tra", TaskPriority.NORMAL, "PAR_PROVINCE 2");
        task(id, year, "Chuẩn hóa, công khai thủ tục hành chính lĩnh vực tư pháp trên Cổng Dịch vụ công quốc gia",
                "STP", "TTPVHCC", later(issued, today.plusDays(25)), DeadlineKind.DATE,
                "Quyết định công bố TTHC lĩnh vực tư pháp", TaskPriority.NORMAL, "PAR_PROVINCE 3");
        task(id, year, "Tuyên truyền, phổ biến pháp luật về cải cách hành chính cho người dân, doanh nghiệp", "STP", "SVHTT",
                null, DeadlineKind.EACH_PERIOD, "Tin, bài, hội nghị phổ biến pháp luật", TaskPriority.LOW,
                "PAR_PROVINCE 1");
        Task inspection = task(id, year, "Kiểm tra công tác cải cách hành chính tại các sở, ngành và xã, phường năm " + year,
                "SNV", "STP,VP", later(issued, today.minusDays(5)), DeadlineKind.DATE,
                "Báo cáo kết quả kiểm tra CCHC", TaskPriority.HIGH, "PAR_PROVINCE 1");
        task(id, year, "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính; tái sử dụng dữ liệu đã số hóa", "TTPVHCC",
                "STP,SKHCN", later(issued, today.plusDays(40)), DeadlineKind.DATE,
                "Tỷ lệ hồ sơ được số hóa", TaskPriority.NORMAL, "PAR_PROVINCE 7");
        Task survey = task(id, year, "Khảo sát sự hài lòng của người dân tại Trung tâm Phục vụ hành chính công và bộ phận một "
                + "cửa cấp xã", "SNV", "TTPVHCC", later(issued, today.plusDays(14)), DeadlineKind.DATE,
                "Báo cáo kết quả khảo sát", TaskPriority.HIGH, "PAR_PROVINCE 8");
        task(id, year, "Công khai, minh bạch ngân sách và thu chi tài chính ở cấp xã", "STC", "P-HALONG,X-TIENYEN", null,
                DeadlineKind.ALL_YEAR, "Báo cáo công khai ngân sách", TaskPriority.NORMAL, "PAPI D4");
        Task dialogue = task(id, year, "Đối thoại giữa lãnh đạo tỉnh với người dân và doanh nghiệp về thủ tục hành chính",
                "VP", "STP,SNV", later(issued, today.minusDays(30)), DeadlineKind.DATE,
                "Hội nghị đối thoại; văn bản trả lời kiến nghị", TaskPriority.NORMAL, "PAR_PROVINCE 8");

        plans.issue(id, planRepository.findById(id).orElseThrow().getVersion(), COORDINATOR);
        staffOf("STP").ifPresent(staff -> tasks.assignResponsible(late.getId(), late.getVersion(), staff.id(), COORDINATOR));
        record(late, 60, null);
        record(soon, 30, null);
        record(inspection, 80, null);
        record(survey, 20, null);
        done(dialogue, earliest(today, dialogue.getDueDate().minusDays(2)));

        Plan draft = plans.create(new PlanCommand(null,
                "Kế hoạch nâng cao Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) năm " + year + " (dự thảo)",
                "Ủy ban nhân dân tỉnh Quảng Ninh", null, null, year, frameworks("PCI")), COORDINATOR);
        target(draft.getId(), "PCI", TargetMetric.RANK, TargetComparison.AT_MOST, "3", null, null);
        task(draft.getId(), year, "Giảm chi phí không chính thức, nâng cao tính minh bạch trong tiếp cận đất đai", "SNNMT",
                "BQLKKT", LocalDate.of(year, 12, 15), DeadlineKind.DATE, "Báo cáo giải pháp", TaskPriority.NORMAL,
                "PCI PCI3");
    }

    private Set<Long> frameworks(String... codes) {
        return Arrays.stream(codes)
                .map(code -> catalog.framework(code).map(FrameworkSummary::id).orElseThrow())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private void target(long planId, String framework, TargetMetric metric, TargetComparison comparison, String value,
            String valueTo, String note) {
        targets.add(planId, new TargetCommand(catalog.framework(framework).orElseThrow().id(), metric, comparison,
                new BigDecimal(value), valueTo == null ? null : new BigDecimal(valueTo), null, note), COORDINATOR);
    }

    private Task task(long planId, int year, String title, String lead, String coordinating, LocalDate due,
            DeadlineKind kind, String output, TaskPriority priority, String criteria) {
        Set<Long> coordinatingIds = coordinating == null ? Set.of() : Arrays.stream(coordinating.split(","))
                .map(code -> unit(code).id())
                .collect(Collectors.toCollection(LinkedHashSet::new));
        Set<Long> criterionIds = Arrays.stream(criteria.split(","))
                .map(String::strip)
                .map(code -> criterion(code, year).id())
                .collect(Collectors.toCollection(LinkedHashSet::new));
        return tasks.create(planId, new TaskCommand(title, null, output, criterionIds, unit(lead).id(), coordinatingIds,
                null, kind, due, priority), COORDINATOR);
    }

    /** "PAR_PROVINCE 3": a criterion of the version that applies in the year. */
    private CriterionSummary criterion(String reference, int year) {
        String[] parts = reference.split(" ");
        long version = catalog.versionFor(parts[0], year).orElseThrow().id();
        return catalog.findCriterion(version, parts[1]).orElseThrow();
    }

    private UnitSummary unit(String code) {
        return units.findByCode(code).orElseThrow();
    }

    private java.util.Optional<UserSummary> staffOf(String unitCode) {
        return users.activeInUnits(Set.of(unit(unitCode).id()), Role.UNIT_STAFF).stream().findFirst();
    }

    private void done(Task task, LocalDate on) {
        progress.recordAcceptedProgress(task.getId(), task.getLeadUnitId(), 100, on, "coordinator");
    }

    private void record(Task task, int percent, LocalDate on) {
        progress.recordAcceptedProgress(task.getId(), task.getLeadUnitId(), percent, on, "coordinator");
    }

    private static LocalDate earliest(LocalDate first, LocalDate second) {
        return first.isBefore(second) ? first : second;
    }

    /** A deadline relative to today, but never before the plan's issue date. */
    private static LocalDate later(LocalDate issued, LocalDate wanted) {
        return wanted.isBefore(issued) ? issued : wanted;
    }
}
