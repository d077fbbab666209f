package vn.reformtrack.identity.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.EnumSet;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.web.filter.OncePerRequestFilter;

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
 * <li>A session saved at the end of a request is not read back by the same request (Spring Session asked for it again
 * right after saving it); the filter {@link #forgetSavedSessions} ends that memory with the request.</li>
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

    /**
     * Runs just outside Spring Session's filter: when a request ends, the repository forgets the session it saved for
     * that request, so that the thread's next request reads its session from PostgreSQL again.
     */
    @Bean
    FilterRegistrationBean<OncePerRequestFilter> forgetSavedSessions(SessionRepository<?> sessions) {
        OncePerRequestFilter filter = new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                try {
                    chain.doFilter(request, response);
                } finally {
                    if (sessions instanceof ThrottledTouchSessionRepository<?> throttled) {
                        throttled.requestEnded();
                    }
                }
            }
        };
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
        registration.setDispatcherTypes(EnumSet.allOf(DispatcherType.class));
        return registration;
    }
}
