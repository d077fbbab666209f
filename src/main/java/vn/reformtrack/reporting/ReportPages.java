package vn.reformtrack.reporting;

import jakarta.persistence.EntityManager;
import java.sql.Array;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;
import org.hibernate.FlushMode;
import org.hibernate.Session;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.reformtrack.evidence.EvidenceStore;
import vn.reformtrack.evidence.EvidenceSummary;
import vn.reformtrack.identity.CurrentUser;
import vn.reformtrack.organization.UnitDirectory;
import vn.reformtrack.organization.UnitSummary;
import vn.reformtrack.planning.PlanningQueries;
import vn.reformtrack.planning.TaskSummary;
import vn.reformtrack.planning.UnitTask;
import vn.reformtrack.reporting.ReportPage.CoordinatedPart;
import vn.reformtrack.reporting.ReportPage.EntryView;

/**
 * Builds a report's page in a fixed number of statements whatever its size: the report (refilled when its unit opens
 * it), its period and unit, its tasks in one query; then, for the page of entries shown only, their evidence files in
 * one query and the coordinating units' parts in one. Counts and completeness are the whole report's.
 */
@Service
@Transactional
public class ReportPages {

    /** Entry cards on one page of a report: each is a whole edit form, and a unit may have dozens. */
    public static final int ENTRIES_PER_PAGE = 10;

    private final ReportService reports;
    private final PeriodService periods;
    private final PlanningQueries planning;
    private final EvidenceStore evidence;
    private final UnitDirectory units;
    private final JdbcClient jdbc;
    private final EntityManager entityManager;
    private final Clock clock;

