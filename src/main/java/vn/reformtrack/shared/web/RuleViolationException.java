package vn.reformtrack.shared.web;

import java.util.Arrays;
import lombok.Getter;

/**
 * A business rule refused the change. Carries a message key (and its arguments) that the page shows in the user's
 * language; the field, when known, lets a form show it beside the input.
 */
@Getter
public class RuleViolationException extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final transient Object[] arguments;

    public RuleViolationException(String messageKey, Object... arguments) {
        this(null, messageKey, arguments);
    }

    private RuleViolationException(String field, String messageKey, Object... arguments) {
        super(messageKey + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)));
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public static RuleViolationException onField(String field, String messageKey, Object... arguments) {
        return new RuleViolationException(field, messageKey, arguments);
    }

    /** Adds this violation to a form's binding result, on its field when it has one. */
    public void addTo(org.springframework.validation.BindingResult bindingResult) {
        if (field != null) {
            bindingResult.rejectValue(field, messageKey, arguments, messageKey);
        } else {
            bindingResult.reject(messageKey, arguments, messageKey);
        }
    }
}
