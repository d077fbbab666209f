package vn.reformtrack.shared.db;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * True when no database server is configured ({@code spring.datasource.url} is empty) and the embedded
 * database has not been switched off: a newcomer's {@code ./mvnw spring-boot:run} needs no installs.
 */
public class OnEmbeddedDatabaseCondition implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return isEmbedded(context.getEnvironment());
    }

    static boolean isEmbedded(org.springframework.core.env.Environment environment) {
        boolean serverConfigured = StringUtils.hasText(environment.getProperty("spring.datasource.url"));
        boolean enabled = environment.getProperty("reformtrack.embedded-database.enabled", Boolean.class, true);
        return enabled && !serverConfigured;
    }
}
