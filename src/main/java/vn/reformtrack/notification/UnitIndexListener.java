package vn.reformtrack.notification;

import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.reformtrack.identity.UserDirectory;
import vn.reformtrack.identity.UserSummary;
import vn.reformtrack.organization.UnitDirectory;
import vn.reformtrack.organization.UnitSummary;
import vn.reformtrack.unitindex.CouncilMember;
import vn.reformtrack.unitindex.ExplanationWindowOpened;
import vn.reformtrack.unitindex.UnitIndexCouncil;
import vn.reformtrack.unitindex.UnitIndexPreliminaryPublished;
import vn.reformtrack.unitindex.UnitIndexPublished;
import vn.reformtrack.unitindex.UnitRoundQueries;
import vn.reformtrack.unitindex.UnitSheetSubmitted;

/**
 * The unit index's events as notifications: preliminary scores published (each unit's heads and staff, to its own
 * sheet), the explanation window open (each unit's heads, who sign explanations), the results published by decision
 * (the units, Home Affairs and the leaders), a unit's sheet submitted (the council's members, but not those of that
 * unit, who may not appraise it).
 */
@Component
class UnitIndexListener {

    private final UnitRoundQueries rounds;
    private final UnitIndexCouncil council;
    private final UserDirectory users;
    private final UnitDirectory units;
    private final Recipients recipients;
    private final Notifier notifier;

    UnitIndexListener(UnitRoundQueries rounds, UnitIndexCouncil council, UserDirectory users, UnitDirectory units,
            Recipients recipients, Notifier notifier) {
        this.rounds = rounds;
        this.council = council;
        this.users = users;
        this.units = units;
        this.recipients = recipients;
        this.notifier = notifier;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(UnitIndexPreliminaryPublished event) {
        UnitPeople people = recipients.inUnits(event.unitIds());
        event.unitIds().forEach(unitId -> notifier.send(people.everyoneIn(unitId), Notice.of(
                NotificationKind.UNIT_INDEX_PRELIMINARY, sheet(event.roundId(), unitId),
                "unit-index-preliminary:" + event.roundId() + ":" + unitId, String.valueOf(event.year()),
                Subjects.day(event.explanationFrom()), Subjects.day(event.explanationTo()))));
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(ExplanationWindowOpened event) {
        UnitPeople people = recipients.inUnits(event.unitIds());
        event.unitIds().forEach(unitId -> notifier.send(people.headsOf(unitId), Notice.of(
                NotificationKind.UNIT_INDEX_EXPLANATIONS_OPEN, sheet(event.roundId(), unitId),
                "unit-index-explanations:" + event.roundId() + ":" + unitId, String.valueOf(event.year()),
                Subjects.day(event.explanationTo()))));
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(UnitIndexPublished event) {
        Notice notice = Notice.of(NotificationKind.UNIT_INDEX_PUBLISHED, results(event.roundId()),
                "unit-index-published:" + event.roundId(), String.valueOf(event.year()),
                event.decisionNumber() == null ? "—" : event.decisionNumber());
        notifier.send(recipients.unitPeople(rounds.units(event.roundId()).keySet()), notice);
        notifier.send(recipients.province(true), notice);
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
    void on(UnitSheetSubmitted event) {
        List<UserSummary> members = users.findAll(council.members(event.roundId()).stream()
                        .map(CouncilMember::getUserId).toList()).stream()
                .filter(person -> person.unitId() == null || person.unitId() != event.unitId())
                .toList();
        String unitName = units.find(event.unitId()).map(UnitSummary::name).orElse("#" + event.unitId());
        notifier.send(recipients.of(members), Notice.of(NotificationKind.UNIT_INDEX_SHEET_SUBMITTED,
                "/unit-index/rounds/" + event.roundId() + "/queue",
                "unit-index-submitted:" + event.roundId() + ":" + event.unitId(), unitName,
                String.valueOf(event.year())));
    }

    private static String sheet(long roundId, long unitId) {
        return "/unit-index/rounds/" + roundId + "/units/" + unitId;
    }

    private static String results(long roundId) {
        return "/unit-index/rounds/" + roundId + "/results";
    }
}
