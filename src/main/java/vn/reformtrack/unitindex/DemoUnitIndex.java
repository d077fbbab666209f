package vn.reformtrack.unitindex;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lombok.extern.slf4j.Slf4j;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import vn.reformtrack.identity.CurrentUser;
import vn.reformtrack.identity.Role;
import vn.reformtrack.identity.UserSummary;
import vn.reformtrack.indices.VersionCommand;
import vn.reformtrack.organization.UnitDirectory;
import vn.reformtrack.organization.UnitRow;
import vn.reformtrack.shared.demo.DemoMode;
import vn.reformtrack.shared.startup.StartupOrder;
import vn.reformtrack.shared.startup.StartupTask;

/**
 * Demo mode only, after the other modules' demo data: Quảng Ninh's unit index, ILLUSTRATIVE throughout (group and set
 * names, reasons and documents say so). Three groups — departments with administrative procedures, departments
 * without (the same set, its area 3 not applicable to them), communes — and two published rounds, 2024 and 2025,
 * whose scores follow each unit's illustrative standing: two pairs of units tie, Sở Tư pháp's explanation of 2.2 was
 * raised and Sở Y tế's of 7.2 kept, bonus and deduction lines (one bonus over its limit). The 2026 round is open in
 * self-assessment: Sở Nội vụ and Sở Tài chính have submitted, Sở Tư pháp (the {@code head} and {@code staff}
 * accounts) is scoring; the council is Sở Tư pháp's {@code staff} (institutions), two further accounts of Sở Tài chính
 * and Sở Khoa học và Công nghệ, chaired by the {@code coordinator}. Runs once: not when a group exists. It runs at
 * every first start of a demo application and of the test suite's context, so it writes in bulk where the services
 * have a bulk path: each set is imported as a spreadsheet's rows (one check of the whole set, not one a criterion),
 * units join their groups a statement a group, and the rounds are written by {@link DemoUnitIndexRounds}; the start-up
 * log gives its time.
 */
@Slf4j
@Component
class DemoUnitIndex implements StartupTask {

    static final String MARK = " (minh họa)";
    static final List<String> WITH_PROCEDURES = List.of("SNV", "STP", "STC", "SCT", "SNNMT", "SXD", "SKHCN",
            "SGDDT", "SYT", "SVHTT", "SDL", "BQLKKT");
    static final List<String> WITHOUT_PROCEDURES = List.of("VP", "TTT", "SDTTG");
    static final List<String> COMMUNES = List.of("P-HALONG", "P-BAICHAY", "P-CAMPHA", "P-UONGBI",
            "P-MONGCAI1", "DK-VANDON", "DK-COTO", "X-TIENYEN", "X-BINHLIEU", "X-BACHE");

    private final DemoMode demoMode;
    private final UnitGroupRepository groupRepository;
    private final UnitGroups groups;
    private final CriteriaSets sets;
    private final CriteriaSetImport setImport;
    private final DemoUnitIndexRounds rounds;
    private final UnitDirectory units;

    DemoUnitIndex(DemoMode demoMode, UnitGroupRepository groupRepository, UnitGroups groups, CriteriaSets sets,
            CriteriaSetImport setImport, DemoUnitIndexRounds rounds, UnitDirectory units) {
        this.demoMode = demoMode;
        this.groupRepository = groupRepository;
        this.groups = groups;
        this.sets = sets;
        this.setImport = setImport;
        this.rounds = rounds;
        this.units = units;
    }

    @Override
    public int order() {
        return StartupOrder.DEMO_UNIT_INDEX;
    }

