package vn.reformtrack.dashboard;

/** The tiers internal PAR indices rank units in: Tốt, Khá, Trung bình, Yếu (thresholds are settings). */
public enum LeagueTier {
    GOOD,
    FAIR,
    AVERAGE,
    WEAK;

    public String badge() {
        return switch (this) {
            case GOOD -> "text-bg-success";
            case FAIR -> "text-bg-primary";
            case AVERAGE -> "text-bg-warning";
            case WEAK -> "text-bg-danger";
        };
    }
}
