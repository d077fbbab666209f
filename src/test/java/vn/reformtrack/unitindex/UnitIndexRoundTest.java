package vn.reformtrack.unitindex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import vn.reformtrack.evidence.EvidenceStore;
import vn.reformtrack.identity.CurrentUser;
import vn.reformtrack.identity.Role;
import vn.reformtrack.shared.web.ConcurrentEditException;
import vn.reformtrack.shared.web.NotFoundException;
import vn.reformtrack.shared.web.RuleViolationException;
import vn.reformtrack.support.IntegrationTest;
import vn.reformtrack.support.TestData;

/**
 * A whole round through the services, on PostgreSQL: opening copies the sets into the units' sheets; units record and
 * submit under the evidence rule; the council appraises its areas only; preliminary results, an explanation raised and
 * one kept; the survey; the publication's figures, ranks and classes, read back from the stored results and worked
 * out by hand in each test.
 */
@IntegrationTest
@RecordApplicationEvents
@WithMockUser(roles = "COORDINATOR")
class UnitIndexRoundTest {

    @Autowired UnitGroups groups;
    @Autowired CriteriaSets sets;
    @Autowired UnitIndexRounds rounds;
    @Autowired UnitIndexCouncil council;
    @Autowired UnitScoring scoring;
    @Autowired UnitIndexAppraisal appraisal;
    @Autowired UnitIndexContests contests;
    @Autowired SurveyImport survey;
    @Autowired UnitResultQueries results;
    @Autowired UnitRoundQueries queries;
    @Autowired java.time.Clock clock;
    @Autowired SheetQueries sheetQueries;
    @Autowired EvidenceStore evidence;
    @Autowired JdbcClient jdbc;
    @Autowired TestData data;
    @Autowired ApplicationEvents events;

    UnitIndexFixtures fixtures;
    UnitIndexFixtures.World world;
    long roundId;
    CurrentUser justiceStaff;
    CurrentUser justiceHead;
    CurrentUser healthStaff;
    CurrentUser healthHead;
    CurrentUser communeStaff;
    CurrentUser communeHead;
    CurrentUser lawMember;
    CurrentUser otherMember;

    @BeforeEach
    void aRoundOfTwoDepartmentsAndACommune() {
        fixtures = new UnitIndexFixtures(groups, sets, rounds, council, scoring, appraisal, contests, survey, evidence,
                jdbc, data, clock);
        world = fixtures.world();
        roundId = fixtures.open(world).getId();
        justiceStaff = user(Role.UNIT_STAFF, world.justice().getId());
        justiceHead = user(Role.UNIT_HEAD, world.justice().getId());
        healthStaff = user(Role.UNIT_STAFF, world.health().getId());
        healthHead = user(Role.UNIT_HEAD, world.health().getId());
        communeStaff = user(Role.UNIT_STAFF, world.commune().getId());
        communeHead = user(Role.UNIT_HEAD, world.commune().getId());
        lawMember = user(Role.UNIT_STAFF, world.justice().getId());
        otherMember = user(Role.UNIT_STAFF, world.health().getId());
        List<CouncilArea> areas = council.areas(roundId);
        council.add(roundId, lawMember.id(), areas.stream().filter(a -> a.code().equals("1") || a.code().equals("5"))
                .map(CouncilArea::id).collect(Collectors.toSet()), null, UnitIndexFixtures.COORDINATOR);
        council.add(roundId, otherMember.id(), areas.stream().filter(a -> !a.code().equals("1") && !a.code().equals("5"))
                .map(CouncilArea::id).collect(Collectors.toSet()), null, UnitIndexFixtures.COORDINATOR);
    }

    @Test
    void openingGivesEveryUnitOfEachGroupItsSheetOfApplicableLeaves() {
        assertThat(count("select count(*) from unit_index_sheet where round_id = ?")).isEqualTo(3);
        // 8 leaves a set (1.1, 1.2, 2.1, 3.1, 4.1, 4.2, 5.1, 5.2) for each of 3 units.
        assertThat(count("select count(*) from unit_index_score where round_id = ?")).isEqualTo(24);
        Map<String, Object> bonus = jdbc.sql("""
                select s.part, s.max_points, s.pool_limit from unit_index_score s where s.id = ?""")
                .param(fixtures.scoreId(roundId, world.justice().getId(), "4.2")).query().singleRow();
        assertThat(bonus.get("part")).isEqualTo("BONUS");
        assertThat((BigDecimal) bonus.get("pool_limit")).isEqualByComparingTo("2");
        assertThatThrownBy(() -> fixtures.open(world)).isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("messageKey", "unitindex.round.error.exists");
    }

