package vn.reformtrack.planning;

/** A plan was issued: its tasks are now the units' to do (for notifications and dashboards). */
public record PlanIssued(long planId, int year) {}
