package vn.reformtrack.notification;

import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.reformtrack.assessment.AssessmentEvent;
import vn.reformtrack.assessment.RoundDeadlines;
import vn.reformtrack.assessment.RoundSummary;
import vn.reformtrack.assessment.UnitProgress;

/**
 * Self-assessment's events as notifications: a round opened to its units (the units that answer for criteria), a
 * criterion returned (the unit that answers for it).
 */
@Component
class AssessmentListener {

    private final RoundDeadlines rounds;
    private final Recipients recipients;
    private final Notifier notifier;

    AssessmentListener(RoundDeadlines rounds, Recipients recipients, Notifier notifier) {
        this.rounds = rounds;
        this.recipients = recipients;
        this.notifier = notifier;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(AssessmentEvent event) {
        RoundSummary round = rounds.round(event.roundId()).orElseThrow();
        if (event instanceof AssessmentEvent.RoundStarted) {
            List<Long> unitIds = rounds.unitProgress(round).stream().map(UnitProgress::unitId)
                    .filter(Objects::nonNull).toList();
            notifier.send(recipients.unitPeople(unitIds), Notice.of(NotificationKind.ROUND_OPENED,
                    Subjects.round(round.id()), "round-opened:" + round.id(), Subjects.round(round),
                    Subjects.day(round.deadline())));
        } else if (event instanceof AssessmentEvent.ItemReturned returned && returned.unitId() != null) {
            notifier.send(recipients.unitPeople(List.of(returned.unitId())), Notice.of(NotificationKind.ITEM_RETURNED,
                    Subjects.item(round.id(), returned.itemId()), null, returned.criterionCode(), Subjects.round(round),
                    returned.comment() == null || returned.comment().isBlank() ? "—" : returned.comment()));
        }
    }
}
