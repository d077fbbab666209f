package vn.reformtrack.organization;

/** Kinds of unit, in the order lists show them under a parent. */
public enum UnitType {
    /** Ủy ban nhân dân tỉnh */
    PROVINCE_PC,
    /** Sở, ban, ngành */
    DEPARTMENT,
    /** Cơ quan ngành dọc, đơn vị sự nghiệp */
    SECTOR_AGENCY,
    /** Xã, phường, đặc khu */
    COMMUNE,
    OTHER
}
