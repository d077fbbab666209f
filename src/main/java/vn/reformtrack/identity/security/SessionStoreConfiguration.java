package vn.reformtrack.identity.security;

import java.time.Duration;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * How the sessions in PostgreSQL (Spring Session JDBC) are read and written on each signed-in request: the fixed cost
 * of every page.
 *
 * <ul>
 * <li>Attributes are written with PostgreSQL's upsert. Without it two requests of one session that both add the same
 * attribute (the first pages after sign-in both store the new CSRF token) collide on the attributes' primary key and
 * one of them ends in a 500.</li>
 * <li>The last access is written at most once a {@link #TOUCH_INTERVAL} instead of on every request: a page then costs
 * one indexed read of its session and no write, unless it changed an attribute (see
 * {@link ThrottledTouchSessionRepository}).</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfiguration {

    /** How stale a session's recorded last access may be: a session may end this much early (of its 4 hours). */
    static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);

    @Bean
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer upsertSessionAttributes() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }

    /**
     * Wraps the JDBC repository Boot configures, where the session filter and {@link SessionTerminator} find it. (A
     * repository bean of our own would make Boot back off from configuring the JDBC one; the wrapped bean keeps its
     * own start-up and shut-down, which Spring runs on the original object: the scheduled clean-up of expired rows.)
     */
    @Bean
    static BeanPostProcessor throttleSessionTouches() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof JdbcIndexedSessionRepository sessions
                        ? new ThrottledTouchSessionRepository<>(sessions, TOUCH_INTERVAL)
                        : bean;
            }
        };
    }
}
