package vn.reformtrack.shared.db;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.flywaydb.core.api.MigrationVersion;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * What a backup file holds, written as its last entry ({@value #ENTRY}): which application made it, the schema version
 * its data fits, and per table the columns, the number of rows and the SHA-256 of the data; per sequence its value. A
 * restore reads and checks the whole file against it before it touches the target.
 */
final class BackupManifest {

    static final String ENTRY = "reformtrack-backup.properties";
    static final String APPLICATION = "ReformTrack";
    static final String FORMAT = "1";
    private static final Pattern MIGRATION = Pattern.compile("V(\\d+(?:[._]\\d+)*)__.*\\.sql");
    private static final byte[] ZIP_SIGNATURE = {'P', 'K', 3, 4};

    record Table(String name, List<String> columns, long rows, String sha256) {

        String entry() {
            return "data/" + name + ".copy";
        }
    }

    private final String schemaVersion;
    private final String createdAt;
    private final List<Table> tables;
    private final Map<String, Long> sequences;

    BackupManifest(String schemaVersion, String createdAt, List<Table> tables, Map<String, Long> sequences) {
        this.schemaVersion = schemaVersion;
        this.createdAt = createdAt;
        this.tables = List.copyOf(tables);
        this.sequences = Map.copyOf(sequences);
    }

    String schemaVersion() {
        return schemaVersion;
    }

    String createdAt() {
        return createdAt;
    }

    List<Table> tables() {
        return tables;
    }

    Map<String, Long> sequences() {
        return sequences;
    }

    long rows() {
        return tables.stream().mapToLong(Table::rows).sum();
    }

    void write(OutputStream out) throws IOException {
        Properties properties = new Properties();
        properties.setProperty("application", APPLICATION);
        properties.setProperty("format", FORMAT);
        properties.setProperty("schema-version", schemaVersion);
        properties.setProperty("created-at", createdAt);
        properties.setProperty("tables", String.join(",", tables.stream().map(Table::name).toList()));
        for (Table table : tables) {
            properties.setProperty("table." + table.name() + ".columns", String.join(",", table.columns()));
            properties.setProperty("table." + table.name() + ".rows", Long.toString(table.rows()));
            properties.setProperty("table." + table.name() + ".sha256", table.sha256());
        }
        properties.setProperty("sequences", String.join(",", sequences.keySet()));
        sequences.forEach((name, value) -> properties.setProperty("sequence." + name, Long.toString(value)));
        Writer writer = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
        properties.store(writer, "ReformTrack backup");
        writer.flush();
    }

    /**
     * Reads the file and checks every byte of it: a ReformTrack backup (not some other file), complete (every table's
     * data there, with the checksum written when it was made), of a schema this application knows.
     */
    static BackupManifest verify(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new BackupRefused("backup.error.noFile", file);
        }
        if (!startsWithZipSignature(file)) {
            throw new BackupRefused("backup.error.foreign", file);
        }
        try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
            ZipEntry entry = zip.getEntry(ENTRY);
            if (entry == null) {
                throw new BackupRefused("backup.error.foreign", file);
            }
            BackupManifest manifest = read(zip, entry, file);
            MigrationVersion known = latestMigration();
            if (MigrationVersion.fromVersion(manifest.schemaVersion()).compareTo(known) > 0) {
                throw new BackupRefused("backup.error.newerSchema", manifest.schemaVersion(), known.getVersion());
            }
            for (Table table : manifest.tables()) {
                ZipEntry data = zip.getEntry(table.entry());
                if (data == null || !table.sha256().equals(sha256(zip, data))) {
                    throw new BackupRefused("backup.error.damaged", file, table.name());
                }
            }
            return manifest;
        } catch (ZipException damaged) {
            throw new BackupRefused(damaged, "backup.error.damaged", file, damaged.getMessage());
        } catch (IOException unreadable) {
            throw new BackupRefused(unreadable, "backup.error.damaged", file, unreadable.getMessage());
        } catch (BackupRefused refused) {
            throw refused;
        } catch (RuntimeException malformed) {
            // A manifest edited by hand or cut short: a count or a version that is not one.
            throw new BackupRefused(malformed, "backup.error.damaged", file, malformed.getMessage());
        }
    }

    /** The newest migration this application carries: a backup of a later schema cannot be restored by it. */
    static MigrationVersion latestMigration() {
        try {
            MigrationVersion latest = null;
            for (Resource migration : new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:db/migration/V*__*.sql")) {
                Matcher version = MIGRATION.matcher(String.valueOf(migration.getFilename()));
                if (version.matches()) {
                    MigrationVersion candidate = MigrationVersion.fromVersion(version.group(1).replace('_', '.'));
                    if (latest == null || candidate.compareTo(latest) > 0) {
                        latest = candidate;
                    }
                }
            }
            return latest == null ? MigrationVersion.EMPTY : latest;
        } catch (IOException e) {
            throw new IllegalStateException("The application's migrations could not be listed", e);
        }
    }

    private static BackupManifest read(ZipFile zip, ZipEntry entry, Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new java.io.InputStreamReader(zip.getInputStream(entry), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        if (!APPLICATION.equals(properties.getProperty("application"))) {
            throw new BackupRefused("backup.error.foreign", file);
        }
        if (!FORMAT.equals(properties.getProperty("format"))) {
            throw new BackupRefused("backup.error.format", properties.getProperty("format"));
        }
        String schemaVersion = properties.getProperty("schema-version", "");
        if (schemaVersion.isBlank() || !properties.containsKey("tables")) {
            throw new BackupRefused("backup.error.damaged", file, ENTRY);
        }
        List<Table> tables = new ArrayList<>();
        for (String name : list(properties.getProperty("tables"))) {
            tables.add(new Table(name, list(properties.getProperty("table." + name + ".columns")),
                    Long.parseLong(properties.getProperty("table." + name + ".rows", "0")),
                    properties.getProperty("table." + name + ".sha256", "")));
        }
        Map<String, Long> sequences = new LinkedHashMap<>();
        for (String name : list(properties.getProperty("sequences"))) {
            sequences.put(name, Long.parseLong(properties.getProperty("sequence." + name)));
        }
        return new BackupManifest(schemaVersion, properties.getProperty("created-at"), tables, sequences);
    }

    private static List<String> list(String value) {
        return value == null || value.isBlank() ? List.of() : Arrays.asList(value.split(","));
    }

    private static String sha256(ZipFile zip, ZipEntry entry) throws IOException {
        MessageDigest digest = newDigest();
        try (InputStream in = new DigestInputStream(zip.getInputStream(entry), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean startsWithZipSignature(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(4), ZIP_SIGNATURE);
        } catch (IOException e) {
            return false;
        }
    }
}
