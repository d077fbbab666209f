package vn.reformtrack.unitindex;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.reformtrack.indices.AssessmentMethod;
import vn.reformtrack.indices.CriterionSummary;
import vn.reformtrack.indices.VersionSummary;

/**
 * A group's criteria set for a year: the methodology version, its active criteria in tree order with their unit-index
 * rules, and what keeps it from being used. Retired criteria are left out.
 */
public record CriteriaSet(VersionSummary version, List<SetNode> nodes, List<SetProblem> problems) {

    /** Resolves the kinds and pools down the tree and checks it. */
    static CriteriaSet of(VersionSummary version, List<CriterionSummary> tree, Map<Long, CriterionRule> rules) {
        Map<Long, SetNode> resolved = new HashMap<>();
        List<SetNode> nodes = new ArrayList<>();
        for (CriterionSummary node : tree) {
            SetNode parent = node.parentId() == null ? null : resolved.get(node.parentId());
            if (node.retired() || node.parentId() != null && parent == null) {
                continue;
            }
            SetNode set = resolve(node, parent, rules.getOrDefault(node.id(), CriterionRule.none(node.id())), nodes.size());
            resolved.put(node.id(), set);
            nodes.add(set);
        }
        // A regular node's children of the same sort (bonus or deduction lines inside it are capped by their own limit).
        Map<Long, BigDecimal> sums = new HashMap<>();
        Map<Long, Boolean> unknown = new HashMap<>();
        for (SetNode node : nodes) {
            SetNode parent = node.criterion().parentId() == null ? null : resolved.get(node.criterion().parentId());
            if (parent != null && parent.part().isRegular() && node.part().isRegular()) {
                sums.merge(parent.id(), node.max() == null ? BigDecimal.ZERO : node.max(), BigDecimal::add);
                unknown.merge(parent.id(), node.max() == null, Boolean::logicalOr);
            }
        }
        List<SetNode> checked = new ArrayList<>();
        List<SetProblem> problems = new ArrayList<>();
        for (SetNode node : nodes) {
            BigDecimal sum = Boolean.TRUE.equals(unknown.get(node.id())) ? null : sums.get(node.id());
            SetNode withSum = new SetNode(node.criterion(), node.part(), node.partSetHere(), node.guidance(),
                    node.surveyScale(), sum, node.areaId(), node.poolId(), node.poolLimit(), node.order());
            checked.add(withSum);
            SetNode parent = node.criterion().parentId() == null ? null : resolved.get(node.criterion().parentId());
            check(withSum, parent, problems);
        }
        if (checked.stream().noneMatch(node -> node.leaf() && node.part().isRegular())) {
            problems.add(new SetProblem(null, "unitindex.set.problem.empty"));
        }
        return new CriteriaSet(version, List.copyOf(checked), List.copyOf(problems));
    }

    /**
     * A node's kind: its own, else a bonus, deduction or survey ancestor's, else the catalogue's survey flag, else
     * self-scored; its area; and for bonus and deduction lines the top-most node of that kind, whose maximum is the
     * pool's limit.
     */
    private static SetNode resolve(CriterionSummary node, SetNode parent, CriterionRule rule, int order) {
        CriterionPart inherited = parent == null ? null : parent.part();
        CriterionPart part = rule.part() != null ? rule.part()
                : inherited != null && inherited != CriterionPart.SELF_SCORED ? inherited
                : node.assessment() == AssessmentMethod.SURVEY ? CriterionPart.SURVEY
                : CriterionPart.SELF_SCORED;
        SurveyScale scale = rule.surveyScale() != null ? rule.surveyScale()
                : parent != null ? parent.surveyScale() : SurveyScale.PERCENT;
        Long areaId = parent == null ? node.id() : parent.areaId();
        Long poolId = null;
        BigDecimal poolLimit = null;
        if (part.isPooled()) {
            boolean continues = parent != null && parent.part() == part;
            poolId = continues ? parent.poolId() : node.id();
            poolLimit = continues ? parent.poolLimit() : node.maxPoints();
        }
        return new SetNode(node, part, rule.part() != null, rule.guidance(), scale, null, areaId, poolId, poolLimit,
                order);
    }

    private static void check(SetNode node, SetNode parent, List<SetProblem> problems) {
        if (parent != null && parent.part().isPooled() && node.part() != parent.part()) {
            problems.add(new SetProblem(node.code(), "unitindex.set.problem.mixed", node.code(), parent.code()));
        }
        if (node.exceeds()) {
            problems.add(new SetProblem(node.code(), "unitindex.set.problem.exceeds", node.code(), node.childrenSum(),
                    node.max()));
        }
        if (node.leaf() && node.max() == null) {
            problems.add(new SetProblem(node.code(), "unitindex.set.problem.noMax", node.code()));
        } else if (node.part().isPooled() && node.poolId() != null && node.poolId() == node.id() && node.max() == null) {
            problems.add(new SetProblem(node.code(), "unitindex.set.problem.noLimit", node.code()));
        }
    }

    public boolean usable() {
        return problems.isEmpty();
    }

    /** The leaves, each as a round copies it into a sheet. */
    public List<SetNode> leaves() {
        return nodes.stream().filter(SetNode::leaf).toList();
    }

    /** The top-level nodes (areas), which council members are given. */
    public List<SetNode> areas() {
        return nodes.stream().filter(node -> node.depth() == 0).toList();
    }

    /** The maximum of the regular (self-scored and survey) leaves: what a unit with everything applicable can reach. */
    public BigDecimal regularMax() {
        return leaves().stream().filter(node -> node.part().isRegular() && node.max() != null)
                .map(SetNode::max).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
