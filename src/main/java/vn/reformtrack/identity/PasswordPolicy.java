package vn.reformtrack.identity;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * What a password must be: 8 to 64 characters and at most {@value #MAX_BYTES} bytes in UTF-8 (BCrypt refuses more: a
 * Vietnamese letter with marks takes 2–3 bytes), at least one letter and one digit, and not containing the user name. Answers with the message key of the first rule broken.
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 8;
    static final int MAX_LENGTH = 64;
    static final int MAX_BYTES = 72;

    private PasswordPolicy() {}

    static Optional<String> violation(String password, String username) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("password.error.tooShort");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("password.error.tooLong");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of("password.error.tooManyBytes");
        }
        if (password.chars().noneMatch(Character::isLetter) || password.chars().noneMatch(Character::isDigit)) {
            return Optional.of("password.error.lettersAndDigits");
        }
        if (username != null
                && !username.isBlank()
                && password.toLowerCase(Locale.ROOT).contains(username.strip().toLowerCase(Locale.ROOT))) {
            return Optional.of("password.error.containsUsername");
        }
        return Optional.empty();
    }
}
