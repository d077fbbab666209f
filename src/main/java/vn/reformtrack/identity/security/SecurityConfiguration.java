package vn.reformtrack.identity.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Form sign-in (sessions in PostgreSQL through Spring Session, id renewed at sign-in), CSRF on every form, the
 * administration pages for ADMIN only, security headers with a Content-Security-Policy that allows no inline script
 * and no other origin. Finer rules (a unit user and another unit's data) live in the services.
 *
 * <p>A session is made at sign-in and not before: pages that need none (the sign-in page, error pages, a protected
 * address before sign-in) keep what they must remember in cookies, the CSRF token ({@value #CSRF_COOKIE}) and the
 * address to return to after sign-in. Otherwise every anonymous request wrote a session row to PostgreSQL, at
 * whatever rate anyone cared to send them.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data:",
            "font-src 'self'",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    static final String CSRF_COOKIE = "RTCSRF";

    /**
     * Styles, scripts and images need nobody's session, and their chain never reads one: otherwise each file a signed-in
     * page loads read the session row from PostgreSQL, and while the database was away the "temporarily unavailable"
     * page arrived without its styles (every file answered 503 too).
     */
    @Bean
    @Order(1)
    SecurityFilterChain staticFiles(HttpSecurity http) throws Exception {
        http.securityMatcher("/assets/**", "/webjars/**", "/favicon.ico")
                .securityContext(context -> context.securityContextRepository(new RequestAttributeSecurityContextRepository()))
                // Nothing that asks for the session: the anonymous user's details and the session management filter
                // both did (request.getSession(false) reads the row).
                .sessionManagement(sessions -> sessions.disable())
                .anonymous(anonymous -> anonymous.disable())
                .requestCache(cache -> cache.disable())
                // Read only: nothing here changes anything, so there is no form to protect.
                .csrf(csrf -> csrf.disable())
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .headers(SecurityConfiguration::headers)
                .addFilterBefore(new SessionlessRequests(), SecurityContextHolderFilter.class);
        return http.build();
    }

    @Bean
    SecurityFilterChain securityFilterChain(
            HttpSecurity http,
            AuthenticationManager authenticationManager,
            SecurityContextRepository securityContextRepository,
            RequestCache requestCache,
            CsrfTokenRepository csrfTokens,
            SignInSuccessHandler signInSuccessHandler,
            ManagementPortRequests managementPort)
            throws Exception {
        http.authenticationManager(authenticationManager)
                .securityContext(context -> context.securityContextRepository(securityContextRepository))
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens).csrfTokenRequestHandler(maskedTokens()))
                .requestCache(cache -> cache.requestCache(requestCache))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/login", "/error", "/error/**", "/favicon.ico").permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info", "/livez", "/readyz").permitAll()
                        .requestMatchers(managementPort).permitAll()
                        .requestMatchers("/actuator/**").hasRole("ADMIN")
                        .requestMatchers("/admin/**").hasRole("ADMIN")
                        .anyRequest().authenticated())
                .formLogin(form -> form
                        .loginPage("/login")
                        .successHandler(signInSuccessHandler)
                        .failureHandler(new SignInFailureHandler())
                        .permitAll())
                .logout(logout -> logout
                        .logoutUrl("/logout")
                        .logoutSuccessUrl("/login?logout")
                        .deleteCookies("RTSESSION"))
                .sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId()))
                .headers(SecurityConfiguration::headers)
                .addFilterAfter(new MustChangePasswordFilter(), AuthorizationFilter.class);
        return http.build();
    }

    private static void headers(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .frameOptions(frame -> frame.deny())
                .permissionsPolicyHeader(permissions -> permissions.policy("camera=(), microphone=(), geolocation=()"));
    }

    /**
     * Requests are timed once, per page (Spring MVC's http.server.requests); Spring Security would otherwise open an
     * observation around each of its filters, authentication and authorization on every request as well: a fixed cost
     * per page that nobody reads.
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * The only way to sign in: passwords behind the throttle, with no parent manager to fall back to (a parent
     * would try again without the throttle, and count every failure twice). Successes and failures are published
     * (Spring Security's authentication events) for the audit trail.
     */
    @Bean
    AuthenticationManager authenticationManager(UserDetailsService userDetailsService, PasswordEncoder passwordEncoder,
            LoginThrottle throttle, AuthenticationEventPublisher authenticationEvents) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(userDetailsService);
        passwords.setPasswordEncoder(passwordEncoder);
        ProviderManager manager = new ProviderManager(new ThrottlingAuthenticationProvider(passwords, throttle));
        manager.setAuthenticationEventPublisher(authenticationEvents);
        return manager;
    }

    @Bean
    SecurityContextRepository securityContextRepository() {
        return new HttpSessionSecurityContextRepository();
    }

    /** Where a user was heading before the sign-in page, kept in a cookie rather than a session. */
    @Bean
    RequestCache requestCache() {
        return new CookieRequestCache();
    }

    /** Spring Security's own masking of the CSRF token per page, with each thread drawing its own random bytes. */
    private static XorCsrfTokenRequestAttributeHandler maskedTokens() {
        XorCsrfTokenRequestAttributeHandler tokens = new XorCsrfTokenRequestAttributeHandler();
        tokens.setSecureRandom(new ThreadSecureRandom());
        return tokens;
    }

    /**
     * The CSRF token in an HTTP-only cookie, compared with the one each form and htmx request sends (masked per page
     * against BREACH); renewed at sign-in and cleared at sign-out. {@code Secure} when the request is (behind a TLS proxy
     * that the forwarded headers name).
     */
    @Bean
    CsrfTokenRepository csrfTokens() {
        CookieCsrfTokenRepository tokens = new CookieCsrfTokenRepository();
        tokens.setCookieName(CSRF_COOKIE);
        tokens.setCookieCustomizer(cookie -> cookie.sameSite("Lax"));
        return tokens;
    }
}
