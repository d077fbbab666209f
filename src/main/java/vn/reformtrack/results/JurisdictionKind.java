package vn.reformtrack.results;

/** Tỉnh or thành phố trực thuộc Trung ương. */
public enum JurisdictionKind {
    PROVINCE,
    CITY
}
