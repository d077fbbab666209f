package vn.reformtrack.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.reformtrack.shared.web.RuleViolationException;

/** A criterion of a round guards its own transitions: record, submit, appraise, return, estimate, assign. */
class AssessmentItemTest {

    static final long JUSTICE = 7;
    static final long OFFICE = 8;
    static final Instant NOW = Instant.parse("2026-01-10T03:00:00Z");

    static AssessmentItem unitItem() {
        return new AssessmentItem(1, 100, EntryMode.UNIT, JUSTICE, Set.of(OFFICE, JUSTICE));
    }

    @Test
    void theResponsibleUnitIsNeverAlsoOneOfItsCoordinatingUnits() {
        assertThat(unitItem().getCoordinatingUnitIds()).containsExactly(OFFICE);
    }

    @Test
    void aDraftRecordsAScoreAndIsSubmittedWithEvidence() {
        AssessmentItem item = unitItem();
        item.record(new BigDecimal("2.5"), "  Ban hành đủ 12 văn bản  ", " ", "staff", NOW);
        item.replaceAttachments(JUSTICE, Set.of(41L), "staff", NOW);
        item.submit("head", NOW);
        assertThat(item.getStatus()).isEqualTo(ItemStatus.SUBMITTED);
        assertThat(item.getExplanation()).isEqualTo("Ban hành đủ 12 văn bản");
        assertThat(item.getNoEvidenceReason()).isNull();
        assertThat(item.getSubmittedBy()).isEqualTo("head");
        assertThat(item.part()).isEqualTo(ScorePart.SELF);
        assertThat(item.projectedScore()).isEqualByComparingTo("2.5");
    }

