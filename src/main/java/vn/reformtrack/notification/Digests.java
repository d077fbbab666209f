package vn.reformtrack.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.reformtrack.calendar.WorkingCalendar;
import vn.reformtrack.calendar.WorkingDays;
import vn.reformtrack.identity.UserSummary;
import vn.reformtrack.organization.UnitDirectory;
import vn.reformtrack.organization.UnitSummary;
import vn.reformtrack.planning.PlanningQueries;
import vn.reformtrack.planning.TaskDeadlines;
import vn.reformtrack.planning.TaskSummary;
import vn.reformtrack.reporting.PeriodSummary;
import vn.reformtrack.reporting.ReportingQueries;

/**
 * The two digests. Daily: each user's notifications of the kinds they take in a digest, in one e-mail (each
 * notification once). Weekly: to Home Affairs and leadership, every report and task that reached the last step of
 * escalation since the last digest and is still overdue, naming the unit and its heads (each step once).
 */
@Service
public class Digests {

    /** One line of the weekly digest before it is written in a reader's language. */
    private record Escalation(String type, long subjectId, long unitId, LocalDate due) {}

    private final JdbcClient jdbc;
    private final Recipients recipients;
    private final Notifier notifier;
    private final MailComposer composer;
    private final MailOutbox outbox;
    private final ReportingQueries reporting;
    private final PlanningQueries planning;
    private final TaskDeadlines tasks;
    private final UnitDirectory units;
    private final WorkingDays workingDays;
    private final MessageSource messages;
    private final TransactionTemplate transaction;
    private final Clock clock;

