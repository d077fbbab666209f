package vn.reformtrack.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.reformtrack.assessment.AssessmentFixtures.COORDINATOR;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;
import vn.reformtrack.evidence.EvidenceStore;
import vn.reformtrack.identity.CurrentUser;
import vn.reformtrack.identity.Role;
import vn.reformtrack.indices.CatalogEditor;
import vn.reformtrack.indices.CriteriaEditor;
import vn.reformtrack.indices.FrameworkVersion;
import vn.reformtrack.indices.IndexSubject;
import vn.reformtrack.organization.Unit;
import vn.reformtrack.shared.web.RuleViolationException;
import vn.reformtrack.support.IndexTestData;
import vn.reformtrack.support.IntegrationTest;
import vn.reformtrack.support.TestData;

/** A round from opening to closing, read back from the database as stored. */
@IntegrationTest
@WithMockUser(roles = "COORDINATOR")
class RoundLifecycleTest {

    @Autowired TestData data;
    @Autowired JdbcClient jdbc;
    @Autowired CatalogEditor catalogEditor;
    @Autowired CriteriaEditor criteriaEditor;
    @Autowired RoundService rounds;
    @Autowired RoundQueries queries;
    @Autowired RecordingService recording;
    @Autowired EvidenceStore evidence;
    @Autowired AssessmentHistory history;
    @Autowired AssessmentRoundRepository roundRepository;
    @Autowired EntityManager entities;
    @Autowired TransactionTemplate transaction;
    @Autowired Clock clock;

    AssessmentFixtures fixtures;
    Unit justice;
    Unit office;
    AssessmentFixtures.Catalog catalog;
    LocalDate today;

    @BeforeEach
    void aCatalogOfItsOwn() {
        fixtures = new AssessmentFixtures(jdbc, catalogEditor, criteriaEditor, rounds, queries, evidence);
        justice = data.department("Sở Tư pháp");
        office = data.department("Văn phòng UBND tỉnh");
        catalog = fixtures.catalog(justice, office);
        today = LocalDate.now(clock);
    }

    @Test
    void openingARoundMakesOneItemPerLeafCriterionWithTheCatalogsUnitsAndSurveysEstimated() {
        AssessmentRound round = fixtures.open(catalog, 2025, today.plusDays(20));

        Map<String, Object> stored = jdbc.sql("select * from assessment_round where id = ?").param(round.getId()).query().singleRow();
        assertThat(stored).containsEntry("status", "PREPARING").containsEntry("subject_type", "PROVINCE")
                .containsEntry("year", 2025).containsEntry("subject_unit_id", null);
        List<Map<String, Object>> items = jdbc.sql("""
                        select c.code, i.entry, i.responsible_unit_id, i.status,
                               array_to_string(array(select unit_id from assessment_item_coordinating_unit u
                                                     where u.item_id = i.id), ',') as coordinating
                        from assessment_item i join criterion c on c.id = i.criterion_id
                        where i.round_id = ? order by c.code""")
                .param(round.getId()).query().listOfRows();
        assertThat(items).extracting(row -> row.get("code")).containsExactly("1.1", "1.2", "2.1", "2.2");
        assertThat(items).extracting(row -> row.get("entry")).containsExactly("UNIT", "UNIT", "UNIT", "ESTIMATE");
        assertThat(items).extracting(row -> row.get("responsible_unit_id"))
                .containsExactly(justice.getId(), office.getId(), justice.getId(), null);
        assertThat(items.get(0).get("coordinating")).isEqualTo(String.valueOf(office.getId()));
        assertThat(items).extracting(row -> row.get("status")).containsOnly("DRAFT");
        assertThat(history.ofRound(round.getId(), 10)).extracting(AssessmentChange::getKind)
                .containsExactly(AssessmentChangeKind.ROUND_OPENED);
    }

