package vn.reformtrack.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import vn.reformtrack.evidence.EvidenceSummary;
import vn.reformtrack.organization.UnitSummary;
import vn.reformtrack.planning.ProgressRecording;
import vn.reformtrack.planning.TaskSummary;

/**
 * A unit's report as its page shows it: one page of its entries with their tasks, evidence and (for tasks the unit
 * leads) the parts its coordinating units sent, and where the other pages are; the history; and what the viewer may do.
 * {@code incompleteEntries} counts the whole report's.
 */
public record ReportPage(UnitReport report, PeriodSummary period, UnitSummary unit, List<EntryView> entries,
        EntryPages entryPages, List<HistoryLine> history, Actions actions, long incompleteEntries,
        boolean entryLocked) {

    /**
     * The pages of the report's entries: which one is shown ({@code current}, zero-based as the lists' {@code page}),
     * each page's span and incomplete entries, and the first incomplete entry (null when there is none).
     */
    public record EntryPages(int current, int total, List<Span> spans, Long firstIncompleteEntryId,
            int firstIncompletePage) {

        /** Page {@code number} (zero-based) holds entries {@code from} to {@code to} (one-based, as read). */
        public record Span(int number, int from, int to, long incomplete) {}

        public boolean isPaged() {
            return spans.size() > 1;
        }

        public Span shown() {
            return spans.get(current);
        }

        public Span next() {
            return current + 1 < spans.size() ? spans.get(current + 1) : null;
        }
    }

    /**
     * One entry with its task; {@code leadUnitName} names the lead unit of a task the unit coordinates. A value
     * throughout: the page's entries are rendered once for what they show ({@code RenderedFragments}).
     */
    public record EntryView(Entry entry, TaskSummary task, String leadUnitName, List<EvidenceSummary> evidence,
            List<CoordinatedPart> coordinatedParts) {}

    /** An entry as the page shows it, read off the entity when the page was built. */
    public record Entry(long id, long version, boolean lead, boolean complete, Integer progressPercent,
            EntryStatus status, LocalDate completedOn, String workDone, String difficulties, String proposals,
            String reviewComment, ProgressRecording progressOutcome, Set<Long> evidenceIds) {

        static Entry of(ReportEntry entry) {
            return new Entry(entry.getId(), entry.getVersion(), entry.isLead(), entry.isComplete(),
                    entry.getProgressPercent(), entry.getStatus(), entry.getCompletedOn(), entry.getWorkDone(),
                    entry.getDifficulties(), entry.getProposals(), entry.getReviewComment(),
                    entry.getProgressOutcome(), Set.copyOf(entry.getEvidenceIds()));
        }
    }

    /** A coordinating unit's part of a task this unit leads, as that unit sent it (read-only). */
    public record CoordinatedPart(long entryId, long unitId, String unitName, Integer progressPercent,
            EntryStatus status, LocalDate completedOn, String workDone, String difficulties, String proposals,
            ReportStatus reportStatus, List<EvidenceSummary> evidence) {}

    /** A line of history; {@code entryComments} are the return's comments on single entries, by task title. */
    public record HistoryLine(TransitionKind kind, ReportStatus from, ReportStatus to, Instant at, String by,
            String comment, List<EntryComment> entryComments) {}

    public record EntryComment(String taskTitle, String comment) {}

    /** What the viewer may do now. */
    public record Actions(boolean edit, boolean submit, boolean withdraw, boolean startReview, boolean decide,
            boolean reopen) {}
}
