package vn.reformtrack.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.reformtrack.assessment.AssessmentFixtures.COORDINATOR;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.PlatformTransactionManager;
import vn.reformtrack.evidence.EvidenceStore;
import vn.reformtrack.identity.CurrentUser;
import vn.reformtrack.identity.Role;
import vn.reformtrack.indices.CatalogEditor;
import vn.reformtrack.indices.CriteriaEditor;
import vn.reformtrack.indices.IndexCatalog;
import vn.reformtrack.organization.Unit;
import vn.reformtrack.planning.Plan;
import vn.reformtrack.planning.PlanCommand;
import vn.reformtrack.planning.PlanService;
import vn.reformtrack.planning.PlanTarget;
import vn.reformtrack.planning.PlanningFixtures;
import vn.reformtrack.planning.TargetCommand;
import vn.reformtrack.planning.TargetComparison;
import vn.reformtrack.planning.TargetMetric;
import vn.reformtrack.planning.TargetService;
import vn.reformtrack.results.ResultCommand;
import vn.reformtrack.results.ResultEditor;
import vn.reformtrack.support.IntegrationTest;
import vn.reformtrack.support.TestData;
import vn.reformtrack.support.VersionRows;

/**
 * A round's page is given again, the same objects, while the assessment version (V182) has not moved, and read again
 * once a criterion is recorded, appraised or renamed, or a unit renamed, whatever wrote it: every statement on what the
 * page reads moves the version in its own transaction. A unit user's page is their unit's part, never the province's.
 */
@IntegrationTest
@WithMockUser(roles = "COORDINATOR")
class RoundPageKeptTest {

    @Autowired TestData data;
    @Autowired JdbcClient jdbc;
    @Autowired PlatformTransactionManager transactions;
    @Autowired CatalogEditor catalogEditor;
    @Autowired CriteriaEditor criteriaEditor;
    @Autowired RoundService rounds;
    @Autowired RoundQueries queries;
    @Autowired RoundPages pages;
    @Autowired RecordingService recording;
    @Autowired AppraisalService appraisals;
    @Autowired AssessmentHistory history;
    @Autowired EvidenceStore evidence;
    @Autowired IndexCatalog catalog;
    @Autowired AssessmentQueries projections;
    @Autowired PlanService plans;
    @Autowired TargetService targets;
    @Autowired ResultEditor results;
    @Autowired Clock clock;

    AssessmentFixtures fixtures;
    Unit justice;
    Unit office;
    CurrentUser justiceStaff;
    CurrentUser justiceHead;
    long roundId;

    @BeforeEach
    void anOpenRound() {
        fixtures = new AssessmentFixtures(jdbc, catalogEditor, criteriaEditor, rounds, queries, evidence);
        justice = data.department("Sở Tư pháp");
        office = data.department("Văn phòng UBND tỉnh");
        justiceStaff = AssessmentFixtures.user(data.user(Role.UNIT_STAFF, justice.getId()));
        justiceHead = AssessmentFixtures.user(data.user(Role.UNIT_HEAD, justice.getId()));
        roundId = fixtures.started(fixtures.catalog(justice, office), 2025, LocalDate.now(clock).plusDays(14)).getId();
    }

    @Test
    void thePageIsGivenAgainUntilACriterionIsRecordedAndThenEqualsAFreshRead() {
        RoundPages.RoundPage first = pages.page(roundId, COORDINATOR, 50);
        RoundPages.RoundPage again = pages.page(roundId, COORDINATOR, 50);
        assertThat(again.items()).as("nothing changed: the kept criteria").isSameAs(first.items());
        assertThat(again.progress()).isSameAs(first.progress());
        assertThat(again.history()).isSameAs(first.history());
        assertThat(again.round()).isSameAs(first.round());

        long file = fixtures.file(justiceStaff, justice.getId(), "Báo cáo 7.pdf", "7/BC-STP");
        recording.record(roundId, fixtures.itemId(roundId, "1.1"), fixtures.version(roundId, "1.1"),
                AssessmentFixtures.record("2", List.of(file)), justiceStaff);

        RoundPages.RoundPage recorded = pages.page(roundId, COORDINATOR, 50);
        assertThat(recorded.items()).isNotSameAs(first.items()).isEqualTo(fresh(COORDINATOR));
        assertThat(row(recorded, "1.1").selfScore()).isEqualByComparingTo("2");
        assertThat(row(recorded, "1.1").evidenceCount()).isEqualTo(1);
        assertThat(recorded.progress()).isEqualTo(queries.progress(recorded.items()));
        assertThat(recorded.history()).hasSize(history.latestOfRound(roundId, 50).changes().size())
                .hasSizeGreaterThan(first.history().size());
        assertThat(recorded.historyTotal()).isEqualTo(first.historyTotal() + 1);
    }

