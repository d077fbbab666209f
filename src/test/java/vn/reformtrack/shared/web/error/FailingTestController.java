package vn.reformtrack.shared.web.error;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Exists only in the test classpath: handlers that fail the way an unexpected bug or a race would. */
@Controller
class FailingTestController {

    private final JdbcClient jdbc;

    FailingTestController(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @GetMapping("/test-only/fail")
    String fail() {
        throw new IllegalStateException("secret detail that must never reach the browser");
    }

    /**
     * What the second of two identical submissions meets when both passed the service's duplicate check before either
     * was written (a double click on "Lưu"): the database's unique index. The transaction of the request rolls back.
     */
    @GetMapping("/test-only/duplicate")
    @org.springframework.transaction.annotation.Transactional
    public String duplicate() {
        String code = "DUP-" + System.nanoTime();
        for (int i = 0; i < 2; i++) {
            jdbc.sql("insert into unit (code, name, type, search_key) values (?, 'Trùng', 'OTHER', 'trung')")
                    .param(code).update();
        }
        return "home";
    }

    /** What a handler meets when the pool cannot get a connection within its timeout: the database is down. */
    @GetMapping("/test-only/database-down")
    String databaseDown() {
        throw new org.springframework.transaction.CannotCreateTransactionException("Could not open JPA EntityManager",
                new java.sql.SQLTransientConnectionException("embedded - Connection is not available, request timed out"));
    }
}
