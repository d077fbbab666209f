package vn.reformtrack.shared.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.CannotCreateTransactionException;

class DatabaseOutageTest {

    @Test
    void aPoolThatCannotConnectAStoppedServerOrASilentSocketIsAnOutage() {
        assertThat(DatabaseOutage.isCause(new CannotCreateTransactionException("Could not open JPA EntityManager",
                new SQLTransientConnectionException("Connection is not available, request timed out after 3000ms")))).isTrue();
        assertThat(DatabaseOutage.isCause(new CannotGetJdbcConnectionException("no connection"))).isTrue();
        assertThat(DatabaseOutage.isCause(new JpaSystemException(new RuntimeException("read",
                new SQLException("An I/O error occurred while sending to the backend.", "08006",
                        new SocketTimeoutException("Read timed out")))))).isTrue();
        assertThat(DatabaseOutage.isCause(new SQLException("terminating connection due to administrator command",
                "57P01"))).isTrue();
        assertThat(DatabaseOutage.isCause(new SQLException("canceling statement due to statement timeout", "57014")))
                .isTrue();
        // What Spring throws when the rollback after a socket timeout fails on the connection the timeout closed.
        assertThat(DatabaseOutage.isCause(new JpaSystemException(new org.hibernate.TransactionException(
                "Unable to rollback against JDBC Connection", new SQLException("Connection is closed"))))).isTrue();
    }

    @Test
    void aBugOrARefusedRowIsNot() {
        assertThat(DatabaseOutage.isCause(new IllegalStateException("bug"))).isFalse();
        assertThat(DatabaseOutage.isCause(new DataIntegrityViolationException("duplicate",
                new SQLException("duplicate key value violates unique constraint", "23505")))).isFalse();
        assertThat(DatabaseOutage.isCause(new SQLException("syntax error", "42601"))).isFalse();
        assertThat(DatabaseOutage.isCause(new org.hibernate.TransactionException("Transaction already active"))).isFalse();
    }
}