    @Test
    void aScoreAboveZeroWithoutEvidenceNeedsAWrittenReasonBeforeItIsSubmitted() {
        AssessmentItem item = unitItem();
        item.record(new BigDecimal("1"), null, null, "staff", NOW);
        assertThat(item.lacksEvidence()).isTrue();
        assertThatThrownBy(() -> item.submit("head", NOW)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("item.error.submit.noEvidence");
        item.record(new BigDecimal("1"), null, "Văn bản đang chờ ký", "staff", NOW);
        item.submit("head", NOW);
        assertThat(item.getStatus()).isEqualTo(ItemStatus.SUBMITTED);
    }

    @Test
    void zeroPointsNeedNoEvidenceButNoScoreCannotBeSubmitted() {
        AssessmentItem empty = unitItem();
        assertThatThrownBy(() -> empty.submit("head", NOW)).hasMessageContaining("item.error.submit.noScore");
        AssessmentItem zero = unitItem();
        zero.record(BigDecimal.ZERO, "Không thực hiện", null, "staff", NOW);
        zero.submit("head", NOW);
        assertThat(zero.getStatus()).isEqualTo(ItemStatus.SUBMITTED);
    }

    @Test
    void aSubmittedCriterionCannotBeRecordedAgainUntilReturned() {
        AssessmentItem item = submitted("2");
        assertThatThrownBy(() -> item.record(new BigDecimal("3"), null, null, "staff", NOW))
                .hasMessageContaining("item.error.record.submitted");
        item.returnToUnit("Bổ sung báo cáo", "coordinator", NOW);
        assertThat(item.getStatus()).isEqualTo(ItemStatus.RETURNED);
        item.record(new BigDecimal("1.5"), null, "Chưa có", "staff", NOW);
        assertThat(item.getSelfScore()).isEqualByComparingTo("1.5");
    }

    @Test
    void appraisalKeepsTheSelfScoreBesideTheAppraisedScore() {
        AssessmentItem item = submitted("2.75");
        assertThatThrownBy(() -> item.adjust(new BigDecimal("2.25"), " ", "coordinator", NOW))
                .hasMessageContaining("item.error.adjust.reason");
        item.adjust(new BigDecimal("2.25"), "Một văn bản ban hành chậm", "coordinator", NOW);
        assertThat(item.getStatus()).isEqualTo(ItemStatus.APPRAISED);
        assertThat(item.getSelfScore()).isEqualByComparingTo("2.75");
        assertThat(item.getAppraisedScore()).isEqualByComparingTo("2.25");
        assertThat(item.part()).isEqualTo(ScorePart.APPRAISED);
        assertThat(item.projectedScore()).isEqualByComparingTo("2.25");
    }

    @Test
    void acceptingTakesTheSelfScoreAndNeedsNoReason() {
        AssessmentItem item = submitted("2");
        item.accept(null, "coordinator", NOW);
        assertThat(item.getAppraisedScore()).isEqualByComparingTo("2");
        assertThat(item.getAppraisalReason()).isNull();
    }

    @Test
    void returningNeedsACommentAndWithdrawsAnAppraisal() {
        AssessmentItem item = submitted("2");
        item.accept(null, "coordinator", NOW);
        assertThatThrownBy(() -> item.returnToUnit("", "coordinator", NOW)).hasMessageContaining("item.error.return.comment");
        item.returnToUnit("Thiếu tài liệu", "coordinator", NOW);
        assertThat(item.getAppraisedScore()).isNull();
        assertThat(item.part()).isEqualTo(ScorePart.SELF);
    }

    @Test
    void aDraftCannotBeAppraised() {
        AssessmentItem item = unitItem();
        item.record(new BigDecimal("2"), null, null, "staff", NOW);
        assertThatThrownBy(() -> item.accept(null, "coordinator", NOW)).hasMessageContaining("item.error.appraise.notSubmitted");
    }

    @Test
    void onlyASurveyCriterionIsEstimatedAndAlwaysWithItsBasis() {
        assertThatThrownBy(() -> unitItem().estimate(BigDecimal.ONE, "x", "coordinator", NOW))
                .hasMessageContaining("item.error.estimate.notEstimated");
        AssessmentItem survey = new AssessmentItem(1, 200, EntryMode.ESTIMATE, null, Set.of());
        assertThat(survey.part()).isEqualTo(ScorePart.MISSING);
        assertThatThrownBy(() -> survey.estimate(new BigDecimal("9"), null, "coordinator", NOW))
                .hasMessageContaining("item.error.estimate.basis");
        survey.estimate(new BigDecimal("9.1"), "SIPAS 2024", "coordinator", NOW);
        assertThat(survey.getStatus()).isEqualTo(ItemStatus.ESTIMATED);
        assertThat(survey.part()).isEqualTo(ScorePart.ESTIMATED);
        assertThat(survey.projectedScore()).isEqualByComparingTo("9.1");
        assertThatThrownBy(() -> survey.record(BigDecimal.ONE, null, null, "staff", NOW))
                .hasMessageContaining("item.error.record.estimated");
    }

    @Test
    void aSubmittedCriterionIsNotReassignedAndTheWayItIsScoredChangesOnlyWhileEmpty() {
        AssessmentItem sent = submitted("2");
        assertThatThrownBy(() -> sent.assign(EntryMode.UNIT, OFFICE, Set.of())).hasMessageContaining("item.error.assign.submitted");
        AssessmentItem draft = unitItem();
        draft.record(new BigDecimal("1"), null, null, "staff", NOW);
        draft.assign(EntryMode.UNIT, OFFICE, Set.of(JUSTICE));
        assertThat(draft.getResponsibleUnitId()).isEqualTo(OFFICE);
        assertThatThrownBy(() -> draft.assign(EntryMode.ESTIMATE, OFFICE, Set.of()))
                .hasMessageContaining("item.error.assign.entryRecorded");
        AssessmentItem empty = unitItem();
        empty.assign(EntryMode.ESTIMATE, null, Set.of());
        assertThat(empty.getEntry()).isEqualTo(EntryMode.ESTIMATE);
    }

    @Test
    void eachUnitReplacesOnlyItsOwnFiles() {
        AssessmentItem item = unitItem();
        item.replaceAttachments(OFFICE, Set.of(1L, 2L), "office", NOW);
        AssessmentItem.AttachmentChange change = item.replaceAttachments(JUSTICE, Set.of(3L), "staff", NOW);
        assertThat(change.added()).containsExactly(3L);
        change = item.replaceAttachments(JUSTICE, Set.of(4L), "staff", NOW);
        assertThat(change.added()).containsExactly(4L);
        assertThat(change.removed()).containsExactly(3L);
        assertThat(item.attachmentsOf(OFFICE)).extracting(Attachment::getEvidenceId).containsExactlyInAnyOrder(1L, 2L);
        assertThat(item.attachmentsOf(JUSTICE)).extracting(Attachment::getEvidenceId).containsExactly(4L);
    }

    private static AssessmentItem submitted(String score) {
        AssessmentItem item = unitItem();
        item.record(new BigDecimal(score), null, null, "staff", NOW);
        item.replaceAttachments(JUSTICE, Set.of(9L), "staff", NOW);
        item.submit("head", NOW);
        return item;
    }
}
