package vn.reformtrack.unitindex;

/** Narrows a round's sheets: to a group, and to those submitted, still in draft, or late. All optional. */
public record SheetFilter(Long groupId, SheetState state) {

    /** What the round's list filters by: the sheet's status, or late (a draft past its deadline). */
    public enum SheetState {
        SUBMITTED,
        DRAFT,
        LATE
    }

    public static SheetFilter none() {
        return new SheetFilter(null, null);
    }
}
