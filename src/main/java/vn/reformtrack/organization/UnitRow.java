package vn.reformtrack.organization;

/** One line of the unit list: the unit, its parent's name and its depth in the tree. */
public record UnitRow(
        long id, String code, String name, UnitType type, Long parentId, String parentName, boolean active, int depth) {

    /** The name indented by its depth with no-break spaces, for select lists (which ignore CSS padding). */
    public String indentedName() {
        return "\u00a0\u00a0\u00a0".repeat(depth) + name;
    }
}
