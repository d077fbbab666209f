package vn.reformtrack.unitindex.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import vn.reformtrack.identity.CurrentUser;
import vn.reformtrack.identity.Role;
import vn.reformtrack.identity.UserAccount;
import vn.reformtrack.shared.web.RuleViolationException;
import vn.reformtrack.support.IntegrationTest;
import vn.reformtrack.support.TestData;
import vn.reformtrack.unitindex.CouncilArea;
import vn.reformtrack.unitindex.CouncilProposals;
import vn.reformtrack.unitindex.MemberProgress;
import vn.reformtrack.unitindex.UnitIndexAppraisal;
import vn.reformtrack.unitindex.UnitIndexCouncil;
import vn.reformtrack.unitindex.UnitIndexFixtures;
import vn.reformtrack.unitindex.UnitIndexRounds;
import vn.reformtrack.unitindex.UnitRoundQueries;

/**
 * The council's rules: it is proposed from the departments that own the areas; a person of another department is named
 * for an area only with the chair's recorded reason; and nobody but the chair appraises their own unit's lines (another
 * member or the chair does). Area 1 of the test sets is owned by Sở Tư pháp, the other areas by nobody.
 */
@IntegrationTest
@WithMockUser(roles = "COORDINATOR")
class UnitIndexCouncilTest {

    @Autowired ApplicationContext context;
    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired JdbcClient jdbc;
    @Autowired UnitIndexRounds rounds;
    @Autowired UnitIndexCouncil council;
    @Autowired CouncilProposals proposalsOf;
    @Autowired UnitIndexAppraisal appraisal;
    @Autowired UnitRoundQueries queries;

    UnitIndexFixtures fixtures;
    UnitIndexFixtures.World world;
    long roundId;
    UserAccount chair;
    UserAccount justiceStaff;
    UserAccount healthStaff;
    Set<Long> ownedAreas;
    Set<Long> unownedArea;

    @BeforeEach
    void aRoundChairedByAHomeAffairsCoordinator() {
        fixtures = UnitIndexFixtures.of(context);
        world = fixtures.world();
        roundId = fixtures.open(world).getId();
        chair = data.user(Role.COORDINATOR, null);
        rounds.changeChair(roundId, roundVersion(), chair.getId(), UnitIndexFixtures.COORDINATOR);
        justiceStaff = data.user(Role.UNIT_STAFF, world.justice().getId());
        healthStaff = data.user(Role.UNIT_STAFF, world.health().getId());
        List<CouncilArea> areas = council.areas(roundId);
        ownedAreas = areas.stream().filter(a -> a.code().equals("1")).map(CouncilArea::id).collect(Collectors.toSet());
        unownedArea = areas.stream().filter(a -> a.code().equals("2")).limit(1).map(CouncilArea::id)
                .collect(Collectors.toSet());
    }

    @Test
    void theCouncilIsProposedFromTheOwningDepartmentsAndNamedInOneGo() {
        List<CouncilProposals.Proposal> proposals = proposalsOf.proposal(roundId);
        assertThat(proposals).singleElement().satisfies(proposal -> {
            assertThat(proposal.unitId()).isEqualTo(world.justice().getId());
            // Area 1 of both groups' sets; areas without an owner are not proposed.
            assertThat(proposal.areas()).extracting(CouncilArea::code).containsExactly("1", "1");
            assertThat(proposal.people()).extracting(person -> person.unitId()).containsOnly(world.justice().getId());
            assertThat(proposal.people()).extracting(person -> person.id()).contains(proposal.suggestedUserId());
        });

        assertThatThrownBy(() -> proposalsOf.addProposed(roundId, Map.of(world.justice().getId(), healthStaff.getId()),
                UnitIndexFixtures.COORDINATOR)).isInstanceOf(RuleViolationException.class)
                .hasFieldOrPropertyWithValue("messageKey", "unitindex.council.error.proposedPerson");
        assertThatThrownBy(() -> proposalsOf.addProposed(roundId, Map.of(), UnitIndexFixtures.COORDINATOR))
                .hasFieldOrPropertyWithValue("messageKey", "unitindex.council.error.noneProposed");
        assertThat(council.members(roundId)).isEmpty();

        assertThat(proposalsOf.addProposed(roundId, Map.of(world.justice().getId(), justiceStaff.getId()),
                UnitIndexFixtures.COORDINATOR)).isEqualTo(1);
        assertThat(jdbc.sql("""
                select ma.area_id from unit_index_member_area ma join unit_index_member m on m.id = ma.member_id
                where m.round_id = ? and m.user_id = ?""").param(roundId).param(justiceStaff.getId()).query(Long.class)
                .list()).containsExactlyInAnyOrderElementsOf(ownedAreas);
        assertThat(proposalsOf.proposal(roundId)).isEmpty();
    }

