package vn.reformtrack.assessment;

/**
 * Narrows a round's criteria: to one responsible unit, one status, one area, or those still without a unit. All
 * optional; bound from the page's query string.
 */
public record ItemFilter(Long unitId, ItemStatus status, String area, Boolean unassigned) {

    public static ItemFilter none() {
        return new ItemFilter(null, null, null, null);
    }

    public boolean accepts(ItemRow row) {
        return (unitId == null || unitId.equals(row.responsibleUnitId()))
                && (status == null || status == row.status())
                && (area == null || area.isBlank() || area.equals(row.areaCode()))
                && (!Boolean.TRUE.equals(unassigned) || row.unassigned());
    }
}
