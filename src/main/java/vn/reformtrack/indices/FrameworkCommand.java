package vn.reformtrack.indices;

/** What a coordinator sets on a province-internal framework (national ones only change their names). */
public record FrameworkCommand(String code, String nameVi, String nameEn, IndexScale scale) {}
