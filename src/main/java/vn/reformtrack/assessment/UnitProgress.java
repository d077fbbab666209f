package vn.reformtrack.assessment;

/** How far one unit is with the criteria it answers for in a round. */
public record UnitProgress(Long unitId, String unitName, int items, int recorded, int submitted, int appraised,
        int returned, int lackingEvidence) {

    /** Every criterion sent (or appraised). */
    public boolean done() {
        return items > 0 && submitted == items;
    }
}