    @Test
    void aSetInUseIsFrozenAndOneWhoseChildrenExceedTheirParentIsRefused() {
        assertThatThrownBy(() -> fixtures.node(world.departmentSet(), null, "6", "Mới", "1", null, null, null))
                .hasFieldOrPropertyWithValue("messageKey", "unitindex.set.error.inUse");
        int year = UnitIndexFixtures.nextYear();
        long version = sets.create(world.departments().getId(), new vn.reformtrack.indices.VersionCommand(
                "Bộ mới " + TestData.unique("v"), "12/QĐ-UBND", null, year, null, null), UnitIndexFixtures.COORDINATOR).id();
        long area = fixtures.node(version, null, "1", "Lĩnh vực", "5", null, null, null);
        fixtures.node(version, area, "1.1", "Tiêu chí", "3", null, null, null);

        assertThatThrownBy(() -> fixtures.node(version, area, "1.2", "Tiêu chí thừa điểm", "3", null, null, null))
                .isInstanceOfSatisfying(RuleViolationException.class, refused -> {
                    assertThat(refused.getMessageKey()).isEqualTo("unitindex.set.problem.exceeds");
                    assertThat(refused.getArguments()).containsExactly("1", new BigDecimal("6.000"), new BigDecimal("5.000"));
                });
        assertThat(sets.ofVersion(version).nodes()).extracting(SetNode::code).containsExactly("1", "1.1");
        // Bonus lines may add up to more than their pool's limit: the limit caps them.
        long bonus = fixtures.node(version, null, "9", "Thưởng", "1", null, CriterionPart.BONUS, null);
        fixtures.node(version, bonus, "9.1", "Sáng kiến", "1", null, null, null);
        fixtures.node(version, bonus, "9.2", "Giải thưởng", "1", null, null, null);
        assertThat(sets.ofVersion(version).usable()).isTrue();
    }

    @Test
    void nextYearsSetIsACopyOfLastYearsWithItsKindsAndLastYearsSetEndsTheYearBefore() {
        int year = world.year() + 1;
        long copied = sets.copyLastYear(world.departments().getId(), new vn.reformtrack.indices.VersionCommand(
                "Bộ năm sau " + TestData.unique("v"), "15/QĐ-UBND", null, year, null, null), UnitIndexFixtures.COORDINATOR)
                .id();

        CriteriaSet next = sets.forYear(world.departments().getId(), year).orElseThrow();
        CriteriaSet last = sets.forYear(world.departments().getId(), world.year()).orElseThrow();
        assertThat(next.version().id()).isEqualTo(copied);
        assertThat(last.version().id()).isEqualTo(world.departmentSet());
        assertThat(last.version().validToYear()).isEqualTo(world.year());
        assertThat(next.nodes()).extracting(node -> node.code() + " " + node.part() + " " + node.guidance())
                .isEqualTo(last.nodes().stream().map(node -> node.code() + " " + node.part() + " " + node.guidance())
                        .toList());
        assertThat(next.nodes()).extracting(SetNode::id).doesNotContainAnyElementsOf(
                last.nodes().stream().map(SetNode::id).toList());
        assertThat(next.usable()).isTrue();
        // The copy is not in use: it changes; last year's does not.
        fixtures.node(copied, null, "6", "Lĩnh vực mới", "0", null, null, null);
        assertThat(sets.ofVersion(copied).nodes()).extracting(SetNode::code).contains("6");
    }

