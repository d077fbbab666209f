package vn.reformtrack.planning;

/** A unit's part in a task: it leads it (đơn vị chủ trì) or coordinates (đơn vị phối hợp). */
public enum TaskRole {
    LEAD,
    COORDINATING
}