    /**
     * The projection a province-wide reader sees is kept per round too, and computed again, equal to a fresh
     * computation, after a plan's target is added, changed or removed, last year's published result is entered, or a
     * criterion is recorded: each moves a stamp the kept projection was made at.
     */
    @Test
    void theProjectionIsGivenAgainUntilATargetAResultOrACriterionChanges() {
        AssessmentFixtures.Catalog index = fixtures.catalog(justice, office);
        long indexRound = fixtures.started(index, 2025, LocalDate.now(clock).plusDays(14)).getId();
        long frameworkId = catalog.framework(index.frameworkCode()).orElseThrow().id();
        Projection first = projection(indexRound);
        assertThat(projection(indexRound)).as("nothing changed: the kept projection").isSameAs(first);
        assertThat(first.targets()).isEmpty();

        Plan plan = plans.create(new PlanCommand(PlanningFixtures.uniqueNumber(), "Kế hoạch nâng cao chỉ số thử 2025",
                "UBND tỉnh thử", null, LocalDate.of(2025, 2, 1), 2025, Set.of(frameworkId)), COORDINATOR);
        PlanTarget target = targets.add(plan.getId(), new TargetCommand(frameworkId, TargetMetric.TOTAL_SCORE,
                TargetComparison.AT_LEAST, new BigDecimal("14"), null, null, null), COORDINATOR);
        Projection targeted = projection(indexRound);
        assertThat(targeted.targets()).extracting(line -> line.target().value().stripTrailingZeros().toPlainString())
                .containsExactly("14");
        assertThat(targeted).isEqualTo(fresh(indexRound));

        targets.update(plan.getId(), target.getId(), target.getVersion(), new TargetCommand(frameworkId,
                TargetMetric.TOTAL_SCORE, TargetComparison.AT_LEAST, new BigDecimal("12"), null, null, null), COORDINATOR);
        Projection changed = projection(indexRound);
        assertThat(changed.targets()).extracting(line -> line.target().value().stripTrailingZeros().toPlainString())
                .containsExactly("12");
        assertThat(changed).isEqualTo(fresh(indexRound));

        results.create(index.frameworkCode(), 2024, new ResultCommand("22", new BigDecimal("15.5"), null, null, 5,
                "Bảng thử", null));
        Projection published = projection(indexRound);
        assertThat(published.previous().total()).isEqualByComparingTo("15.5");
        assertThat(published).isEqualTo(fresh(indexRound));

        PlanTarget current = targets.get(plan.getId(), target.getId());
        targets.remove(plan.getId(), target.getId(), current.getVersion(), COORDINATOR);
        assertThat(projection(indexRound).targets()).isEmpty();

        recording.record(indexRound, fixtures.itemId(indexRound, "1.1"), fixtures.version(indexRound, "1.1"),
                AssessmentFixtures.record("2", List.of(fixtures.file(justiceStaff, justice.getId(), "Báo cáo 8.pdf",
                        "8/BC-STP"))), justiceStaff);
        Projection recorded = projection(indexRound);
        assertThat(recorded.total()).isEqualByComparingTo(published.total().add(new BigDecimal("2")));
        assertThat(recorded).isEqualTo(fresh(indexRound));
        assertThat(projection(indexRound)).isSameAs(recorded);
    }

    private Projection projection(long id) {
        return pages.page(id, COORDINATOR, 50).projection();
    }

    private Projection fresh(long id) {
        return projections.projection(id).orElseThrow();
    }

    @Test
    void aNewDeadlineOrARenamedIndexShowsOnTheNextView() {
        RoundSummary first = pages.page(roundId, COORDINATOR, 50).round();
        LocalDate later = first.deadline().plusDays(7);
        rounds.changeDeadline(roundId, first.lockVersion(), later, COORDINATOR);
        RoundSummary moved = pages.page(roundId, COORDINATOR, 50).round();
        assertThat(moved.deadline()).isEqualTo(later);
        assertThat(moved).isEqualTo(rounds.summary(roundId, COORDINATOR));

        jdbc.sql("update index_framework set name_vi = name_vi || ' (mới)' where id = :id")
                .param("id", moved.frameworkId()).update();
        assertThat(pages.page(roundId, COORDINATOR, 50).round().frameworkNameVi()).endsWith(" (mới)");
    }

