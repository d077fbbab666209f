package vn.reformtrack.shared.db;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Migrations run on connections of their own, without the pool's statement and socket timeouts (application.yml):
 * a migration may rightly take minutes on a province's ten years of data, and it runs under Flyway's lock, so a second
 * node starting meanwhile waits for it rather than half-migrating.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    @Bean
    FlywayConfigurationCustomizer migrationsWithoutRequestTimeouts(DataSource dataSource) {
        return configuration -> {
            if (dataSource instanceof HikariDataSource pool) {
                configuration.dataSource(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword());
            }
        };
    }
}
