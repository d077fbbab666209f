package vn.reformtrack.unitindex;

/** A line declared not applicable to a unit, with the reason. */
public record ExcludedLine(long unitId, String unitName, long criterionId, String code, String nameVi, String reason) {}
