package vn.reformtrack.organization;

/** What the unit list is narrowed to: words in the code or name, a type, active or not (null: any). */
public record UnitFilter(String query, UnitType type, Boolean active) {

    public boolean hasQuery() {
        return query != null && !query.isBlank();
    }
}
