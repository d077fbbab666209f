package vn.reformtrack.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.reformtrack.assessment.AssessmentFixtures.COORDINATOR;
import static vn.reformtrack.assessment.AssessmentFixtures.record;
import static vn.reformtrack.assessment.RoundLifecycleTest.assertRefused;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import vn.reformtrack.evidence.EvidenceAccess;
import vn.reformtrack.evidence.EvidenceStore;
import vn.reformtrack.identity.CurrentUser;
import vn.reformtrack.identity.Role;
import vn.reformtrack.indices.CatalogEditor;
import vn.reformtrack.indices.CriteriaEditor;
import vn.reformtrack.organization.Unit;
import vn.reformtrack.shared.web.ConcurrentEditException;
import vn.reformtrack.shared.web.RuleViolationException;
import vn.reformtrack.support.IntegrationTest;
import vn.reformtrack.support.TestData;

/** Units record and submit, Home Affairs appraises and estimates: every rule, and what is stored, read back raw. */
@IntegrationTest
@WithMockUser(roles = "COORDINATOR")
class RecordingAndAppraisalTest {

    @Autowired TestData data;
    @Autowired JdbcClient jdbc;
    @Autowired CatalogEditor catalogEditor;
    @Autowired CriteriaEditor criteriaEditor;
    @Autowired RoundService rounds;
    @Autowired RoundQueries queries;
    @Autowired RecordingService recording;
    @Autowired AppraisalService appraisals;
    @Autowired AssessmentHistory history;
    @Autowired EvidenceStore evidence;
    @Autowired EvidenceAccess evidenceAccess;
    @Autowired Clock clock;

    AssessmentFixtures fixtures;
    Unit justice;
    Unit office;
    CurrentUser justiceStaff;
    CurrentUser justiceHead;
    CurrentUser officeStaff;
    long roundId;

    @BeforeEach
    void anOpenRound() {
        fixtures = new AssessmentFixtures(jdbc, catalogEditor, criteriaEditor, rounds, queries, evidence);
        justice = data.department("Sở Tư pháp");
        office = data.department("Văn phòng UBND tỉnh");
        justiceStaff = AssessmentFixtures.user(data.user(Role.UNIT_STAFF, justice.getId()));
        justiceHead = AssessmentFixtures.user(data.user(Role.UNIT_HEAD, justice.getId()));
        officeStaff = AssessmentFixtures.user(data.user(Role.UNIT_STAFF, office.getId()));
        roundId = fixtures.started(fixtures.catalog(justice, office), 2025, LocalDate.now(clock).plusDays(14)).getId();
    }

    @Test
    void staffRecordAScoreWithADecimalCommaHowItWasReachedAndTheUnitsOwnEvidence() {
        long file = fixtures.file(justiceStaff, justice.getId(), "Báo cáo 28.pdf", "28/BC-STP");
        recording.record(roundId, item("1.1"), version("1.1"),
                new RecordCommand("2,75", "  Ban hành 12/12 văn bản đúng hạn ", null, List.of(file, file)), justiceStaff);

        Map<String, Object> stored = jdbc.sql("""
                        select self_score, explanation, no_evidence_reason, status, recorded_by from assessment_item where id = ?
                        """).param(item("1.1")).query().singleRow();
        assertThat((BigDecimal) stored.get("self_score")).isEqualByComparingTo("2.75");
        assertThat(stored).containsEntry("explanation", "Ban hành 12/12 văn bản đúng hạn").containsEntry("status", "DRAFT")
                .containsEntry("no_evidence_reason", null).containsEntry("recorded_by", justiceStaff.username());
        assertThat(jdbc.sql("select evidence_id, unit_id, attached_by from assessment_item_evidence where item_id = ?")
                .param(item("1.1")).query().listOfRows())
                .containsExactly(Map.of("evidence_id", file, "unit_id", justice.getId(), "attached_by", justiceStaff.username()));
        assertThat(history.ofItem(item("1.1")).get(0).fields()).extracting(f -> f.field() + "=" + f.after())
                .contains("item.selfScore=2.75", "item.evidenceAdded=Báo cáo 28.pdf");
    }

