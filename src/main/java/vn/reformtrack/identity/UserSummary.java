package vn.reformtrack.identity;

/** What other modules know of an account: enough to name a person and reach them, and whether it may still sign in. */
public record UserSummary(long id, String username, String fullName, String email, String phone, Role role, Long unitId,
        boolean enabled) {

    static UserSummary of(UserAccount account) {
        return new UserSummary(account.getId(), account.getUsername(), account.getFullName(), account.getEmail(),
                account.getPhone(), account.getRole(), account.getUnitId(), account.isEnabled());
    }
}
