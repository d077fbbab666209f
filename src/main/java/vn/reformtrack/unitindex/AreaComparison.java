package vn.reformtrack.unitindex;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * A unit's points lost in one area, beside its group's: the median of the group's units' lost points there, and the
 * fewest any unit lost. Regular areas only (bonus and deduction lines are shown apart).
 */
public record AreaComparison(long areaId, String code, String nameVi, String nameEn, BigDecimal reachable,
        BigDecimal points, BigDecimal lost, BigDecimal groupMedianLost, BigDecimal groupBestLost) {

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) && nameEn != null ? nameEn : nameVi;
    }

    /** Lost more than the group's median. */
    public boolean behind() {
        return lost.compareTo(groupMedianLost) > 0;
    }
}
