package vn.reformtrack.shared.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import vn.reformtrack.support.IntegrationTest;

/**
 * A backup of the test database (the demo province and everything the other tests wrote, evidence files included)
 * restored into an empty database holds the same rows and the same files; a truncated, foreign or newer file is
 * refused with a clear message and the target stays empty.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BackupRestoreTest {

    private static final AtomicInteger DATABASES = new AtomicInteger();

    @Autowired
    DataSource source;

    @TempDir
    static Path folder;

    Path backup;

    @BeforeAll
    void backUpTheTestDatabase() {
        backup = folder.resolve("reformtrack.backup");
        DatabaseBackup.backup(source, backup);
    }

    @Test
    void aRestoredDatabaseHasTheSameRowsInEveryTableAndTheSameFiles() throws Exception {
        DataSource target = emptyDatabase();

        DatabaseBackup.Summary restored = DatabaseBackup.restore(backup, target);

        BackupManifest manifest = BackupManifest.verify(backup);
        assertThat(restored.rows()).isEqualTo(manifest.rows()).isPositive();
        for (BackupManifest.Table table : manifest.tables()) {
            assertThat(count(target, table.name())).as(table.name()).isEqualTo(count(source, table.name()));
        }
        assertThat(manifest.tables()).extracting(BackupManifest.Table::name)
                .contains("unit", "user_account", "evidence_file", "evidence_chunk", "task", "index_result")
                .doesNotContain("spring_session", "flyway_schema_history");
        Map<Long, String> files = fileHashes(source);
        assertThat(files).isNotEmpty();
        assertThat(fileHashes(target)).isEqualTo(files);
        // New rows continue after the restored ones.
        JdbcClient restoredDb = JdbcClient.create(target);
        long next = restoredDb.sql("insert into unit (code, name, type, search_key) values ('RESTORED', 'Sau khôi phục',"
                + " 'OTHER', 'sau khoi phuc') returning id").query(Long.class).single();
        assertThat(next).isGreaterThan(JdbcClient.create(source).sql("select max(id) from unit").query(Long.class).single());
    }

    @Test
    void aTruncatedFileIsRefusedAndTheTargetStaysEmpty() throws Exception {
        Path truncated = folder.resolve("truncated.backup");
        byte[] whole = Files.readAllBytes(backup);
        Files.write(truncated, java.util.Arrays.copyOf(whole, whole.length * 2 / 3));
        DataSource target = emptyDatabase();

        assertThatThrownBy(() -> DatabaseBackup.restore(truncated, target))
                .isInstanceOfSatisfying(BackupRefused.class,
                        refused -> assertThat(refused.getMessageKey()).isEqualTo("backup.error.damaged"));
        assertThat(tables(target)).isZero();
    }

    @Test
    void aFileOfAnotherApplicationIsRefused() throws Exception {
        Path text = folder.resolve("notes.backup");
        Files.writeString(text, "Kế hoạch 205/KH-UBND");
        Path otherZip = folder.resolve("other.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(otherZip))) {
            zip.putNextEntry(new ZipEntry("dump.sql"));
            zip.write("create table x (id int);".getBytes(StandardCharsets.UTF_8));
        }
        DataSource target = emptyDatabase();

        for (Path foreign : List.of(text, otherZip)) {
            assertThatThrownBy(() -> DatabaseBackup.restore(foreign, target))
                    .isInstanceOfSatisfying(BackupRefused.class,
                            refused -> assertThat(refused.getMessageKey()).isEqualTo("backup.error.foreign"));
        }
        assertThat(tables(target)).isZero();
    }

    @Test
    void aBackupOfANewerSchemaIsRefused() throws Exception {
        Path newer = folder.resolve("newer.backup");
        rewriteManifest(backup, newer, "schema-version=9999");
        DataSource target = emptyDatabase();

        assertThatThrownBy(() -> DatabaseBackup.restore(newer, target))
                .isInstanceOfSatisfying(BackupRefused.class, refused -> {
                    assertThat(refused.getMessageKey()).isEqualTo("backup.error.newerSchema");
                    assertThat(refused.getArguments()).containsExactly("9999", BackupManifest.latestMigration().getVersion());
                });
        assertThat(tables(target)).isZero();
    }

    @Test
    void aManifestWithACountThatIsNotOneIsRefusedAsDamaged() throws Exception {
        Path edited = folder.resolve("edited.backup");
        rewriteManifest(backup, edited, "table.unit.rows=nhiều");
        DataSource target = emptyDatabase();

        assertThatThrownBy(() -> DatabaseBackup.restore(edited, target))
                .isInstanceOfSatisfying(BackupRefused.class,
                        refused -> assertThat(refused.getMessageKey()).isEqualTo("backup.error.damaged"));
        assertThat(tables(target)).isZero();
    }

    @Test
    void aDatabaseWithDataIsNeverTheTargetAndStaysAsItWas() {
        long units = count(source, "unit");
        long migrations = count(source, "flyway_schema_history");

        assertThatThrownBy(() -> DatabaseBackup.restore(backup, source))
                .isInstanceOfSatisfying(BackupRefused.class,
                        refused -> assertThat(refused.getMessageKey()).isEqualTo("backup.error.targetNotEmpty"));

        assertThat(count(source, "unit")).isEqualTo(units);
        assertThat(count(source, "flyway_schema_history")).isEqualTo(migrations);
    }

    @Test
    void theCommandsBackUpAServerAndRestoreIntoAFreshEmbeddedDataFolder() throws Exception {
        String url;
        try (Connection connection = source.getConnection()) {
            url = connection.getMetaData().getURL();
        }
        Path file = folder.resolve("from-command.backup");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        assertThat(command(out, err, "backup", file.toString(), "--spring.datasource.url=" + url,
                "--spring.datasource.username=postgres")).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Đã sao lưu vào");

        Path dataFolder = folder.resolve("fresh/postgres");
        assertThat(command(out, err, "restore", file.toString(),
                "--reformtrack.embedded-database.data-directory=" + dataFolder)).as(err.toString(StandardCharsets.UTF_8))
                .isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Đã khôi phục");
        EmbeddedDatabaseProperties properties = new EmbeddedDatabaseProperties(true, dataFolder.toString(), 0, "reformtrack");
        try (EmbeddedPostgres restored = EmbeddedDatabaseConfiguration.start(dataFolder, properties)) {
            DataSource restoredDb = restored.getDatabase("postgres", "reformtrack");
            assertThat(count(restoredDb, "user_account")).isEqualTo(count(source, "user_account"));
            assertThat(JdbcClient.create(restoredDb).sql("select full_name from user_account where username = 'leader'")
                    .query(String.class).single()).isEqualTo("Vũ Đức Thắng");
        }

        err.reset();
        assertThat(command(out, err, "restore", file.toString(),
                "--reformtrack.embedded-database.data-directory=" + dataFolder, "--reformtrack.language=en")).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("The target database is not empty");
        err.reset();
        assertThat(command(out, err, "restore")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Cách dùng");
    }

    @Test
    void aBadFileLeavesNoNewDataFolderBehind() throws Exception {
        Path text = folder.resolve("notes.txt");
        Files.writeString(text, "không phải bản sao lưu");
        Path dataFolder = folder.resolve("never/postgres");
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        assertThat(command(OutputStream.nullOutputStream(), err, "restore", text.toString(),
                "--reformtrack.embedded-database.data-directory=" + dataFolder)).isEqualTo(1);

        assertThat(err.toString(StandardCharsets.UTF_8)).contains("không phải là bản sao lưu của ReformTrack");
        assertThat(dataFolder).doesNotExist();
    }

    private static int command(OutputStream out, OutputStream err, String... args) {
        return BackupCommand.run(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), args);
    }

    /** A new, empty database in the test's PostgreSQL. */
    private DataSource emptyDatabase() throws SQLException {
        String name = "restore_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        String url;
        try (Connection connection = source.getConnection(); var statement = connection.createStatement()) {
            statement.execute("create database " + name);
            url = connection.getMetaData().getURL();
        }
        String base = url.substring(0, url.lastIndexOf('/') + 1);
        return new SimpleDriverDataSource(new org.postgresql.Driver(), base + name, "postgres", "");
    }

    private static long count(DataSource database, String table) {
        return JdbcClient.create(database).sql("select count(*) from \"" + table + "\"").query(Long.class).single();
    }

    private static long tables(DataSource database) {
        return JdbcClient.create(database)
                .sql("select count(*) from information_schema.tables where table_schema = current_schema()")
                .query(Long.class).single();
    }

    /** Each file's hash as stored, checked against its bytes as the chunks hold them. */
    private static Map<Long, String> fileHashes(DataSource database) throws Exception {
        Map<Long, String> hashes = new TreeMap<>();
        JdbcClient jdbc = JdbcClient.create(database);
        for (Map<String, Object> file : jdbc.sql("select id, sha256 from evidence_file").query().listOfRows()) {
            long id = ((Number) file.get("id")).longValue();
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            jdbc.sql("select data from evidence_chunk where file_id = ? order by chunk_index").param(id)
                    .query(byte[].class).list().forEach(digest::update);
            assertThat(HexFormat.of().formatHex(digest.digest())).as("file %d", id).isEqualTo(file.get("sha256"));
            hashes.put(id, (String) file.get("sha256"));
        }
        return hashes;
    }

    private static void rewriteManifest(Path from, Path to, String line) throws IOException {
        try (ZipFile zip = new ZipFile(from.toFile());
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                byte[] content = zip.getInputStream(entry).readAllBytes();
                if (entry.getName().equals(BackupManifest.ENTRY)) {
                    String key = line.substring(0, line.indexOf('='));
                    content = new String(content, StandardCharsets.UTF_8).replaceAll("(?m)^" + key + "=.*$", line)
                            .getBytes(StandardCharsets.UTF_8);
                }
                out.write(content);
            }
        }
    }
}
