package vn.reformtrack.indices;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;

/**
 * What other modules know of a criterion, with its place in the tree: depth (0 for an area), whether it is a leaf
 * (no active children), and the code of the area (top-level node) it belongs to.
 */
public record CriterionSummary(
        long id,
        long versionId,
        String frameworkCode,
        Long parentId,
        String code,
        String nameVi,
        String nameEn,
        CriterionKind kind,
        BigDecimal maxPoints,
        BigDecimal scoreStep,
        BigDecimal weightPercent,
        AssessmentMethod assessment,
        int position,
        Long leadUnitId,
        Set<Long> coordinatingUnitIds,
        boolean retired,
        int depth,
        boolean leaf,
        String areaCode) {

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) && nameEn != null ? nameEn : nameVi;
    }

    /** "2.1 Cải cách thể chế…" */
    public String label(Locale locale) {
        return code + " " + name(locale);
    }
}
