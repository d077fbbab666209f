package vn.reformtrack.results;

import java.util.Map;
import vn.reformtrack.shared.web.RuleViolationException;

/** Some criterion scores broke a rule: nothing was saved. Each refusal is keyed by the criterion's id. */
public class ScoresRejected extends RuntimeException {

    private final transient Map<Long, RuleViolationException> violations;

    public ScoresRejected(Map<Long, RuleViolationException> violations) {
        super(violations.size() + " criterion scores refused");
        this.violations = Map.copyOf(violations);
    }

    public Map<Long, RuleViolationException> violations() {
        return violations;
    }
}
