package vn.reformtrack.unitindex.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultMatcher;
import vn.reformtrack.evidence.EvidenceStore;
import vn.reformtrack.identity.Role;
import vn.reformtrack.identity.UserAccount;
import vn.reformtrack.organization.Unit;
import vn.reformtrack.support.IntegrationTest;
import vn.reformtrack.support.StatementCounter;
import vn.reformtrack.support.TestData;
import vn.reformtrack.unitindex.CouncilArea;
import vn.reformtrack.unitindex.CriteriaSets;
import vn.reformtrack.unitindex.SurveyImport;
import vn.reformtrack.unitindex.UnitGroups;
import vn.reformtrack.unitindex.UnitIndexAppraisal;
import vn.reformtrack.unitindex.UnitIndexContests;
import vn.reformtrack.unitindex.UnitIndexCouncil;
import vn.reformtrack.unitindex.UnitIndexFixtures;
import vn.reformtrack.unitindex.UnitIndexRounds;
import vn.reformtrack.unitindex.UnitScoring;

/**
 * Who may do what in the unit index, through the real security configuration: every role on every page and action,
 * every id tried across units and across areas (404 for what is not theirs, 403 for readers who may not act), and
 * bad input over HTTP (a message, the typed text back, nothing saved). The world of {@link UnitIndexFixtures}:
 * Sở Tư pháp and Sở Y tế (departments), Xã Tiên Yên (commune); the law member appraises areas 1 and 5, the other
 * member areas 2, 3 and 4.
 */
@IntegrationTest
@WithMockUser(roles = "COORDINATOR")
class UnitIndexPermissionsTest {

    @Autowired MockMvc mvc;
    @Autowired TestData data;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;
    @Autowired UnitGroups groups;
    @Autowired CriteriaSets sets;
    @Autowired UnitIndexRounds rounds;
    @Autowired UnitIndexCouncil council;
    @Autowired UnitScoring scoring;
    @Autowired UnitIndexAppraisal appraisal;
    @Autowired UnitIndexContests contests;
    @Autowired SurveyImport survey;
    @Autowired EvidenceStore evidence;

    UnitIndexFixtures fixtures;
    UnitIndexFixtures.World world;
    long roundId;
    UserAccount coordinator;
    UserAccount admin;
    UserAccount leader;
    UserAccount justiceHead;
    UserAccount justiceStaff;
    UserAccount healthHead;
    UserAccount healthStaff;
    UserAccount lawMember;
    UserAccount otherMember;
    UserAccount outsider;

    @BeforeEach
    void aRoundWithItsCouncil() {
        fixtures = new UnitIndexFixtures(groups, sets, rounds, council, scoring, appraisal, contests, survey, evidence,
                jdbc, data, clock);
        world = fixtures.world();
        roundId = fixtures.open(world).getId();
        coordinator = data.user(Role.COORDINATOR, null);
        admin = data.user(Role.ADMIN, null);
        leader = data.user(Role.LEADER, null);
        justiceHead = data.user(Role.UNIT_HEAD, world.justice().getId());
        justiceStaff = data.user(Role.UNIT_STAFF, world.justice().getId());
        healthHead = data.user(Role.UNIT_HEAD, world.health().getId());
        healthStaff = data.user(Role.UNIT_STAFF, world.health().getId());
        Unit elsewhere = data.department("Sở Du lịch");
        outsider = data.user(Role.UNIT_HEAD, elsewhere.getId());
        lawMember = data.user(Role.UNIT_STAFF, world.justice().getId());
        otherMember = data.user(Role.UNIT_STAFF, world.health().getId());
        List<CouncilArea> areas = council.areas(roundId);
        council.add(roundId, lawMember.getId(), areas.stream().filter(a -> List.of("1", "5").contains(a.code()))
                .map(CouncilArea::id).collect(Collectors.toSet()), null, UnitIndexFixtures.COORDINATOR);
        council.add(roundId, otherMember.getId(), areas.stream().filter(a -> List.of("2", "3", "4").contains(a.code()))
                .map(CouncilArea::id).collect(Collectors.toSet()), null, UnitIndexFixtures.COORDINATOR);
    }

    /**
     * The module's first page reads the rounds with their progress (the heaviest statement of the page) once for the
     * coordinator, who sits on no council, and not at all for a unit with no sheet and no seat on a council.
     */
    @Test
    void theFirstPageReadsTheRoundsOnlyForWhatItShows() throws Exception {
        String roundsWithProgress = "from unit_index_round r left join unit_index_sheet sh";

        StatementCounter.reset();
        page("/unit-index", coordinator, status().isOk());
        assertThat(StatementCounter.statements().lines().filter(line -> line.contains(roundsWithProgress)))
                .hasSize(1);

        StatementCounter.reset();
        page("/unit-index", outsider, status().isOk());
        assertThat(StatementCounter.statements().lines().filter(line -> line.contains(roundsWithProgress)))
                .isEmpty();
    }

