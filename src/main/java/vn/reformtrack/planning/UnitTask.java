package vn.reformtrack.planning;

/** A task as one unit sees it: with its part in it, leading or coordinating. */
public record UnitTask(TaskSummary task, TaskRole role) {}
