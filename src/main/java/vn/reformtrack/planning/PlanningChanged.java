package vn.reformtrack.planning;

import java.util.Set;

/**
 * Tasks of issued (or closed) plans changed in the publishing transaction: what the units must do, their deadlines,
 * progress or completion, or the plan itself. Published once per use case, after its changes are flushed, for read
 * models that listen within the transaction (the dashboards).
 *
 * @param years        the plan years whose tasks changed (two when a plan moved to another year)
 * @param leadUnitIds  the lead units whose tasks changed; empty when the change reaches the whole year (a plan issued,
 *                     closed or amended)
 */
public record PlanningChanged(Set<Integer> years, Set<Long> leadUnitIds) {

    public static PlanningChanged ofUnits(int year, Set<Long> leadUnitIds) {
        return new PlanningChanged(Set.of(year), Set.copyOf(leadUnitIds));
    }

    public static PlanningChanged ofYears(Set<Integer> years) {
        return new PlanningChanged(Set.copyOf(years), Set.of());
    }

    public boolean wholeYears() {
        return leadUnitIds.isEmpty();
    }
}
