package vn.reformtrack.unitindex;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.reformtrack.evidence.EvidenceDetails;
import vn.reformtrack.evidence.EvidenceSamples;
import vn.reformtrack.evidence.EvidenceStore;
import vn.reformtrack.identity.CurrentUser;
import vn.reformtrack.identity.Role;
import vn.reformtrack.identity.UserAdminService;
import vn.reformtrack.identity.UserCommand;
import vn.reformtrack.indices.VersionCommand;
import vn.reformtrack.organization.UnitCommand;
import vn.reformtrack.organization.UnitService;
import vn.reformtrack.organization.UnitType;
import vn.reformtrack.support.BenchmarkApplication;

/**
 * The benchmarks' unit index: 250 units (150 departments, 100 communes) in two groups, each set of 60 leaves (six
 * areas of nine self-scored criteria, two survey criteria, two bonus and two deduction lines); last year's round
 * published through the services, this year's open with every sheet submitted, every self-scored line scored, half of
 * them appraised, and about 40,000 evidence links (three files a unit, two or three linked to each line). Rounds,
 * sets and the council are made through the services; the units' scores and links, which a real round gathers over
 * weeks, by set-based SQL. A council member ({@value #MEMBER}) appraises areas 2 and 5 of both sets.
 */
final class UnitIndexBenchmarkData {

    static final String MEMBER = "bm.thamdinh";
    static final String PASSWORD = "Benchmark123";
    static final int DEPARTMENTS = 150;
    static final int COMMUNES = 100;

    /** What the benchmarks read. */
    record Built(long openRoundId, long publishedRoundId, long groupId, int links) {}

    private UnitIndexBenchmarkData() {}

    static Built build(BenchmarkApplication application) {
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("benchmark", null,
                AuthorityUtils.createAuthorityList("ROLE_COORDINATOR")));
        CurrentUser coordinator = new CurrentUser(0, "benchmark", "Benchmark", Role.COORDINATOR, null);
        JdbcClient jdbc = application.bean(JdbcClient.class);
        UnitGroups groups = application.bean(UnitGroups.class);
        CriteriaSets sets = application.bean(CriteriaSets.class);
        UnitIndexRounds rounds = application.bean(UnitIndexRounds.class);
        UnitIndexCouncil council = application.bean(UnitIndexCouncil.class);
        int year = LocalDate.now().getYear() + 10;

        List<Long> departments = units(application.bean(UnitService.class), "BMS", DEPARTMENTS, UnitType.DEPARTMENT);
        List<Long> communes = units(application.bean(UnitService.class), "BMX", COMMUNES, UnitType.COMMUNE);
        UnitGroup departmentGroup = group(groups, sets, "BM_SO", "Sở, ban, ngành (benchmark)", year - 1, coordinator);
        UnitGroup communeGroup = group(groups, sets, "BM_XA", "UBND cấp xã (benchmark)", year - 1, coordinator);
        for (int y : List.of(year - 1, year)) {
            groups.assign(departmentGroup.getId(), y, departments, coordinator);
            groups.assign(communeGroup.getId(), y, communes, coordinator);
        }
        List<Long> groupIds = List.of(departmentGroup.getId(), communeGroup.getId());
        LocalDate today = LocalDate.now();
        Timetable ahead = new Timetable(today.plusDays(30), today.plusDays(40), today.plusDays(41), today.plusDays(50),
                today.plusDays(60));
        ClassThresholds classes = new ClassThresholds(new BigDecimal("90"), new BigDecimal("80"), new BigDecimal("70"),
                new BigDecimal("50"));
        long published = rounds.open(new OpenRoundCommand(year - 1, groupIds, ahead, classes, null), coordinator).getId();
        long open = rounds.open(new OpenRoundCommand(year, groupIds, ahead, classes, null), coordinator).getId();

        EvidenceStore store = application.bean(EvidenceStore.class);
        List<Long> all = new ArrayList<>(departments);
        all.addAll(communes);
        int file = 0;
        for (long unit : all) {
            for (int f = 0; f < 3; f++, file++) {
                store.store(coordinator, unit, "Tài liệu kiểm chứng " + f + ".pdf",
                        new ByteArrayInputStream(EvidenceSamples.pdfOfSize(3_000, file)),
                        new EvidenceDetails(file + "/BC", today.minusDays(30), "Đơn vị", null));
            }
        }
        for (long round : List.of(published, open)) {
            scoreAndLink(jdbc, round);
        }
        // Last year: everything appraised, the survey in, the window over; published through the services.
        jdbc.sql("""
                        update unit_index_score set appraisal = 'ACCEPTED', appraised_score = self_score,
                            appraised_at = now(), appraised_by = 'benchmark'
                        where round_id = :round and part <> 'SURVEY' and self_score is not null""")
                .param("round", published).update();
        jdbc.sql("""
                        update unit_index_score set survey_value = 70 + id % 30, survey_sample = 300,
                            survey_points = round(max_points * (70 + id % 30) / 100, 4)
                        where round_id = :round and part = 'SURVEY'""")
                .param("round", published).update();
        rounds.publishPreliminary(published, version(jdbc, published), coordinator);
        jdbc.sql("""
                        update unit_index_round set self_assessment_deadline = current_date - 20,
                            appraisal_deadline = current_date - 15, explanation_from = current_date - 10,
                            explanation_to = current_date - 1 where id = :round""")
                .param("round", published).update();
        rounds.publish(published, version(jdbc, published), new Decision("1/QĐ-UBND", today, "Benchmark", null),
                coordinator);
        // This year: half the lines appraised.
        jdbc.sql("""
                        update unit_index_score set appraisal = 'ACCEPTED', appraised_score = self_score,
                            appraised_at = now(), appraised_by = 'benchmark'
                        where round_id = :round and part <> 'SURVEY' and self_score is not null and id % 2 = 0""")
                .param("round", open).update();