    @Test
    void aHeadCannotSubmitWhileACriterionIsUnscoredOrUnbackedAndTheRefusalNamesThem() {
        fixtures.record(roundId, justiceStaff, "1.1", "4", true);
        fixtures.record(roundId, justiceStaff, "1.2", "5,5", false);

        assertThatThrownBy(() -> fixtures.submit(roundId, justiceHead))
                .isInstanceOfSatisfying(RuleViolationException.class, refused -> {
                    assertThat(refused.getMessageKey()).isEqualTo("unitindex.submit.error.incomplete");
                    assertThat(refused.getArguments()).containsExactly("2.1", "1.2");
                });
        assertThatThrownBy(() -> fixtures.submit(roundId, justiceStaff)).isInstanceOf(
                org.springframework.security.access.AccessDeniedException.class);
        assertThat(status(world.justice().getId())).isEqualTo("DRAFT");

        long line = fixtures.scoreId(roundId, world.justice().getId(), "1.2");
        scoring.record(roundId, line, fixtures.version(line), new RecordCommand("5.5", "Cách chấm",
                "Hồ sơ giấy lưu tại đơn vị", List.of(), null, null), justiceStaff);
        fixtures.record(roundId, justiceStaff, "2.1", "0", false);
        fixtures.submit(roundId, justiceHead);

        assertThat(status(world.justice().getId())).isEqualTo("SUBMITTED");
        assertThat(events.stream(UnitSheetSubmitted.class)).hasSize(1);
        assertThatThrownBy(() -> fixtures.record(roundId, justiceStaff, "1.1", "3", false))
                .hasFieldOrPropertyWithValue("messageKey", "unitindex.sheet.error.submitted");
    }

    @Test
    void scoresOutsideTheMaximumOrOffTheStepAreRefusedAndNothingIsSaved() {
        assertThatThrownBy(() -> fixtures.record(roundId, justiceStaff, "1.1", "4.5", false))
                .hasFieldOrPropertyWithValue("messageKey", "assessment.score.error.aboveMax");
        assertThatThrownBy(() -> fixtures.record(roundId, justiceStaff, "1.1", "1.25", false))
                .hasFieldOrPropertyWithValue("messageKey", "assessment.score.error.step");
        assertThatThrownBy(() -> fixtures.record(roundId, justiceStaff, "1.1", "-1", false))
                .hasFieldOrPropertyWithValue("messageKey", "assessment.score.error.negative");
        assertThatThrownBy(() -> fixtures.record(roundId, justiceStaff, "5.1", "2,5", false))
                .hasFieldOrPropertyWithValue("messageKey", "assessment.score.error.aboveMax");
        assertThat(jdbc.sql("select count(*) from unit_index_score where round_id = ? and self_score is not null")
                .param(roundId).query(Long.class).single()).isZero();
    }

    @Test
    void recordingAfterTheDeadlineIsRefusedAndTheUnitIsLateAtOnce() {
        java.time.LocalDate today = java.time.LocalDate.now(clock);
        fixtures.timetable(roundId, today.minusDays(1), today.plusDays(5), today.plusDays(6), today.plusDays(10),
                today.plusDays(12));

        assertThatThrownBy(() -> fixtures.record(roundId, justiceStaff, "1.1", "4", false))
                .hasFieldOrPropertyWithValue("messageKey", "unitindex.sheet.error.pastDeadline");
        assertThat(queries.round(roundId).late()).isEqualTo(3);

        rounds.extend(roundId, world.justice().getId(), today.plusDays(2), UnitIndexFixtures.COORDINATOR);
        fixtures.record(roundId, justiceStaff, "1.1", "4", false);
        assertThat(queries.round(roundId).late()).isEqualTo(2);
    }

    /**
     * The rounds' counts (scores to appraise and appraised, sheets, submitted) are grouped once per round in one
     * statement: for every round of the shared database they equal a count round by round, as scores are recorded,
     * submitted and appraised; a round read alone equals its row among all.
     */
    @Test
    void everyRoundsCountsEqualACountRoundByRoundAsScoresAreRecordedAndAppraised() {
        everyRoundRecounts();
        fixtures.record(roundId, healthStaff, "1.1", "3", true);
        fixtures.record(roundId, healthStaff, "1.2", "5", true);
        fixtures.record(roundId, healthStaff, "2.1", "8", true);
        everyRoundRecounts();
        fixtures.submit(roundId, healthHead);
        fixtures.accept(roundId, world.health().getId(), "1.1", lawMember);
        everyRoundRecounts();
        assertThat(queries.round(roundId).appraised()).isEqualTo(1);
    }

