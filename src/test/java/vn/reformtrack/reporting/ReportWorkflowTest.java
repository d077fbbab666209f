package vn.reformtrack.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.reformtrack.reporting.ReportSamples.CLOSED;
import static vn.reformtrack.reporting.ReportSamples.DUE;
import static vn.reformtrack.reporting.ReportSamples.NO_LOCK;
import static vn.reformtrack.reporting.ReportSamples.OPEN;
import static vn.reformtrack.reporting.ReportSamples.coordinating;
import static vn.reformtrack.reporting.ReportSamples.leading;
import static vn.reformtrack.reporting.ReportSamples.on;
import static vn.reformtrack.reporting.ReportSamples.ready;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import vn.reformtrack.planning.ProgressRecording;
import vn.reformtrack.shared.web.NotFoundException;
import vn.reformtrack.shared.web.RuleViolationException;

/** Every transition of a unit's report and every refusal, on the aggregate alone. */
class ReportWorkflowTest {

    static final LocalDate BEFORE_DUE = DUE.minusDays(3);
    static final LocalDate AFTER_DUE = DUE.plusDays(2);
    static final LocalDate AFTER_LOCK = DUE.plusDays(11);

    static void refused(Runnable action, String key) {
        assertThatThrownBy(action::run).isInstanceOf(RuleViolationException.class)
                .extracting(e -> ((RuleViolationException) e).getMessageKey()).isEqualTo(key);
    }

    static UnitReport submitted() {
        UnitReport report = ready(leading(1), coordinating(2));
        report.submit("head", on(BEFORE_DUE), OPEN);
        report.clearEvents();
        return report;
    }

    static UnitReport underReview() {
        UnitReport report = submitted();
        report.startReview("coordinator", on(DUE), OPEN);
        report.clearEvents();
        return report;
    }

    static UnitReport returned() {
        UnitReport report = underReview();
        report.returnToUnit("coordinator", on(DUE), OPEN, "Bổ sung tài liệu kiểm chứng", Map.of());
        report.clearEvents();
        return report;
    }

    @Nested
    class Submitting {

        @Test
        void theHeadSubmitsADraftByTheDueDateOnTime() {
            UnitReport report = ready(leading(1));
            report.submit("head", on(DUE), OPEN);

            assertThat(report.getStatus()).isEqualTo(ReportStatus.SUBMITTED);
            assertThat(report.getTimeliness()).isEqualTo(Timeliness.ON_TIME);
            assertThat(report.getSubmittedBy()).isEqualTo("head");
            assertThat(report.getSubmittedAt()).isEqualTo(on(DUE).toInstant());
            assertThat(report.domainEvents()).singleElement().isInstanceOfSatisfying(ReportEvent.Submitted.class,
                    event -> {
                        assertThat(event.timeliness()).isEqualTo(Timeliness.ON_TIME);
                        assertThat(event.resubmission()).isFalse();
                        assertThat(event.unitId()).isEqualTo(ReportSamples.UNIT);
                    });
            assertThat(report.getTransitions()).extracting(ReportTransition::getKind)
                    .containsExactly(TransitionKind.CREATED, TransitionKind.SUBMITTED);
        }

        @Test
        void aSubmissionAfterTheDueDateButWithinTheGraceDaysIsLate() {
            UnitReport report = ready(leading(1));
            report.submit("head", on(AFTER_DUE), OPEN);
            assertThat(report.getTimeliness()).isEqualTo(Timeliness.LATE);
        }

        @Test
        void aSubmissionAfterTheLockIsRefused() {
            UnitReport report = ready(leading(1));
            refused(() -> report.submit("head", on(AFTER_LOCK), OPEN), "report.error.entryLocked");
            assertThat(report.getStatus()).isEqualTo(ReportStatus.DRAFT);
        }

        @Test
        void aReportReopenedAfterTheLockMaySubmitLate() {
            UnitReport report = ready(leading(1));
            report.reopen("coordinator", on(AFTER_LOCK), OPEN);
            report.submit("head", on(AFTER_LOCK.plusDays(1)), OPEN);
            assertThat(report.getStatus()).isEqualTo(ReportStatus.SUBMITTED);
            assertThat(report.getTimeliness()).isEqualTo(Timeliness.LATE);
        }