    @Test
    void aScoreAboveTheMaximumNegativeNotANumberOrOffTheStepsIsRefusedAndNothingIsSaved() {
        long file = fixtures.file(justiceStaff, justice.getId(), "Tờ trình.pdf", "5/TTr-STP");
        for (String[] typed : new String[][] {{"3,25", "assessment.score.error.aboveMax"},
            {"-1", "assessment.score.error.negative"}, {"ba điểm", "assessment.score.error.notANumber"},
            {"1,8", "assessment.score.error.step"}}) {
            assertThatThrownBy(() -> recording.record(roundId, item("1.1"), version("1.1"),
                    new RecordCommand(typed[0], "Giải trình", null, List.of(file)), justiceStaff))
                    .isInstanceOfSatisfying(RuleViolationException.class, refusal -> {
                        assertThat(refusal.getMessageKey()).isEqualTo(typed[1]);
                        assertThat(refusal.getField()).isEqualTo("score");
                    });
        }
        assertNothingRecorded("1.1");
    }

    @Test
    void anotherUnitsFileOrAnUnknownFileCannotBeAttached() {
        long officeFile = fixtures.file(officeStaff, office.getId(), "Của Văn phòng.pdf", "1/BC-VP");
        long ownFile = fixtures.file(justiceStaff, justice.getId(), "Của Sở Tư pháp.pdf", "2/BC-STP");
        for (List<Long> files : List.of(List.of(ownFile, officeFile), List.of(ownFile, 987_654_321L))) {
            assertThatThrownBy(() -> recording.record(roundId, item("1.1"), version("1.1"), record("2", files), justiceStaff))
                    .isInstanceOfSatisfying(RuleViolationException.class,
                            refusal -> assertThat(refusal.getField()).isEqualTo("evidenceIds"));
        }
        assertNothingRecorded("1.1");
    }

    @Test
    void nothingIsRecordedAfterTheDeadlineOrAfterSubmission() {
        recording.record(roundId, item("2.1"), version("2.1"), new RecordCommand("0", null, null, List.of()), justiceStaff);
        recording.record(roundId, item("1.1"), version("1.1"), new RecordCommand("1", null, "Chờ ký", List.of()), justiceStaff);
        recording.submitUnitPart(roundId, stamp(), justiceHead);
        assertRefused(() -> recording.record(roundId, item("1.1"), version("1.1"), record("2", List.of()), justiceStaff),
                "item.error.record.submitted");

        fixtures.deadlinePassed(roundId);
        appraisals.returnToUnit(roundId, item("2.1"), version("2.1"), "Bổ sung", COORDINATOR);
        assertRefused(() -> recording.record(roundId, item("2.1"), version("2.1"), record("1", List.of()), justiceStaff),
                "round.error.pastDeadline");
    }

    @Test
    void theHeadSubmitsTheWholePartOnlyWhenEveryCriterionIsScoredAndBackedAndNamesThoseThatAreNot() {
        recording.record(roundId, item("1.1"), version("1.1"), new RecordCommand("2", "x", null, List.of()), justiceStaff);
        assertThatThrownBy(() -> recording.submitUnitPart(roundId, stamp(), justiceHead))
                .isInstanceOfSatisfying(RuleViolationException.class, refusal -> {
                    assertThat(refusal.getMessageKey()).isEqualTo("submit.error.incomplete");
                    assertThat(refusal.getArguments()).containsExactly("2.1", "1.1");
                });
        assertThatThrownBy(() -> recording.submitUnitPart(roundId, stamp(), justiceStaff))
                .as("staff draft, the head submits").isInstanceOf(AccessDeniedException.class);

        long file = fixtures.file(justiceStaff, justice.getId(), "Báo cáo.pdf", "9/BC-STP");
        recording.record(roundId, item("1.1"), version("1.1"), record("2", List.of(file)), justiceStaff);
        String opened = stamp();
        recording.record(roundId, item("2.1"), version("2.1"), record("3.5", List.of(file)), justiceStaff);
        assertThatThrownBy(() -> recording.submitUnitPart(roundId, opened, justiceHead))
                .as("the part changed after the head's page showed it").isInstanceOf(ConcurrentEditException.class);

        assertThat(recording.submitUnitPart(roundId, stamp(), justiceHead)).isEqualTo(2);
        assertThat(jdbc.sql("select status, submitted_by from assessment_item where id in (?, ?)")
                .params(item("1.1"), item("2.1")).query().listOfRows())
                .containsOnly(Map.of("status", "SUBMITTED", "submitted_by", justiceHead.username()));
        assertThat(fixtures.row(roundId, "1.2").status()).as("another unit's criterion").isEqualTo(ItemStatus.DRAFT);
        assertRefused(() -> recording.submitUnitPart(roundId, stamp(), justiceHead), "submit.error.nothing");
    }

