package vn.reformtrack.identity;

/** What an administrator sets on an account (the password is set separately). */
public record UserCommand(String username, String fullName, String email, String phone, Role role, Long unitId) {}
