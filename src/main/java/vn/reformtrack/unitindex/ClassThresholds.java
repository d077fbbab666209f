package vn.reformtrack.unitindex;

import java.math.BigDecimal;
import vn.reformtrack.shared.web.RuleViolationException;

/**
 * The lowest index of each class, e.g. Xuất sắc from 90, Tốt from 80, Khá from 70, Trung bình from 50, Yếu below.
 * A threshold belongs to its class: 90.00 is Xuất sắc, 89.99 is Tốt.
 */
public record ClassThresholds(BigDecimal excellent, BigDecimal good, BigDecimal fair, BigDecimal average) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public IndexClass classOf(BigDecimal index) {
        if (index.compareTo(excellent) >= 0) {
            return IndexClass.EXCELLENT;
        }
        if (index.compareTo(good) >= 0) {
            return IndexClass.GOOD;
        }
        if (index.compareTo(fair) >= 0) {
            return IndexClass.FAIR;
        }
        return index.compareTo(average) >= 0 ? IndexClass.AVERAGE : IndexClass.WEAK;
    }

    /** The lowest index of a class; null for the lowest class, which has none. */
    public BigDecimal lowestOf(IndexClass indexClass) {
        return switch (indexClass) {
            case EXCELLENT -> excellent;
            case GOOD -> good;
            case FAIR -> fair;
            case AVERAGE -> average;
            case WEAK -> null;
        };
    }

    /** Each threshold given, between 0 and 100 with at most two decimals, each class above the next. */
    public ClassThresholds requireValid() {
        BigDecimal[] values = {excellent, good, fair, average};
        String[] fields = {"classExcellent", "classGood", "classFair", "classAverage"};
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null) {
                throw RuleViolationException.onField(fields[i], "unitindex.class.error.missing");
            }
            if (values[i].signum() < 0 || values[i].compareTo(HUNDRED) > 0 || values[i].stripTrailingZeros().scale() > 2) {
                throw RuleViolationException.onField(fields[i], "unitindex.class.error.range");
            }
            if (i > 0 && values[i].compareTo(values[i - 1]) >= 0) {
                throw RuleViolationException.onField(fields[i], "unitindex.class.error.order");
            }
        }
        return this;
    }
}
