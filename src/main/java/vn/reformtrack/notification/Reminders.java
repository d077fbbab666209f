package vn.reformtrack.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.reformtrack.assessment.RoundDeadlines;
import vn.reformtrack.assessment.RoundSummary;
import vn.reformtrack.assessment.UnitProgress;
import vn.reformtrack.calendar.WorkingCalendar;
import vn.reformtrack.calendar.WorkingDays;
import vn.reformtrack.organization.UnitDirectory;
import vn.reformtrack.organization.UnitSummary;
import vn.reformtrack.planning.TaskDeadline;
import vn.reformtrack.planning.TaskDeadlines;
import vn.reformtrack.reporting.PeriodSummary;
import vn.reformtrack.reporting.ReportingQueries;
import vn.reformtrack.reporting.UnitStanding;
import vn.reformtrack.settings.Settings;

/**
 * The reminder job's work for one day, counted in working days on the calendar (nothing happens on a day off):
 * <ul>
 *   <li>reports: due within the lead time and not sent, the unit's heads and staff are reminded; past the due date,
 *       told it is overdue; some working days later, its heads (the escalation); some more, the weekly digest;</li>
 *   <li>tasks: the same steps, to the responsible person (else the lead unit's staff, else its heads), then the lead
 *       unit's heads, then the digest;</li>
 *   <li>self-assessment rounds: units with criteria not yet sent, within the lead time of the deadline.</li>
 * </ul>
 * Each step is taken once per subject, unit and due date (a moved deadline starts again): the step and its
 * notifications are written in one transaction, and a step already taken, by this node or another, is skipped. An
 * escalation with no head on record tells Home Affairs instead.
 */
@Service
public class Reminders {

    /** What a run did. */
    public record Run(boolean workingDay, int steps, int notified) {}

    enum Step {
        DUE_SOON,
        OVERDUE,
        TO_HEAD,
        TO_PROVINCE
    }

