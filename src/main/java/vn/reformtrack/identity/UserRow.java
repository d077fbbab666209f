package vn.reformtrack.identity;

import java.time.Instant;

/** One line of the user list. */
public record UserRow(
        long id,
        String username,
        String fullName,
        String email,
        Role role,
        Long unitId,
        String unitName,
        boolean enabled,
        boolean mustChangePassword,
        Instant lastLoginAt) {}
