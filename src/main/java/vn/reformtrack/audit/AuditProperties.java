package vn.reformtrack.audit;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How long the audit trail is kept.
 *
 * @param retentionYears lines older than this many years are removed each night (at least 1: the database refuses to
 *                       remove anything younger than a year)
 */
@Validated
@ConfigurationProperties("reformtrack.audit")
public record AuditProperties(@DefaultValue("10") @Min(1) @Max(100) int retentionYears) {}
