package vn.reformtrack.unitindex;

/**
 * A group as a coordinator describes it. {@code frameworkId} names the internal framework whose versions are the
 * group's criteria sets; null makes a new one for the group.
 */
public record GroupCommand(String code, String nameVi, String nameEn, Long frameworkId) {}