    @Test
    void aRoundIsOpenedOncePerMethodologyAndYearInsideTheMethodologysYearsWithADeadlineAhead() {
        fixtures.open(catalog, 2025, today.plusDays(20));
        assertRefused(() -> fixtures.open(catalog, 2025, today.plusDays(30)), "round.error.exists");
        assertRefused(() -> fixtures.open(catalog, 1999, today.plusDays(30)), "round.error.yearOutsideVersion");
        assertRefused(() -> fixtures.open(catalog, 2024, today.minusDays(1)), "round.error.deadlinePast");
        assertRefused(() -> fixtures.open(catalog, 2024, null), "round.error.deadlineMissing");
        assertThat(fixtures.open(catalog, 2024, today)).extracting(AssessmentRound::getYear).isEqualTo(2024);
    }

    @Test
    void unitsStartOnlyOnceEveryCriterionTheyRecordHasAUnit() {
        AssessmentRound round = fixtures.open(catalog, 2025, today.plusDays(20));
        ItemRow officeItem = fixtures.row(round.getId(), "1.2");
        rounds.assign(round.getId(), List.of(new AssignmentCommand(officeItem.id(), officeItem.lockVersion(), EntryMode.UNIT,
                null, Set.of())), COORDINATOR);

        assertRefused(() -> rounds.start(round.getId(), version(round), COORDINATOR), "round.error.start.unassigned");

        ItemRow unassigned = fixtures.row(round.getId(), "1.2");
        assertThat(unassigned.unassigned()).isTrue();
        rounds.assign(round.getId(), List.of(new AssignmentCommand(unassigned.id(), unassigned.lockVersion(), EntryMode.UNIT,
                justice.getId(), Set.of(office.getId()))), COORDINATOR);
        rounds.start(round.getId(), version(round), COORDINATOR);

        Map<String, Object> stored = jdbc.sql("select status, started_by from assessment_round where id = ?")
                .param(round.getId()).query().singleRow();
        assertThat(stored).containsEntry("status", "OPEN").containsEntry("started_by", COORDINATOR.username());
        assertThat(history.ofItem(unassigned.id())).extracting(AssessmentChange::getKind)
                .containsExactly(AssessmentChangeKind.ASSIGNED, AssessmentChangeKind.ASSIGNED);
        assertThat(history.ofItem(unassigned.id()).get(0).fields())
                .anySatisfy(field -> {
                    assertThat(field.field()).isEqualTo("item.responsibleUnit");
                    assertThat(field.after()).isEqualTo(justice.getName());
                });
    }

    @Test
    void assignmentsAreRefusedAsAWholeWhenOneCriterionWasAlreadySent() {
        AssessmentRound round = fixtures.started(catalog, 2025, today.plusDays(20));
        CurrentUser staff = AssessmentFixtures.user(data.user(Role.UNIT_STAFF, office.getId()));
        CurrentUser head = AssessmentFixtures.user(data.user(Role.UNIT_HEAD, office.getId()));
        recording.record(round.getId(), fixtures.itemId(round.getId(), "1.2"), fixtures.version(round.getId(), "1.2"),
                new RecordCommand("0", null, null, List.of()), staff);
        recording.submitUnitPart(round.getId(), recording.unitPart(round.getId(), office.getId()).stamp(), head);

        ItemRow sent = fixtures.row(round.getId(), "1.2");
        ItemRow other = fixtures.row(round.getId(), "2.1");
        assertThatThrownBy(() -> rounds.assign(round.getId(), List.of(
                        new AssignmentCommand(other.id(), other.lockVersion(), EntryMode.UNIT, office.getId(), Set.of()),
                        new AssignmentCommand(sent.id(), sent.lockVersion(), EntryMode.UNIT, justice.getId(), Set.of())),
                COORDINATOR))
                .isInstanceOfSatisfying(RuleViolationException.class, refusal -> {
                    assertThat(refusal.getMessageKey()).isEqualTo("assignment.error.refused");
                    assertThat(refusal.getArguments()[0]).isEqualTo("1.2");
                });
        assertThat(fixtures.row(round.getId(), "2.1").responsibleUnitId()).as("nothing half-saved").isEqualTo(justice.getId());
    }

