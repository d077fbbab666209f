package vn.reformtrack.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.reformtrack.reporting.ReportSamples.CLOSED;
import static vn.reformtrack.reporting.ReportSamples.DUE;
import static vn.reformtrack.reporting.ReportSamples.OPEN;
import static vn.reformtrack.reporting.ReportSamples.coordinating;
import static vn.reformtrack.reporting.ReportSamples.leading;
import static vn.reformtrack.reporting.ReportSamples.on;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.reformtrack.planning.ProgressRecording;
import vn.reformtrack.planning.TaskRole;
import vn.reformtrack.shared.web.ConcurrentEditException;
import vn.reformtrack.shared.web.NotFoundException;
import vn.reformtrack.shared.web.RuleViolationException;

/** What a unit may write in its report, and when: entries, narrative, and the pre-fill and re-fill rules. */
class ReportContentTest {

    static final LocalDate TODAY = DUE.minusDays(5);

    static RuleViolationException refusal(Runnable action) {
        try {
            action.run();
        } catch (RuleViolationException refused) {
            return refused;
        }
        throw new AssertionError("expected a refusal");
    }

    static long firstEntry(UnitReport report) {
        return report.getEntries().get(0).getId();
    }

    @Test
    void anEntryKeepsWhatTheUnitWroteAndGetsItsEvidence() {
        UnitReport report = ReportSamples.draft(leading(1));
        ReportEntry entry = report.editEntry(firstEntry(report), 0, new EntryCommand(60, EntryStatus.IN_PROGRESS,
                null, "  Đã rà soát 120 văn bản  ", "Thiếu nhân lực", "Bổ sung biên chế", Set.of(5L, 6L)), OPEN, TODAY);
        assertThat(entry.getProgressPercent()).isEqualTo(60);
        assertThat(entry.getStatus()).isEqualTo(EntryStatus.IN_PROGRESS);
        assertThat(entry.getWorkDone()).isEqualTo("Đã rà soát 120 văn bản");
        assertThat(entry.getEvidenceIds()).containsExactlyInAnyOrder(5L, 6L);
    }

    @Test
    void aDonePartHasItsCompletionDayAndAFullProgress() {
        UnitReport report = ReportSamples.draft(leading(1));
        ReportEntry entry = report.editEntry(firstEntry(report), 0,
                new EntryCommand(null, EntryStatus.DONE, TODAY.minusDays(1), "Xong", null, null, Set.of()), OPEN, TODAY);
        assertThat(entry.getProgressPercent()).isEqualTo(100);
        assertThat(entry.getCompletedOn()).isEqualTo(TODAY.minusDays(1));
    }

    @Test
    void aCompletionDayLeftOverFromDoneGoesWithTheStatus() {
        UnitReport report = ReportSamples.draft(leading(1));
        ReportEntry entry = report.editEntry(firstEntry(report), 0,
                new EntryCommand(50, EntryStatus.IN_PROGRESS, TODAY, null, null, null, Set.of()), OPEN, TODAY);
        assertThat(entry.getCompletedOn()).isNull();
    }

    @Test
    void aPartNotStartedIsAtZero() {
        UnitReport report = ReportSamples.draft(leading(1));
        ReportEntry entry = report.editEntry(firstEntry(report), 0,
                new EntryCommand(null, EntryStatus.NOT_STARTED, null, null, null, null, Set.of()), OPEN, TODAY);
        assertThat(entry.getProgressPercent()).isZero();
        assertThat(entry.isComplete()).isTrue();
    }

