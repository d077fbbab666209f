package vn.reformtrack.shared.db;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The embedded PostgreSQL used when no server is configured.
 *
 * @param enabled       false to refuse starting without a configured server
 * @param dataDirectory where the cluster keeps its files; kept across restarts (git-ignored)
 * @param port          0 picks a free port; the JDBC URL is logged at start
 * @param database      the database created inside the cluster on first start
 */
@Validated
@ConfigurationProperties("reformtrack.embedded-database")
public record EmbeddedDatabaseProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("./data/postgres") @NotBlank String dataDirectory,
        @DefaultValue("0") @Min(0) @Max(65535) int port,
        @DefaultValue("reformtrack") @NotBlank String database) {}
