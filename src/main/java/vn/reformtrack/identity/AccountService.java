package vn.reformtrack.identity;

import java.time.Clock;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A user's own account: changing the password (forced at first sign-in after an administrator set it). */
@Service
@Transactional
public class AccountService {

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    AccountService(UserAccountRepository accounts, PasswordEncoder passwordEncoder, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
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
     * Notes the time of a successful sign-in, shown to administrators in the user list. Written past the entity and
     * its version: a sign-in is no edit of the account (two sign-ins at once, on two tabs or two nodes, or an
     * administrator saving the account meanwhile never meet an optimistic-lock conflict, and the account's history
     * gains no change; the audit trail records the sign-in itself).
     */
    public void recordSignIn(long userId) {
        accounts.recordSignIn(userId, clock.instant());
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
