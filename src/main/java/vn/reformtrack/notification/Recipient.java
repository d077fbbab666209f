package vn.reformtrack.notification;

import java.util.Locale;

/** Someone a notification goes to: their account, name, address (may be missing or wrong) and language. */
public record Recipient(long userId, String fullName, String email, Locale locale) {}
