package vn.reformtrack.identity.security;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * A session repository that records a session's last access only when the recorded one is at least {@code interval}
 * old. Spring Session sets the last access on every request, which marks the session changed and makes the JDBC
 * repository update its row each time: one write per page, and row-lock waits when one user's tabs load at once.
 *
 * <p>Everything else passes through: attributes are still written when they change, expiry is still judged in the
 * database on every read (so a session ended on one node is gone on all of them), and the recorded last access is
 * never more than {@code interval} behind. Sign-out and {@link SessionTerminator} delete rows as before.
 *
 * <p>A session saved at the end of a request is not read back in the same request: Spring Session's filter saves the
 * session, then asks for it again by id (to decide whether to send the cookie), which read and deserialized the row a
 * second time on every page. The saved session is kept for that one question, on the request's thread only, and
 * forgotten when the request ends ({@link #requestEnded}, called by {@link SessionStoreConfiguration}'s filter outside
 * Spring Session's), so the next request reads the row again and sees a session ended elsewhere.
 */
final class ThrottledTouchSessionRepository<S extends Session>
        implements FindByIndexNameSessionRepository<ThrottledTouchSessionRepository.ThrottledSession<S>> {

    private final FindByIndexNameSessionRepository<S> delegate;
    private final Duration interval;
    private final ThreadLocal<ThrottledSession<S>> savedInThisRequest = new ThreadLocal<>();

    ThrottledTouchSessionRepository(FindByIndexNameSessionRepository<S> delegate, Duration interval) {
        this.delegate = delegate;
        this.interval = interval;
    }

    @Override
    public ThrottledSession<S> createSession() {
        return new ThrottledSession<>(delegate.createSession(), interval);
    }

    @Override
    public void save(ThrottledSession<S> session) {
        delegate.save(session.delegate);
        savedInThisRequest.set(session);
    }

    @Override
    public ThrottledSession<S> findById(String id) {
        ThrottledSession<S> saved = savedInThisRequest.get();
        savedInThisRequest.remove();
        if (saved != null && saved.getId().equals(id) && !saved.isExpired()) {
            return saved;
        }
        S session = delegate.findById(id);
        return session == null ? null : new ThrottledSession<>(session, interval);
    }

    @Override
    public void deleteById(String id) {
        savedInThisRequest.remove();
        delegate.deleteById(id);
    }

    /** Forgets the session this thread saved: its request has ended. */
    void requestEnded() {
        savedInThisRequest.remove();
    }

    @Override
    public Map<String, ThrottledSession<S>> findByIndexNameAndIndexValue(String indexName, String indexValue) {
        Map<String, ThrottledSession<S>> found = new LinkedHashMap<>();
        delegate.findByIndexNameAndIndexValue(indexName, indexValue)
                .forEach((id, session) -> found.put(id, new ThrottledSession<>(session, interval)));
        return found;
    }

    /** Deletes the expired sessions, when the stored ones are PostgreSQL's (the housekeeping job, on one node). */
    void cleanUpExpiredSessions() {
        if (delegate instanceof JdbcIndexedSessionRepository sessions) {
            sessions.cleanUpExpiredSessions();
        }
    }

    /** The stored session, whose last access moves only once the recorded one is {@code interval} old. */
    static final class ThrottledSession<S extends Session> implements Session {

        private final S delegate;
        private final Duration interval;

        ThrottledSession(S delegate, Duration interval) {
            this.delegate = delegate;
            this.interval = interval;
        }

        @Override
        public void setLastAccessedTime(Instant lastAccessedTime) {
            if (!lastAccessedTime.isBefore(delegate.getLastAccessedTime().plus(interval))) {
                delegate.setLastAccessedTime(lastAccessedTime);
            }
        }

        @Override
        public String getId() {
            return delegate.getId();
        }

        @Override
        public String changeSessionId() {
            return delegate.changeSessionId();
        }

        @Override
        public <T> T getAttribute(String attributeName) {
            return delegate.getAttribute(attributeName);
        }

        @Override
        public Set<String> getAttributeNames() {
            return delegate.getAttributeNames();
        }

        @Override
        public void setAttribute(String attributeName, Object attributeValue) {
            delegate.setAttribute(attributeName, attributeValue);
        }

        @Override
        public void removeAttribute(String attributeName) {
            delegate.removeAttribute(attributeName);
        }

        @Override
        public Instant getCreationTime() {
            return delegate.getCreationTime();
        }

        @Override
        public Instant getLastAccessedTime() {
            return delegate.getLastAccessedTime();
        }

        @Override
        public void setMaxInactiveInterval(Duration maxInactiveInterval) {
            delegate.setMaxInactiveInterval(maxInactiveInterval);
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return delegate.getMaxInactiveInterval();
        }

        @Override
        public boolean isExpired() {
            return delegate.isExpired();
        }
    }
}
