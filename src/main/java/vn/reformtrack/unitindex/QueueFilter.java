package vn.reformtrack.unitindex;

/** Narrows a member's queue: to a group, a unit, an area, a state. All optional; bound from the query string. */
public record QueueFilter(Long groupId, Long unitId, Long areaId, QueueState state) {

    public static QueueFilter none() {
        return new QueueFilter(null, null, null, null);
    }
}