    @Override
    public void run() {
        if (!demoMode.isOn() || groupRepository.count() > 0 || units.findByCode("STP").isEmpty()) {
            return;
        }
        UserSummary chair = rounds.person("SNV", Role.COORDINATOR).orElse(null);
        if (chair == null) {
            return;
        }
        long started = System.nanoTime();
        CurrentUser coordinator = new CurrentUser(chair.id(), chair.username(), chair.fullName(), Role.COORDINATOR,
                chair.unitId());
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(chair.username(), null,
                AuthorityUtils.createAuthorityList("ROLE_COORDINATOR")));
        try {
            Demo demo = groupsAndSets(coordinator);
            rounds.past(demo, 2024, coordinator, chair.id());
            rounds.past(demo, 2025, coordinator, chair.id());
            rounds.open(demo, coordinator, chair.id());
            log.info("Demo mode: unit index of {} units, rounds 2024 and 2025 published, 2026 open (illustrative), in {} ms",
                    demo.unitCount(), (System.nanoTime() - started) / 1_000_000);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** The demo's groups, and its units by code (read once). */
    record Demo(UnitGroup withProcedures, UnitGroup withoutProcedures, UnitGroup communes,
            Map<String, UnitRow> byCode, Map<Long, UnitRow> byId) {

        List<Long> groupIds() {
            return List.of(withProcedures.getId(), withoutProcedures.getId(), communes.getId());
        }

        List<Long> ids(List<String> codes) {
            return codes.stream().filter(byCode::containsKey).map(code -> byCode.get(code).id()).toList();
        }

        long id(String code) {
            return byCode.get(code).id();
        }

        String code(long unitId) {
            return byId.get(unitId).code();
        }

        int unitCount() {
            return ids(WITH_PROCEDURES).size() + ids(WITHOUT_PROCEDURES).size() + ids(COMMUNES).size();
        }
    }

    private Demo groupsAndSets(CurrentUser by) {
        Map<String, UnitRow> byCode = new HashMap<>();
        Map<Long, UnitRow> byId = new HashMap<>();
        units.tree(false).forEach(unit -> {
            byCode.put(unit.code(), unit);
            byId.put(unit.id(), unit);
        });
        UnitGroup with = groups.create(new GroupCommand("SO_TTHC", "Sở, ban, ngành có thủ tục hành chính" + MARK,
                "Departments with administrative procedures (illustrative)", null), by);
        UnitGroup without = groups.create(new GroupCommand("SO_KHONG_TTHC", "Sở, ban, ngành không có thủ tục hành chính"
                + MARK, "Departments without administrative procedures (illustrative)", with.getFrameworkId()), by);
        UnitGroup communes = groups.create(new GroupCommand("XA", "UBND xã, phường, đặc khu" + MARK,
                "Communes, wards and special zones (illustrative)", null), by);
        Demo demo = new Demo(with, without, communes, byCode, byId);
        long departmentSet = sets.create(with.getId(), new VersionCommand("1820/QĐ-UBND 30/7/2024" + MARK,
                "1820/QĐ-UBND", LocalDate.of(2024, 7, 30), 2024, null, new BigDecimal("100")), by).id();
        setImport.commit(departmentSet, DemoUnitIndexSets.rows(false), by);
        long communeSet = sets.create(communes.getId(), new VersionCommand("1821/QĐ-UBND 30/7/2024" + MARK,
                "1821/QĐ-UBND", LocalDate.of(2024, 7, 30), 2024, null, new BigDecimal("100")), by).id();
        setImport.commit(communeSet, DemoUnitIndexSets.rows(true), by);
        for (int year : List.of(2024, 2025, 2026)) {
            groups.assign(with.getId(), year, demo.ids(WITH_PROCEDURES), by);
            groups.assign(without.getId(), year, demo.ids(WITHOUT_PROCEDURES), by);
            groups.assign(communes.getId(), year, demo.ids(COMMUNES), by);
        }
        sets.copyLastYear(with.getId(), new VersionCommand("3105/QĐ-UBND 15/9/2026" + MARK, "3105/QĐ-UBND",
                LocalDate.of(2026, 9, 15), 2026, null, new BigDecimal("100")), by);
        sets.copyLastYear(communes.getId(), new VersionCommand("3106/QĐ-UBND 15/9/2026" + MARK, "3106/QĐ-UBND",
                LocalDate.of(2026, 9, 15), 2026, null, new BigDecimal("100")), by);
        return demo;
    }
}
