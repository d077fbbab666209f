package vn.reformtrack.identity;

/** The five roles of DESIGN.md. */
public enum Role {
    /** Quản trị hệ thống: users, units, settings. */
    ADMIN,
    /** Chuyên viên Sở Nội vụ: catalogs, results, plans, tasks, periods, review. */
    COORDINATOR,
    /** Thủ trưởng đơn vị: sees the unit's work, submits its reports. */
    UNIT_HEAD,
    /** Chuyên viên đầu mối CCHC: drafts the unit's report entries and evidence. */
    UNIT_STAFF,
    /** Lãnh đạo UBND tỉnh: reads everything. */
    LEADER;

    /** Unit roles see and edit only what belongs to their unit, and must belong to one. */
    public boolean isUnitRole() {
        return this == UNIT_HEAD || this == UNIT_STAFF;
    }

    public String authority() {
        return "ROLE_" + name();
    }
}
