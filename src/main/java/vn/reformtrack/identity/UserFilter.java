package vn.reformtrack.identity;

/** What the user list is narrowed to: words in the name, user name or e-mail; a role; a unit; enabled or not. */
public record UserFilter(String query, Role role, Long unitId, Boolean enabled) {

    public boolean hasQuery() {
        return query != null && !query.isBlank();
    }
}
