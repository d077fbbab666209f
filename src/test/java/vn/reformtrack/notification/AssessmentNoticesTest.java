package vn.reformtrack.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import vn.reformtrack.assessment.AppraisalService;
import vn.reformtrack.assessment.AssessmentFixtures;
import vn.reformtrack.assessment.RecordCommand;
import vn.reformtrack.assessment.RecordingService;
import vn.reformtrack.assessment.RoundQueries;
import vn.reformtrack.assessment.RoundService;
import vn.reformtrack.calendar.WorkingCalendar;
import vn.reformtrack.calendar.WorkingDays;
import vn.reformtrack.evidence.EvidenceStore;
import vn.reformtrack.identity.CurrentUser;
import vn.reformtrack.identity.Role;
import vn.reformtrack.identity.UserAccount;
import vn.reformtrack.indices.CatalogEditor;
import vn.reformtrack.indices.CriteriaEditor;
import vn.reformtrack.organization.Unit;
import vn.reformtrack.support.IntegrationTest;
import vn.reformtrack.support.TestData;

/** A self-assessment round opens to its units, reminds those with criteria unsent, and a returned criterion is told. */
@IntegrationTest
@WithMockUser(roles = "COORDINATOR")
class AssessmentNoticesTest {

    @Autowired Clock clock;
    @Autowired TestData data;
    @Autowired JdbcClient jdbc;
    @Autowired CatalogEditor catalogEditor;
    @Autowired CriteriaEditor criteriaEditor;
    @Autowired RoundService rounds;
    @Autowired RoundQueries queries;
    @Autowired EvidenceStore evidence;
    @Autowired RecordingService recording;
    @Autowired AppraisalService appraisals;
    @Autowired Reminders reminders;
    @Autowired WorkingDays workingDays;

    @Test
    void aRoundOpensItsUnitsAreRemindedBeforeTheDeadlineAndAReturnedCriterionIsTold() {
        WorkingCalendar calendar = workingDays.calendar();
        AssessmentFixtures fixtures = new AssessmentFixtures(jdbc, catalogEditor, criteriaEditor, rounds, queries, evidence);
        Unit justice = data.department("Sở Tư pháp");
        Unit office = data.department("Văn phòng UBND tỉnh");
        UserAccount justiceHead = data.user(Role.UNIT_HEAD, justice.getId());
        UserAccount justiceStaff = data.user(Role.UNIT_STAFF, justice.getId());
        UserAccount officeStaff = data.user(Role.UNIT_STAFF, office.getId());
        LocalDate deadline = calendar.onOrAfter(LocalDate.now(clock).plusDays(30));
        long roundId = fixtures.started(fixtures.catalog(justice, office), 2025, deadline).getId();
        String link = "/assessment/rounds/" + roundId;

        for (UserAccount person : List.of(justiceHead, justiceStaff, officeStaff)) {
            assertThat(kinds(person, link)).containsExactly("ROUND_OPENED");
        }

        CurrentUser staff = AssessmentFixtures.user(justiceStaff);
        CurrentUser head = AssessmentFixtures.user(justiceHead);
        recording.record(roundId, fixtures.itemId(roundId, "1.1"), fixtures.version(roundId, "1.1"),
                new RecordCommand("1", null, "Chờ ký", List.of()), staff);
        recording.record(roundId, fixtures.itemId(roundId, "2.1"), fixtures.version(roundId, "2.1"),
                new RecordCommand("0", null, "Chưa có", List.of()), staff);
        recording.submitUnitPart(roundId, recording.unitPart(roundId, justice.getId()).stamp(), head);

        reminders.run(calendar.minusWorkingDays(deadline, 3));
        assertThat(kinds(officeStaff, link)).containsExactly("ROUND_DUE_SOON", "ROUND_OPENED");
        assertThat(kinds(justiceStaff, link)).as("its part is sent").containsExactly("ROUND_OPENED");

        appraisals.returnToUnit(roundId, fixtures.itemId(roundId, "2.1"), fixtures.version(roundId, "2.1"),
                "Bổ sung tài liệu kiểm chứng", AssessmentFixtures.COORDINATOR);
        String item = link + "/criteria/" + fixtures.itemId(roundId, "2.1");
        assertThat(jdbc.sql("select text_vi from notification where recipient_id = :user and link = :link")
                .param("user", justiceHead.getId()).param("link", item).query(String.class).list())
                .singleElement().asString().contains("Tiêu chí 2.1").contains("Bổ sung tài liệu kiểm chứng");
    }

    private List<String> kinds(UserAccount user, String link) {
        return jdbc.sql("select kind from notification where recipient_id = :user and link = :link order by id desc")
                .param("user", user.getId()).param("link", link).query(String.class).list();
    }
}