    @Test
    void everyRoleReachesItsPagesAndIsRefusedTheRest() throws Exception {
        for (UserAccount user : List.of(coordinator, admin, leader, justiceHead, justiceStaff, lawMember, outsider)) {
            page("/unit-index", user, status().isOk());
            page("/unit-index/rankings", user, status().isOk());
        }
        for (UserAccount user : List.of(coordinator, admin, leader)) {
            page(round(""), user, status().isOk());
            page(round("/results"), user, status().isOk());
            page(sheet(world.justice()), user, status().isOk());
        }
        mvc.perform(get(round("")).with(data.as(justiceStaff)))
                .andExpect(redirectedUrl(sheet(world.justice())));
        mvc.perform(get(round("")).with(data.as(lawMember))).andExpect(redirectedUrl(round("/queue")));
        page(round(""), outsider, status().isNotFound());
        for (UserAccount user : List.of(coordinator, admin)) {
            page("/unit-index/rounds/new", user, status().isOk());
            page(round("/council"), user, status().isOk());
            page(round("/applicability"), user, status().isOk());
            page(round("/survey"), user, status().isOk());
            page("/unit-index/groups", user, status().isOk());
            page("/unit-index/groups/" + world.departments().getId(), user, status().isOk());
            page("/unit-index/sets/" + world.departmentSet(), user, status().isOk());
            page(round("/queue"), user, status().isOk());
        }
        for (UserAccount user : List.of(leader, justiceHead, justiceStaff, lawMember, outsider)) {
            page("/unit-index/rounds/new", user, status().isForbidden());
            page(round("/council"), user, status().isForbidden());
            page(round("/applicability"), user, status().isForbidden());
            page(round("/survey"), user, status().isForbidden());
            page("/unit-index/groups", user, status().isForbidden());
            page("/unit-index/sets/" + world.departmentSet(), user, status().isForbidden());
            for (String action : List.of("/preliminary", "/publish", "/timetable", "/council", "/applicability",
                    "/survey", "/units/" + world.justice().getId() + "/extension")) {
                mvc.perform(post(round(action)).with(data.as(user)).with(csrf()).param("version", "0"))
                        .andExpect(status().isForbidden());
            }
        }
        page(round("/queue"), leader, status().isForbidden());
        for (UserAccount user : List.of(justiceHead, justiceStaff, outsider)) {
            page(round("/queue"), user, status().isNotFound());
            page(round("/results"), user, status().isNotFound());
        }
        page(round("/queue"), lawMember, status().isOk());
        page(sheet(world.justice()), justiceStaff, status().isOk());
        page(sheet(world.justice()), justiceHead, status().isOk());
    }

    @Test
    void aUnitNeverReachesAnotherUnitsSheetOrLinesWhateverTheId() throws Exception {
        long otherRound = fixtures.open(fixtures.world()).getId();
        long healthLine = fixtures.scoreId(roundId, world.health().getId(), "1.1");
        for (UserAccount user : List.of(justiceHead, justiceStaff, outsider)) {
            page(sheet(world.health()), user, status().isNotFound());
            page(round("/scores/" + healthLine), user, status().isNotFound());
            page(round("/scores/" + healthLine + "/library"), user, status().isNotFound());
            mvc.perform(post(round("/scores/" + healthLine)).with(data.as(user)).with(csrf())
                    .param("score", "1").param("version", "0")).andExpect(status().isNotFound());
            mvc.perform(post(round("/units/" + world.health().getId() + "/submit")).with(data.as(user)).with(csrf())
                    .param("stamp", "0:0")).andExpect(status().isNotFound());
            mvc.perform(post(round("/scores/" + healthLine + "/contest")).with(data.as(user)).with(csrf())
                    .param("explanation", "x")).andExpect(status().isNotFound());
            page("/unit-index/units/" + world.health().getId(), user, status().isNotFound());
            page(round("/units/" + world.health().getId() + "/card.docx"), user, status().isNotFound());
        }
        // A line id of another round does not exist in this one.
        page("/unit-index/rounds/" + otherRound + "/scores/" + healthLine, coordinator, status().isNotFound());
        assertThat(jdbc.sql("select count(*) from unit_index_score where round_id = ? and self_score is not null")
                .param(roundId).query(Long.class).single()).isZero();
    }