    @ParameterizedTest
    @CsvSource({
        "-1, IN_PROGRESS, , progressPercent, entry.error.progressRange",
        "101, IN_PROGRESS, , progressPercent, entry.error.progressRange",
        "100, DONE, , completedOn, entry.error.completedOnMissing",
        "100, DONE, 1, completedOn, entry.error.completedOnFuture",
        "80, DONE, -1, progressPercent, entry.error.doneNeedsFull",
        "100, IN_PROGRESS, , status, entry.error.fullNeedsDone",
        "20, NOT_STARTED, , progressPercent, entry.error.notStartedWithProgress"
    })
    void inconsistentValuesAreRefusedOnTheirFieldAndNothingChanges(Integer progress, EntryStatus status,
            Integer completedInDays, String field, String key) {
        UnitReport report = ReportSamples.draft(leading(1));
        LocalDate completed = completedInDays == null ? null : TODAY.plusDays(completedInDays);
        RuleViolationException refused = refusal(() -> report.editEntry(firstEntry(report), 0,
                new EntryCommand(progress, status, completed, "Nội dung", null, null, Set.of()), OPEN, TODAY));
        assertThat(refused.getMessageKey()).isEqualTo(key);
        assertThat(refused.getField()).isEqualTo(field);
        ReportEntry entry = report.getEntries().get(0);
        assertThat(entry.getProgressPercent()).isNull();
        assertThat(entry.getWorkDone()).isNull();
    }

    @Test
    void tooLongATextIsRefused() {
        UnitReport report = ReportSamples.draft(leading(1));
        RuleViolationException refused = refusal(() -> report.editEntry(firstEntry(report), 0,
                new EntryCommand(10, EntryStatus.IN_PROGRESS, null, "x".repeat(4001), null, null, Set.of()), OPEN, TODAY));
        assertThat(refused.getField()).isEqualTo("workDone");
    }

    @Test
    void aSecondSaveFromAnOlderVersionIsAConflict() {
        UnitReport report = ReportSamples.draft(leading(1));
        ReportEntry entry = report.getEntries().get(0);
        org.springframework.test.util.ReflectionTestUtils.setField(entry, "version", 3L);
        assertThatThrownBy(() -> report.editEntry(entry.getId(), 2, ReportSamples.inProgress(10), OPEN, TODAY))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(entry.getProgressPercent()).isNull();
    }