    private void everyRoundRecounts() {
        List<RoundRow> all = queries.rounds();
        assertThat(all).extracting(RoundRow::id).contains(roundId);
        for (RoundRow row : all) {
            long id = row.id();
            String needs = " from unit_index_score s where s.round_id = ? and " + UnitRoundQueries.NEEDS_APPRAISAL;
            assertThat(row.toAppraise()).as("round %d to appraise", id).isEqualTo(count("select count(*)" + needs, id));
            assertThat(row.appraised()).as("round %d appraised", id)
                    .isEqualTo(count("select count(*)" + needs + " and s.appraisal <> 'PENDING'", id));
            assertThat(row.units()).as("round %d sheets", id)
                    .isEqualTo(count("select count(*) from unit_index_sheet where round_id = ?", id));
            assertThat(row.submitted()).as("round %d submitted", id).isEqualTo(
                    count("select count(*) from unit_index_sheet where round_id = ? and status = 'SUBMITTED'", id));
            assertThat(queries.round(id)).as("round %d alone", id).isEqualTo(row);
        }
    }

    @Test
    void aUnitTouchesOnlyItsOwnLinesAndAMemberOnlyTheirAreas() {
        long healthLine = fixtures.scoreId(roundId, world.health().getId(), "1.1");
        assertThatThrownBy(() -> scoring.record(roundId, healthLine, 0, new RecordCommand("1", null, null, null, null,
                null), justiceStaff)).isInstanceOf(NotFoundException.class);
        long justiceFile = fixtures.file(justiceStaff, world.justice().getId(), "Của Sở Tư pháp.pdf");
        long ownLine = fixtures.scoreId(roundId, world.health().getId(), "1.2");
        assertThatThrownBy(() -> scoring.record(roundId, ownLine, fixtures.version(ownLine), new RecordCommand("1", null,
                null, List.of(justiceFile), null, null), healthStaff))
                .hasFieldOrPropertyWithValue("messageKey", "unitindex.score.error.evidence");

        fixtures.record(roundId, healthStaff, "1.1", "3", true);
        fixtures.record(roundId, healthStaff, "1.2", "5", true);
        fixtures.record(roundId, healthStaff, "2.1", "8", true);
        fixtures.submit(roundId, healthHead);

        assertThatThrownBy(() -> fixtures.accept(roundId, world.health().getId(), "2.1", lawMember))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> fixtures.accept(roundId, world.health().getId(), "1.1", otherMember))
                .isInstanceOf(NotFoundException.class);
        fixtures.accept(roundId, world.health().getId(), "1.1", lawMember);
        // Not submitted and still within its deadline: nothing to appraise yet.
        assertThatThrownBy(() -> fixtures.accept(roundId, world.justice().getId(), "2.1", otherMember))
                .hasFieldOrPropertyWithValue("messageKey", "unitindex.appraisal.error.notSubmitted");
    }

    @Test
    void twoMembersSavingOneLineAtOnceTheSecondIsRefusedAndTheFirstKept() {
        fixtures.record(roundId, healthStaff, "1.1", "3", true);
        fixtures.record(roundId, healthStaff, "1.2", "5", true);
        fixtures.record(roundId, healthStaff, "2.1", "8", true);
        fixtures.submit(roundId, healthHead);
        long line = fixtures.scoreId(roundId, world.health().getId(), "1.2");
        long seen = fixtures.version(line);
        appraisal.set(roundId, line, seen, "4", "Thiếu báo cáo quý IV", lawMember);

        assertThatThrownBy(() -> appraisal.set(roundId, line, seen, "4,5", "Khác", UnitIndexFixtures.COORDINATOR))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(jdbc.sql("select appraised_score from unit_index_score where id = ?").param(line)
                .query(BigDecimal.class).single()).isEqualByComparingTo("4");
        assertThatThrownBy(() -> fixtures.set(roundId, world.health().getId(), "1.1", "2", " ", lawMember))
                .hasFieldOrPropertyWithValue("messageKey", "unitindex.appraisal.error.reason");
    }

    @Test
    void aMemberAcceptsAUnitsWholeAreaAtOnceAsThePageShowedIt() {
        fixtures.record(roundId, healthStaff, "1.1", "3", true);
        fixtures.record(roundId, healthStaff, "1.2", "5", true);
        fixtures.record(roundId, healthStaff, "2.1", "8", true);
        fixtures.submit(roundId, healthHead);
        long area = fixtures.areaId(roundId, world.health().getId(), "1.1");
        long a = fixtures.scoreId(roundId, world.health().getId(), "1.1");
        long b = fixtures.scoreId(roundId, world.health().getId(), "1.2");
        Map<Long, Long> seen = Map.of(a, fixtures.version(a), b, fixtures.version(b));
        // A page that did not show a line still waiting is out of date: nothing is accepted.
        assertThatThrownBy(() -> appraisal.acceptArea(roundId, world.health().getId(), area,
                Map.of(b, fixtures.version(b)), lawMember)).isInstanceOf(ConcurrentEditException.class);
        assertThat(appraisalOf(a)).isEqualTo("PENDING");
        // Set meanwhile by someone else: it keeps that score; the rest is accepted.
        fixtures.set(roundId, world.health().getId(), "1.2", "4", "Thiếu tài liệu", lawMember);

        int accepted = appraisal.acceptArea(roundId, world.health().getId(), area, seen, lawMember);
        assertThat(accepted).isEqualTo(1);
        assertThat(appraisalOf(a)).isEqualTo("ACCEPTED");
        assertThat(appraisalOf(b)).isEqualTo("SET");
    }

    @Test
    void aWholeRoundPublishesTheHandCountedIndicesRanksAndClasses() {
        long justice = world.justice().getId();
        long health = world.health().getId();
        long commune = world.commune().getId();
        // Sở Tư pháp: 1.1 4, 1.2 6 (set 5), 2.1 9, survey 80 % → 8, bonus 1 + 2 (limit 2), deduction 5.1 set 1.
        for (String[] line : new String[][] {{"1.1", "4"}, {"1.2", "6"}, {"2.1", "9"}, {"4.1", "1"}, {"4.2", "2"}}) {
            fixtures.record(roundId, justiceStaff, line[0], line[1], true);
        }
        fixtures.submit(roundId, justiceHead);
        // The council hears of a submitted sheet, but not a member of that unit, who may not appraise it.
        String queue = "/unit-index/rounds/" + roundId + "/queue";
        assertThat(notices(otherMember)).containsExactly("UNIT_INDEX_SHEET_SUBMITTED " + queue);
        assertThat(notices(lawMember)).isEmpty();
        // Sở Y tế: area 2 not applicable; 1.1 3.5, 1.2 6 (set 5, raised back to 6 on explanation), survey 90 % → 9.
        rounds.exclude(roundId, List.of(health), world(health, "2"), "Không có thủ tục hành chính",
                UnitIndexFixtures.COORDINATOR);
        fixtures.record(roundId, healthStaff, "1.1", "3.5", true);
        fixtures.record(roundId, healthStaff, "1.2", "6", true);
        fixtures.submit(roundId, healthHead);
        assertThat(notices(lawMember)).containsExactly("UNIT_INDEX_SHEET_SUBMITTED " + queue);
        // Xã Tiên Yên: everything full, survey 100 %; deduction 5.1 set 2.
        for (String[] line : new String[][] {{"1.1", "4"}, {"1.2", "6"}, {"2.1", "10"}}) {
            fixtures.record(roundId, communeStaff, line[0], line[1], true);
        }
        fixtures.submit(roundId, communeHead);

        // Sở Tư pháp's own member does not appraise Sở Tư pháp: Home Affairs does.
        assertThatThrownBy(() -> fixtures.accept(roundId, justice, "1.1", lawMember))
                .hasFieldOrPropertyWithValue("messageKey", "unitindex.appraisal.error.ownUnit");
        fixtures.accept(roundId, justice, "1.1", UnitIndexFixtures.COORDINATOR);
        fixtures.set(roundId, justice, "1.2", "5", "Chưa theo dõi đủ các lĩnh vực", UnitIndexFixtures.COORDINATOR);
        fixtures.accept(roundId, justice, "2.1", otherMember);
        fixtures.accept(roundId, justice, "4.1", otherMember);
        fixtures.accept(roundId, justice, "4.2", otherMember);
        fixtures.set(roundId, justice, "5.1", "1", "Chậm báo cáo quý II", UnitIndexFixtures.COORDINATOR);
        fixtures.accept(roundId, health, "1.1", lawMember);
        assertThatThrownBy(() -> rounds.publishPreliminary(roundId, roundVersion(), UnitIndexFixtures.COORDINATOR))
                .isInstanceOfSatisfying(RuleViolationException.class, refused -> assertThat(refused.getArguments()[0])
                        .isEqualTo(2));
        fixtures.set(roundId, health, "1.2", "5", "Thiếu kết quả kiểm tra", lawMember);
        for (String code : List.of("1.1", "1.2")) {
            fixtures.accept(roundId, commune, code, lawMember);
        }
        fixtures.accept(roundId, commune, "2.1", otherMember);
        fixtures.set(roundId, commune, "5.1", "2", "Chậm báo cáo năm", lawMember);

        rounds.publishPreliminary(roundId, roundVersion(), UnitIndexFixtures.COORDINATOR);
        assertThat(events.stream(UnitIndexPreliminaryPublished.class)).singleElement()
                .satisfies(event -> assertThat(event.unitIds()).containsExactlyInAnyOrder(justice, health, commune));
        assertThat(events.stream(ExplanationWindowOpened.class)).isEmpty();
        String justiceSheet = "/unit-index/rounds/" + roundId + "/units/" + justice;
        assertThat(notices(justiceHead)).containsExactly("UNIT_INDEX_PRELIMINARY " + justiceSheet);
        assertThat(notices(justiceStaff)).containsExactly("UNIT_INDEX_PRELIMINARY " + justiceSheet);

        long contested = fixtures.scoreId(roundId, health, "1.2");
        assertThatThrownBy(() -> contests.raise(roundId, contested, "Đã có kết quả kiểm tra", List.of(), healthHead))
                .hasFieldOrPropertyWithValue("messageKey", "unitindex.contest.error.window");
        fixtures.windowOpen(roundId);
        rounds.announceOpenWindows();
        assertThat(events.stream(ExplanationWindowOpened.class)).hasSize(1);
        // Heads sign explanations: they are told the window is open, their staff are not.
        assertThat(notices(healthHead)).endsWith("UNIT_INDEX_EXPLANATIONS_OPEN /unit-index/rounds/" + roundId
                + "/units/" + health);
        assertThat(notices(healthStaff)).noneMatch(notice -> notice.startsWith("UNIT_INDEX_EXPLANATIONS_OPEN"));
        long file = fixtures.file(healthStaff, health, "Kết quả kiểm tra bổ sung.pdf");
        assertThatThrownBy(() -> contests.raise(roundId, contested, "Giải trình", List.of(), healthStaff))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        Contest raised = contests.raise(roundId, contested, "Đơn vị đã có kết quả kiểm tra, gửi kèm", List.of(file),
                healthHead);
        Contest kept = contests.raise(roundId, fixtures.scoreId(roundId, justice, "1.2"), "Đề nghị giữ 6 điểm",
                List.of(), justiceHead);
        assertThatThrownBy(() -> rounds.publish(roundId, roundVersion(), decision(), UnitIndexFixtures.COORDINATOR))
                .hasFieldOrPropertyWithValue("messageKey", "unitindex.publish.error.openContests");
        assertThatThrownBy(() -> contests.keep(roundId, raised.getId(), 0, "Giữ", otherMember))
                .isInstanceOf(NotFoundException.class);
        contests.change(roundId, raised.getId(), 0, "6", "Tài liệu bổ sung đủ căn cứ", lawMember);
        assertThatThrownBy(() -> contests.keep(roundId, kept.getId(), 0, "Giữ", lawMember))
                .hasFieldOrPropertyWithValue("messageKey", "unitindex.appraisal.error.ownUnit");
        contests.keep(roundId, kept.getId(), 0, "Tài liệu không thay đổi kết quả", UnitIndexFixtures.COORDINATOR);

        fixtures.windowClosed(roundId);
        assertThatThrownBy(() -> contests.raise(roundId, fixtures.scoreId(roundId, commune, "1.1"), "Muộn", List.of(),
                communeHead)).hasFieldOrPropertyWithValue("messageKey", "unitindex.contest.error.window");
        assertThatThrownBy(() -> rounds.publish(roundId, roundVersion(), decision(), UnitIndexFixtures.COORDINATOR))
                .hasFieldOrPropertyWithValue("messageKey", "unitindex.publish.error.survey");
        fixtures.importSurvey(roundId, new String[] {world.justice().getCode(), "3.1", "80", "350"},
                new String[] {world.health().getCode(), "3.1", "90", "1.200"},
                new String[] {world.commune().getName(), "3.1", "100", "200"});

        rounds.publish(roundId, roundVersion(), decision(), UnitIndexFixtures.COORDINATOR);

        assertThat(notices(communeStaff)).endsWith("UNIT_INDEX_PUBLISHED /unit-index/rounds/" + roundId + "/results");
        assertThat(jdbc.sql("select text_vi from notification where recipient_id = ? and kind = 'UNIT_INDEX_PUBLISHED'")
                .param(communeHead.id()).query(String.class).single()).contains("năm " + world.year(),
                decision().number());
        Map<Long, PublishedRow> published = results.published(roundId).stream()
                .collect(Collectors.toMap(PublishedRow::unitId, Function.identity()));
        // Sở Tư pháp: (4 + 5 + 9 + 8) / 30 = 86.6667 + 2 (bonus 3, limit 2) − 1 = 87.67, 2nd, Tốt.
        assertThat(published.get(justice).index()).isEqualByComparingTo("87.67");
        assertThat(published.get(justice).bonusClaimed()).isEqualByComparingTo("3");
        assertThat(published.get(justice).bonus()).isEqualByComparingTo("2");
        assertThat(published.get(justice).deduction()).isEqualByComparingTo("1");
        assertThat(published.get(justice).selfTotal()).isEqualByComparingTo("19");
        assertThat(published.get(justice).appraisedTotal()).isEqualByComparingTo("18");
        assertThat(published.get(justice).rank()).isEqualTo(2);
        assertThat(published.get(justice).indexClass()).isEqualTo(IndexClass.GOOD);
        // Sở Y tế: (3.5 + 6 + 9) / 20 (area 2 not applicable) = 92.50, 1st, Xuất sắc.
        assertThat(published.get(health).index()).isEqualByComparingTo("92.50");
        assertThat(published.get(health).reachableMax()).isEqualByComparingTo("20");
        assertThat(published.get(health).rank()).isEqualTo(1);
        assertThat(published.get(health).rankOf()).isEqualTo(2);
        assertThat(published.get(health).indexClass()).isEqualTo(IndexClass.EXCELLENT);
        // Xã Tiên Yên: 30 / 30 = 100 − 2 = 98.00, 1st of 1.
        assertThat(published.get(commune).index()).isEqualByComparingTo("98.00");
        assertThat(published.get(commune).rankOf()).isEqualTo(1);
        assertThat(events.stream(UnitIndexPublished.class)).hasSize(1);
        assertThatThrownBy(() -> fixtures.set(roundId, commune, "1.1", "3", "Muộn", lawMember))
                .hasFieldOrPropertyWithValue("messageKey", "unitindex.appraisal.error.closed");
        assertThat(results.areas(roundId, justice)).extracting(AreaComparison::code, AreaComparison::lost,
                        AreaComparison::groupMedianLost, AreaComparison::groupBestLost)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("1", new BigDecimal("1.0000"), new BigDecimal("0.7500"),
                                new BigDecimal("0.5000")),
                        org.assertj.core.groups.Tuple.tuple("2", new BigDecimal("1.0000"), new BigDecimal("1.0000"),
                                new BigDecimal("1.0000")),
                        org.assertj.core.groups.Tuple.tuple("3", new BigDecimal("2.0000"), new BigDecimal("1.5000"),
                                new BigDecimal("1.0000")));
    }

    private long world(long unitId, String areaCode) {
        return jdbc.sql("""
                select c.id from criterion c join unit_index_sheet sh on sh.version_id = c.version_id
                where sh.round_id = ? and sh.unit_id = ? and c.code = ?""")
                .param(roundId).param(unitId).param(areaCode).query(Long.class).single();
    }

    private Decision decision() {
        return new Decision("125/QĐ-UBND", java.time.LocalDate.now(clock), "Nguyễn Văn A", "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH");
    }

    private long roundVersion() {
        return jdbc.sql("select version from unit_index_round where id = ?").param(roundId).query(Long.class).single();
    }

    private String status(long unitId) {
        return jdbc.sql("select status from unit_index_sheet where round_id = ? and unit_id = ?").param(roundId)
                .param(unitId).query(String.class).single();
    }

    private String appraisalOf(long scoreId) {
        return jdbc.sql("select appraisal from unit_index_score where id = ?").param(scoreId).query(String.class).single();
    }

    private long count(String sql) {
        return count(sql, roundId);
    }

    private long count(String sql, long round) {
        return jdbc.sql(sql).param(round).query(Long.class).single();
    }

    /** The user's notifications, oldest first, as "KIND link". */
    private List<String> notices(CurrentUser user) {
        return jdbc.sql("select kind || ' ' || link from notification where recipient_id = ? order by id")
                .param(user.id()).query(String.class).list();
    }

    private CurrentUser user(Role role, long unitId) {
        return UnitIndexFixtures.user(data.user(role, unitId));
    }
}