    @Test
    void aPersonOfAnotherDepartmentIsNamedForAnAreaOnlyWithTheChairsReason() {
        assertThatThrownBy(() -> council.add(roundId, healthStaff.getId(), ownedAreas, " ", user(chair)))
                .isInstanceOfSatisfying(RuleViolationException.class, refused -> {
                    assertThat(refused.getMessageKey()).isEqualTo("unitindex.council.error.notOwner");
                    assertThat(refused.getField()).isEqualTo("outsideReason");
                    assertThat((String) refused.getArguments()[0]).contains(world.justice().getName());
                });
        // Another coordinator may name the owners' people, but not record the exception: that is the chair's.
        assertThatThrownBy(() -> council.add(roundId, healthStaff.getId(), ownedAreas, "Sở Tư pháp chưa cử người",
                UnitIndexFixtures.COORDINATOR)).hasFieldOrPropertyWithValue("messageKey",
                "unitindex.council.error.chairOnly");
        assertThat(council.membership(roundId, healthStaff.getId())).isEmpty();

        council.add(roundId, healthStaff.getId(), ownedAreas, "  Sở Tư pháp chưa cử người thẩm định  ", user(chair));
        assertThat(council.membership(roundId, healthStaff.getId()).orElseThrow().getOutsideReason())
                .isEqualTo("Sở Tư pháp chưa cử người thẩm định");
        assertThat(jdbc.sql("""
                select details from unit_index_change where round_id = ? and kind = 'COUNCIL_CHANGED'
                order by id desc limit 1""").param(roundId).query(String.class).single())
                .contains("unitindex.council.outsideReason", "Sở Tư pháp chưa cử người thẩm định");
        // An area nobody owns is anyone's; the owners' own people need no reason.
        council.add(roundId, justiceStaff.getId(), ownedAreas, null, UnitIndexFixtures.COORDINATOR);
        UserAccount another = data.user(Role.UNIT_STAFF, world.health().getId());
        council.add(roundId, another.getId(), unownedArea, null, UnitIndexFixtures.COORDINATOR);
        assertThat(council.membership(roundId, another.getId()).orElseThrow().getOutsideReason()).isNull();
    }

    @Test
    void nobodyButTheChairAppraisesTheirOwnUnitsLines() {
        UserAccount justiceChair = data.user(Role.COORDINATOR, world.justice().getId());
        UserAccount justiceCoordinator = data.user(Role.COORDINATOR, world.justice().getId());
        council.add(roundId, justiceStaff.getId(), ownedAreas, null, UnitIndexFixtures.COORDINATOR);
        council.add(roundId, healthStaff.getId(), ownedAreas, "Sở Tư pháp có một người", user(chair));
        submitted(world.justice().getId());
        submitted(world.health().getId());
        long justice = world.justice().getId();
        long area = fixtures.areaId(roundId, justice, "1.1");

        assertThatThrownBy(() -> fixtures.accept(roundId, justice, "1.1", user(justiceStaff)))
                .hasFieldOrPropertyWithValue("messageKey", "unitindex.appraisal.error.ownUnit");
        assertThatThrownBy(() -> appraisal.acceptArea(roundId, justice, area, versions(justice), user(justiceStaff)))
                .hasFieldOrPropertyWithValue("messageKey", "unitindex.appraisal.error.ownUnit");
        assertThatThrownBy(() -> fixtures.accept(roundId, justice, "1.1", user(justiceCoordinator)))
                .hasFieldOrPropertyWithValue("messageKey", "unitindex.appraisal.error.ownUnit");
        assertThat(appraisalOf(justice, "1.1")).isEqualTo("PENDING");
        // Progress counts what each member may do: Sở Tư pháp's member has Sở Y tế's two lines, not its own.
        Map<Long, MemberProgress> progress = queries.members(roundId).stream()
                .collect(Collectors.toMap(MemberProgress::userId, p -> p));
        assertThat(progress.get(justiceStaff.getId()).toAppraise()).isEqualTo(2);
        assertThat(progress.get(healthStaff.getId()).toAppraise()).isEqualTo(2);

        fixtures.accept(roundId, world.health().getId(), "1.1", user(justiceStaff));
        fixtures.accept(roundId, justice, "1.1", user(healthStaff));
        rounds.changeChair(roundId, roundVersion(), justiceChair.getId(), UnitIndexFixtures.COORDINATOR);
        fixtures.set(roundId, justice, "1.2", "4", "Chưa đủ kết quả theo dõi", user(justiceChair));
        assertThat(appraisalOf(justice, "1.1")).isEqualTo("ACCEPTED");
        assertThat(appraisalOf(justice, "1.2")).isEqualTo("SET");
    }

