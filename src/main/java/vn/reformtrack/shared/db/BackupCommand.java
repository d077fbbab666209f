package vn.reformtrack.shared.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import javax.sql.DataSource;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.util.StringUtils;

/**
 * {@code backup <file>} and {@code restore <file>} from the application's own jar or {@code ./mvnw spring-boot:run}
 * (see README, "Backup and restore"). The database is the application's: the server of {@code spring.datasource.url},
 * or the embedded one of {@code reformtrack.embedded-database.data-directory} (backed up while the application runs,
 * through its running server; started for the command when it does not run; restored only when nothing runs on it).
 * Prints what happened in Vietnamese ({@code --reformtrack.language=en} for English); exit code 0, 1 when refused or
 * failed, 2 for a wrong command line.
 */
public final class BackupCommand {

    private static final List<String> COMMANDS = List.of("backup", "restore");

    /** Only reads the configuration (application.yml, environment, command line); starts nothing else. */
    @Configuration(proxyBeanMethods = false)
    static class Settings {}

    private BackupCommand() {}

    public static boolean isCommand(String... args) {
        return args.length > 0 && COMMANDS.contains(args[0]);
    }

    public static int run(String... args) {
        return run(System.out, System.err, args);
    }

    static int run(PrintStream out, PrintStream err, String... args) {
        List<String> properties = new ArrayList<>(List.of("--logging.level.root=warn"));
        properties.addAll(Arrays.asList(args).subList(Math.min(2, args.length), args.length));
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Settings.class)
                .web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF).logStartupInfo(false)
                .run(properties.toArray(String[]::new))) {
            Environment environment = context.getEnvironment();
            Texts texts = new Texts(environment.getProperty("reformtrack.language", "vi"));
            if (args.length < 2 || !isCommand(args) || args[1].startsWith("--")) {
                err.println(texts.get("backup.usage"));
                return 2;
            }
            Path file = Path.of(args[1]).toAbsolutePath().normalize();
            try {
                if (args[0].equals("backup")) {
                    DatabaseBackup.Summary done = withDatabase(environment, false, source -> DatabaseBackup.backup(source, file));
                    out.println(texts.get("backup.done", file, done.schemaVersion(), done.tables(), done.rows(), done.bytes()));
                } else {
                    // Checked before anything is started or created: a bad file leaves no new data folder behind.
                    BackupManifest manifest = BackupManifest.verify(file);
                    DatabaseBackup.Summary done = withDatabase(environment, true,
                            target -> DatabaseBackup.restore(file, manifest, target));
                    out.println(texts.get("backup.restored", file, done.schemaVersion(), done.tables(), done.rows()));
                }
                return 0;
            } catch (BackupRefused refused) {
                err.println(texts.get(refused.getMessageKey(), refused.getArguments()));
                return 1;
            } catch (RuntimeException unexpected) {
                // Whatever else went wrong (the server refused the user, a full disk, ...): said in one line.
                Throwable cause = NestedExceptionUtils.getMostSpecificCause(unexpected);
                err.println(texts.get("backup.error.failed", cause.getClass().getSimpleName() + ": " + cause.getMessage()));
                return 1;
            }
        }
    }

    /** Runs {@code work} against the application's database, starting the embedded server for it when needed. */
    private static <T> T withDatabase(Environment environment, boolean restore, Function<DataSource, T> work) {
        String url = environment.getProperty("spring.datasource.url");
        if (StringUtils.hasText(url)) {
            return work.apply(new SimpleDriverDataSource(new org.postgresql.Driver(), url,
                    environment.getProperty("spring.datasource.username"),
                    environment.getProperty("spring.datasource.password")));
        }
        EmbeddedDatabaseProperties embedded = Binder.get(environment)
                .bindOrCreate("reformtrack.embedded-database", EmbeddedDatabaseProperties.class);
        Path dataDirectory = Path.of(embedded.dataDirectory()).toAbsolutePath().normalize();
        try {
            Optional<EmbeddedDatabaseConfiguration.RunningServer> running = EmbeddedDatabaseConfiguration.running(dataDirectory);
            if (running.isPresent()) {
                if (restore) {
                    throw new BackupRefused("backup.error.inUse", dataDirectory, running.get().pid());
                }
                return work.apply(new SimpleDriverDataSource(new org.postgresql.Driver(),
                        "jdbc:postgresql://localhost:" + running.get().port() + "/" + embedded.database(), "postgres", ""));
            }
            if (!restore && !Files.exists(dataDirectory.resolve("PG_VERSION"))) {
                throw new BackupRefused("backup.error.noSchema");
            }
            try (EmbeddedPostgres postgres = EmbeddedDatabaseConfiguration.start(dataDirectory, embedded)) {
                return work.apply(postgres.getDatabase("postgres", embedded.database()));
            }
        } catch (IOException | SQLException failure) {
            throw new BackupRefused(failure, "backup.error.failed", failure.getMessage());
        }
    }

    /** The command's messages, from the application's message bundles, in Vietnamese or English. */
    private static final class Texts {

        private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        private final Locale locale;

        Texts(String language) {
            messages.setBasename("messages/backup");
            messages.setDefaultEncoding("UTF-8");
            messages.setFallbackToSystemLocale(false);
            this.locale = "en".equals(language) ? Locale.ENGLISH : Locale.forLanguageTag("vi");
        }

        String get(String key, Object... arguments) {
            return messages.getMessage(key, arguments, locale);
        }
    }
}
