package vn.reformtrack.identity;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.reformtrack.identity.security.AppUserDetails;

/** Loads an account for sign-in. */
@Service
@Transactional(readOnly = true)
class AppUserDetailsService implements UserDetailsService {

    private final UserAccountRepository accounts;

    AppUserDetailsService(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        UserAccount account = accounts.findByUsername(username.strip())
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
        return new AppUserDetails(
                account.asCurrentUser(), account.getPasswordHash(), account.isEnabled(), account.isMustChangePassword());
    }
}