    @Test
    void theCouncilPageProposesTheOwnersAndRefusesAnOutsiderWithoutAReasonAsTyped() throws Exception {
        Document page = Jsoup.parse(mvc.perform(get(council()).with(data.as(chair))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(page.select("[data-proposal]").eachAttr("data-proposal")).containsExactly(world.justice().getName());
        assertThat(page.select("#council-chair").text()).contains(chair.getFullName());
        long area = ownedAreas.iterator().next();

        Document refused = Jsoup.parse(mvc.perform(post(council()).with(data.as(chair)).with(csrf())
                        .param("userId", String.valueOf(healthStaff.getId())).param("areaIds", String.valueOf(area)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(refused.select("#member-form .invalid-feedback").text()).contains("không phụ trách",
                world.justice().getName());
        assertThat(refused.select("#userId option[selected]").attr("value")).isEqualTo(String.valueOf(healthStaff.getId()));
        assertThat(refused.select("#member-form input[name=areaIds][value=" + area + "]").hasAttr("checked")).isTrue();
        assertThat(council.members(roundId)).isEmpty();

        mvc.perform(post(council()).with(data.as(chair)).with(csrf())
                        .param("userId", String.valueOf(healthStaff.getId())).param("areaIds", String.valueOf(area))
                        .param("outsideReason", "Sở Tư pháp chưa cử người"))
                .andExpect(redirectedUrl(council()));
        mvc.perform(post(council() + "/proposed").with(data.as(chair)).with(csrf())
                        .param("people[" + world.justice().getId() + "]", String.valueOf(justiceStaff.getId())))
                .andExpect(redirectedUrl(council()));
        Document named = Jsoup.parse(mvc.perform(get(council()).with(data.as(chair))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
        assertThat(named.select("[data-member]")).hasSize(2);
        assertThat(named.select("[data-outside-reason]").text()).contains("Sở Tư pháp chưa cử người");
        assertThat(named.select("#proposal")).isEmpty();
    }

    @Test
    void aMembersOwnUnitIsLeftOutOfTheirQueueAndItsPageSaysWhoAppraisesIt() throws Exception {
        council.add(roundId, justiceStaff.getId(), ownedAreas, null, UnitIndexFixtures.COORDINATOR);
        submitted(world.justice().getId());
        submitted(world.health().getId());
        long own = fixtures.scoreId(roundId, world.justice().getId(), "1.1");

        Document queue = Jsoup.parse(mvc.perform(get("/unit-index/rounds/" + roundId + "/queue").with(data.as(justiceStaff)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(queue.select("#own-unit-left-out")).hasSize(1);
        assertThat(queue.select("[data-queue-line]").eachAttr("data-queue-line")).isNotEmpty()
                .noneMatch(line -> line.startsWith(world.justice().getName()));

        Document line = Jsoup.parse(mvc.perform(get("/unit-index/rounds/" + roundId + "/scores/" + own)
                .with(data.as(justiceStaff))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(line.select("#conflict")).hasSize(1);
        assertThat(line.select("#appraisal-form")).isEmpty();
        Document refused = Jsoup.parse(mvc.perform(post("/unit-index/rounds/" + roundId + "/scores/" + own + "/appraisal")
                        .with(data.as(justiceStaff)).with(csrf()).param("decision", "ACCEPT")
                        .param("version", String.valueOf(fixtures.version(own))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(refused.select("#refusal").text()).contains("chính đơn vị");
        assertThat(appraisalOf(world.justice().getId(), "1.1")).isEqualTo("PENDING");
    }

    private void submitted(long unitId) {
        CurrentUser staff = user(data.user(Role.UNIT_STAFF, unitId));
        fixtures.record(roundId, staff, "1.1", "3", true);
        fixtures.record(roundId, staff, "1.2", "5", true);
        fixtures.record(roundId, staff, "2.1", "8", true);
        fixtures.submit(roundId, user(data.user(Role.UNIT_HEAD, unitId)));
    }

    private Map<Long, Long> versions(long unitId) {
        long a = fixtures.scoreId(roundId, unitId, "1.1");
        long b = fixtures.scoreId(roundId, unitId, "1.2");
        return Map.of(a, fixtures.version(a), b, fixtures.version(b));
    }

    private String appraisalOf(long unitId, String code) {
        return jdbc.sql("select appraisal from unit_index_score where id = ?")
                .param(fixtures.scoreId(roundId, unitId, code)).query(String.class).single();
    }

    private long roundVersion() {
        return jdbc.sql("select version from unit_index_round where id = ?").param(roundId).query(Long.class).single();
    }

    private String council() {
        return "/unit-index/rounds/" + roundId + "/council";
    }

    private static CurrentUser user(UserAccount account) {
        return UnitIndexFixtures.user(account);
    }
}
