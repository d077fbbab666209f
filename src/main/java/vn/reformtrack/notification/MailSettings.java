package vn.reformtrack.notification;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The mail server and how the outbox uses it ({@code reformtrack.mail.*}, each from the environment in production:
 * {@code REFORMTRACK_MAIL_HOST}, {@code REFORMTRACK_MAIL_PASSWORD}...). Without a host nothing is sent: messages wait
 * in the outbox, where the administrator reads them.
 *
 * @param host        the SMTP server; blank: no mail server, messages stay in the outbox
 * @param security    {@code STARTTLS} (port 587), {@code TLS} (implicit, port 465) or {@code NONE} (a local catcher)
 * @param username    blank: the server takes mail without signing in
 * @param from        the sender's address; {@code fromName} its name
 * @param baseUrl     the address people open the application at, for the links in e-mails
 * @param timeout     connecting, reading and writing each give up after this
 * @param batchSize   messages one run of the job sends at most
 * @param firstRetry  the wait after a first failure, doubled after each further one up to {@code longestRetry}
 * @param giveUpAfter a message the server still refuses to take this long after it was written is marked failed
 * @param sendingStaleAfter a message still "sending" this long after it started was cut off (a node stopped): it is
 *                    marked failed, not sent again, since the server may have taken it
 */
@Validated
@ConfigurationProperties("reformtrack.mail")
public record MailSettings(
        String host,
        @DefaultValue("587") @Min(1) @Max(65535) int port,
        @DefaultValue("STARTTLS") @NotNull Security security,
        String username,
        String password,
        @DefaultValue("reformtrack@localhost") @NotBlank String from,
        @DefaultValue("ReformTrack") @NotBlank String fromName,
        @DefaultValue("http://localhost:8080") @NotBlank String baseUrl,
        @DefaultValue("10s") @NotNull Duration timeout,
        @DefaultValue("50") @Min(1) @Max(1000) int batchSize,
        @DefaultValue("1m") @NotNull Duration firstRetry,
        @DefaultValue("1h") @NotNull Duration longestRetry,
        @DefaultValue("48h") @NotNull Duration giveUpAfter,
        @DefaultValue("5m") @NotNull Duration sendingStaleAfter) {

    public enum Security {
        NONE,
        STARTTLS,
        TLS
    }

    public boolean configured() {
        return host != null && !host.isBlank();
    }

    /** The wait before attempt {@code attempts + 1}: the first retry doubled per attempt, at most the longest. */
    public Duration backoff(int attempts) {
        Duration wait = firstRetry;
        for (int i = 1; i < attempts && wait.compareTo(longestRetry) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(longestRetry) > 0 ? longestRetry : wait;
    }

    /** The base address without a trailing slash. */
    public String base() {
        return baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }
}
