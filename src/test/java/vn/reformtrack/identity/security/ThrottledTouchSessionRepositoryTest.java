package vn.reformtrack.identity.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.MapSession;

/**
 * The session saved at the end of a request answers the same request's next question for it without a read; nothing
 * else does, and nothing outlives the request.
 */
class ThrottledTouchSessionRepositoryTest {

    /** Sessions in a map, counting the reads by id. */
    private static final class StoredSessions implements FindByIndexNameSessionRepository<MapSession> {

        final Map<String, MapSession> rows = new HashMap<>();
        int reads;

        @Override
        public MapSession createSession() {
            return new MapSession();
        }

        @Override
        public void save(MapSession session) {
            rows.put(session.getId(), new MapSession(session));
        }

        @Override
        public MapSession findById(String id) {
            reads++;
            MapSession row = rows.get(id);
            return row == null ? null : new MapSession(row);
        }

        @Override
        public void deleteById(String id) {
            rows.remove(id);
        }

        @Override
        public Map<String, MapSession> findByIndexNameAndIndexValue(String indexName, String indexValue) {
            return Map.of();
        }
    }

    private final StoredSessions stored = new StoredSessions();
    private final ThrottledTouchSessionRepository<MapSession> sessions =
            new ThrottledTouchSessionRepository<>(stored, Duration.ofMinutes(1));

    private String savedSession() {
        var session = sessions.createSession();
        session.setAttribute("who", "leader");
        sessions.save(session);
        sessions.requestEnded();
        return session.getId();
    }

    @Test
    void theSessionARequestSavedIsNotReadBackInThatRequest() {
        String id = savedSession();
        var session = sessions.findById(id);
        session.setAttribute("token", "t1");
        sessions.save(session);
        int reads = stored.reads;

        var again = sessions.findById(id);

        assertThat(stored.reads).isEqualTo(reads);
        assertThat(again.<String>getAttribute("token")).isEqualTo("t1");
    }

    @Test
    void theNextRequestReadsTheStoreAgainAndSeesASessionEndedElsewhere() {
        String id = savedSession();
        sessions.save(sessions.findById(id));
        sessions.requestEnded();
        stored.deleteById(id);
        int reads = stored.reads;

        assertThat(sessions.findById(id)).isNull();
        assertThat(stored.reads).isEqualTo(reads + 1);
    }

    @Test
    void theSavedSessionAnswersOnceAndOnlyForItsOwnId() {
        String id = savedSession();
        String other = savedSession();
        sessions.save(sessions.findById(id));
        int reads = stored.reads;

        assertThat(sessions.findById(other).getId()).isEqualTo(other);
        assertThat(sessions.findById(id).getId()).isEqualTo(id);
        assertThat(stored.reads).as("both read from the store").isEqualTo(reads + 2);
    }

    @Test
    void anExpiredOrDeletedSavedSessionIsNotServed() {
        String id = savedSession();
        var session = sessions.findById(id);
        sessions.save(session);
        session.setMaxInactiveInterval(Duration.ZERO);
        stored.deleteById(id);
        assertThat(sessions.findById(id)).as("expired in memory: read, and gone from the store").isNull();

        String other = savedSession();
        sessions.save(sessions.findById(other));
        sessions.deleteById(other);
        assertThat(sessions.findById(other)).isNull();
    }
}
