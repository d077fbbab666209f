package vn.reformtrack.unitindex;

import java.math.BigDecimal;
import java.util.Locale;
import vn.reformtrack.indices.CriterionSummary;

/**
 * A criterion of a group's set as the unit index reads it: the catalogue's node with its resolved kind (its own, else
 * a bonus, deduction or survey ancestor's, else the catalogue's survey flag, else self-scored), guidance, survey
 * scale, and the pool that caps it when it is a bonus or deduction line.
 *
 * @param partSetHere  the kind is set on this node (not inherited)
 * @param childrenSum  the sum of the active children's maxima (null without children)
 * @param poolId       the top-most bonus or deduction node above or at this one (null for regular criteria)
 */
public record SetNode(CriterionSummary criterion, CriterionPart part, boolean partSetHere, String guidance,
        SurveyScale surveyScale, BigDecimal childrenSum, Long areaId, Long poolId, BigDecimal poolLimit, int order) {

    public long id() {
        return criterion.id();
    }

    public String code() {
        return criterion.code();
    }

    public BigDecimal max() {
        return criterion.maxPoints();
    }

    public boolean leaf() {
        return criterion.leaf();
    }

    public int depth() {
        return criterion.depth();
    }

    public String label(Locale locale) {
        return criterion.label(locale);
    }

    /** A regular node whose children's maxima add up to more than its own. */
    public boolean exceeds() {
        return part.isRegular() && childrenSum != null && criterion.maxPoints() != null
                && childrenSum.compareTo(criterion.maxPoints()) > 0;
    }

    UnitScore.Template template() {
        return new UnitScore.Template(id(), areaId, order, part, max(), criterion.scoreStep(), poolId, poolLimit,
                part == CriterionPart.SURVEY ? surveyScale : null);
    }
}
