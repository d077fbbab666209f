package vn.reformtrack.planning;

import java.math.BigDecimal;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.reformtrack.identity.CurrentUser;
import vn.reformtrack.indices.CriterionSummary;
import vn.reformtrack.indices.FrameworkSummary;
import vn.reformtrack.indices.IndexCatalog;
import vn.reformtrack.indices.IndexScale;
import vn.reformtrack.shared.web.ConcurrentEditException;
import vn.reformtrack.shared.web.RuleViolationException;

/**
 * A plan's targets: coordinators add, change and remove them (recorded once the plan is issued); everyone who sees
 * the plan sees them judged against the published results.
 */
@Service
@Transactional
public class TargetService {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** Values are kept as numeric(9, 3): three decimals, below a million either way. */
    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

    private final PlanTargetRepository targets;
    private final PlanRepository plans;
    private final PlanHistory history;
    private final IndexCatalog catalog;
    private final TargetFigures figures;

    TargetService(PlanTargetRepository targets, PlanRepository plans, PlanHistory history, IndexCatalog catalog,
            TargetFigures figures) {
        this.targets = targets;
        this.plans = plans;
        this.history = history;
        this.catalog = catalog;
        this.figures = figures;
    }

    /** The plan's targets in order, each with its baseline, the plan year's figure and whether it was met. */
    @Transactional(readOnly = true)
    public List<TargetSummary> evaluate(Plan plan) {
        return evaluate(Map.of(plan.getId(), plan.getYear())).get(plan.getId());
    }

    /**
     * Each plan's targets (plans by id, with their year), as {@link #evaluate(Plan)}, in a fixed number of statements
     * however many plans: the targets in one query, the published figures read once for all of them.
     */
    @Transactional(readOnly = true)
    public Map<Long, List<TargetSummary>> evaluate(Map<Long, Integer> planYears) {
        Map<Long, List<TargetSummary>> byPlan = new LinkedHashMap<>();
        planYears.keySet().forEach(planId -> byPlan.put(planId, new ArrayList<>()));
        if (planYears.isEmpty()) {
            return byPlan;
        }
        List<PlanTarget> list = targets.findByPlanIds(planYears.keySet().toArray(Long[]::new));
        Map<Long, FrameworkSummary> frameworks = catalog.frameworks().stream()
                .collect(Collectors.toMap(FrameworkSummary::id, Function.identity()));
        Map<Long, CriterionSummary> criteria = catalog.criteria(list.stream()
                .map(PlanTarget::getCriterionId).filter(Objects::nonNull).collect(Collectors.toSet()));
        TargetFigures.Cache cache = figures.cache();
        for (PlanTarget target : list) {
            long planId = target.getPlanId();
            int year = planYears.get(planId);
            FrameworkSummary framework = frameworks.get(target.getFrameworkId());
            boolean withCriteria = target.getMetric().needsCriterion();
            YearFigures current = cache.of(framework.code(), year, withCriteria);
            YearFigures previous = cache.of(framework.code(), year - 1, withCriteria);
            Reading actual = target.getMetric().read(current, previous, target.getCriterionId());
            CriterionSummary criterion = target.getCriterionId() == null ? null : criteria.get(target.getCriterionId());
            byPlan.get(planId).add(new TargetSummary(target.getId(), planId, target.getVersion(),
                    framework.id(), framework.code(), framework.nameVi(), framework.scale(), target.getMetric(),
                    target.getComparison(), target.getValue(), target.getValueTo(), target.getCriterionId(),
                    criterion == null ? null : criterion.label(Locale.forLanguageTag("vi")), target.getNote(),
                    year, target.getMetric().baseline(previous, target.getCriterionId()), actual,
                    target.evaluate(actual)));
        }
        byPlan.replaceAll((id, summaries) -> List.copyOf(summaries));
        return byPlan;
    }

    @Transactional(readOnly = true)
    public PlanTarget get(long planId, long targetId) {
        return targets.findById(targetId)
                .filter(target -> target.getPlanId() == planId)
                .orElseThrow(() -> new PlanNotFoundException(planId + "/" + targetId));
    }

    public PlanTarget add(long planId, TargetCommand command, CurrentUser user) {
        PlanningAccess.requireManager(user);
        Plan plan = openPlan(planId);
        check(plan, command);
        PlanTarget target = targets.save(new PlanTarget(planId, (int) targets.countByPlanId(planId) + 1, command));
        history.record(plan, null, target.getId(), PlanChangeKind.TARGET_ADDED, user.username(),
                describe(null, target.command()));
        return target;
    }

    public PlanTarget update(long planId, long targetId, long version, TargetCommand command, CurrentUser user) {
        PlanningAccess.requireManager(user);
        PlanTarget target = get(planId, targetId);
        ConcurrentEditException.check("Target", targetId, version, target.getVersion());
        Plan plan = openPlan(planId);
        check(plan, command);
        TargetCommand before = target.command();
        target.describe(command);
        List<FieldChange> changes = describe(before, target.command());
        if (!changes.isEmpty()) {
            history.record(plan, null, targetId, PlanChangeKind.TARGET_CHANGED, user.username(), changes);
        }
        return target;
    }

