package vn.reformtrack.unitindex;

/** A unit's class (xếp loại) by its index and the round's thresholds: Xuất sắc, Tốt, Khá, Trung bình, Yếu. */
public enum IndexClass {
    EXCELLENT,
    GOOD,
    FAIR,
    AVERAGE,
    WEAK;

    public String badge() {
        return switch (this) {
            case EXCELLENT -> "text-bg-success";
            case GOOD -> "text-bg-primary";
            case FAIR -> "text-bg-info";
            case AVERAGE -> "text-bg-warning";
            case WEAK -> "text-bg-danger";
        };
    }
}
