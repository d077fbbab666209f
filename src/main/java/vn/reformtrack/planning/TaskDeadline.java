package vn.reformtrack.planning;

import java.time.LocalDate;

/** An open task of an issued plan with its deadline: what reminders need to know. */
public record TaskDeadline(long taskId, long planId, String planDocumentNumber, String title, long leadUnitId,
        Long responsibleUserId, LocalDate dueDate) {}
