package vn.reformtrack.notification;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How far back reminders look ({@code reformtrack.notifications.*}): a deadline that passed longer ago than this is
 * left to the dashboards (a first start on years of data must not send thousands of reminders at once).
 */
@Validated
@ConfigurationProperties("reformtrack.notifications")
public record NotificationProperties(@DefaultValue("120d") @NotNull Duration lookBack) {}
