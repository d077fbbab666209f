package vn.reformtrack.planning;

import lombok.Getter;
import vn.reformtrack.shared.web.RuleViolationException;

/** One task of a batch (an import) broke a rule, so none of the batch was saved. */
@Getter
public class TaskBatchRefused extends RuntimeException {

    /** The position of the refused task in the batch, from 0. */
    private final int index;
    private final transient RuleViolationException violation;

    public TaskBatchRefused(int index, RuleViolationException violation) {
        super("Task " + index + " of the batch refused: " + violation.getMessage(), violation);
        this.index = index;
        this.violation = violation;
    }
}
