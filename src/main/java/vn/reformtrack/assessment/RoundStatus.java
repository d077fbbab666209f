package vn.reformtrack.assessment;

/**
 * Where a round stands: being prepared by Home Affairs (units assigned; units do not see it yet), open for the units
 * to record until the deadline, closed (nothing changes any more).
 */
public enum RoundStatus {
    PREPARING,
    OPEN,
    CLOSED;

    public String badge() {
        return switch (this) {
            case PREPARING -> "text-bg-secondary";
            case OPEN -> "text-bg-primary";
            case CLOSED -> "text-bg-dark";
        };
    }
}