        long member = application.bean(UserAdminService.class).createDemoAccount(new UserCommand(MEMBER,
                "Thành viên Hội đồng (benchmark)", null, null, Role.UNIT_STAFF, departments.get(0)), PASSWORD).getId();
        council.add(open, member, council.areas(open).stream().filter(area -> Set.of("2", "5").contains(area.code()))
                .map(CouncilArea::id).collect(Collectors.toSet()), null, coordinator);
        int links = jdbc.sql("select count(*) from unit_index_score_evidence e join unit_index_score s on s.id = e.score_id "
                + "where s.round_id = :round").param("round", open).query(Integer.class).single();
        SecurityContextHolder.clearContext();
        return new Built(open, published, departmentGroup.getId(), links);
    }

    /** Every self-scored line scored (60–100 % of its maximum, on its step), two or three files linked to each line. */
    private static void scoreAndLink(JdbcClient jdbc, long round) {
        jdbc.sql("""
                        update unit_index_score set self_score = floor(max_points * (0.6 + (id % 5) * 0.1)
                                / coalesce(score_step, 0.25)) * coalesce(score_step, 0.25),
                            method = 'Đối chiếu kết quả với hướng dẫn chấm', recorded_at = now(), recorded_by = 'benchmark'
                        where round_id = :round and part = 'SELF_SCORED'""")
                .param("round", round).update();
        jdbc.sql("""
                        insert into unit_index_score_evidence (score_id, evidence_id, attached_at, attached_by)
                        select s.id, f.id, now(), 'benchmark' from unit_index_score s
                        join lateral (select e.id from evidence_file e where e.owner_unit_id = s.unit_id order by e.id
                                      limit case when s.id % 10 < 8 then 3 else 2 end) f on true
                        where s.round_id = :round and s.part <> 'SURVEY'""")
                .param("round", round).update();
        jdbc.sql("""
                        update unit_index_sheet set status = 'SUBMITTED', submitted_at = now(), submitted_by = 'benchmark'
                        where round_id = :round""")
                .param("round", round).update();
    }

    private static List<Long> units(UnitService units, String prefix, int count, UnitType type) {
        List<Long> ids = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            ids.add(units.create(new UnitCommand(prefix + i, (type == UnitType.COMMUNE ? "Xã thử " : "Sở thử ") + i,
                    type, null)).getId());
        }
        return ids;
    }

    /** A group and its set: areas 1–6 of nine criteria (13.5 points), a survey area (19), bonus (3) and deduction (5). */
    private static UnitGroup group(UnitGroups groups, CriteriaSets sets, String code, String name, int year,
            CurrentUser by) {
        UnitGroup group = groups.create(new GroupCommand(code, name, null, null), by);
        long version = sets.create(group.getId(), new VersionCommand(name + " " + year, "1/QĐ-UBND", null, year, null,
                new BigDecimal("100")), by).id();
        for (int area = 1; area <= 9; area++) {
            CriterionPart part = area == 7 ? CriterionPart.SURVEY : area == 8 ? CriterionPart.BONUS
                    : area == 9 ? CriterionPart.DEDUCTION : null;
            String max = area <= 6 ? "13.5" : area == 7 ? "19" : area == 8 ? "3" : "5";
            long areaId = node(sets, version, null, String.valueOf(area), max, null, part, by);
            int leaves = area <= 6 ? 9 : 2;
            String leafMax = area <= 6 ? "1.5" : area == 7 ? "9.5" : area == 8 ? "2" : "2.5";
            for (int leaf = 1; leaf <= leaves; leaf++) {
                node(sets, version, areaId, area + "." + leaf, leafMax, area == 7 ? null : "0.25", null, by);
            }
        }
        return group;
    }

    private static long node(CriteriaSets sets, long version, Long parent, String code, String max, String step,
            CriterionPart part, CurrentUser by) {
        return sets.saveCriterion(version, null, parent, 0, new SetCriterionCommand(code, "Tiêu chí " + code, null,
                new BigDecimal(max), step == null ? null : new BigDecimal(step), null, part, null, null, null), by);
    }

    private static long version(JdbcClient jdbc, long round) {
        return jdbc.sql("select version from unit_index_round where id = :round").param("round", round)
                .query(Long.class).single();
    }
}