    @Test
    void aMemberReachesOnlyTheLinesOfTheirAreas() throws Exception {
        fixtures.record(roundId, UnitIndexFixtures.user(healthStaff), "1.1", "3", true);
        fixtures.record(roundId, UnitIndexFixtures.user(healthStaff), "1.2", "5", true);
        fixtures.record(roundId, UnitIndexFixtures.user(healthStaff), "2.1", "8", true);
        fixtures.submit(roundId, UnitIndexFixtures.user(healthHead));
        long ownArea = fixtures.scoreId(roundId, world.health().getId(), "1.1");
        long otherArea = fixtures.scoreId(roundId, world.health().getId(), "2.1");

        page(round("/scores/" + ownArea), lawMember, status().isOk());
        page(round("/scores/" + otherArea), lawMember, status().isNotFound());
        page(sheet(world.health()), lawMember, status().isNotFound());
        mvc.perform(post(round("/scores/" + otherArea + "/appraisal")).with(data.as(lawMember)).with(csrf())
                .param("decision", "ACCEPT").param("version", String.valueOf(fixtures.version(otherArea))))
                .andExpect(status().isNotFound());
        mvc.perform(post(round("/queue/accept-area")).with(data.as(lawMember)).with(csrf())
                .param("unitId", String.valueOf(world.health().getId()))
                .param("areaId", String.valueOf(fixtures.areaId(roundId, world.health().getId(), "2.1"))))
                .andExpect(status().isNotFound());
        mvc.perform(post(round("/scores/" + ownArea + "/appraisal")).with(data.as(leader)).with(csrf())
                .param("decision", "ACCEPT").param("version", String.valueOf(fixtures.version(ownArea))))
                .andExpect(status().isForbidden());
        assertThat(jdbc.sql("select appraisal from unit_index_score where id in (?, ?)").param(ownArea).param(otherArea)
                .query(String.class).list()).containsOnly("PENDING");

        // The files behind a line of the member's area are theirs to read; those of another area are not.
        long fileOfOwnArea = fileOf(ownArea);
        long fileOfOtherArea = fileOf(otherArea);
        page("/evidence/" + fileOfOwnArea + "/download", lawMember, status().isOk());
        page("/evidence/" + fileOfOtherArea + "/download", lawMember, status().isNotFound());
        page("/evidence/" + fileOfOwnArea + "/download", outsider, status().isNotFound());

        mvc.perform(post(round("/scores/" + ownArea + "/appraisal")).with(data.as(lawMember)).with(csrf())
                .param("decision", "ACCEPT").param("version", String.valueOf(fixtures.version(ownArea))))
                .andExpect(status().is3xxRedirection());
        Document queue = Jsoup.parse(page(round("/queue"), lawMember, status().isOk()));
        assertThat(queue.select("[data-queue-line]").eachAttr("data-queue-line"))
                .allMatch(line -> line.matches(".* (1\\.[12]|5\\.[12])"));
    }

    @Test
    void badInputComesBackAsTypedWithAMessageAndNothingSaved() throws Exception {
        long line = fixtures.scoreId(roundId, world.justice().getId(), "1.1");
        long deduction = fixtures.scoreId(roundId, world.justice().getId(), "5.1");
        for (String[] typed : new String[][] {{"abc", "1.1"}, {"4,5", "1.1"}, {"1,25", "1.1"}, {"-1", "1.1"}, {"2,5", "5.1"}}) {
            long target = typed[1].equals("5.1") ? deduction : line;
            Document page = Jsoup.parse(mvc.perform(post(round("/scores/" + target)).with(data.as(justiceStaff)).with(csrf())
                            .param("score", typed[0]).param("method", "Đã ban hành 3 văn bản")
                            .param("version", String.valueOf(fixtures.version(target))))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
            assertThat(page.select("#score").val()).isEqualTo(typed[0]);
            assertThat(page.select("#method").text()).isEqualTo("Đã ban hành 3 văn bản");
            assertThat(page.select("#score + .invalid-feedback, .invalid-feedback").text()).isNotBlank();
        }
        assertThat(jdbc.sql("select count(*) from unit_index_score where round_id = ? and (self_score is not null or method is not null)")
                .param(roundId).query(Long.class).single()).isZero();
    }

    private String page(String path, UserAccount user, ResultMatcher expected) throws Exception {
        return mvc.perform(get(path).with(data.as(user))).andExpect(expected).andReturn().getResponse()
                .getContentAsString();
    }

    private long fileOf(long scoreId) {
        return jdbc.sql("select evidence_id from unit_index_score_evidence where score_id = ?").param(scoreId)
                .query(Long.class).single();
    }

    private String round(String path) {
        return "/unit-index/rounds/" + roundId + path;
    }

    private String sheet(Unit unit) {
        return round("/units/" + unit.getId());
    }
}
