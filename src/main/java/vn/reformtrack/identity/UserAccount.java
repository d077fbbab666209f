package vn.reformtrack.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Locale;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import vn.reformtrack.shared.persistence.AuditedEntity;
import vn.reformtrack.shared.text.VietnameseText;

/** An account. Never deleted (reports and reviews name who did them): an administrator disables it. */
@Entity
@Table(name = "user_account")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class UserAccount extends AuditedEntity {

    @Column(nullable = false, length = 50)
    private String username;

    @Column(nullable = false, length = 150)
    private String fullName;

    private String email;

    private String phone;

    @Column(nullable = false)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Role role;

    private Long unitId;

    private boolean enabled = true;

    private boolean mustChangePassword;

    private boolean demoAccount;

    private Instant passwordChangedAt;

    private Instant lastLoginAt;

    @Column(nullable = false, length = 500)
    private String searchKey;

    UserAccount(String username, String passwordHash, boolean mustChangePassword) {
        this.username = normalizeUsername(username);
        this.passwordHash = passwordHash;
        this.mustChangePassword = mustChangePassword;
    }

    static String normalizeUsername(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }

    void describe(String fullName, String email, String phone, Role role, Long unitId) {
        this.fullName = fullName.strip();
        this.email = blankToNull(email);
        this.phone = blankToNull(phone);
        this.role = role;
        this.unitId = unitId;
        this.searchKey = VietnameseText.fold(username + " " + this.fullName + " " + (this.email == null ? "" : this.email));
    }

    void markDemo() {
        this.demoAccount = true;
    }

    /** Set by the user: the password is theirs now. */
    void changePassword(String newHash, Instant at) {
        this.passwordHash = newHash;
        this.passwordChangedAt = at;
        this.mustChangePassword = false;
    }

    /** Set by an administrator: a temporary password the user must replace at the next sign-in. */
    void resetPassword(String temporaryHash, Instant at) {
        this.passwordHash = temporaryHash;
        this.passwordChangedAt = at;
        this.mustChangePassword = true;
    }

    void disable() {
        this.enabled = false;
    }

    void enable() {
        this.enabled = true;
    }

    public CurrentUser asCurrentUser() {
        return new CurrentUser(getId(), username, fullName, role, unitId);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
