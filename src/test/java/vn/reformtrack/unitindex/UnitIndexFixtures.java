package vn.reformtrack.unitindex;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.reformtrack.evidence.EvidenceDetails;
import vn.reformtrack.evidence.EvidenceStore;
import vn.reformtrack.evidence.OnePagePdf;
import vn.reformtrack.identity.CurrentUser;
import vn.reformtrack.identity.Role;
import vn.reformtrack.identity.UserAccount;
import vn.reformtrack.indices.VersionCommand;
import vn.reformtrack.organization.Unit;
import vn.reformtrack.organization.UnitType;
import vn.reformtrack.shared.imports.ImportRow;
import vn.reformtrack.support.TestData;

/**
 * A unit index of a test's own: two groups (departments, communes) with their sets, two departments (Sở Tư pháp,
 * Sở Y tế) and a commune, and a round of a year no other test uses. Each set (maximum 30 on its regular criteria):
 * <pre>
 *   1   Cải cách thể chế (10, owned by Sở Tư pháp): 1.1 (4, step 0.5), 1.2 (6, step 0.5)
 *   2   Cải cách thủ tục hành chính (10): 2.1 (10, step 0.25)
 *   3   Điều tra xã hội học (survey, 10): 3.1 (10, figure in percent)
 *   4   Điểm thưởng (bonus, limit 2): 4.1 (1), 4.2 (2)
 *   5   Điểm trừ (deduction, limit 3): 5.1 (2), 5.2 (2)
 * </pre>
 * Services run as a coordinator: test classes carry {@code @WithMockUser(roles = "COORDINATOR")} for the catalogue's
 * editors.
 */
public class UnitIndexFixtures {

    public static final CurrentUser COORDINATOR = new CurrentUser(0, "coordinator-test", "Điều phối viên", Role.COORDINATOR,
            null);
    private static final AtomicInteger YEARS = new AtomicInteger(2030);

    public final UnitGroups groups;
    public final CriteriaSets sets;
    public final UnitIndexRounds rounds;
    public final UnitIndexCouncil council;
    public final UnitScoring scoring;
    public final UnitIndexAppraisal appraisal;
    public final UnitIndexContests contests;
    public final SurveyImport survey;
    private final EvidenceStore evidence;
    private final JdbcClient jdbc;
    private final TestData data;
    private final Clock clock;

    public UnitIndexFixtures(UnitGroups groups, CriteriaSets sets, UnitIndexRounds rounds, UnitIndexCouncil council,
            UnitScoring scoring, UnitIndexAppraisal appraisal, UnitIndexContests contests, SurveyImport survey,
            EvidenceStore evidence, JdbcClient jdbc, TestData data, Clock clock) {
        this.groups = groups;
        this.sets = sets;
        this.rounds = rounds;
        this.council = council;
        this.scoring = scoring;
        this.appraisal = appraisal;
        this.contests = contests;
        this.survey = survey;
        this.evidence = evidence;
        this.jdbc = jdbc;
        this.data = data;
        this.clock = clock;
    }

    /** The fixtures over the application's own services (a test class needs only the context). */
    public static UnitIndexFixtures of(ApplicationContext context) {
        return new UnitIndexFixtures(context.getBean(UnitGroups.class), context.getBean(CriteriaSets.class),
                context.getBean(UnitIndexRounds.class), context.getBean(UnitIndexCouncil.class),
                context.getBean(UnitScoring.class), context.getBean(UnitIndexAppraisal.class),
                context.getBean(UnitIndexContests.class), context.getBean(SurveyImport.class),
                context.getBean(EvidenceStore.class), context.getBean(JdbcClient.class), context.getBean(TestData.class),
                context.getBean(Clock.class));
    }

    /** The groups, sets and units of one test, for a year nobody else uses. */
    public record World(int year, UnitGroup departments, UnitGroup communes, Unit justice, Unit health, Unit commune,
            long departmentSet, long communeSet) {}

