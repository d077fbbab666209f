package vn.reformtrack.unitindex;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * An area of a unit's sheet with its lines and totals: what the unit could reach there (applicable lines only), its
 * own scores, the council's.
 */
public record SheetArea(long areaId, String code, String nameVi, String nameEn, CriterionPart part, List<SheetLine> lines,
        BigDecimal reachable, BigDecimal selfTotal, BigDecimal finalTotal) {

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) && nameEn != null ? nameEn : nameVi;
    }
}
