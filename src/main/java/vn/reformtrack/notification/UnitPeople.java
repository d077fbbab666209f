package vn.reformtrack.notification;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The active heads and staff of some units as recipients, by unit, each list in the order of their names. */
record UnitPeople(Map<Long, List<Recipient>> heads, Map<Long, List<Recipient>> staff) {

    List<Recipient> headsOf(long unitId) {
        return heads.getOrDefault(unitId, List.of());
    }

    /** Heads, then staff: the people who write and send a unit's reports. */
    List<Recipient> everyoneIn(long unitId) {
        List<Recipient> everyone = new ArrayList<>(headsOf(unitId));
        everyone.addAll(staff.getOrDefault(unitId, List.of()));
        return everyone;
    }

    /** The unit's staff (its reform focal points), or its heads when it has no staff on record. */
    List<Recipient> staffOrHeads(long unitId) {
        List<Recipient> focalPoints = staff.getOrDefault(unitId, List.of());
        return focalPoints.isEmpty() ? headsOf(unitId) : focalPoints;
    }
}
