package vn.reformtrack.shared.imports;

import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * An upload between its preview and the user's confirmation, kept in the user's session, never sent back to the
 * browser: what is committed is exactly what the server read and showed, and the browser only says "yes" to a
 * token. Sessions live in PostgreSQL (Spring Session), so this works behind a load balancer and disappears with the
 * session. One pending import per session: a new upload replaces the previous one.
 *
 * @param token     what the preview page's confirm button sends back
 * @param target    what the import is for, e.g. {@code results:PAR_PROVINCE:2023}; a confirm for another target is refused
 * @param fileName  as uploaded, for the page
 * @param rows      the rows as read
 */
public record PendingImport(String token, String target, String fileName, List<ImportRow> rows) implements Serializable {

    private static final String ATTRIBUTE = "reformtrack.pendingImport";

    public static PendingImport keep(HttpSession session, String target, String fileName, List<ImportRow> rows) {
        PendingImport pending = new PendingImport(UUID.randomUUID().toString(), target, fileName, List.copyOf(rows));
        session.setAttribute(ATTRIBUTE, pending);
        return pending;
    }

    /** The pending import with this token and target, if it is still there. */
    public static Optional<PendingImport> find(HttpSession session, String token, String target) {
        return Optional.ofNullable(session.getAttribute(ATTRIBUTE))
                .map(PendingImport.class::cast)
                .filter(pending -> pending.token().equals(token) && pending.target().equals(target));
    }

    public static void forget(HttpSession session) {
        session.removeAttribute(ATTRIBUTE);
    }
}
