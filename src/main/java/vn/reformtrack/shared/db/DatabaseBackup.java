package vn.reformtrack.shared.db;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import lombok.extern.slf4j.Slf4j;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * The whole database in one file, and back: every table's rows (evidence files included: they live in PostgreSQL) as
 * PostgreSQL's own COPY text, in a zip with a manifest ({@link BackupManifest}). A backup reads one consistent
 * snapshot while the application keeps running. A restore goes only into an empty database: it checks the whole file
 * first and refuses a foreign, truncated or damaged one, or one of a newer schema, before touching anything; it builds
 * the schema the backup was taken at with the application's own migrations, copies the rows in one transaction, and
 * sets the sequences; a failure on the way empties the target again. Sessions, locks and sign-in counts are left out.
 */
@Slf4j
public final class DatabaseBackup {

    static final Set<String> LEFT_OUT = Set.of("flyway_schema_history", "spring_session", "spring_session_attributes",
            "shedlock", "login_throttle", "login_throttle_address");

    public record Summary(String schemaVersion, int tables, long rows, long bytes) {}

    private DatabaseBackup() {}

    public static Summary backup(DataSource source, Path file) {
        Path part = file.resolveSibling(file.getFileName() + ".part");
        try (Connection connection = source.getConnection()) {
            connection.setAutoCommit(false);
            try (var statement = connection.createStatement()) {
                statement.execute("set transaction isolation level repeatable read, read only");
            }
            String version = BackupCatalog.schemaVersion(connection)
                    .orElseThrow(() -> new BackupRefused("backup.error.noSchema"));
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            List<BackupManifest.Table> written = new ArrayList<>();
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(part))) {
                for (BackupCatalog.Table table : BackupCatalog.tables(connection, LEFT_OUT)) {
                    zip.putNextEntry(new ZipEntry("data/" + table.name() + ".copy"));
                    MessageDigest digest = BackupManifest.newDigest();
                    long rows = copy.copyOut(table.copyOut(), new DigestOutputStream(new KeepOpen(zip), digest));
                    zip.closeEntry();
                    written.add(new BackupManifest.Table(table.name(), table.columns(), rows,
                            HexFormat.of().formatHex(digest.digest())));
                }
                BackupManifest manifest = new BackupManifest(version, Instant.now().toString(), written,
                        BackupCatalog.sequences(connection));
                zip.putNextEntry(new ZipEntry(BackupManifest.ENTRY));
                manifest.write(zip);
                zip.closeEntry();
            }
            connection.commit();
            Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            Summary summary = new Summary(version, written.size(),
                    written.stream().mapToLong(BackupManifest.Table::rows).sum(), Files.size(file));
            log.info("Backup written to {}: schema {}, {} tables, {} rows, {} bytes", file, summary.schemaVersion(),
                    summary.tables(), summary.rows(), summary.bytes());
            return summary;
        } catch (SQLException | IOException failure) {
            deleteQuietly(part);
            throw new BackupRefused(failure, "backup.error.failed", failure.getMessage());
        } catch (RuntimeException failure) {
            deleteQuietly(part);
            throw failure;
        }
    }

    public static Summary restore(Path file, DataSource target) {
        return restore(file, BackupManifest.verify(file), target);
    }

    /** With the file already checked ({@link BackupManifest#verify}). */
    static Summary restore(Path file, BackupManifest manifest, DataSource target) {
        try (Connection connection = target.getConnection()) {
            if (!BackupCatalog.isEmpty(connection)) {
                throw new BackupRefused("backup.error.targetNotEmpty");
            }
        } catch (SQLException failure) {
            throw new BackupRefused(failure, "backup.error.failed", failure.getMessage());
        }
        try {
            migrations(target).target(MigrationVersion.fromVersion(manifest.schemaVersion())).load().migrate();
            copyIn(file, manifest, target);
        } catch (RuntimeException | SQLException | IOException failure) {
            emptyAgain(target, failure);
            if (failure instanceof BackupRefused refused) {
                throw refused;
            }
            throw new BackupRefused(failure, "backup.error.restoreFailed", failure.getMessage());
        }
        Summary summary = new Summary(manifest.schemaVersion(), manifest.tables().size(), manifest.rows(),
                fileSize(file));
        log.info("Restored {} (taken {}): schema {}, {} tables, {} rows", file, manifest.createdAt(),
                summary.schemaVersion(), summary.tables(), summary.rows());
        return summary;
    }

    /** Every row in one transaction, triggers and foreign keys checked as the rows were when they were backed up. */
    private static void copyIn(Path file, BackupManifest manifest, DataSource target) throws SQLException, IOException {
        try (Connection connection = target.getConnection(); ZipFile zip = new ZipFile(file.toFile())) {
            connection.setAutoCommit(false);
            if (BackupCatalog.isSuperuser(connection)) {
                try (var statement = connection.createStatement()) {
                    statement.execute("set local session_replication_role = replica");
                }
            }
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            Map<String, BackupCatalog.Table> present = new LinkedHashMap<>();
            BackupCatalog.tables(connection, Set.of()).forEach(table -> present.put(table.name(), table));
            // Some migrations seed rows (e.g. the working-day calendar of the years they know); the backup holds those
            // rows as they were, so the seeds make way for them.
            BackupCatalog.emptySeeded(connection, manifest.tables().stream().map(BackupManifest.Table::name)
                    .filter(present::containsKey).toList());
            for (BackupManifest.Table table : manifest.tables()) {
                if (!present.containsKey(table.name())) {
                    throw new BackupRefused("backup.error.restoreFailed", "table " + table.name());
                }
                long rows = copy.copyIn(BackupCatalog.copyIn(table.name(), table.columns()),
                        zip.getInputStream(zip.getEntry(table.entry())));
                if (rows != table.rows()) {
                    throw new BackupRefused("backup.error.damaged", file, table.name());
                }
            }
            BackupCatalog.setSequences(connection, manifest.sequences());
            connection.commit();
        }
    }

    /** Takes away what a failed restore built, so the target is the empty database it was. */
    private static void emptyAgain(DataSource target, Exception failure) {
        try {
            migrations(target).cleanDisabled(false).load().clean();
        } catch (RuntimeException cleanFailed) {
            failure.addSuppressed(cleanFailed);
            log.error("After a failed restore the target could not be emptied again: {}", cleanFailed.getMessage());
        }
    }

    private static org.flywaydb.core.api.configuration.FluentConfiguration migrations(DataSource target) {
        return Flyway.configure().dataSource(target).locations("classpath:db/migration");
    }

    private static long fileSize(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete {}: {}", file, e.getMessage());
        }
    }

    /** Lets COPY write into the current zip entry without closing the zip behind it. */
    private static final class KeepOpen extends FilterOutputStream {

        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
