package vn.reformtrack.notification;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.reformtrack.assessment.RoundDeadlines;
import vn.reformtrack.assessment.RoundSummary;
import vn.reformtrack.calendar.WorkingCalendar;
import vn.reformtrack.calendar.WorkingDays;
import vn.reformtrack.planning.TaskDeadline;
import vn.reformtrack.planning.TaskDeadlines;
import vn.reformtrack.reporting.PeriodSummary;
import vn.reformtrack.reporting.ReportingQueries;
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
 * Each step is taken once per subject, unit and due date (a moved deadline starts again): a step already taken, by this
 * node or another, is skipped. An escalation with no head on record tells Home Affairs instead.
 *
 * <p>The work does not grow with the years on record nor with the steps already taken: what is due is read with one
 * statement per kind for the span of due dates the lead times reach (worked out once per run: a deadline is near when
 * it falls no later than the lead time's working days after today), and {@link ReminderSteps} takes what is left in a
 * few statements per step. The hourly rerun, its steps taken, reads and writes nothing more.
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
    private final ReminderSteps steps;
    private final Settings settings;
    private final NotificationProperties properties;
    private final JdbcClient jdbc;

    Reminders(ReportingQueries reporting, TaskDeadlines tasks, RoundDeadlines rounds, WorkingDays workingDays,
            ReminderSteps steps, Settings settings, NotificationProperties properties, JdbcClient jdbc) {
        this.reporting = reporting;
        this.tasks = tasks;
        this.rounds = rounds;
        this.workingDays = workingDays;
        this.steps = steps;
        this.settings = settings;
        this.properties = properties;
        this.jdbc = jdbc;
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
        ReminderSteps.Taken taken = steps.take(day.pending);
        return new Run(true, taken.steps(), taken.notified());
    }

    private void reports(Day day) {
        List<PeriodSummary> near = reporting.openDueBetween(day.today.getYear() - 1, day.today.getYear(), day.lookBackTo,
                day.lastDue(day.lead.reportReminder()));
        Map<Long, List<Long>> owing = reporting.owingUnits(near);
        for (PeriodSummary period : near) {
            Object name = Subjects.period(period);
            String link = Subjects.myReport(period.id());
            LocalDate due = period.dueOn();
            for (Long unitId : owing.get(period.id())) {
                Subject subject = new Subject("REPORT", period.id(), unitId, due);
                ReminderSteps.Audience unitPeople = new ReminderSteps.EveryoneIn(unitId);
                if (!day.today.isAfter(due)) {
                    day.propose(subject, Step.DUE_SOON, unitPeople, Notice.of(NotificationKind.REPORT_DUE_SOON, link,
                            subject.key(Step.DUE_SOON), name, Subjects.day(due), day.daysLeft(due)));
                    continue;
                }
                int late = day.daysLate(due);
                day.propose(subject, Step.OVERDUE, unitPeople, Notice.of(NotificationKind.REPORT_OVERDUE, link,
                        subject.key(Step.OVERDUE), name, Subjects.day(due), late));
                if (late >= day.lead.toHead()) {
                    day.escalate(subject, Notice.of(NotificationKind.REPORT_ESCALATED, link, subject.key(Step.TO_HEAD),
                            name, Subjects.day(due), late, day.lead.toProvince()), name);
                }
                if (late >= day.lead.toProvinceTotal()) {
                    day.propose(subject, Step.TO_PROVINCE, new ReminderSteps.Nobody(), null);
                }
            }
        }
    }

    private void tasks(Day day) {
        for (TaskDeadline task : tasks.openDueBetween(day.lookBackTo, day.lastDue(day.lead.taskReminder()))) {
            LocalDate due = task.dueDate();
            ReminderSteps.Audience taskPeople = new ReminderSteps.TaskPeople(task.responsibleUserId(), task.leadUnitId());
            Subject subject = new Subject("TASK", task.taskId(), task.leadUnitId(), due);
            String link = Subjects.task(task.taskId());
            if (!day.today.isAfter(due)) {
                day.propose(subject, Step.DUE_SOON, taskPeople, Notice.of(NotificationKind.TASK_DUE_SOON, link,
                        subject.key(Step.DUE_SOON), task.title(), Subjects.day(due), day.daysLeft(due)));
                continue;
            }
            int late = day.daysLate(due);
            day.propose(subject, Step.OVERDUE, taskPeople, Notice.of(NotificationKind.TASK_OVERDUE, link,
                    subject.key(Step.OVERDUE), task.title(), Subjects.day(due), late));
            if (late >= day.lead.toHead()) {
                day.escalate(subject, Notice.of(NotificationKind.TASK_ESCALATED, link, subject.key(Step.TO_HEAD),
                        task.title(), Subjects.day(due), late, day.lead.toProvince()), task.title());
            }
            if (late >= day.lead.toProvinceTotal()) {
                day.propose(subject, Step.TO_PROVINCE, new ReminderSteps.Nobody(), null);
            }
        }
    }

    private void rounds(Day day) {
        LocalDate lastDeadline = day.lastDue(day.lead.roundReminder());
        LocalDate inAYear = day.today.plusDays(366);
        List<RoundSummary> near = rounds.openDueBetween(day.today, lastDeadline.isBefore(inAYear) ? lastDeadline : inAYear);
        Map<Long, List<Long>> behind = rounds.unitsBehind(near);
        for (RoundSummary round : near) {
            for (Long unitId : behind.get(round.id())) {
                Subject subject = new Subject("ROUND", round.id(), unitId, round.deadline());
                day.propose(subject, Step.DUE_SOON, new ReminderSteps.EveryoneIn(unitId), Notice.of(
                        NotificationKind.ROUND_DUE_SOON, Subjects.round(round.id()), subject.key(Step.DUE_SOON),
                        Subjects.round(round), Subjects.day(round.deadline()), day.daysLeft(round.deadline())));
            }
        }
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

    /** What a step is about: a report (period) of a unit, a task of its lead unit, a round of a unit, with the due date. */
    record Subject(String type, long id, long unitId, LocalDate due) {

        String key(Step step) {
            return type + ":" + id + ":" + unitId + ":" + step + ":" + due;
        }
    }

    /** One run's day, calendar and lead times, and the steps it finds to take. */
    private static final class Day {

        private final LocalDate today;
        private final WorkingCalendar calendar;
        private final NotificationSettings.LeadTimes lead;
        private final LocalDate lookBackTo;
        private final Set<String> taken;
        private final List<ReminderSteps.Pending> pending = new ArrayList<>();
        private final Map<LocalDate, Integer> daysLeft = new HashMap<>();
        private final Map<LocalDate, Integer> daysLate = new HashMap<>();

        Day(LocalDate today, WorkingCalendar calendar, NotificationSettings.LeadTimes lead, LocalDate lookBackTo,
                Set<String> taken) {
            this.today = today;
            this.calendar = calendar;
            this.lead = lead;
            this.lookBackTo = lookBackTo;
            this.taken = taken;
        }

        /**
         * The last due date a reminder sent {@code leadTime} working days ahead reaches today: a deadline is near when
         * today is no earlier than {@code leadTime} working days before it, that is when it falls no later than
         * {@code leadTime} working days after today (today being a working day).
         */
        LocalDate lastDue(int leadTime) {
            return calendar.plusWorkingDays(today, leadTime);
        }

        /** Working days from today to the due date (one per distinct date, however many subjects share it). */
        int daysLeft(LocalDate due) {
            return daysLeft.computeIfAbsent(due, date -> calendar.workingDaysBetween(today, date));
        }

        int daysLate(LocalDate due) {
            return daysLate.computeIfAbsent(due, date -> calendar.workingDaysBetween(date, today));
        }

        /** The step, unless it is taken already; its people are looked up only if it is to be taken. */
        void propose(Subject subject, Step step, ReminderSteps.Audience audience, Notice notice) {
            if (!taken.contains(subject.key(step))) {
                pending.add(new ReminderSteps.Pending(subject, step, audience, notice));
            }
        }

        /** The escalation to the unit's heads, or to Home Affairs when the unit has no head on record. */
        void escalate(Subject subject, Notice notice, Object what) {
            propose(subject, Step.TO_HEAD, new ReminderSteps.HeadsOf(subject.unitId(), what), notice);
        }
    }
}
