package vn.reformtrack.shared.db;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import lombok.extern.slf4j.Slf4j;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts PostgreSQL from the zonky binaries when no server is configured. Its files live in
 * {@code ./data/postgres}, so what users enter survives a restart.
 *
 * <p>Spring, not zonky's JVM shutdown hook, stops the server: the data source is a bean that depends on it, so the
 * pool closes first and a graceful shutdown never sees the database vanish under running requests.
 *
 * <p>Durable: zonky starts PostgreSQL for throwaway test databases, with {@code -F} (no fsync) and
 * {@code synchronous_commit=off}; here a power cut must lose nothing that was committed, so both are switched back on
 * ({@code -c fsync=on} comes after {@code -F} on the command line and wins). Tests use zonky's own test databases,
 * which keep the fast settings.
 */
@Slf4j
@Configuration(proxyBeanMethods = false)
@Conditional(OnEmbeddedDatabaseCondition.class)
class EmbeddedDatabaseConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties properties) throws IOException, SQLException {
        Path dataDirectory = Path.of(properties.dataDirectory()).toAbsolutePath().normalize();
        EmbeddedPostgres postgres = start(dataDirectory, properties);
        log.info("Embedded PostgreSQL {} is up: {}", dataDirectory, postgres.getJdbcUrl("postgres", properties.database()));
        return postgres;
    }

    /** The durable embedded server on {@code dataDirectory} (created when new), with the application's database. */
    static EmbeddedPostgres start(Path dataDirectory, EmbeddedDatabaseProperties properties) throws IOException, SQLException {
        Files.createDirectories(dataDirectory);
        refuseWhenInUse(dataDirectory);
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setPort(properties.port())
                .setRegisterShutdownHook(false)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("timezone", "UTC")
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .start();
        createDatabaseIfMissing(postgres, properties.database());
        return postgres;
    }

    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedPostgres postgres, EmbeddedDatabaseProperties properties) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", properties.database()));
        dataSource.setUsername("postgres");
        dataSource.setPoolName("embedded");
        return dataSource;
    }

    /**
     * A PostgreSQL already running on the folder: another ReformTrack started on it, or one killed without stopping
     * left its server behind (a class-data sharing training run halts so). zonky would wait for its own server, which
     * cannot start, and then fail with "connect failed"; this says what happened and what to do.
     */
    static void refuseWhenInUse(Path dataDirectory) throws IOException {
        Optional<RunningServer> running = running(dataDirectory);
        if (running.isPresent()) {
            throw new IllegalStateException("The data folder " + dataDirectory + " is in use by PostgreSQL (process "
                    + running.get().pid() + ", port " + running.get().port() + "): another ReformTrack is running on"
                    + " it, or one that was killed left its database running. Stop that one (kill -INT "
                    + running.get().pid() + ") or choose another folder (reformtrack.embedded-database.data-directory).");
        }
    }

    record RunningServer(long pid, int port) {}

    /** The PostgreSQL running on the folder, from its {@code postmaster.pid}, if its process is alive. */
    static Optional<RunningServer> running(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile);
        try {
            long pid = Long.parseLong(lines.get(0).strip());
            int port = Integer.parseInt(lines.get(3).strip());
            return ProcessHandle.of(pid)
                    .filter(ProcessHandle::isAlive)
                    .filter(process -> process.info().command().map(command -> command.contains("postgres")).orElse(true))
                    .map(process -> new RunningServer(pid, port));
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    private static void createDatabaseIfMissing(EmbeddedPostgres postgres, String database) throws SQLException {
        DataSource admin = postgres.getPostgresDatabase();
        try (Connection connection = admin.getConnection();
                var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, database);
            try (var rows = exists.executeQuery()) {
                if (!rows.next()) {
                    try (var create = connection.createStatement()) {
                        create.execute("create database \"" + database.replace("\"", "") + "\" encoding 'UTF8'");
                    }
                }
            }
        }
    }
}