    @Test
    void anEntryOfAnotherReportIsNotFound() {
        UnitReport report = ReportSamples.draft(leading(1));
        UnitReport other = ReportSamples.draft(leading(2));
        assertThatThrownBy(() -> report.editEntry(firstEntry(other), 0, ReportSamples.inProgress(10), OPEN, TODAY))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aSubmittedOrAcceptedReportIsNotEdited() {
        UnitReport report = ReportSamples.ready(leading(1));
        report.submit("head", on(TODAY), OPEN);
        assertThat(refusal(() -> report.editEntry(firstEntry(report), 1, ReportSamples.inProgress(90), OPEN, TODAY))
                .getMessageKey()).isEqualTo("report.error.submittedLocked");
        assertThat(refusal(() -> report.describe(new NarrativeCommand("x", null, null), OPEN, TODAY)).getMessageKey())
                .isEqualTo("report.error.submittedLocked");
        report.startReview("coordinator", on(TODAY), OPEN);
        report.accept("coordinator", on(TODAY), OPEN, (e, u) -> ProgressRecording.APPLIED);
        assertThat(refusal(() -> report.editEntry(firstEntry(report), 1, ReportSamples.inProgress(90), OPEN, TODAY))
                .getMessageKey()).isEqualTo("report.error.accepted");
        assertThat(report.getEntries().get(0).getProgressPercent()).isEqualTo(40);
    }

    @Test
    void entryLocksAfterTheGraceDaysAndInAClosedPeriod() {
        UnitReport report = ReportSamples.draft(leading(1));
        assertThat(refusal(() -> report.editEntry(firstEntry(report), 0, ReportSamples.inProgress(10), OPEN,
                DUE.plusDays(11))).getMessageKey()).isEqualTo("report.error.entryLocked");
        assertThat(refusal(() -> report.editEntry(firstEntry(report), 0, ReportSamples.inProgress(10), CLOSED, TODAY))
                .getMessageKey()).isEqualTo("report.error.periodClosed");
        report.editEntry(firstEntry(report), 0, ReportSamples.inProgress(10), OPEN, DUE.plusDays(10));
    }

    @Test
    void aReturnedReportIsEditedAgain() {
        UnitReport report = ReportWorkflowTest.returned();
        report.editEntry(firstEntry(report), report.getEntries().get(0).getVersion(), ReportSamples.inProgress(70),
                OPEN, TODAY);
        report.describe(new NarrativeCommand("Đã bổ sung", "Khó khăn", "Đề xuất"), OPEN, TODAY);
        assertThat(report.getGeneralAssessment()).isEqualTo("Đã bổ sung");
    }

    @Test
    void theFirstOpenGivesAnEntryForEveryTaskTheUnitLeadsOrCoordinates() {
        UnitReport report = ReportSamples.draft(leading(1), coordinating(2), leading(3));
        assertThat(report.getEntries()).extracting(ReportEntry::getTaskId, ReportEntry::getRole)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1L, TaskRole.LEAD),
                        org.assertj.core.groups.Tuple.tuple(2L, TaskRole.COORDINATING),
                        org.assertj.core.groups.Tuple.tuple(3L, TaskRole.LEAD));
    }

    @Test
    void openingAgainAddsTasksThatBecameActiveAndDropsUntouchedOnesThatLeft() {
        UnitReport report = ReportSamples.draft(leading(1), coordinating(2), leading(3));
        report.editEntry(report.entryForTask(3).orElseThrow().getId(), 0, ReportSamples.inProgress(20), OPEN, TODAY);

        List<vn.reformtrack.planning.UnitTask> active = List.of(leading(1), leading(4), new vn.reformtrack.planning.UnitTask(
                ReportSamples.task(2, ReportSamples.UNIT), TaskRole.LEAD));
        assertThat(report.needsRefill(active)).isTrue();
        int added = report.refill(active);
        assertThat(report.needsRefill(active)).as("refilled").isFalse();

        assertThat(added).isEqualTo(1);
        assertThat(report.getEntries()).extracting(ReportEntry::getTaskId).containsExactly(1L, 2L, 3L, 4L);
        assertThat(report.entryForTask(2).orElseThrow().getRole()).as("the unit now leads task 2").isEqualTo(TaskRole.LEAD);
        assertThat(report.entryForTask(3)).as("written in, so kept though no longer active").isPresent();
        assertThat(report.entryForTask(4).orElseThrow().getPosition()).isGreaterThan(
                report.entryForTask(3).orElseThrow().getPosition());

        assertThat(report.needsRefill(List.of(leading(4)))).as("entry 1 left untouched").isTrue();
        report.refill(List.of(leading(4)));
        assertThat(report.getEntries()).extracting(ReportEntry::getTaskId).containsExactly(3L, 4L);
    }

    @Test
    void aReportInLineWithItsTasksNeedsNoRefillButAChangedPartDoes() {
        UnitReport report = ReportSamples.draft(leading(1), coordinating(2));
        assertThat(report.needsRefill(List.of(leading(1), coordinating(2)))).isFalse();
        assertThat(report.needsRefill(List.of(leading(1), leading(2)))).as("the unit now leads task 2").isTrue();
        assertThat(report.needsRefill(List.of(leading(1), coordinating(2), leading(3)))).as("task 3 began").isTrue();
        assertThat(report.needsRefill(List.of(leading(1)))).as("task 2 left, its entry blank").isTrue();
    }

    @Test
    void aSubmittedReportIsNotRefilled() {
        UnitReport report = ReportSamples.ready(leading(1));
        report.submit("head", on(TODAY), OPEN);
        assertThat(report.needsRefill(List.of(leading(1), leading(9)))).isFalse();
        assertThat(report.refill(List.of(leading(1), leading(9)))).isZero();
        assertThat(report.getEntries()).hasSize(1);
    }
}