    @Test
    void twoPeopleSavingOneCriterionAtOnceTheSecondIsToldAndTheFirstsSaveStays() {
        CurrentUser otherStaff = AssessmentFixtures.user(data.user(Role.UNIT_STAFF, justice.getId()));
        long bothOpenedAt = version("1.1");
        recording.record(roundId, item("1.1"), bothOpenedAt, new RecordCommand("2", "Người thứ nhất", "x", List.of()), justiceStaff);

        assertThatThrownBy(() -> recording.record(roundId, item("1.1"), bothOpenedAt,
                new RecordCommand("1", "Người thứ hai", "y", List.of()), otherStaff)).isInstanceOf(ConcurrentEditException.class);
        assertThat(fixtures.row(roundId, "1.1").selfScore()).isEqualByComparingTo("2");
        assertThat(jdbc.sql("select explanation from assessment_item where id = ?").param(item("1.1"))
                .query(String.class).single()).isEqualTo("Người thứ nhất");
    }

    @Test
    void homeAffairsAcceptsAdjustsWithAReasonOrReturnsWithACommentAndEveryChangeIsRecorded() {
        long file = fixtures.file(justiceStaff, justice.getId(), "Báo cáo.pdf", "9/BC-STP");
        recording.record(roundId, item("1.1"), version("1.1"), record("2.75", List.of(file)), justiceStaff);
        recording.record(roundId, item("2.1"), version("2.1"), record("4", List.of(file)), justiceStaff);
        recording.submitUnitPart(roundId, stamp(), justiceHead);

        appraisals.accept(roundId, item("2.1"), version("2.1"), null, COORDINATOR);
        assertRefused(() -> appraisals.adjust(roundId, item("1.1"), version("1.1"), "2,25", "", COORDINATOR),
                "item.error.adjust.reason");
        assertRefused(() -> appraisals.adjust(roundId, item("1.1"), version("1.1"), "2,2", "Chậm", COORDINATOR),
                "assessment.score.error.step");
        appraisals.adjust(roundId, item("1.1"), version("1.1"), "2,25", "Một văn bản ban hành chậm", COORDINATOR);

        Map<String, Object> stored = jdbc.sql("""
                        select self_score, appraised_score, appraisal_reason, appraised_by, status from assessment_item where id = ?
                        """).param(item("1.1")).query().singleRow();
        assertThat((BigDecimal) stored.get("self_score")).as("the self-score stays beside").isEqualByComparingTo("2.75");
        assertThat((BigDecimal) stored.get("appraised_score")).isEqualByComparingTo("2.25");
        assertThat(stored).containsEntry("appraisal_reason", "Một văn bản ban hành chậm")
                .containsEntry("appraised_by", COORDINATOR.username()).containsEntry("status", "APPRAISED");

        appraisals.returnToUnit(roundId, item("2.1"), version("2.1"), "Bổ sung báo cáo năm", COORDINATOR);
        assertThat(fixtures.row(roundId, "2.1").status()).isEqualTo(ItemStatus.RETURNED);
        assertThat(fixtures.row(roundId, "2.1").appraisedScore()).isNull();

        assertThat(history.ofItem(item("1.1"))).extracting(AssessmentChange::getKind).containsExactly(
                AssessmentChangeKind.ADJUSTED, AssessmentChangeKind.SUBMITTED, AssessmentChangeKind.RECORDED);
        assertThat(history.ofItem(item("2.1"))).extracting(AssessmentChange::getKind).containsExactly(
                AssessmentChangeKind.RETURNED, AssessmentChangeKind.ACCEPTED, AssessmentChangeKind.SUBMITTED,
                AssessmentChangeKind.RECORDED);
        assertThat(history.ofItem(item("1.1")).get(0)).satisfies(change -> {
            assertThat(change.getChangedBy()).isEqualTo(COORDINATOR.username());
            assertThat(change.getChangedAt()).isNotNull();
            assertThat(change.fields()).extracting(f -> f.field() + "=" + f.before() + ">" + f.after())
                    .contains("item.appraisedScore=>2.25", "item.appraisalReason=>Một văn bản ban hành chậm");
        });
    }

