package vn.reformtrack.identity;

import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A user's own account: changing the password (forced at first sign-in after an administrator set it). */
@Service
@Transactional
public class AccountService {

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final JdbcClient jdbc;
    private final Clock clock;

    AccountService(UserAccountRepository accounts, PasswordEncoder passwordEncoder, JdbcClient jdbc, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Changes the password; answers with the message key of the refusal, or null when it is done. */
    public PasswordChange changePassword(long userId, String currentPassword, String newPassword) {
        UserAccount account = accounts.findById(userId).orElseThrow(() -> new UserNotFoundException(userId));
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            return PasswordChange.refused("currentPassword", "password.error.currentWrong");
        }
        if (newPassword != null && newPassword.equals(currentPassword)) {
            return PasswordChange.refused("newPassword", "password.error.sameAsCurrent");
        }
        var violation = PasswordPolicy.violation(newPassword, account.getUsername());
        if (violation.isPresent()) {
            return PasswordChange.refused("newPassword", violation.get());
        }
        account.changePassword(passwordEncoder.encode(newPassword), clock.instant());
        return PasswordChange.DONE;
    }

    /**
     * Notes the time of a successful sign-in, shown to administrators in the user list. Written past the entity: a
     * sign-in is no edit of the account (it neither makes an administrator's open form stale nor adds a change to the
     * account's history; the audit trail records the sign-in itself).
     */
    public void recordSignIn(long userId) {
        jdbc.sql("update user_account set last_login_at = :at where id = :id")
                .param("at", Timestamp.from(clock.instant()))
                .param("id", userId)
                .update();
    }

    /** The outcome of a password change: done, or refused on a field with a message key. */
    public record PasswordChange(String field, String messageKey) {

        static final PasswordChange DONE = new PasswordChange(null, null);

        static PasswordChange refused(String field, String messageKey) {
            return new PasswordChange(field, messageKey);
        }

        public boolean done() {
            return messageKey == null;
        }
    }
}