    public World world() {
        int year = nextYear();
        Unit justice = data.department("Sở Tư pháp");
        Unit health = data.department("Sở Y tế");
        Unit commune = data.unit("Xã Tiên Yên", UnitType.COMMUNE, null);
        UnitGroup departments = groups.create(new GroupCommand(code("SO"), "Sở, ban, ngành thử", "Test departments", null),
                COORDINATOR);
        UnitGroup communes = groups.create(new GroupCommand(code("XA"), "UBND cấp xã thử", "Test communes", null),
                COORDINATOR);
        long departmentSet = standardSet(departments, year, justice.getId());
        long communeSet = standardSet(communes, year, justice.getId());
        groups.assign(departments.getId(), year, List.of(justice.getId(), health.getId()), COORDINATOR);
        groups.assign(communes.getId(), year, List.of(commune.getId()), COORDINATOR);
        return new World(year, departments, communes, justice, health, commune, departmentSet, communeSet);
    }

    /** The set above for a group and year; its version id. */
    public long standardSet(UnitGroup group, int year, Long owner) {
        long version = sets.create(group.getId(), new VersionCommand("2211/QĐ-UBND " + TestData.unique("v"),
                "2211/QĐ-UBND", LocalDate.of(year, 8, 31), year, null, new BigDecimal("30")), COORDINATOR).id();
        long area1 = node(version, null, "1", "Cải cách thể chế", "10", null, null, owner);
        node(version, area1, "1.1", "Ban hành văn bản quy phạm pháp luật", "4", "0.5", null, null);
        node(version, area1, "1.2", "Theo dõi thi hành pháp luật", "6", "0.5", null, null);
        long area2 = node(version, null, "2", "Cải cách thủ tục hành chính", "10", null, null, null);
        node(version, area2, "2.1", "Giải quyết hồ sơ đúng hạn", "10", "0.25", null, null);
        long area3 = node(version, null, "3", "Điều tra xã hội học", "10", null, CriterionPart.SURVEY, null);
        node(version, area3, "3.1", "Mức độ hài lòng của người dân", "10", null, null, null);
        long area4 = node(version, null, "4", "Điểm thưởng", "2", null, CriterionPart.BONUS, null);
        node(version, area4, "4.1", "Sáng kiến được công nhận", "1", null, null, null);
        node(version, area4, "4.2", "Mô hình mới được nhân rộng", "2", null, null, null);
        long area5 = node(version, null, "5", "Điểm trừ", "3", null, CriterionPart.DEDUCTION, null);
        node(version, area5, "5.1", "Chậm báo cáo định kỳ", "2", null, null, null);
        node(version, area5, "5.2", "Bị phê bình, kiểm điểm", "2", null, null, null);
        return version;
    }

    public long node(long version, Long parent, String code, String name, String max, String step, CriterionPart part,
            Long owner) {
        return sets.saveCriterion(version, null, parent, 0, new SetCriterionCommand(code, name, null, new BigDecimal(max),
                step == null ? null : new BigDecimal(step), owner, part, "Hướng dẫn chấm " + code, null, null), COORDINATOR);
    }

    /** A round for the world's year and both groups, every date ahead. */
    public UnitIndexRound open(World world) {
        LocalDate today = LocalDate.now(clock);
        return rounds.open(new OpenRoundCommand(world.year(), List.of(world.departments().getId(),
                world.communes().getId()), new Timetable(today.plusDays(10), today.plusDays(20), today.plusDays(21),
                today.plusDays(30), today.plusDays(40)), thresholds(), null), COORDINATOR);
    }

    public static ClassThresholds thresholds() {
        return new ClassThresholds(new BigDecimal("90"), new BigDecimal("80"), new BigDecimal("70"), new BigDecimal("50"));
    }

