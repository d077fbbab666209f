package vn.reformtrack.identity.security;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import vn.reformtrack.identity.CurrentUser;

/** The principal kept in the session: who the user is, and whether they must change their password first. */
public final class AppUserDetails implements UserDetails, CredentialsContainer {

    private final CurrentUser user;
    private final boolean enabled;
    private final boolean mustChangePassword;
    private String passwordHash;

    public AppUserDetails(CurrentUser user, String passwordHash, boolean enabled, boolean mustChangePassword) {
        this.user = user;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.mustChangePassword = mustChangePassword;
    }

    public CurrentUser currentUser() {
        return user;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    /** The same user after the forced password change. */
    public AppUserDetails withPasswordChanged() {
        return new AppUserDetails(user, null, enabled, false);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(user.role().authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return user.username();
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
