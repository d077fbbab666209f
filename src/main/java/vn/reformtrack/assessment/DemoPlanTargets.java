package vn.reformtrack.assessment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.reformtrack.identity.CurrentUser;
import vn.reformtrack.identity.Role;
import vn.reformtrack.indices.FrameworkSummary;
import vn.reformtrack.indices.IndexCatalog;
import vn.reformtrack.organization.UnitDirectory;
import vn.reformtrack.organization.UnitSummary;
import vn.reformtrack.planning.DeadlineKind;
import vn.reformtrack.planning.Plan;
import vn.reformtrack.planning.PlanCommand;
import vn.reformtrack.planning.PlanService;
import vn.reformtrack.planning.PlanningQueries;
import vn.reformtrack.planning.TargetCommand;
import vn.reformtrack.planning.TargetComparison;
import vn.reformtrack.planning.TargetMetric;
import vn.reformtrack.planning.TargetService;
import vn.reformtrack.planning.TaskCommand;
import vn.reformtrack.planning.TaskPriority;
import vn.reformtrack.planning.TaskProgressRecorder;
import vn.reformtrack.planning.TaskService;

/**
 * Demo mode only: the demo plans cover 2022 and the current year; the self-assessment demo is of 2025. When no plan
 * of that year sets a PAR Index target, an ILLUSTRATIVE plan is made through planning's public services (the plan,
 * its number, title and targets all say "minh họa"): issued early in the year with one task done, then closed, as a
 * past year's plan is.
 */
@Component
class DemoPlanTargets {

    private static final CurrentUser COORDINATOR = new CurrentUser(0, "coordinator", "Nguyễn Thị Thu Hà", Role.COORDINATOR, null);
    private static final String NUMBER = "12/KH-UBND";

    private final PlanningQueries planning;
    private final PlanService plans;
    private final TargetService targets;
    private final TaskService tasks;
    private final TaskProgressRecorder progress;
    private final IndexCatalog catalog;
    private final UnitDirectory units;

    DemoPlanTargets(PlanningQueries planning, PlanService plans, TargetService targets, TaskService tasks,
            TaskProgressRecorder progress, IndexCatalog catalog, UnitDirectory units) {
        this.planning = planning;
        this.plans = plans;
        this.targets = targets;
        this.tasks = tasks;
        this.progress = progress;
        this.catalog = catalog;
        this.units = units;
    }

    void ensure(int year) {
        FrameworkSummary par = catalog.framework(DemoAssessment.FRAMEWORK).orElse(null);
        UnitSummary snv = units.findByCode("SNV").orElse(null);
        Long area1 = catalog.versionFor(DemoAssessment.FRAMEWORK, year)
                .flatMap(version -> catalog.findCriterion(version.id(), "1"))
                .map(vn.reformtrack.indices.CriterionSummary::id)
                .orElse(null);
        if (par == null || snv == null || area1 == null) {
            return;
        }
        boolean hasTarget = planning.plans(year).stream()
                .filter(plan -> plan.frameworkCodes().contains(par.code()))
                .anyMatch(plan -> planning.targets(plan.id()).stream().anyMatch(t -> t.frameworkCode().equals(par.code())));
        if (hasTarget) {
            return;
        }
        Set<Long> frameworks = new LinkedHashSet<>(List.of(par.id()));
        Plan plan = plans.create(new PlanCommand(NUMBER, "Kế hoạch cải thiện, nâng cao Chỉ số cải cách hành chính (PAR Index)"
                + " tỉnh Quảng Ninh năm " + year + DemoAssessment.MARK, "Ủy ban nhân dân tỉnh Quảng Ninh", null,
                LocalDate.of(year, 2, 10), year, frameworks), COORDINATOR);
        targets.add(plan.getId(), new TargetCommand(par.id(), TargetMetric.TOTAL_SCORE, TargetComparison.AT_LEAST,
                new BigDecimal("92"), null, null, "Chỉ tiêu minh họa (demo)"), COORDINATOR);
        targets.add(plan.getId(), new TargetCommand(par.id(), TargetMetric.RANK, TargetComparison.AT_MOST,
                new BigDecimal("5"), null, null, "Chỉ tiêu minh họa (demo)"), COORDINATOR);
        var task = tasks.create(plan.getId(), new TaskCommand("Tổ chức tự đánh giá, chấm điểm Chỉ số CCHC năm " + year
                        + ", bảo đảm đủ tài liệu kiểm chứng" + DemoAssessment.MARK, null, "Hồ sơ tự đánh giá gửi Bộ Nội vụ",
                Set.of(area1), snv.id(), Set.of(), null, DeadlineKind.DATE, LocalDate.of(year, 12, 31), TaskPriority.HIGH),
                COORDINATOR);
        plans.issue(plan.getId(), plans.get(plan.getId(), COORDINATOR).getVersion(), COORDINATOR);
        progress.recordAcceptedProgress(task.getId(), snv.id(), 100, LocalDate.of(year, 12, 20), COORDINATOR.username());
        plans.close(plan.getId(), plans.get(plan.getId(), COORDINATOR).getVersion(), COORDINATOR);
    }
}