    private final ReportingQueries reporting;
    private final TaskDeadlines tasks;
    private final RoundDeadlines rounds;
    private final WorkingDays workingDays;
    private final UnitDirectory units;
    private final Recipients recipients;
    private final Notifier notifier;
    private final Settings settings;
    private final NotificationProperties properties;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    Reminders(ReportingQueries reporting, TaskDeadlines tasks, RoundDeadlines rounds, WorkingDays workingDays,
            UnitDirectory units, Recipients recipients, Notifier notifier, Settings settings,
            NotificationProperties properties, JdbcClient jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.reporting = reporting;
        this.tasks = tasks;
        this.rounds = rounds;
        this.workingDays = workingDays;
        this.units = units;
        this.recipients = recipients;
        this.notifier = notifier;
        this.settings = settings;
        this.properties = properties;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** Today's reminders and escalations. */
    public Run run() {
        return run(workingDays.today());
    }

    public Run run(LocalDate today) {
        WorkingCalendar calendar = workingDays.calendar();
        if (!calendar.isWorkingDay(today)) {
            return new Run(false, 0, 0);
        }
        LocalDate lookBackTo = today.minusDays(properties.lookBack().toDays());
        Day day = new Day(today, calendar, NotificationSettings.LeadTimes.read(settings), lookBackTo, taken(lookBackTo));
        reports(day);
        tasks(day);
        rounds(day);
        return new Run(true, day.steps, day.notified);
    }

    private void reports(Day day) {
        for (int year = day.today.getYear() - 1; year <= day.today.getYear(); year++) {
            for (PeriodSummary period : reporting.periods(year)) {
                if (period.isClosed() || period.dueOn().isBefore(day.lookBackTo)
                        || day.today.isBefore(day.calendar.minusWorkingDays(period.dueOn(), day.lead.reportReminder()))) {
                    continue;
                }
                List<Long> owing = reporting.standings(period.id()).stream()
                        .filter(standing -> standing.status().isOwed())
                        .map(UnitStanding::unitId)
                        .toList();
                if (!owing.isEmpty()) {
                    reportSteps(day, period, owing);
                }
            }
        }
    }

    private void reportSteps(Day day, PeriodSummary period, List<Long> owing) {
        LocalDate due = period.dueOn();
        Map<Long, List<Recipient>> people = recipients.byUnit(owing, true);
        Map<Long, List<Recipient>> heads = recipients.byUnit(owing, false);
        Object name = Subjects.period(period);
        String link = Subjects.myReport(period.id());
        for (Long unitId : owing) {
            Supplier<List<Recipient>> unitPeople = () -> people.getOrDefault(unitId, List.of());
            Subject subject = new Subject("REPORT", period.id(), unitId, due);
            if (!day.today.isAfter(due)) {
                int left = day.calendar.workingDaysBetween(day.today, due);
                step(day, subject, Step.DUE_SOON, unitPeople, Notice.of(NotificationKind.REPORT_DUE_SOON, link,
                        subject.key(Step.DUE_SOON), name, Subjects.day(due), left));
                continue;
            }
            int late = day.calendar.workingDaysBetween(due, day.today);
            step(day, subject, Step.OVERDUE, unitPeople, Notice.of(NotificationKind.REPORT_OVERDUE, link,
                    subject.key(Step.OVERDUE), name, Subjects.day(due), late));
            if (late >= day.lead.toHead()) {
                escalate(day, subject, () -> heads.getOrDefault(unitId, List.of()), Notice.of(NotificationKind.REPORT_ESCALATED,
                        link, subject.key(Step.TO_HEAD), name, Subjects.day(due), late, day.lead.toProvince()), name);
            }
            if (late >= day.lead.toProvinceTotal()) {
                step(day, subject, Step.TO_PROVINCE, List::of, null);
            }
        }
    }

    private void tasks(Day day) {
        LocalDate to = day.calendar.plusWorkingDays(day.today, day.lead.taskReminder());
        Map<Long, Optional<Recipient>> responsible = new HashMap<>();
        for (TaskDeadline task : tasks.openDueBetween(day.lookBackTo, to)) {
            LocalDate due = task.dueDate();
            if (day.today.isBefore(day.calendar.minusWorkingDays(due, day.lead.taskReminder()))) {
                continue;
            }
            Supplier<List<Recipient>> people = () -> Optional.ofNullable(task.responsibleUserId())
                    .flatMap(id -> responsible.computeIfAbsent(id, recipients::user))
                    .map(List::of)
                    .orElseGet(() -> recipients.staffOrHeads(task.leadUnitId()));
            Subject subject = new Subject("TASK", task.taskId(), task.leadUnitId(), due);
            String link = Subjects.task(task.taskId());
            if (!day.today.isAfter(due)) {
                step(day, subject, Step.DUE_SOON, people, Notice.of(NotificationKind.TASK_DUE_SOON, link,
                        subject.key(Step.DUE_SOON), task.title(), Subjects.day(due),
                        day.calendar.workingDaysBetween(day.today, due)));
                continue;
            }
            int late = day.calendar.workingDaysBetween(due, day.today);
            step(day, subject, Step.OVERDUE, people, Notice.of(NotificationKind.TASK_OVERDUE, link,
                    subject.key(Step.OVERDUE), task.title(), Subjects.day(due), late));
            if (late >= day.lead.toHead()) {
                escalate(day, subject, () -> recipients.heads(List.of(task.leadUnitId())), Notice.of(
                        NotificationKind.TASK_ESCALATED, link, subject.key(Step.TO_HEAD), task.title(), Subjects.day(due),
                        late, day.lead.toProvince()), task.title());
            }
            if (late >= day.lead.toProvinceTotal()) {
                step(day, subject, Step.TO_PROVINCE, List::of, null);
            }
        }
    }

    private void rounds(Day day) {
        for (RoundSummary round : rounds.openDueBetween(day.today, day.today.plusDays(366))) {
            if (day.today.isBefore(day.calendar.minusWorkingDays(round.deadline(), day.lead.roundReminder()))) {
                continue;
            }
            List<Long> behind = rounds.unitProgress(round).stream()
                    .filter(progress -> progress.unitId() != null && !progress.done())
                    .map(UnitProgress::unitId)
                    .toList();
            Map<Long, List<Recipient>> people = recipients.byUnit(behind, true);
            for (Long unitId : behind) {
                Subject subject = new Subject("ROUND", round.id(), unitId, round.deadline());
                step(day, subject, Step.DUE_SOON, () -> people.getOrDefault(unitId, List.of()), Notice.of(
                        NotificationKind.ROUND_DUE_SOON, Subjects.round(round.id()), subject.key(Step.DUE_SOON),
                        Subjects.round(round), Subjects.day(round.deadline()),
                        day.calendar.workingDaysBetween(day.today, round.deadline())));
            }
        }
    }

    /** The escalation to the unit's heads, or to Home Affairs when the unit has no head on record. */
    private void escalate(Day day, Subject subject, Supplier<List<Recipient>> heads, Notice notice, Object what) {
        if (day.taken.contains(subject.key(Step.TO_HEAD))) {
            return;
        }
        List<Recipient> found = heads.get();
        if (!found.isEmpty()) {
            step(day, subject, Step.TO_HEAD, () -> found, notice);
            return;
        }
        String unitName = units.find(subject.unitId()).map(UnitSummary::name).orElse("#" + subject.unitId());
        step(day, subject, Step.TO_HEAD, () -> recipients.province(false), Notice.of(NotificationKind.UNIT_WITHOUT_HEAD,
                notice.link(), subject.key(Step.TO_HEAD), unitName,
                new DefaultMessageSourceResolvable(new String[] {"notification.subject." + subject.type()},
                        new Object[] {what})));
    }

    /** The steps already taken for deadlines since {@code from}, as their keys: a rerun skips them without a word. */
    private Set<String> taken(LocalDate from) {
        return new HashSet<>(jdbc.sql("""
                        select subject_type || ':' || subject_id || ':' || unit_id || ':' || step || ':' || due_on
                        from reminder_step where due_on >= :from
                        """)
                .param("from", from)
                .query(String.class)
                .list());
    }

    /**
     * Takes the step once, with its notice to these people (none: the step alone), in one transaction. The people are
     * looked up only when the step is taken: the hourly rerun finds its steps taken and asks nobody.
     */
    private void step(Day day, Subject subject, Step step, Supplier<List<Recipient>> people, Notice notice) {
        if (day.taken.contains(subject.key(step))) {
            return;
        }
        Integer notified = transaction.execute(status -> {
            int taken = jdbc.sql("""
                            insert into reminder_step (subject_type, subject_id, unit_id, step, due_on, taken_at)
                            values (:type, :id, :unit, :step, :due, :now)
                            on conflict do nothing
                            """)
                    .param("type", subject.type()).param("id", subject.id()).param("unit", subject.unitId())
                    .param("step", step.name()).param("due", subject.due())
                    .param("now", Timestamp.from(clock.instant()))
                    .update();
            if (taken == 0) {
                return -1;
            }
            return notice == null ? 0 : notifier.send(people.get(), notice);
        });
        if (notified != null && notified >= 0) {
            day.steps++;
            day.notified += notified;
        }
    }

    /** What a step is about: a report (period) of a unit, a task of its lead unit, a round of a unit, with the due date. */
    private record Subject(String type, long id, long unitId, LocalDate due) {

        String key(Step step) {
            return type + ":" + id + ":" + unitId + ":" + step + ":" + due;
        }
    }

    /** One run's day, calendar and lead times, and what it did. */
    private static final class Day {

        private final LocalDate today;
        private final WorkingCalendar calendar;
        private final NotificationSettings.LeadTimes lead;
        private final LocalDate lookBackTo;
        private final Set<String> taken;
        private int steps;
        private int notified;

        Day(LocalDate today, WorkingCalendar calendar, NotificationSettings.LeadTimes lead, LocalDate lookBackTo,
                Set<String> taken) {
            this.today = today;
            this.calendar = calendar;
            this.lead = lead;
            this.lookBackTo = lookBackTo;
            this.taken = taken;
        }
    }
}
