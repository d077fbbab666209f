package vn.reformtrack.identity;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The first administrator of a real deployment, from the environment. Created once, when no administrator exists,
 * with a password that must be changed at the first sign-in.
 */
@ConfigurationProperties("reformtrack.bootstrap-admin")
public record BootstrapAdminProperties(String username, String password, @DefaultValue("Quản trị hệ thống") String fullName) {

    boolean isSet() {
        return username != null && !username.isBlank() && password != null && !password.isBlank();
    }
}