        @Test
        void withoutAGracePeriodEntryNeverLocksAndLateReportsAreTaken() {
            UnitReport report = ready(leading(1));
            report.submit("head", on(DUE.plusMonths(3)), NO_LOCK);
            assertThat(report.getTimeliness()).isEqualTo(Timeliness.LATE);
        }

        @Test
        void aClosedPeriodTakesNoSubmission() {
            refused(() -> ready(leading(1)).submit("head", on(BEFORE_DUE), CLOSED), "report.error.periodClosed");
        }

        @Test
        void aSubmittedReportCannotBeSubmittedAgain() {
            refused(() -> submitted().submit("head", on(BEFORE_DUE), OPEN), "report.error.alreadySubmitted");
            refused(() -> underReview().submit("head", on(BEFORE_DUE), OPEN), "report.error.alreadySubmitted");
        }

        @Test
        void anAcceptedReportCannotBeSubmittedAgain() {
            UnitReport report = underReview();
            report.accept("coordinator", on(DUE), OPEN, (entry, unit) -> ProgressRecording.APPLIED);
            refused(() -> report.submit("head", on(BEFORE_DUE), OPEN), "report.error.accepted");
        }

        @Test
        void theGeneralAssessmentMustBeWritten() {
            UnitReport report = ReportSamples.draft(leading(1));
            report.editEntry(report.getEntries().get(0).getId(), 0, ReportSamples.inProgress(10), OPEN, BEFORE_DUE);
            assertThatThrownBy(() -> report.submit("head", on(BEFORE_DUE), OPEN))
                    .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                        assertThat(e.getMessageKey()).isEqualTo("report.error.assessmentMissing");
                        assertThat(e.getField()).isEqualTo("generalAssessment");
                    });
        }

        @Test
        void everyEntryNeedsItsProgressAndStatus() {
            UnitReport report = ReportSamples.draft(leading(1), leading(3));
            report.describe(new NarrativeCommand("Đánh giá chung", null, null), OPEN, BEFORE_DUE);
            report.editEntry(report.getEntries().get(0).getId(), 0, ReportSamples.inProgress(10), OPEN, BEFORE_DUE);
            assertThatThrownBy(() -> report.submit("head", on(BEFORE_DUE), OPEN))
                    .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                        assertThat(e.getMessageKey()).isEqualTo("report.error.entriesIncomplete");
                        assertThat(e.getArguments()).containsExactly(1L);
                    });
        }

        @Test
        void aResubmissionAfterAReturnKeepsTheFirstSubmissionsTimeliness() {
            UnitReport report = returned();
            report.submit("head", on(AFTER_DUE), OPEN);
            assertThat(report.getStatus()).isEqualTo(ReportStatus.SUBMITTED);
            assertThat(report.getTimeliness()).isEqualTo(Timeliness.ON_TIME);
            assertThat(report.getLastSubmittedAt()).isEqualTo(on(AFTER_DUE).toInstant());
            assertThat(report.getTransitions()).last().extracting(ReportTransition::getKind)
                    .isEqualTo(TransitionKind.RESUBMITTED);
            assertThat(report.domainEvents()).singleElement().isInstanceOfSatisfying(ReportEvent.Submitted.class,
                    event -> assertThat(event.resubmission()).isTrue());
        }

        @Test
        void aReturnedReportPastTheLockCannotBeResubmittedUntilReopened() {
            UnitReport report = returned();
            refused(() -> report.submit("head", on(AFTER_LOCK), OPEN), "report.error.entryLocked");
            report.reopen("coordinator", on(AFTER_LOCK), OPEN);
            report.submit("head", on(AFTER_LOCK), OPEN);
            assertThat(report.getStatus()).isEqualTo(ReportStatus.SUBMITTED);
        }
    }

    @Nested
    class Withdrawing {

        @Test
        void theHeadWithdrawsAFirstSubmissionBackToADraftAsIfNeverSent() {
            UnitReport report = submitted();
            report.withdraw("head", on(BEFORE_DUE), OPEN);
            assertThat(report.getStatus()).isEqualTo(ReportStatus.DRAFT);
            assertThat(report.getTimeliness()).isNull();
            assertThat(report.getSubmittedAt()).isNull();
            assertThat(report.domainEvents()).singleElement().isInstanceOf(ReportEvent.Withdrawn.class);
        }

        @Test
        void aWithdrawnResubmissionGoesBackToReturnedWithItsTimeliness() {
            UnitReport report = returned();
            report.submit("head", on(BEFORE_DUE), OPEN);
            report.withdraw("head", on(BEFORE_DUE), OPEN);
            assertThat(report.getStatus()).isEqualTo(ReportStatus.RETURNED);
            assertThat(report.getTimeliness()).isEqualTo(Timeliness.ON_TIME);
        }

        @Test
        void onceTheReviewStartedTheHeadCannotWithdraw() {
            refused(() -> underReview().withdraw("head", on(BEFORE_DUE), OPEN), "report.error.reviewStarted");
        }

        @Test
        void anAcceptedReportCannotBeWithdrawn() {
            UnitReport report = underReview();
            report.accept("coordinator", on(DUE), OPEN, (entry, unit) -> ProgressRecording.UNCHANGED);
            refused(() -> report.withdraw("head", on(BEFORE_DUE), OPEN), "report.error.reviewStarted");
        }

        @Test
        void aDraftHasNothingToWithdraw() {
            refused(() -> ready(leading(1)).withdraw("head", on(BEFORE_DUE), OPEN), "report.error.notSubmitted");
            refused(() -> returned().withdraw("head", on(BEFORE_DUE), OPEN), "report.error.notSubmitted");
        }

        @Test
        void afterTheLockAWithdrawalIsRefusedSinceTheReportCouldNotBeSentAgain() {
            refused(() -> submitted().withdraw("head", on(AFTER_LOCK), OPEN), "report.error.withdrawAfterLock");
        }

        @Test
        void inAClosedPeriodNothingIsWithdrawn() {
            refused(() -> submitted().withdraw("head", on(BEFORE_DUE), CLOSED), "report.error.periodClosed");
        }
    }

    @Nested
    class Reviewing {

        @Test
        void theCoordinatorStartsTheReviewOfASubmittedReport() {
            UnitReport report = submitted();
            report.startReview("coordinator", on(DUE), OPEN);
            assertThat(report.getStatus()).isEqualTo(ReportStatus.UNDER_REVIEW);
            assertThat(report.getReviewStartedBy()).isEqualTo("coordinator");
            assertThat(report.domainEvents()).singleElement().isInstanceOf(ReportEvent.ReviewStarted.class);
        }

        @Test
        void onlyASubmittedReportGoesUnderReview() {
            refused(() -> ready(leading(1)).startReview("coordinator", on(DUE), OPEN), "report.error.notSubmitted");
            refused(() -> underReview().startReview("coordinator", on(DUE), OPEN), "report.error.alreadyInReview");
            refused(() -> returned().startReview("coordinator", on(DUE), OPEN), "report.error.notSubmitted");
            refused(() -> submitted().startReview("coordinator", on(DUE), CLOSED), "report.error.periodClosed");
        }

        @Test
        void acceptingRecordsEachEntrysProgressAndKeepsTheOutcome() {
            UnitReport report = underReview();
            List<Long> recorded = new ArrayList<>();
            report.accept("coordinator", on(DUE), OPEN, (entry, unit) -> {
                recorded.add(entry.getTaskId());
                assertThat(unit).isEqualTo(ReportSamples.UNIT);
                return entry.isLead() ? ProgressRecording.APPLIED : ProgressRecording.NOT_LEAD_UNIT;
            });

            assertThat(report.getStatus()).isEqualTo(ReportStatus.ACCEPTED);
            assertThat(report.getAcceptedBy()).isEqualTo("coordinator");
            assertThat(recorded).containsExactlyInAnyOrder(1L, 2L);
            assertThat(report.entryForTask(1).orElseThrow().getProgressOutcome()).isEqualTo(ProgressRecording.APPLIED);
            assertThat(report.entryForTask(2).orElseThrow().getProgressOutcome())
                    .isEqualTo(ProgressRecording.NOT_LEAD_UNIT);
            assertThat(report.domainEvents()).singleElement().isInstanceOfSatisfying(ReportEvent.Accepted.class,
                    event -> assertThat(event.tasksMoved()).isEqualTo(1));
        }

        @Test
        void acceptingNeedsTheReviewStarted() {
            refused(() -> submitted().accept("coordinator", on(DUE), OPEN, (e, u) -> ProgressRecording.APPLIED),
                    "report.error.reviewNotStarted");
            refused(() -> ready(leading(1)).accept("coordinator", on(DUE), OPEN, (e, u) -> ProgressRecording.APPLIED),
                    "report.error.notUnderReview");
            refused(() -> returned().accept("coordinator", on(DUE), OPEN, (e, u) -> ProgressRecording.APPLIED),
                    "report.error.notUnderReview");
            refused(() -> underReview().accept("coordinator", on(DUE), CLOSED, (e, u) -> ProgressRecording.APPLIED),
                    "report.error.periodClosed");
        }

        @Test
        void anAcceptedReportIsNotAcceptedTwice() {
            UnitReport report = underReview();
            report.accept("coordinator", on(DUE), OPEN, (e, u) -> ProgressRecording.APPLIED);
            refused(() -> report.accept("coordinator", on(DUE), OPEN, (e, u) -> ProgressRecording.APPLIED),
                    "report.error.alreadyAccepted");
        }

        @Test
        void aRefusalFromPlanningLeavesTheReportUnderReview() {
            UnitReport report = underReview();
            assertThatThrownBy(() -> report.accept("coordinator", on(DUE), OPEN, (e, u) -> {
                throw new RuleViolationException("task.error.completionInFuture", "01/01/2030");
            })).isInstanceOf(RuleViolationException.class);
            assertThat(report.getStatus()).isEqualTo(ReportStatus.UNDER_REVIEW);
            assertThat(report.domainEvents()).isEmpty();
        }

        @Test
        void returningKeepsTheOverallCommentAndOneCommentPerEntry() {
            UnitReport report = underReview();
            long entry = report.entryForTask(1).orElseThrow().getId();
            report.returnToUnit("coordinator", on(DUE), OPEN, "  Bổ sung số liệu  ", Map.of(entry, "Thiếu văn bản"));

            assertThat(report.getStatus()).isEqualTo(ReportStatus.RETURNED);
            assertThat(report.getReturnComment()).isEqualTo("Bổ sung số liệu");
            assertThat(report.entryForTask(1).orElseThrow().getReviewComment()).isEqualTo("Thiếu văn bản");
            assertThat(report.entryForTask(2).orElseThrow().getReviewComment()).isNull();
            ReportTransition line = report.getTransitions().get(report.getTransitions().size() - 1);
            assertThat(line.getKind()).isEqualTo(TransitionKind.RETURNED);
            assertThat(line.getComment()).isEqualTo("Bổ sung số liệu");
            assertThat(line.getEntryComments()).containsExactly(Map.entry(entry, "Thiếu văn bản"));
            assertThat(report.domainEvents()).singleElement().isInstanceOfSatisfying(ReportEvent.Returned.class,
                    event -> assertThat(event.entryComments()).isEqualTo(1));
        }

        @Test
        void aReturnWithOnlyEntryCommentsIsEnough() {
            UnitReport report = underReview();
            long entry = report.entryForTask(2).orElseThrow().getId();
            report.returnToUnit("coordinator", on(DUE), OPEN, " ", Map.of(entry, "Nêu rõ phần việc phối hợp"));
            assertThat(report.getReturnComment()).isNull();
            assertThat(report.getStatus()).isEqualTo(ReportStatus.RETURNED);
        }

        @Test
        void aReturnWithoutAnyCommentIsRefused() {
            UnitReport report = underReview();
            long entry = report.entryForTask(1).orElseThrow().getId();
            refused(() -> report.returnToUnit("coordinator", on(DUE), OPEN, "", Map.of(entry, "  ")),
                    "report.error.returnNeedsComment");
            assertThat(report.getStatus()).isEqualTo(ReportStatus.UNDER_REVIEW);
        }

        @Test
        void aCommentOnAnotherReportsEntryIsNotFound() {
            assertThatThrownBy(() -> underReview().returnToUnit("coordinator", on(DUE), OPEN, "x", Map.of(-5L, "y")))
                    .isInstanceOf(NotFoundException.class);
        }

        @Test
        void returningNeedsTheReviewStarted() {
            refused(() -> submitted().returnToUnit("coordinator", on(DUE), OPEN, "x", Map.of()),
                    "report.error.reviewNotStarted");
            refused(() -> returned().returnToUnit("coordinator", on(DUE), OPEN, "x", Map.of()),
                    "report.error.notUnderReview");
            refused(() -> underReview().returnToUnit("coordinator", on(DUE), CLOSED, "x", Map.of()),
                    "report.error.periodClosed");
        }
    }

    @Nested
    class Reopening {

        @Test
        void aCoordinatorReopensADraftLockedByTheDate() {
            UnitReport report = ready(leading(1));
            assertThat(report.isEditable(OPEN, AFTER_LOCK)).isFalse();
            report.reopen("coordinator", on(AFTER_LOCK), OPEN);
            assertThat(report.isReopened()).isTrue();
            assertThat(report.isEditable(OPEN, AFTER_LOCK)).isTrue();
            assertThat(report.getStatus()).isEqualTo(ReportStatus.DRAFT);
            assertThat(report.getTransitions()).last().extracting(ReportTransition::getKind)
                    .isEqualTo(TransitionKind.REOPENED);
            assertThat(report.domainEvents()).singleElement().isInstanceOf(ReportEvent.Reopened.class);
        }

        @Test
        void reopeningIsRefusedWhenNothingIsLocked() {
            refused(() -> ready(leading(1)).reopen("coordinator", on(AFTER_DUE), OPEN), "report.error.notLocked");
            refused(() -> ready(leading(1)).reopen("coordinator", on(AFTER_LOCK), NO_LOCK), "report.error.notLocked");
        }

        @Test
        void reopeningIsRefusedInAClosedPeriodForSentReportsAndTwice() {
            refused(() -> ready(leading(1)).reopen("coordinator", on(AFTER_LOCK), CLOSED),
                    "report.error.reopenClosedPeriod");
            refused(() -> submitted().reopen("coordinator", on(AFTER_LOCK), OPEN), "report.error.reopenNotEditable");
            UnitReport report = ready(leading(1));
            report.reopen("coordinator", on(AFTER_LOCK), OPEN);
            refused(() -> report.reopen("coordinator", on(AFTER_LOCK), OPEN), "report.error.alreadyReopened");
        }
    }

    @Test
    void theHistoryNamesWhoDidWhatWhen() {
        UnitReport report = returned();
        report.submit("head", on(AFTER_DUE), OPEN);
        report.startReview("reviewer", on(AFTER_DUE), OPEN);
        report.accept("reviewer", on(AFTER_DUE), OPEN, (e, u) -> ProgressRecording.APPLIED);
        assertThat(report.getTransitions())
                .extracting(ReportTransition::getKind, ReportTransition::getBy, ReportTransition::getToStatus)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(TransitionKind.CREATED, "staff", ReportStatus.DRAFT),
                        org.assertj.core.groups.Tuple.tuple(TransitionKind.SUBMITTED, "head", ReportStatus.SUBMITTED),
                        org.assertj.core.groups.Tuple.tuple(TransitionKind.REVIEW_STARTED, "coordinator",
                                ReportStatus.UNDER_REVIEW),
                        org.assertj.core.groups.Tuple.tuple(TransitionKind.RETURNED, "coordinator", ReportStatus.RETURNED),
                        org.assertj.core.groups.Tuple.tuple(TransitionKind.RESUBMITTED, "head", ReportStatus.SUBMITTED),
                        org.assertj.core.groups.Tuple.tuple(TransitionKind.REVIEW_STARTED, "reviewer",
                                ReportStatus.UNDER_REVIEW),
                        org.assertj.core.groups.Tuple.tuple(TransitionKind.ACCEPTED, "reviewer", ReportStatus.ACCEPTED));
    }
}
