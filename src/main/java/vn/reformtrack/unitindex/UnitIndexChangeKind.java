package vn.reformtrack.unitindex;

/** What a line of a round's history records. */
public enum UnitIndexChangeKind {
    ROUND_OPENED,
    TIMETABLE_CHANGED,
    CLASSES_CHANGED,
    COUNCIL_CHANGED,
    NOT_APPLICABLE,
    APPLICABLE,
    RECORDED,
    SUBMITTED,
    EXTENDED,
    ACCEPTED,
    SET,
    SURVEY_IMPORTED,
    PRELIMINARY_PUBLISHED,
    CONTESTED,
    CONTEST_KEPT,
    CONTEST_CHANGED,
    PUBLISHED
}
