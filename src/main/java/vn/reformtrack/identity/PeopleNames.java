package vn.reformtrack.identity;

import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The person behind a user name, for the "who" of histories and notices: pages call {@code @people.name(...)}, and
 * read "Nguyễn Văn An" where the records keep "an.nv". The first name a request asks for reads every account's name
 * in one statement (a province has a few thousand accounts at most: two short columns), kept for the rest of the
 * request (outside a request, one statement a name): a page naming a dozen people ran a dozen statements. A name changed on any node shows on the next page (a
 * cache kept for a minute on each node showed the old name on the others); a name nobody has (a system job, a
 * removed account) is shown as it was recorded. Not transactional: a page asks for a name per history line, and a
 * read-only transaction around each call (a connection from the pool, its read-only switch back and forth, a commit)
 * cost more than the map lookup itself; the one statement needs none (it joins the caller's, if any).
 */
@Component("people")
public class PeopleNames {

    private static final String REMEMBERED = PeopleNames.class.getName() + ".remembered";

    private final JdbcClient jdbc;

    PeopleNames(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The full name of the account called {@code username}, or {@code username} itself when there is none. */
    public String name(String username) {
        if (username == null || username.isBlank()) {
            return username;
        }
        String key = UserAccount.normalizeUsername(username);
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        String fullName = request == null
                ? jdbc.sql("select full_name from user_account where username = ?").param(key).query(String.class)
                        .optional().orElse(null)
                : everyone(request).get(key);
        return fullName == null || fullName.isBlank() ? username : fullName;
    }

    /** Every account's full name by its user name, read once per request. */
    @SuppressWarnings("unchecked")
    private Map<String, String> everyone(RequestAttributes request) {
        Object remembered = request.getAttribute(REMEMBERED, RequestAttributes.SCOPE_REQUEST);
        if (remembered == null) {
            Map<String, String> names = new HashMap<>();
            jdbc.sql("select username, full_name from user_account")
                    .query(rows -> {
                        names.put(rows.getString(1), rows.getString(2));
                    });
            request.setAttribute(REMEMBERED, names, RequestAttributes.SCOPE_REQUEST);
            remembered = names;
        }
        return (Map<String, String>) remembered;
    }
}