    ReportPages(ReportService reports, PeriodService periods, PlanningQueries planning, EvidenceStore evidence,
            UnitDirectory units, JdbcClient jdbc, EntityManager entityManager, Clock clock) {
        this.reports = reports;
        this.periods = periods;
        this.planning = planning;
        this.evidence = evidence;
        this.units = units;
        this.jdbc = jdbc;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** The report's first page of entries. */
    public ReportPage page(long reportId, CurrentUser viewer) {
        return page(reportId, viewer, 0);
    }

    /** The report with its entries' page {@code number} (zero-based), or the nearest page there is. */
    public ReportPage page(long reportId, CurrentUser viewer, int number) {
        return build(open(reportId, viewer), viewer, ordered -> number);
    }

    /** The report with the page of entries that holds {@code entryId} (the first page if it holds none). */
    public ReportPage pageHolding(long reportId, long entryId, CurrentUser viewer) {
        return build(open(reportId, viewer), viewer, ordered -> pageOf(ordered, entryId));
    }

    /** The page (zero-based) of the report's entries that holds {@code entryId}, 0 if none does. */
    public int pageOfEntry(long reportId, long entryId, CurrentUser viewer) {
        ReportService.Opened opened = open(reportId, viewer);
        List<ReportEntry> entries = opened.report().getEntries();
        return pageOf(ordered(entries, tasksOf(entries, opened.activeTasks())), entryId);
    }

    private ReportService.Opened open(long reportId, CurrentUser viewer) {
        ReportService.Opened opened = reports.open(reportId, viewer);
        // Opening wrote what it had to; from here the page only reads, so the report and its entries are not
        // dirty-checked again before each query and at commit.
        entityManager.unwrap(Session.class).setHibernateFlushMode(FlushMode.MANUAL);
        return opened;
    }

    private static int pageOf(List<ReportEntry> ordered, long entryId) {
        for (int i = 0; i < ordered.size(); i++) {
            if (ordered.get(i).getId() == entryId) {
                return i / ENTRIES_PER_PAGE;
            }
        }
        return 0;
    }

    /** The entries the page shows, in its order: those the unit leads first, then by their tasks' deadlines. */
    private static List<ReportEntry> ordered(List<ReportEntry> entries, Map<Long, TaskSummary> tasks) {
        return entries.stream()
                .filter(entry -> tasks.containsKey(entry.getTaskId()))
                .sorted(Comparator.comparing((ReportEntry entry) -> !entry.isLead())
                        .thenComparing(entry -> tasks.get(entry.getTaskId()).dueDate())
                        .thenComparing(ReportEntry::getPosition))
                .toList();
    }

    private ReportPage build(ReportService.Opened opened, CurrentUser viewer,
            ToIntFunction<List<ReportEntry>> pageToShow) {
        UnitReport report = opened.report();
        LocalDate today = LocalDate.now(clock);
        ReportingPeriod period = periods.get(report.getPeriodId());
        ReportPage.Actions actions = actions(report, period.deadline(), today, viewer);
        List<ReportEntry> entries = report.getEntries();
        Map<Long, TaskSummary> tasks = tasksOf(entries, opened.activeTasks());
        List<ReportEntry> ordered = ordered(entries, tasks);
        // A coordinator deciding reads the whole report and may comment on any entry in the one return form, whose
        // comment boxes sit in the entries' cards: every entry is on one page then, so no comment is left behind.
        int perPage = actions.decide() ? Math.max(ordered.size(), 1) : ENTRIES_PER_PAGE;
        ReportPage.EntryPages entryPages = entryPages(ordered, perPage, pageToShow.applyAsInt(ordered));
        ReportPage.EntryPages.Span span = entryPages.shown();
        List<ReportEntry> shown = ordered.subList(Math.max(span.from() - 1, 0), span.to());

        // Only the shown entries' parts, files and units are read.
        List<Long> leadTaskIds = shown.stream().filter(ReportEntry::isLead).map(ReportEntry::getTaskId).toList();
        List<PartRow> parts = coordinatedParts(report, leadTaskIds);
        Set<Long> fileIds = new HashSet<>();
        shown.forEach(entry -> fileIds.addAll(entry.getEvidenceIds()));
        parts.forEach(part -> fileIds.addAll(part.evidenceIds()));
        Map<Long, EvidenceSummary> files = evidence.findAll(fileIds);
        Set<Long> unitIds = new HashSet<>();
        unitIds.add(report.getUnitId());
        shown.forEach(entry -> unitIds.add(tasks.get(entry.getTaskId()).leadUnitId()));
        Map<Long, UnitSummary> unitsById = units.findAll(unitIds);

        List<EntryView> views = shown.stream()
                .map(entry -> {
                    TaskSummary task = tasks.get(entry.getTaskId());
                    UnitSummary lead = unitsById.get(task.leadUnitId());
                    return new EntryView(ReportPage.Entry.of(entry), task, lead == null ? null : lead.name(),
                            filesOf(entry.getEvidenceIds(), files),
                            parts.stream().filter(part -> part.taskId() == entry.getTaskId())
                                    .map(part -> part.view(filesOf(part.evidenceIds(), files))).toList());
                })
                .toList();

        long incomplete = entries.stream().filter(entry -> !entry.isComplete()).count();
        return new ReportPage(report, period.summary(), unitsById.get(report.getUnitId()), views, entryPages,
                history(report, tasks), actions, incomplete,
                period.deadline().locksEntry(today) && !report.isReopened());
    }

    private static ReportPage.Actions actions(UnitReport report, Deadline deadline, LocalDate today,
            CurrentUser viewer) {
        boolean editable = report.isEditable(deadline, today);
        boolean member = ReportingAccess.isMember(viewer, report.getUnitId());
        boolean head = ReportingAccess.canSubmit(viewer, report.getUnitId());
        boolean manager = viewer.canManageProvince();
        ReportStatus status = report.getStatus();
        boolean lockedByDate = deadline.locksEntry(today) && !deadline.closed();
        return new ReportPage.Actions(
                member && editable,
                head && editable,
                head && status == ReportStatus.SUBMITTED && !deadline.closed()
                        && (!deadline.locksEntry(today) || report.isReopened()),
                manager && status == ReportStatus.SUBMITTED && !deadline.closed(),
                manager && status == ReportStatus.UNDER_REVIEW && !deadline.closed(),
                manager && status.isEditable() && lockedByDate && !report.isReopened());
    }

    /**
     * The ordered entries in pages of {@code perPage}, each with its incomplete ones, the {@code requested} page (the
     * nearest one when there is no such page) shown.
     */
    private static ReportPage.EntryPages entryPages(List<ReportEntry> ordered, int perPage, int requested) {
        List<ReportPage.EntryPages.Span> spans = new ArrayList<>();
        for (int from = 0; from < ordered.size() || from == 0; from += perPage) {
            int to = Math.min(from + perPage, ordered.size());
            long incomplete = ordered.subList(from, to).stream().filter(entry -> !entry.isComplete()).count();
            spans.add(new ReportPage.EntryPages.Span(spans.size(), to == 0 ? 0 : from + 1, to, incomplete));
        }
        int firstIncomplete = 0;
        Long firstIncompleteId = null;
        for (int i = 0; i < ordered.size(); i++) {
            if (!ordered.get(i).isComplete()) {
                firstIncomplete = i / perPage;
                firstIncompleteId = ordered.get(i).getId();
                break;
            }
        }
        int current = Math.max(0, Math.min(requested, spans.size() - 1));
        return new ReportPage.EntryPages(current, ordered.size(), List.copyOf(spans), firstIncompleteId,
                firstIncomplete);
    }

    /**
     * The entries' tasks: those the report was just checked against, and the rest (an entry kept for its content when
     * its task stopped concerning the unit, or every task when nothing was checked) in one more query.
     */
    private Map<Long, TaskSummary> tasksOf(List<ReportEntry> entries, List<UnitTask> active) {
        Map<Long, TaskSummary> tasks = new HashMap<>();
        active.forEach(unitTask -> tasks.put(unitTask.task().id(), unitTask.task()));
        List<Long> missing = entries.stream().map(ReportEntry::getTaskId).filter(id -> !tasks.containsKey(id)).toList();
        planning.tasks(missing).forEach(task -> tasks.put(task.id(), task));
        return tasks;
    }

    private List<ReportPage.HistoryLine> history(UnitReport report, Map<Long, TaskSummary> tasks) {
        Map<Long, String> titles = report.getEntries().stream()
                .filter(entry -> tasks.containsKey(entry.getTaskId()))
                .collect(Collectors.toMap(ReportEntry::getId, entry -> tasks.get(entry.getTaskId()).title()));
        List<ReportPage.HistoryLine> lines = new ArrayList<>();
        for (ReportTransition transition : report.getTransitions()) {
            List<ReportPage.EntryComment> comments = transition.getEntryComments().entrySet().stream()
                    .map(comment -> new ReportPage.EntryComment(titles.getOrDefault(comment.getKey(), ""),
                            comment.getValue()))
                    .toList();
            lines.add(new ReportPage.HistoryLine(transition.getKind(), transition.getFromStatus(),
                    transition.getToStatus(), transition.getAt(), transition.getBy(), transition.getComment(),
                    comments));
        }
        lines.sort(Comparator.comparing(ReportPage.HistoryLine::at).reversed());
        return lines;
    }

    private static List<EvidenceSummary> filesOf(Collection<Long> ids, Map<Long, EvidenceSummary> files) {
        return ids.stream().map(files::get).filter(Objects::nonNull)
                .sorted(Comparator.comparing(EvidenceSummary::uploadedAt)).toList();
    }

    /** A coordinating unit's entry on a task, as the database has it. */
    private record PartRow(long entryId, long taskId, long unitId, String unitName, Integer progressPercent,
            EntryStatus status, LocalDate completedOn, String workDone, String difficulties, String proposals,
            ReportStatus reportStatus, List<Long> evidenceIds) {

        CoordinatedPart view(List<EvidenceSummary> files) {
            return new CoordinatedPart(entryId, unitId, unitName, progressPercent, status, completedOn, workDone,
                    difficulties, proposals, reportStatus, files);
        }
    }

    /** The parts coordinating units sent (submitted, in review or accepted) for the lead unit's tasks, in one query. */
    private List<PartRow> coordinatedParts(UnitReport report, List<Long> leadTaskIds) {
        if (leadTaskIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select e.id, e.task_id, r.unit_id, u.name as unit_name, e.progress_percent, e.unit_status,
                               e.completed_on, e.work_done, e.difficulties, e.proposals, r.status,
                               array(select evidence_id from report_entry_evidence ev where ev.entry_id = e.id
                                     order by evidence_id) as evidence_ids
                        from report_entry e
                        join unit_report r on r.id = e.report_id
                        join unit u on u.id = r.unit_id
                        where r.period_id = :period and e.task_id in (:tasks) and e.role = 'COORDINATING'
                          and r.unit_id <> :unit and r.status in ('SUBMITTED', 'UNDER_REVIEW', 'ACCEPTED')
                        order by u.name collate "vi-x-icu", e.id
                        """)
                .param("period", report.getPeriodId())
                .param("tasks", leadTaskIds)
                .param("unit", report.getUnitId())
                .query((rs, i) -> {
                    String status = rs.getString("unit_status");
                    return new PartRow(rs.getLong("id"), rs.getLong("task_id"), rs.getLong("unit_id"),
                            rs.getString("unit_name"), rs.getObject("progress_percent", Integer.class),
                            status == null ? null : EntryStatus.valueOf(status),
                            rs.getObject("completed_on", LocalDate.class), rs.getString("work_done"),
                            rs.getString("difficulties"), rs.getString("proposals"),
                            ReportStatus.valueOf(rs.getString("status")), ids(rs.getArray("evidence_ids")));
                })
                .list();
    }

    private static List<Long> ids(Array array) throws SQLException {
        return Arrays.asList((Long[]) array.getArray());
    }
}