    Digests(JdbcClient jdbc, Recipients recipients, Notifier notifier, MailComposer composer, MailOutbox outbox,
            ReportingQueries reporting, PlanningQueries planning, TaskDeadlines tasks, UnitDirectory units,
            WorkingDays workingDays, MessageSource messages, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.recipients = recipients;
        this.notifier = notifier;
        this.composer = composer;
        this.outbox = outbox;
        this.reporting = reporting;
        this.planning = planning;
        this.tasks = tasks;
        this.units = units;
        this.workingDays = workingDays;
        this.messages = messages;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** Writes each user's daily digest e-mail; answers how many were written. */
    public int daily() {
        List<Long> users = jdbc.sql("""
                        select distinct recipient_id from notification where delivery = 'DIGEST' and digested_at is null
                        """).query(Long.class).list();
        int written = 0;
        for (Long userId : users) {
            Boolean wrote = transaction.execute(status -> digestOf(userId));
            written += Boolean.TRUE.equals(wrote) ? 1 : 0;
        }
        return written;
    }

    private boolean digestOf(long userId) {
        List<Object[]> rows = jdbc.sql("""
                        select id, text_vi, text_en, created_at from notification
                        where recipient_id = :user and delivery = 'DIGEST' and digested_at is null
                        order by id for update skip locked
                        """)
                .param("user", userId)
                .query((rs, i) -> new Object[] {rs.getLong("id"), rs.getString("text_vi"), rs.getString("text_en"),
                    rs.getTimestamp("created_at").toInstant()})
                .list();
        if (rows.isEmpty()) {
            return false;
        }
        Optional<Recipient> recipient = recipients.user(userId);
        boolean wrote = false;
        if (recipient.isPresent() && recipient.get().email() != null && !recipient.get().email().isBlank()) {
            boolean english = "en".equals(recipient.get().locale().getLanguage());
            List<MailComposer.DigestLine> lines = rows.stream()
                    .map(row -> new MailComposer.DigestLine((String) (english ? row[2] : row[1]),
                            (java.time.Instant) row[3], "/notifications/" + row[0] + "/open"))
                    .toList();
            outbox.enqueue(userId, recipient.get().email(), composer.digest(recipient.get(), lines), "DIGEST");
            wrote = true;
        }
        jdbc.sql("update notification set digested_at = :now where id in (:ids)")
                .param("now", Timestamp.from(clock.instant()))
                .param("ids", rows.stream().map(row -> (Long) row[0]).toList())
                .update();
        return wrote;
    }

    /** Sends the weekly escalation digest; answers how many overdue reports and tasks it named. */
    public int weekly() {
        Integer named = transaction.execute(status -> {
            List<Escalation> steps = jdbc.sql("""
                            select subject_type, subject_id, unit_id, due_on from reminder_step
                            where step = 'TO_PROVINCE' and digested_at is null
                            order by due_on, subject_type, subject_id, unit_id
                            for update skip locked
                            """)
                    .query((rs, i) -> new Escalation(rs.getString("subject_type"), rs.getLong("subject_id"),
                            rs.getLong("unit_id"), rs.getObject("due_on", LocalDate.class)))
                    .list();
            List<Escalation> outstanding = stillOverdue(steps);
            if (!outstanding.isEmpty()) {
                send(outstanding);
            }
            jdbc.sql("""
                            update reminder_step set digested_at = :now
                            where step = 'TO_PROVINCE' and digested_at is null and taken_at <= :now
                            """)
                    .param("now", Timestamp.from(clock.instant())).update();
            return outstanding.size();
        });
        return named == null ? 0 : named;
    }

    /** The steps whose report is still owed or whose task is still open: two statements whatever their number. */
    private List<Escalation> stillOverdue(List<Escalation> steps) {
        Map<Long, PeriodSummary> periods = reporting.periods(subjects(steps, "REPORT"));
        Map<Long, Set<Long>> owing = new HashMap<>();
        reporting.owingUnits(List.copyOf(periods.values()))
                .forEach((periodId, unitIds) -> owing.put(periodId, new HashSet<>(unitIds)));
        Set<Long> openTasks = tasks.openAmong(subjects(steps, "TASK"));
        return steps.stream()
                .filter(step -> "REPORT".equals(step.type())
                        ? owing.getOrDefault(step.subjectId(), Set.of()).contains(step.unitId())
                        : "TASK".equals(step.type()) && openTasks.contains(step.subjectId()))
                .toList();
    }

    private void send(List<Escalation> outstanding) {
        Set<Long> unitIds = new HashSet<>();
        outstanding.forEach(step -> unitIds.add(step.unitId()));
        EscalationLines named = new EscalationLines(units.findAll(unitIds), recipients.headsByUnit(unitIds),
                reporting.periods(subjects(outstanding, "REPORT")),
                planning.tasks(subjects(outstanding, "TASK")).stream()
                        .collect(Collectors.toMap(TaskSummary::id, TaskSummary::title)),
                workingDays.calendar(), workingDays.today());
        Map<Locale, List<MailComposer.EscalationLine>> lines = new HashMap<>();
        String link = "/reporting/grid";
        notifier.send(recipients.province(true), Notice.of(NotificationKind.ESCALATION_DIGEST, link,
                        "escalation-digest:" + clock.instant().toEpochMilli(), outstanding.size()),
                (recipient, id) -> composer.escalations(recipient, lines.computeIfAbsent(recipient.locale(),
                        locale -> outstanding.stream().map(step -> named.line(step, locale)).toList())));
    }

    private static Set<Long> subjects(List<Escalation> steps, String type) {
        return steps.stream().filter(step -> type.equals(step.type())).map(Escalation::subjectId)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** What the digest's lines name, looked up once for all of them: units, heads, periods, tasks, and today. */
    private final class EscalationLines {

        private final Map<Long, UnitSummary> unitNames;
        private final Map<Long, List<UserSummary>> heads;
        private final Map<Long, PeriodSummary> periods;
        private final Map<Long, String> taskTitles;
        private final WorkingCalendar calendar;
        private final LocalDate today;

        EscalationLines(Map<Long, UnitSummary> unitNames, Map<Long, List<UserSummary>> heads, Map<Long, PeriodSummary> periods,
                Map<Long, String> taskTitles, WorkingCalendar calendar, LocalDate today) {
            this.unitNames = unitNames;
            this.heads = heads;
            this.periods = periods;
            this.taskTitles = taskTitles;
            this.calendar = calendar;
            this.today = today;
        }

        MailComposer.EscalationLine line(Escalation step, Locale locale) {
            String unit = Optional.ofNullable(unitNames.get(step.unitId())).map(UnitSummary::name)
                    .orElse("#" + step.unitId());
            List<String> headNames = heads.getOrDefault(step.unitId(), List.of()).stream().map(UserSummary::fullName)
                    .toList();
            int late = calendar.workingDaysBetween(step.due(), today);
            String text;
            String link;
            if ("REPORT".equals(step.type())) {
                Object period = Optional.ofNullable(periods.get(step.subjectId()))
                        .map(Subjects::period).orElse("#" + step.subjectId());
                String name = period instanceof String plain ? plain
                        : messages.getMessage((org.springframework.context.MessageSourceResolvable) period, locale);
                text = messages.getMessage("mail.escalation.report",
                        new Object[] {name, Subjects.day(step.due()), late}, locale);
                link = "/reporting/periods/" + step.subjectId();
            } else {
                String title = taskTitles.getOrDefault(step.subjectId(), "#" + step.subjectId());
                text = messages.getMessage("mail.escalation.task",
                        new Object[] {title, Subjects.day(step.due()), late}, locale);
                link = Subjects.task(step.subjectId());
            }
            return new MailComposer.EscalationLine(unit, new ArrayList<>(headNames), text, link);
        }
    }
}
