package vn.reformtrack.identity.security;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Sign-in throttling.
 *
 * @param maxFailedLogins           failures allowed for one user name within {@code lockDuration} before it locks
 * @param lockDuration              how long a locked user name or address stays locked (and the window failures are
 *                                  counted in)
 * @param maxFailedLoginsPerAddress failures allowed from one client address (whatever the names) before it locks;
 *                                  higher than a name's, since a whole office may sign in from one address
 */
@Validated
@ConfigurationProperties("reformtrack.security")
public record SecurityProperties(
        @DefaultValue("5") @Min(2) @Max(100) int maxFailedLogins,
        @DefaultValue("15m") @NotNull Duration lockDuration,
        @DefaultValue("30") @Min(2) @Max(10000) int maxFailedLoginsPerAddress) {}
