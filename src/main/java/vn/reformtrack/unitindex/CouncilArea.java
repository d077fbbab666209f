package vn.reformtrack.unitindex;

import java.math.BigDecimal;
import java.util.Locale;

/** An area of a group's set in a round, as the council is given it; {@code leadUnitId} is its owning department. */
public record CouncilArea(long id, long groupId, String groupName, String code, String nameVi, String nameEn,
        BigDecimal maxPoints, CriterionPart part, Long leadUnitId) {

    public String label(Locale locale) {
        return code + " " + ("en".equals(locale.getLanguage()) && nameEn != null ? nameEn : nameVi);
    }
}
