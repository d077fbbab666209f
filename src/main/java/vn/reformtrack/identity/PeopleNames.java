package vn.reformtrack.identity;

import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The person behind a user name, for the "who" of histories and notices: pages call {@code @people.name(...)}, and
 * read "Nguyễn Văn An" where the records keep "an.nv". Names are remembered for the rest of the request, so a long
 * history costs one query per person, and a name changed on any node shows on the next page (a cache kept for a
 * minute on each node showed the old name on the others); a name nobody has (a system job, a removed account) is
 * shown as it was recorded.
 */
@Component("people")
@Transactional(readOnly = true)
public class PeopleNames {

    private static final String REMEMBERED = PeopleNames.class.getName() + ".remembered";

    private final UserAccountRepository accounts;

    PeopleNames(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    /** The full name of the account called {@code username}, or {@code username} itself when there is none. */
    public String name(String username) {
        if (username == null || username.isBlank()) {
            return username;
        }
        Map<String, String> remembered = rememberedInThisRequest();
        String known = remembered.get(username);
        if (known != null) {
            return known;
        }
        String fullName = accounts.findByUsername(UserAccount.normalizeUsername(username))
                .map(UserAccount::getFullName)
                .filter(name -> !name.isBlank())
                .orElse(username);
        remembered.put(username, fullName);
        return fullName;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> rememberedInThisRequest() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return new HashMap<>();
        }
        Object remembered = request.getAttribute(REMEMBERED, RequestAttributes.SCOPE_REQUEST);
        if (remembered == null) {
            remembered = new HashMap<String, String>();
            request.setAttribute(REMEMBERED, remembered, RequestAttributes.SCOPE_REQUEST);
        }
        return (Map<String, String>) remembered;
    }
}