    @Test
    void aRenamedUnitOrCriterionShowsOnTheNextView() {
        RoundPages.RoundPage first = pages.page(roundId, COORDINATOR, 50);
        String unitName = row(first, "1.1").responsibleUnitName();
        jdbc.sql("update criterion set name_vi = 'Tên mới' where id = :id")
                .param("id", row(first, "1.1").criterionId()).update();
        jdbc.sql("update unit set name = name || ' (mới)' where id = :id").param("id", justice.getId()).update();
        try {
            RoundPages.RoundPage renamed = pages.page(roundId, COORDINATOR, 50);
            assertThat(row(renamed, "1.1").responsibleUnitName()).isEqualTo(unitName + " (mới)");
            assertThat(row(renamed, "1.1").nameVi()).isEqualTo("Tên mới");
            assertThat(renamed.items()).isEqualTo(fresh(COORDINATOR));
        } finally {
            jdbc.sql("update unit set name = :name where id = :id").param("name", unitName)
                    .param("id", justice.getId()).update();
        }
    }

    @Test
    void aUnitUsersPageIsTheirUnitsPartNeverTheProvincesKeptOne() {
        pages.page(roundId, COORDINATOR, 50);

        RoundPages.RoundPage own = pages.page(roundId, justiceHead, 50);

        assertThat(own.items()).isNotEmpty().isEqualTo(fresh(justiceHead))
                .allSatisfy(row -> assertThat(row.responsibleUnitId().equals(justice.getId())
                        || row.coordinatingUnitIds().contains(justice.getId())).isTrue());
        assertThat(own.items()).hasSizeLessThan(pages.page(roundId, COORDINATOR, 50).items().size());
        assertThat(own.history()).isNull();
        assertThat(own.progress()).extracting(UnitProgress::unitId).containsOnly(justice.getId());
        assertThat(pages.page(roundId, justiceHead, 50).items()).isSameAs(own.items());
    }

    @Test
    void everyStatementOnWhatThePageReadsMovesTheVersionAndNothingElseDoes() {
        VersionRows versions = new VersionRows(jdbc, transactions);
        long item = fixtures.itemId(roundId, "1.1");

        assertThat(versions.moves("assessment_version", "update assessment_round set deadline = deadline where id = "
                + roundId)).as("a round edited").isTrue();
        assertThat(versions.moves("assessment_version", "update assessment_item set self_score = 1 where id = " + item))
                .as("a criterion recorded").isTrue();
        assertThat(versions.moves("assessment_version", "delete from assessment_item_coordinating_unit where item_id = "
                + item)).as("helping units removed").isTrue();
        assertThat(versions.moves("assessment_version", "delete from assessment_item_evidence where item_id = " + item))
                .as("evidence removed").isTrue();
        assertThat(versions.moves("assessment_version", "delete from assessment_change where round_id = " + roundId))
                .as("history removed").isTrue();
        assertThat(versions.moves("assessment_version", "update unit set name = name where id = " + justice.getId()))
                .as("a unit renamed").isTrue();
        assertThat(versions.moves("assessment_version", "update user_account set full_name = full_name where false"))
                .as("a person renamed").isTrue();
        assertThat(versions.moves("assessment_version", "update criterion set code = code where false"))
                .as("a criterion edited").isTrue();
        assertThat(versions.moves("assessment_version", "update user_account set last_login_at = now() where false"))
                .as("a sign-in").isFalse();
        assertThat(versions.moves("assessment_version", "update plan set title = title where false"))
                .as("a plan").isFalse();
        assertThat(versions.moves("assessment_version", "update index_result set total = total where false"))
                .as("a published result").isFalse();
    }

    private List<ItemRow> fresh(CurrentUser user) {
        RoundSummary round = rounds.summary(roundId, user);
        return queries.items(roundId, catalog.tree(round.versionId()), user);
    }

    private static ItemRow row(RoundPages.RoundPage page, String code) {
        return page.items().stream().filter(row -> row.code().equals(code)).findFirst().orElseThrow();
    }
}
