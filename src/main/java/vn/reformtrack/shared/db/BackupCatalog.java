package vn.reformtrack.shared.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the database holds, read from PostgreSQL's catalogue for a backup: the tables of the current schema with their
 * columns (generated ones left out: PostgreSQL computes them again), their primary keys, in an order where a table
 * comes after those it refers to; the sequences and their values; the schema version Flyway recorded.
 */
final class BackupCatalog {

    record Table(String name, List<String> columns, List<String> primaryKey) {

        /** Rows in primary-key order, so a parent usually comes before its children even without replica mode. */
        String copyOut() {
            return "COPY (SELECT " + quoted(columns) + " FROM " + quote(name)
                    + (primaryKey.isEmpty() ? "" : " ORDER BY " + quoted(primaryKey)) + ") TO STDOUT";
        }
    }

    private BackupCatalog() {}

    static String copyIn(String table, List<String> columns) {
        return "COPY " + quote(table) + " (" + quoted(columns) + ") FROM STDIN";
    }

    static Optional<String> schemaVersion(Connection connection) throws SQLException {
        try (var exists = connection.prepareStatement(
                "select 1 from information_schema.tables where table_schema = current_schema()"
                        + " and table_name = 'flyway_schema_history'");
                var found = exists.executeQuery()) {
            if (!found.next()) {
                return Optional.empty();
            }
        }
        try (var statement = connection.createStatement();
                var version = statement.executeQuery("select version from flyway_schema_history"
                        + " where success and version is not null order by installed_rank desc limit 1")) {
            return version.next() ? Optional.of(version.getString(1)) : Optional.empty();
        }
    }

    static boolean isEmpty(Connection connection) throws SQLException {
        try (var statement = connection.createStatement();
                var tables = statement.executeQuery(
                        "select count(*) from information_schema.tables where table_schema = current_schema()")) {
            tables.next();
            return tables.getLong(1) == 0;
        }
    }

    static boolean isSuperuser(Connection connection) throws SQLException {
        try (var statement = connection.createStatement();
                var role = statement.executeQuery("select rolsuper from pg_roles where rolname = current_user")) {
            return role.next() && role.getBoolean(1);
        }
    }

    /** The tables of the current schema but {@code leftOut}, each after the tables it refers to. */
    static List<Table> tables(Connection connection, Set<String> leftOut) throws SQLException {
        Map<String, Table> tables = new LinkedHashMap<>();
        try (var statement = connection.createStatement();
                var rows = statement.executeQuery("""
                        select c.relname,
                               array_to_string(array(select a.attname from pg_attribute a
                                   where a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
                                     and a.attgenerated = '' order by a.attnum), ','),
                               coalesce(array_to_string(array(select a.attname from pg_index i
                                   join pg_attribute a on a.attrelid = i.indrelid and a.attnum = any (i.indkey)
                                   where i.indrelid = c.oid and i.indisprimary order by a.attnum), ','), '')
                        from pg_class c join pg_namespace n on n.oid = c.relnamespace
                        where n.nspname = current_schema() and c.relkind = 'r'
                        order by c.relname""")) {
            while (rows.next()) {
                if (!leftOut.contains(rows.getString(1))) {
                    tables.put(rows.getString(1), new Table(rows.getString(1), split(rows.getString(2)),
                            split(rows.getString(3))));
                }
            }
        }
        Map<String, Set<String>> refersTo = new HashMap<>();
        try (var statement = connection.createStatement();
                var rows = statement.executeQuery("""
                        select c.relname, r.relname from pg_constraint k
                        join pg_class c on c.oid = k.conrelid join pg_class r on r.oid = k.confrelid
                        join pg_namespace n on n.oid = c.relnamespace
                        where k.contype = 'f' and n.nspname = current_schema() and c.oid <> r.oid""")) {
            while (rows.next()) {
                refersTo.computeIfAbsent(rows.getString(1), name -> new HashSet<>()).add(rows.getString(2));
            }
        }
        List<Table> ordered = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        while (ordered.size() < tables.size()) {
            boolean progress = false;
            for (Table table : tables.values()) {
                if (!placed.contains(table.name()) && refersTo.getOrDefault(table.name(), Set.of()).stream()
                        .allMatch(parent -> placed.contains(parent) || !tables.containsKey(parent))) {
                    ordered.add(table);
                    placed.add(table.name());
                    progress = true;
                }
            }
            if (!progress) {
                // A cycle of foreign keys: the rest in name order (replica mode does not check them anyway).
                tables.values().stream().filter(table -> placed.add(table.name())).forEach(ordered::add);
            }
        }
        return ordered;
    }

    static Map<String, Long> sequences(Connection connection) throws SQLException {
        Map<String, Long> sequences = new LinkedHashMap<>();
        try (var statement = connection.createStatement();
                var rows = statement.executeQuery("select sequencename, last_value from pg_sequences"
                        + " where schemaname = current_schema() and last_value is not null order by sequencename")) {
            while (rows.next()) {
                sequences.put(rows.getString(1), rows.getLong(2));
            }
        }
        return sequences;
    }

    /** Empties those of the tables that hold rows (seeded by migrations), in one statement. */
    static void emptySeeded(Connection connection, List<String> tables) throws SQLException {
        List<String> seeded = new ArrayList<>();
        try (var statement = connection.createStatement()) {
            for (String table : tables) {
                try (var rows = statement.executeQuery("select exists (select 1 from " + quote(table) + ")")) {
                    rows.next();
                    if (rows.getBoolean(1)) {
                        seeded.add(table);
                    }
                }
            }
            if (!seeded.isEmpty()) {
                statement.execute("truncate " + quoted(seeded) + " cascade");
            }
        }
    }

    static void setSequences(Connection connection, Map<String, Long> sequences) throws SQLException {
        try (var set = connection.prepareStatement("select setval(cast(? as regclass), ?, true)")) {
            for (Map.Entry<String, Long> sequence : sequences.entrySet()) {
                set.setString(1, quote(sequence.getKey()));
                set.setLong(2, sequence.getValue());
                set.execute();
            }
        }
    }

    private static List<String> split(String names) {
        return names == null || names.isEmpty() ? List.of() : List.of(names.split(","));
    }

    private static String quoted(List<String> names) {
        return String.join(", ", names.stream().map(BackupCatalog::quote).toList());
    }

    private static String quote(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }
}
