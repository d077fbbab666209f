package vn.reformtrack.planning;

/** How a target compares the year's figure with its value: ≥, >, ≤, <, = or a range such as "rise 10–15 places". */
public enum TargetComparison {
    AT_LEAST("≥"),
    MORE_THAN(">"),
    AT_MOST("≤"),
    LESS_THAN("<"),
    EQUAL("="),
    BETWEEN("–");

    private final String symbol;

    TargetComparison(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }
}
