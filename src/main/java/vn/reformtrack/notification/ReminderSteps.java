package vn.reformtrack.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.reformtrack.organization.UnitDirectory;
import vn.reformtrack.organization.UnitSummary;

/**
 * Takes the steps a reminder run found: looks up the people they go to for all of them at once (the units' heads and
 * staff, the people responsible for tasks, and for a unit without a head its name and Home Affairs), then writes the
 * steps in transactions of up to {@value #PER_TRANSACTION}, each step with its notifications or neither. A step
 * another node took meanwhile (its row is there) is skipped without a word: each step is taken once, however many
 * nodes run the job at once.
 */
@Component
class ReminderSteps {

    /** Steps written per transaction: a few statements each, whatever the run's size, and no transaction held long. */
    static final int PER_TRANSACTION = 200;

    /** How many steps were taken now, and how many people were notified. */
    record Taken(int steps, int notified) {}

    /** A step to take, and the notice it sends to its audience (none: the step alone). */
    record Pending(Reminders.Subject subject, Reminders.Step step, Audience audience, Notice notice) {

        String key() {
            return subject.key(step);
        }
    }

    /** Whom a step's notice goes to. */
    sealed interface Audience permits EveryoneIn, TaskPeople, HeadsOf, Nobody {}

    /** The unit's heads and staff. */
    record EveryoneIn(long unitId) implements Audience {}

    /** The task's responsible person, else its lead unit's staff, else the unit's heads. */
    record TaskPeople(Long responsibleUserId, long leadUnitId) implements Audience {}

    /** The unit's heads; when it has none, Home Affairs is told so about {@code what} (the subject's name). */
    record HeadsOf(long unitId, Object what) implements Audience {}

    /** Nobody: the step is only marked (the weekly digest takes it up). */
    record Nobody() implements Audience {}

    private final Recipients recipients;
    private final UnitDirectory units;
    private final Notifier notifier;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ReminderSteps(Recipients recipients, UnitDirectory units, Notifier notifier, JdbcClient jdbc,
            PlatformTransactionManager transactions, Clock clock) {
        this.recipients = recipients;
        this.units = units;
        this.notifier = notifier;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    Taken take(List<Pending> pending) {
        if (pending.isEmpty()) {
            return new Taken(0, 0);
        }
        People people = people(pending);
        int steps = 0;
        int notified = 0;
        for (int from = 0; from < pending.size(); from += PER_TRANSACTION) {
            List<Pending> batch = pending.subList(from, Math.min(pending.size(), from + PER_TRANSACTION));
            Taken taken = transaction.execute(status -> takeAll(batch, people));
            steps += taken.steps();
            notified += taken.notified();
        }
        return new Taken(steps, notified);
    }

    private Taken takeAll(List<Pending> batch, People people) {
        Set<String> takenNow = insert(batch);
        int steps = 0;
        int notified = 0;
        for (Pending step : batch) {
            if (takenNow.contains(step.key())) {
                steps++;
                notified += step.notice() == null ? 0 : send(step, people);
            }
        }
        return new Taken(steps, notified);
    }

    /** Writes the steps in one statement; answers the keys of those written now (not taken before, by anyone). */
    private Set<String> insert(List<Pending> batch) {
        return new HashSet<>(jdbc.sql("""
                        insert into reminder_step (subject_type, subject_id, unit_id, step, due_on, taken_at)
                        select type, id, unit, step, due, :now
                        from unnest(cast(:types as varchar[]), cast(:ids as bigint[]), cast(:units as bigint[]),
                                    cast(:steps as varchar[]), cast(:dues as date[])) with ordinality
                             as s(type, id, unit, step, due, position)
                        order by position
                        on conflict do nothing
                        returning subject_type || ':' || subject_id || ':' || unit_id || ':' || step || ':' || due_on
                        """)
                .param("types", batch.stream().map(step -> step.subject().type()).toArray(String[]::new))
                .param("ids", batch.stream().map(step -> step.subject().id()).toArray(Long[]::new))
                .param("units", batch.stream().map(step -> step.subject().unitId()).toArray(Long[]::new))
                .param("steps", batch.stream().map(step -> step.step().name()).toArray(String[]::new))
                .param("dues", batch.stream().map(step -> step.subject().due().toString()).toArray(String[]::new))
                .param("now", Timestamp.from(clock.instant()))
                .query(String.class)
                .list());
    }

    private int send(Pending step, People people) {
        if (step.audience() instanceof EveryoneIn unit) {
            return notifier.send(people.units().everyoneIn(unit.unitId()), step.notice());
        }
        if (step.audience() instanceof TaskPeople task) {
            return notifier.send(Optional.ofNullable(task.responsibleUserId()).map(people.users()::get).map(List::of)
                    .orElseGet(() -> people.units().staffOrHeads(task.leadUnitId())), step.notice());
        }
        if (step.audience() instanceof HeadsOf heads) {
            List<Recipient> found = people.units().headsOf(heads.unitId());
            if (!found.isEmpty()) {
                return notifier.send(found, step.notice());
            }
            String unitName = Optional.ofNullable(people.unitNames().get(heads.unitId())).map(UnitSummary::name)
                    .orElse("#" + heads.unitId());
            return notifier.send(people.province(), Notice.of(NotificationKind.UNIT_WITHOUT_HEAD, step.notice().link(),
                    step.key(), unitName, new DefaultMessageSourceResolvable(
                            new String[] {"notification.subject." + step.subject().type()}, new Object[] {heads.what()})));
        }
        return 0;
    }

    /** Everyone the steps may go to, in a handful of queries whatever the number of steps. */
    private People people(List<Pending> pending) {
        Set<Long> unitIds = new LinkedHashSet<>();
        Set<Long> userIds = new LinkedHashSet<>();
        Set<Long> escalated = new LinkedHashSet<>();
        for (Pending step : pending) {
            if (step.audience() instanceof EveryoneIn unit) {
                unitIds.add(unit.unitId());
            } else if (step.audience() instanceof TaskPeople task) {
                unitIds.add(task.leadUnitId());
                Optional.ofNullable(task.responsibleUserId()).ifPresent(userIds::add);
            } else if (step.audience() instanceof HeadsOf heads) {
                unitIds.add(heads.unitId());
                escalated.add(heads.unitId());
            }
        }
        UnitPeople inUnits = recipients.inUnits(unitIds);
        escalated.removeIf(unitId -> !inUnits.headsOf(unitId).isEmpty());
        return new People(inUnits, recipients.users(userIds), units.findAll(escalated),
                escalated.isEmpty() ? List.of() : recipients.province(false));
    }

    /** The people of a run's steps: units' heads and staff, responsible people, headless units' names, Home Affairs. */
    private record People(UnitPeople units, Map<Long, Recipient> users,
            Map<Long, UnitSummary> unitNames, List<Recipient> province) {}
}
