package vn.reformtrack.shared.db;

import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a failure because the database did not answer (stopped, restarting, frozen, unreachable, out of connections)
 * from a failure of the request itself: the first is answered with the "temporarily unavailable" page (503) and
 * passes when the database is back; the second is a bug, with the 500 page and its reference.
 */
public final class DatabaseOutage {

    /** PostgreSQL's admin shutdown, crash shutdown, cannot connect now, too many connections, statement timeout. */
    private static final Set<String> UNAVAILABLE_STATES = Set.of("57P01", "57P02", "57P03", "53300", "57014");

    private DatabaseOutage() {}

    public static boolean isCause(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof CannotCreateTransactionException
                    || cause instanceof DataAccessResourceFailureException
                    || cause instanceof QueryTimeoutException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof SQLRecoverableException
                    || cause instanceof SocketTimeoutException
                    || cause.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || UNAVAILABLE_STATES.contains(sql.getSQLState()))) {
                return true;
            }
            // A commit or rollback that failed in JDBC: the connection broke under it. (When a query times out, the
            // rollback after it fails too, and Spring throws that failure instead of the timeout.)
            if (cause.getClass().getName().equals("org.hibernate.TransactionException")
                    && cause.getCause() instanceof SQLException) {
                return true;
            }
        }
        return false;
    }
}
