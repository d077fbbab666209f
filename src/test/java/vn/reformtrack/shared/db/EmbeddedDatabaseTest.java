package vn.reformtrack.shared.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The database a newcomer's {@code ./mvnw spring-boot:run} starts: its data survives a restart. */
class EmbeddedDatabaseTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
    @Import(EmbeddedDatabaseConfiguration.class)
    static class Embedded {}

    private ApplicationContextRunner runner(Path dataDirectory) {
        return new ApplicationContextRunner()
                .withUserConfiguration(Embedded.class)
                .withPropertyValues("reformtrack.embedded-database.data-directory=" + dataDirectory);
    }

    @Test
    void whatWasWrittenIsThereAfterARestart(@TempDir Path dataDirectory) {
        runner(dataDirectory).run(context -> {
            JdbcClient jdbc = JdbcClient.create(context.getBean(DataSource.class));
            jdbc.sql("create table note (text varchar(100))").update();
            jdbc.sql("insert into note values ('Kế hoạch 205/KH-UBND')").update();
        });

        runner(dataDirectory).run(context -> {
            JdbcClient jdbc = JdbcClient.create(context.getBean(DataSource.class));
            assertThat(jdbc.sql("select text from note").query(String.class).single()).isEqualTo("Kế hoạch 205/KH-UBND");
            assertThat(jdbc.sql("show server_version").query(String.class).single()).startsWith("17.");
            assertThat(jdbc.sql("select current_database()").query(String.class).single()).isEqualTo("reformtrack");
        });
    }

    @Test
    void theRunTimeServerWritesDurablyWhatItCommits(@TempDir Path dataDirectory) {
        runner(dataDirectory).run(context -> {
            JdbcClient jdbc = JdbcClient.create(context.getBean(DataSource.class));
            assertThat(jdbc.sql("show fsync").query(String.class).single()).isEqualTo("on");
            assertThat(jdbc.sql("show synchronous_commit").query(String.class).single()).isEqualTo("on");
            assertThat(jdbc.sql("show full_page_writes").query(String.class).single()).isEqualTo("on");
        });
    }

    @Test
    void aSecondStartOnAFolderInUseSaysSoInsteadOfWaitingForItsOwnServer(@TempDir Path dataDirectory) {
        runner(dataDirectory).run(first -> runner(dataDirectory).run(second -> {
            assertThat(second).hasFailed();
            assertThat(second.getStartupFailure()).rootCause()
                    .hasMessageContaining("is in use by PostgreSQL")
                    .hasMessageContaining("kill -INT");
        }));
    }

    @Test
    void aConfiguredServerMeansNoEmbeddedDatabase(@TempDir Path dataDirectory) {
        runner(dataDirectory)
                .withPropertyValues("spring.datasource.url=jdbc:postgresql://db.example:5432/reformtrack")
                .run(context -> assertThat(context).doesNotHaveBean(EmbeddedPostgres.class));
        runner(dataDirectory)
                .withPropertyValues("reformtrack.embedded-database.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(EmbeddedPostgres.class));
    }
}
