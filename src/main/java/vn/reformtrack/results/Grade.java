package vn.reformtrack.results;

import java.math.BigDecimal;

/** The PAR Index groups as the Ministry publishes them: A from 90 % of the maximum, B from 80 %, C from 70 %. */
public enum Grade {
    A,
    B,
    C;

    public static final String GRADED_FRAMEWORK = "PAR_PROVINCE";

    /** The group of a result, or null when the framework is not graded, the percentage is unknown or below 70 %. */
    public static Grade of(String frameworkCode, BigDecimal percentOfMax) {
        if (percentOfMax == null || !GRADED_FRAMEWORK.equalsIgnoreCase(frameworkCode)) {
            return null;
        }
        if (percentOfMax.compareTo(BigDecimal.valueOf(90)) >= 0) {
            return A;
        }
        if (percentOfMax.compareTo(BigDecimal.valueOf(80)) >= 0) {
            return B;
        }
        return percentOfMax.compareTo(BigDecimal.valueOf(70)) >= 0 ? C : null;
    }
}
