package vn.reformtrack.assessment;

/**
 * A round in the list, with how far its criteria are (for a unit user: their unit's criteria only).
 *
 * @param recorded   criteria with a self-score or an estimate
 * @param submitted  criteria sent by their unit (appraised ones included)
 * @param unassigned criteria to be recorded by a unit that have none yet
 */
public record RoundRow(RoundSummary round, long items, long unassigned, long recorded, long submitted, long appraised,
        long returned) {}
