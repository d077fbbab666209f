package vn.reformtrack.notification;

import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.reformtrack.reporting.CellStatus;
import vn.reformtrack.reporting.PeriodOpened;
import vn.reformtrack.reporting.PeriodSummary;
import vn.reformtrack.reporting.ReportEvent;
import vn.reformtrack.reporting.ReportingQueries;
import vn.reformtrack.reporting.UnitStanding;

/**
 * Reporting's events as notifications, written before the event's transaction commits: a period opened (its expected
 * units), a report returned or accepted (its unit's heads and staff).
 */
@Component
class ReportingListener {

    private final ReportingQueries reporting;
    private final Recipients recipients;
    private final Notifier notifier;

    ReportingListener(ReportingQueries reporting, Recipients recipients, Notifier notifier) {
        this.reporting = reporting;
        this.recipients = recipients;
        this.notifier = notifier;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void opened(PeriodOpened event) {
        PeriodSummary period = reporting.period(event.periodId()).orElseThrow();
        List<Long> expected = reporting.standings(period.id()).stream()
                .filter(standing -> standing.status() != CellStatus.NOT_EXPECTED)
                .map(UnitStanding::unitId)
                .toList();
        notifier.send(recipients.unitPeople(expected), Notice.of(NotificationKind.PERIOD_OPENED,
                Subjects.myReport(period.id()), "period-opened:" + period.id(), Subjects.period(period),
                Subjects.day(period.dueOn())));
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void reviewed(ReportEvent event) {
        NotificationKind kind = event instanceof ReportEvent.Returned ? NotificationKind.REPORT_RETURNED
                : event instanceof ReportEvent.Accepted ? NotificationKind.REPORT_ACCEPTED : null;
        if (kind == null) {
            return;
        }
        PeriodSummary period = reporting.period(event.periodId()).orElseThrow();
        String comment = event instanceof ReportEvent.Returned returned && returned.comment() != null
                && !returned.comment().isBlank() ? returned.comment() : "—";
        notifier.send(recipients.unitPeople(List.of(event.unitId())), Notice.of(kind, Subjects.report(event.reportId()),
                kind.name() + ":" + event.reportId() + ":" + event.at().toEpochMilli(), Subjects.period(period), comment));
    }
}
