package vn.reformtrack.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The person behind a user name, for the "who" of histories and notices: pages call {@code @people.name(...)}, and
 * read "Nguyễn Văn An" where the records keep "an.nv". Names are remembered for a minute, so a long history costs one
 * query per person; a name nobody has (a system job, a removed account) is shown as it was recorded.
 */
@Component("people")
@Transactional(readOnly = true)
public class PeopleNames {

    private static final Duration REMEMBERED = Duration.ofMinutes(1);

    private final UserAccountRepository accounts;
    private final Clock clock;
    private final Map<String, Remembered> names = new ConcurrentHashMap<>();

    PeopleNames(UserAccountRepository accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    /** The full name of the account called {@code username}, or {@code username} itself when there is none. */
    public String name(String username) {
        if (username == null || username.isBlank()) {
            return username;
        }
        Instant now = clock.instant();
        Remembered remembered = names.get(username);
        if (remembered == null || remembered.until().isBefore(now)) {
            String fullName = accounts.findByUsername(UserAccount.normalizeUsername(username))
                    .map(UserAccount::getFullName)
                    .filter(name -> !name.isBlank())
                    .orElse(username);
            remembered = new Remembered(fullName, now.plus(REMEMBERED));
            names.put(username, remembered);
        }
        return remembered.name();
    }

    private record Remembered(String name, Instant until) {}
}