    @Test
    void aDraftCannotBeAppraisedAndASurveyCriterionIsEstimatedWithItsBasis() {
        recording.record(roundId, item("1.1"), version("1.1"), record("2", List.of()), justiceStaff);
        assertRefused(() -> appraisals.accept(roundId, item("1.1"), version("1.1"), null, COORDINATOR),
                "item.error.appraise.notSubmitted");
        assertRefused(() -> appraisals.estimate(roundId, item("2.2"), version("2.2"), "8,5", " ", List.of(), COORDINATOR),
                "item.error.estimate.basis");
        assertRefused(() -> appraisals.estimate(roundId, item("2.2"), version("2.2"), "10,5", "SIPAS", List.of(), COORDINATOR),
                "assessment.score.error.aboveMax");
        long survey = fixtures.file(COORDINATOR, office.getId(), "Khảo sát.pdf", "3/BC-SNV");
        appraisals.estimate(roundId, item("2.2"), version("2.2"), "8,5", "Khảo sát quý III", List.of(survey), COORDINATOR);
        ItemRow estimated = fixtures.row(roundId, "2.2");
        assertThat(estimated.status()).isEqualTo(ItemStatus.ESTIMATED);
        assertThat(estimated.projected()).isEqualByComparingTo("8.5");
        assertThat(estimated.evidenceCount()).isEqualTo(1);
        assertThatThrownBy(() -> recording.record(roundId, item("2.2"), version("2.2"), record("1", List.of()), justiceStaff))
                .as("no unit answers for a survey criterion").isInstanceOf(RuntimeException.class);
    }

    @Test
    void aCoordinatingUnitAddsItsOwnFilesWhichTheResponsibleUnitMayThenRead() {
        long officeFile = fixtures.file(officeStaff, office.getId(), "Văn phòng phối hợp.pdf", "7/BC-VP");
        assertThat(evidenceAccess.canRead(justiceStaff, evidence.find(officeFile).orElseThrow())).isFalse();

        recording.contribute(roundId, item("1.1"), version("1.1"), List.of(officeFile), officeStaff);
        long ownFile = fixtures.file(justiceStaff, justice.getId(), "Sở Tư pháp.pdf", "8/BC-STP");
        recording.record(roundId, item("1.1"), version("1.1"), record("3", List.of(ownFile)), justiceStaff);

        assertThat(fixtures.row(roundId, "1.1").evidenceCount()).as("the lead's save keeps the office's file").isEqualTo(2);
        assertThat(evidenceAccess.canRead(justiceStaff, evidence.find(officeFile).orElseThrow())).isTrue();
        assertThatThrownBy(() -> recording.contribute(roundId, item("1.1"), version("1.1"), List.of(ownFile), officeStaff))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        refusal -> assertThat(refusal.getMessageKey()).isEqualTo("item.error.evidence.otherUnit"));
        assertThatThrownBy(() -> recording.record(roundId, item("1.1"), version("1.1"), record("3", List.of()), officeStaff))
                .as("a coordinating unit does not score").isInstanceOf(AccessDeniedException.class);
    }

    private long item(String code) {
        return fixtures.itemId(roundId, code);
    }

    private long version(String code) {
        return fixtures.version(roundId, code);
    }

    private String stamp() {
        return recording.unitPart(roundId, justice.getId()).stamp();
    }

    private void assertNothingRecorded(String code) {
        ItemRow row = fixtures.row(roundId, code);
        assertThat(row.selfScore()).isNull();
        assertThat(row.explained()).isFalse();
        assertThat(row.evidenceCount()).isZero();
        assertThat(history.ofItem(row.id())).isEmpty();
    }
}