    public void remove(long planId, long targetId, long version, CurrentUser user) {
        PlanningAccess.requireManager(user);
        PlanTarget target = get(planId, targetId);
        ConcurrentEditException.check("Target", targetId, version, target.getVersion());
        Plan plan = openPlan(planId);
        history.record(plan, null, null, PlanChangeKind.TARGET_REMOVED, user.username(),
                describe(target.command(), null));
        targets.delete(target);
    }

    private Plan openPlan(long planId) {
        Plan plan = plans.findById(planId).orElseThrow(() -> new PlanNotFoundException(planId));
        plan.requireOpenForChanges();
        return plan;
    }

    /** Every refusal names the form field it belongs to. */
    private void check(Plan plan, TargetCommand command) {
        if (command.frameworkId() == null || !plan.getFrameworkIds().contains(command.frameworkId())) {
            throw RuleViolationException.onField("frameworkId", "target.error.frameworkNotInPlan");
        }
        FrameworkSummary framework = catalog.framework(command.frameworkId()).orElseThrow();
        TargetMetric metric = command.metric();
        if (metric == null) {
            throw RuleViolationException.onField("metric", "target.error.metricMissing");
        }
        if (metric.takesComparison() && command.comparison() == null) {
            throw RuleViolationException.onField("comparison", "target.error.comparisonMissing");
        }
        BigDecimal value = command.value();
        if (value == null) {
            throw RuleViolationException.onField("value", "target.error.valueMissing");
        }
        boolean range = metric.takesComparison() && command.comparison() == TargetComparison.BETWEEN;
        if (range && command.valueTo() == null) {
            throw RuleViolationException.onField("valueTo", "target.error.rangeEndMissing");
        }
        if (range && command.valueTo().compareTo(value) < 0) {
            throw RuleViolationException.onField("valueTo", "target.error.rangeOrder");
        }
        checkValue(metric, framework.scale(), value, "value");
        if (range) {
            checkValue(metric, framework.scale(), command.valueTo(), "valueTo");
        }
        if (metric == TargetMetric.SATISFACTION_PERCENT && framework.scale() != IndexScale.PERCENT) {
            throw RuleViolationException.onField("metric", "target.error.satisfactionNeedsPercentIndex", framework.code());
        }
        if (metric.needsCriterion()) {
            checkCriterion(framework, command.criterionId());
        }
    }

    private static void checkValue(TargetMetric metric, IndexScale scale, BigDecimal value, String field) {
        if (value.stripTrailingZeros().scale() > 3 || value.abs().compareTo(MILLION) >= 0) {
            throw RuleViolationException.onField(field, "target.error.digits");
        }
        if (metric.isWhole() && value.stripTrailingZeros().scale() > 0) {
            throw RuleViolationException.onField(field, "target.error.wholeNumber");
        }
        if ((metric == TargetMetric.RANK || metric == TargetMetric.TOP_N) && value.signum() <= 0) {
            throw RuleViolationException.onField(field, "target.error.rankFromOne");
        }
        if (metric != TargetMetric.RANK_CHANGE && value.signum() < 0) {
            throw RuleViolationException.onField(field, "target.error.negative");
        }
        boolean percent = metric == TargetMetric.PERCENT_OF_MAX || metric == TargetMetric.SATISFACTION_PERCENT
                || (metric == TargetMetric.TOTAL_SCORE && scale == IndexScale.PERCENT);
        if (percent && value.compareTo(HUNDRED) > 0) {
            throw RuleViolationException.onField(field, "target.error.percentRange");
        }
    }

    private void checkCriterion(FrameworkSummary framework, Long criterionId) {
        if (criterionId == null) {
            throw RuleViolationException.onField("criterionId", "target.error.criterionMissing");
        }
        CriterionSummary criterion = catalog.criterion(criterionId).orElseThrow(
                () -> RuleViolationException.onField("criterionId", "target.error.criterionMissing"));
        if (!criterion.frameworkCode().equalsIgnoreCase(framework.code())) {
            throw RuleViolationException.onField("criterionId", "target.error.criterionOtherIndex",
                    criterion.code(), framework.code());
        }
    }

    private List<FieldChange> describe(TargetCommand before, TargetCommand after) {
        return List.of(
                new FieldChange("target.framework", framework(before), framework(after)),
                new FieldChange("target.metric", before == null ? "" : TaskChanges.key("TargetMetric", before.metric()),
                        after == null ? "" : TaskChanges.key("TargetMetric", after.metric())),
                new FieldChange("target.goal", goal(before), goal(after)),
                new FieldChange("target.note", before == null ? "" : before.note(), after == null ? "" : after.note()))
                .stream().filter(FieldChange::changed).toList();
    }

    private String framework(TargetCommand command) {
        return command == null ? "" : catalog.framework(command.frameworkId()).map(FrameworkSummary::code).orElse("");
    }

    /** "≥ 93.157", "10 – 15". */
    private static String goal(TargetCommand command) {
        if (command == null) {
            return "";
        }
        return command.comparison() == TargetComparison.BETWEEN
                ? command.value().toPlainString() + " – " + command.valueTo().toPlainString()
                : command.comparison().symbol() + " " + command.value().toPlainString();
    }
}