    @Test
    void theSubjectOfARoundCanBeOneOfTheProvincesUnitsUnderItsInternalIndex() {
        IndexTestData indices = new IndexTestData(jdbc, catalogEditor, criteriaEditor);
        FrameworkVersion internal = indices.internalIndexWithVersion();
        indices.child(internal.getId(), indices.area(internal.getId(), "A", "10"), "A.1", "10");
        Unit commune = data.unit("Phường thử", vn.reformtrack.organization.UnitType.COMMUNE, null);

        AssessmentRound round = rounds.open(new OpenRoundCommand(internal.getId(), 2025, RoundSubject.unit(commune.getId()),
                today.plusDays(10)), COORDINATOR);

        transaction.executeWithoutResult(status -> {
            entities.clear();
            AssessmentRound read = roundRepository.findById(round.getId()).orElseThrow();
            assertThat(read.getSubjectType()).isEqualTo(IndexSubject.UNIT);
            assertThat(read.getSubjectUnitId()).isEqualTo(commune.getId());
        });
        assertThat(fixtures.row(round.getId(), "A.1").responsibleUnitId())
                .as("without a lead unit in the catalog, the unit scored answers for itself").isEqualTo(commune.getId());
        assertRefused(() -> rounds.open(new OpenRoundCommand(internal.getId(), 2026, RoundSubject.province(),
                today.plusDays(10)), COORDINATOR), "round.error.subjectMismatch");
        assertThat(queries.provinceRounds(2025)).extracting(RoundSummary::id).doesNotContain(round.getId());
    }

    @Test
    void aRoundBeingPreparedCanBeDiscardedAStartedOneOnlyClosedAndThenNothingChanges() {
        AssessmentRound mistaken = fixtures.open(catalog, 2023, today.plusDays(5));
        rounds.discard(mistaken.getId(), version(mistaken), COORDINATOR);
        assertThat(roundRepository.findById(mistaken.getId())).isEmpty();

        AssessmentRound round = fixtures.started(catalog, 2025, today.plusDays(5));
        assertRefused(() -> rounds.discard(round.getId(), version(round), COORDINATOR), "round.error.discard.started");
        rounds.changeDeadline(round.getId(), version(round), today.plusDays(9), COORDINATOR);
        rounds.close(round.getId(), version(round), COORDINATOR);
        assertThat(jdbc.sql("select deadline from assessment_round where id = ?").param(round.getId())
                .query(LocalDate.class).single()).isEqualTo(today.plusDays(9));

        CurrentUser staff = AssessmentFixtures.user(data.user(Role.UNIT_STAFF, justice.getId()));
        assertRefused(() -> recording.record(round.getId(), fixtures.itemId(round.getId(), "1.1"),
                fixtures.version(round.getId(), "1.1"), AssessmentFixtures.record("1", List.of()), staff), "round.error.closed");
        assertRefused(() -> rounds.changeDeadline(round.getId(), version(round), today.plusDays(20), COORDINATOR),
                "round.error.closed");
        assertThat(history.ofRound(round.getId(), 10)).extracting(AssessmentChange::getKind).containsExactly(
                AssessmentChangeKind.ROUND_CLOSED, AssessmentChangeKind.DEADLINE_CHANGED, AssessmentChangeKind.ROUND_STARTED,
                AssessmentChangeKind.ROUND_OPENED);
    }

    private long version(AssessmentRound round) {
        return roundRepository.findById(round.getId()).orElseThrow().getVersion();
    }

    static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(RuleViolationException.class,
                refusal -> assertThat(refusal.getMessageKey()).isEqualTo(key));
    }
}
