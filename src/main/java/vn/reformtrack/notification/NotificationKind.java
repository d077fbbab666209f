package vn.reformtrack.notification;

import java.util.List;

/**
 * What notifies whom. Each kind has a label ({@code NotificationKind.X}), an e-mail subject
 * ({@code notification.X.subject}) and a text with its arguments ({@code notification.X.text}) in both languages; a
 * listener or the reminder job decides who receives it. Every kind goes by e-mail too unless the user chose
 * otherwise.
 */
public enum NotificationKind {
    /** A task of an issued plan newly reaches a unit (its heads) or a named person. */
    TASK_ASSIGNED(Topic.TASKS),
    /** A plan was issued: each unit it gives tasks to (heads and staff). */
    PLAN_ISSUED(Topic.TASKS),
    /** A task's deadline is a few working days away: its responsible person (else the lead unit's staff or heads). */
    TASK_DUE_SOON(Topic.TASKS),
    /** A task's deadline passed: the same people. */
    TASK_OVERDUE(Topic.TASKS),
    /** Still overdue some working days later: the lead unit's heads. */
    TASK_ESCALATED(Topic.ESCALATION),
    /** A reporting period opened: the expected units (heads and staff). */
    PERIOD_OPENED(Topic.REPORTS),
    /** A report is due in a few working days: units that have not sent it (heads and staff). */
    REPORT_DUE_SOON(Topic.REPORTS),
    /** The due date passed without the report: the same people. */
    REPORT_OVERDUE(Topic.REPORTS),
    /** Still missing some working days later: the unit's heads. */
    REPORT_ESCALATED(Topic.ESCALATION),
    /** Home Affairs returned the report: the unit (heads and staff). */
    REPORT_RETURNED(Topic.REPORTS),
    /** Home Affairs accepted the report: the unit (heads and staff). */
    REPORT_ACCEPTED(Topic.REPORTS),
    /** A self-assessment round opened: its units (heads and staff). */
    ROUND_OPENED(Topic.ASSESSMENT),
    /** A round's deadline is near and the unit has criteria not yet sent. */
    ROUND_DUE_SOON(Topic.ASSESSMENT),
    /** A criterion was returned to the unit that answers for it. */
    ITEM_RETURNED(Topic.ASSESSMENT),
    /** A unit index round's preliminary scores were published: each unit (heads and staff). */
    UNIT_INDEX_PRELIMINARY(Topic.UNIT_INDEX),
    /** The explanation window opened: each unit's heads, who may contest named criteria. */
    UNIT_INDEX_EXPLANATIONS_OPEN(Topic.UNIT_INDEX),
    /** The results were published by decision: the units, Home Affairs and the leaders. */
    UNIT_INDEX_PUBLISHED(Topic.UNIT_INDEX),
    /** A unit submitted its sheet: the council's members (not those of that unit). */
    UNIT_INDEX_SHEET_SUBMITTED(Topic.UNIT_INDEX),
    /** An escalation found no head on record: Home Affairs is told instead. */
    UNIT_WITHOUT_HEAD(Topic.ESCALATION),
    /** The weekly digest of what is still overdue past the last step, naming units and heads: Home Affairs and leaders. */
    ESCALATION_DIGEST(Topic.ESCALATION);

    /** The groups of the inbox's filter and of the preferences page. */
    public enum Topic {
        TASKS,
        REPORTS,
        ASSESSMENT,
        UNIT_INDEX,
        ESCALATION
    }

    private final Topic topic;

    NotificationKind(Topic topic) {
        this.topic = topic;
    }

    public Topic topic() {
        return topic;
    }

    /** The choices a user has: a weekly digest is a digest already, so it goes at once or stays in the application. */
    public List<Delivery> choices() {
        return this == ESCALATION_DIGEST ? List.of(Delivery.IN_APP, Delivery.EMAIL) : List.of(Delivery.values());
    }

    public Delivery defaultDelivery() {
        return Delivery.EMAIL;
    }

    public String textKey() {
        return "notification." + name() + ".text";
    }

    public String subjectKey() {
        return "notification." + name() + ".subject";
    }
}
