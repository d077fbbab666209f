package vn.reformtrack.identity.security;

import lombok.extern.slf4j.Slf4j;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.reformtrack.identity.AccountAccessChanged;

/** Ends every open session of an account whose access an administrator changed, on every node (sessions are in PostgreSQL). */
@Slf4j
@Component
class SessionTerminator {

    private final FindByIndexNameSessionRepository<? extends Session> sessions;

    SessionTerminator(FindByIndexNameSessionRepository<? extends Session> sessions) {
        this.sessions = sessions;
    }

    @TransactionalEventListener
    void on(AccountAccessChanged event) {
        var open = sessions.findByPrincipalName(event.username());
        open.keySet().forEach(sessions::deleteById);
        if (!open.isEmpty()) {
            log.info("Ended {} session(s) of {}", open.size(), event.username());
        }
    }
}
