package vn.reformtrack.indices;

import java.math.BigDecimal;
import java.util.Set;

/** What a coordinator sets on a criterion; the parent and position are set by where it is added or moved. */
public record CriterionCommand(
        String code, String nameVi, String nameEn, CriterionKind kind, BigDecimal maxPoints, BigDecimal scoreStep,
        BigDecimal weightPercent, AssessmentMethod assessment, Long leadUnitId, Set<Long> coordinatingUnitIds) {

    public CriterionCommand {
        coordinatingUnitIds = coordinatingUnitIds == null ? Set.of() : Set.copyOf(coordinatingUnitIds);
    }
}
