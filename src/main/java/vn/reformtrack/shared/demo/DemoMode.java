package vn.reformtrack.shared.demo;

import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Demo mode loads a realistic province and one account per role (password {@code demo123}). It is on when
 * {@code reformtrack.demo.enabled} says so, or, when that is not set, with the {@code demo} profile or the embedded
 * database (a newcomer's first run). Outside demo mode the demo accounts are disabled at start-up.
 */
@Component
public class DemoMode {

    private final boolean on;

    public DemoMode(Environment environment) {
        this.on = decide(environment);
    }

    public boolean isOn() {
        return on;
    }

    static boolean decide(Environment environment) {
        Boolean explicit = environment.getProperty("reformtrack.demo.enabled", Boolean.class);
        if (explicit != null) {
            return explicit;
        }
        boolean serverConfigured = StringUtils.hasText(environment.getProperty("spring.datasource.url"));
        boolean embeddedEnabled = environment.getProperty("reformtrack.embedded-database.enabled", Boolean.class, true);
        return environment.acceptsProfiles(Profiles.of("demo")) || (embeddedEnabled && !serverConfigured);
    }
}
