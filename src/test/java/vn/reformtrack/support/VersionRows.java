package vn.reformtrack.support;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Whether a statement moves a version row (a one-row table {@code (id = 1, version)} moved by statement triggers, such
 * as V179's and V180's), checked so that no other writer can make it look moved: the statements run in one transaction
 * that is rolled back, and the last one counts as moving the version when the row is then this transaction's own and
 * its number changed with that statement.
 */
public final class VersionRows {

    private final JdbcClient jdbc;
    private final PlatformTransactionManager transactions;

    public VersionRows(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    private record Version(long number, boolean ours) {}

    /** Runs {@code statements} in order, rolled back; whether the last one moved {@code table}'s version. */
    public boolean moves(String table, String... statements) {
        return Boolean.TRUE.equals(new TransactionTemplate(transactions).execute(status -> {
            status.setRollbackOnly();
            for (int i = 0; i < statements.length - 1; i++) {
                jdbc.sql(statements[i]).update();
            }
            Version before = version(table);
            jdbc.sql(statements[statements.length - 1]).update();
            Version after = version(table);
            return after.ours() && after.number() != before.number();
        }));
    }

    private Version version(String table) {
        return jdbc.sql("select version, xmin = pg_current_xact_id()::xid as ours from " + table + " where id = 1")
                .query((rs, row) -> new Version(rs.getLong("version"), rs.getBoolean("ours"))).single();
    }
}
