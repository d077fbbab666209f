package vn.reformtrack.indices;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A version's tree as the criteria page shows it: each node with whether it has children and, when the maxima of its
 * active children do not add up to its own, the sum they make; and the same check of the areas against the version's
 * maximum total. Retired nodes count for nothing.
 */
public record CriteriaTree(List<Node> nodes, BigDecimal areasSum, boolean areasMismatch, boolean areasIncomplete) {

    /**
     * @param childrenSum       the sum of the active children's known maxima (null without active children)
     * @param childrenMismatch  the node has a maximum and its children's (all known) do not add up to it
     * @param childrenIncomplete some active child has no maximum yet
     */
    public record Node(CriterionSummary criterion, boolean hasChildren, BigDecimal childrenSum, boolean childrenMismatch,
            boolean childrenIncomplete, long lockVersion) {}

    public static CriteriaTree of(List<CriterionSummary> tree, BigDecimal maxTotal) {
        return of(tree, maxTotal, Map.of());
    }

    /** @param lockVersions each criterion's version for optimistic locking, by id (for the page's forms) */
    public static CriteriaTree of(List<CriterionSummary> tree, BigDecimal maxTotal, Map<Long, Long> lockVersions) {
        Map<Long, List<CriterionSummary>> children = new HashMap<>();
        List<CriterionSummary> areas = new ArrayList<>();
        for (CriterionSummary node : tree) {
            if (node.retired()) {
                continue;
            }
            if (node.parentId() == null) {
                areas.add(node);
            } else {
                children.computeIfAbsent(node.parentId(), id -> new ArrayList<>()).add(node);
            }
        }
        List<Node> nodes = new ArrayList<>();
        for (CriterionSummary node : tree) {
            List<CriterionSummary> below = children.getOrDefault(node.id(), List.of());
            if (below.isEmpty() || node.retired()) {
                nodes.add(new Node(node, !below.isEmpty(), null, false, false, lockVersions.getOrDefault(node.id(), 0L)));
                continue;
            }
            Sum sum = Sum.of(below);
            boolean mismatch = node.maxPoints() != null && !sum.incomplete() && sum.value().compareTo(node.maxPoints()) != 0;
            nodes.add(new Node(node, true, sum.value(), mismatch, sum.incomplete() && node.maxPoints() != null,
                    lockVersions.getOrDefault(node.id(), 0L)));
        }
        Sum areasSum = Sum.of(areas);
        boolean areasMismatch = maxTotal != null && !areas.isEmpty() && !areasSum.incomplete()
                && areasSum.value().compareTo(maxTotal) != 0;
        return new CriteriaTree(nodes, areasSum.value(), areasMismatch, !areas.isEmpty() && areasSum.incomplete());
    }

    public long warnings() {
        return nodes.stream().filter(Node::childrenMismatch).count() + (areasMismatch ? 1 : 0);
    }

    private record Sum(BigDecimal value, boolean incomplete) {

        static Sum of(List<CriterionSummary> nodes) {
            BigDecimal total = BigDecimal.ZERO;
            boolean incomplete = false;
            for (CriterionSummary node : nodes) {
                if (node.maxPoints() == null) {
                    incomplete = true;
                } else {
                    total = total.add(node.maxPoints());
                }
            }
            return new Sum(total, incomplete);
        }
    }
}