    /** Moves a round's timetable as time would (tests cannot wait weeks): every date given, in order. */
    public void timetable(long roundId, LocalDate self, LocalDate appraisal, LocalDate from, LocalDate to, LocalDate publication) {
        jdbc.sql("""
                        update unit_index_round set self_assessment_deadline = :self, appraisal_deadline = :appraisal,
                            explanation_from = :from, explanation_to = :to, publication_date = :publication where id = :id
                        """)
                .param("self", self).param("appraisal", appraisal).param("from", from).param("to", to)
                .param("publication", publication).param("id", roundId).update();
    }

    /** The window open today (the self-assessment and appraisal deadlines passed). */
    public void windowOpen(long roundId) {
        LocalDate today = LocalDate.now(clock);
        timetable(roundId, today.minusDays(10), today.minusDays(5), today.minusDays(1), today.plusDays(5), today.plusDays(10));
    }

    /** The window closed yesterday. */
    public void windowClosed(long roundId) {
        LocalDate today = LocalDate.now(clock);
        timetable(roundId, today.minusDays(20), today.minusDays(10), today.minusDays(8), today.minusDays(1), today.plusDays(5));
    }

    public long scoreId(long roundId, long unitId, String code) {
        return jdbc.sql("""
                        select s.id from unit_index_score s join criterion c on c.id = s.criterion_id
                        where s.round_id = :round and s.unit_id = :unit and c.code = :code
                        """)
                .param("round", roundId).param("unit", unitId).param("code", code).query(Long.class).single();
    }

    public long version(long scoreId) {
        return jdbc.sql("select version from unit_index_score where id = ?").param(scoreId).query(Long.class).single();
    }

    public long areaId(long roundId, long unitId, String code) {
        return jdbc.sql("select area_id from unit_index_score where id = ?").param(scoreId(roundId, unitId, code))
                .query(Long.class).single();
    }

    public static CurrentUser user(UserAccount account) {
        return new CurrentUser(account.getId(), account.getUsername(), account.getFullName(), account.getRole(),
                account.getUnitId());
    }

    /** A small PDF in the unit's library. */
    public long file(CurrentUser uploader, long unitId, String name) {
        return evidence.store(uploader, unitId, name, new ByteArrayInputStream(OnePagePdf.of(name, "Tài liệu kiểm chứng")),
                new EvidenceDetails("12/BC-" + unitId, LocalDate.now(clock).minusDays(30), "Đơn vị", null)).id();
    }

    /** The unit's staff records a criterion, with one file when {@code withFile}. */
    public void record(long roundId, CurrentUser staff, String code, String score, boolean withFile) {
        long id = scoreId(roundId, staff.unitId(), code);
        List<Long> files = withFile ? List.of(file(staff, staff.unitId(), "Tài liệu " + code + ".pdf")) : List.of();
        scoring.record(roundId, id, version(id), new RecordCommand(score, "Cách chấm " + code, null, files, null, null),
                staff);
    }

    public void submit(long roundId, CurrentUser head) {
        scoring.submit(roundId, head.unitId(), scoring.stamp(roundId, head.unitId()), head);
    }

    public void accept(long roundId, long unitId, String code, CurrentUser member) {
        long id = scoreId(roundId, unitId, code);
        appraisal.accept(roundId, id, version(id), null, member);
    }

    public void set(long roundId, long unitId, String code, String score, String reason, CurrentUser member) {
        long id = scoreId(roundId, unitId, code);
        appraisal.set(roundId, id, version(id), score, reason, member);
    }

    /** Imports survey figures: "unit code", "criterion code", "figure", "sample" a row. */
    public void importSurvey(long roundId, String[]... rows) {
        List<ImportRow> list = new ArrayList<>();
        int number = 1;
        for (String[] row : rows) {
            Map<String, String> values = new HashMap<>();
            values.put("unit", row[0]);
            values.put("criterion", row[1]);
            values.put("value", row[2]);
            values.put("sample", row[3]);
            list.add(new ImportRow(++number, values));
        }
        survey.commit(roundId, list, COORDINATOR);
    }

    public static int nextYear() {
        return YEARS.incrementAndGet();
    }

    private static String code(String prefix) {
        return TestData.unique(prefix).replace('-', '_').toUpperCase();
    }
}
