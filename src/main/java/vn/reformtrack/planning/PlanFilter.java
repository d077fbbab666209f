package vn.reformtrack.planning;

/** What the plan list is narrowed to: words in the number, title, issuer or signer; a year; a status. */
public record PlanFilter(String query, Integer year, PlanStatus status) {

    public boolean hasQuery() {
        return query != null && !query.isBlank();
    }
}
