package vn.reformtrack.unitindex;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import lombok.extern.slf4j.Slf4j;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.reformtrack.evidence.EvidenceDetails;
import vn.reformtrack.evidence.EvidenceStore;
import vn.reformtrack.evidence.OnePagePdf;
import vn.reformtrack.identity.CurrentUser;
import vn.reformtrack.identity.Role;
import vn.reformtrack.identity.UserAdminService;
import vn.reformtrack.identity.UserCommand;
import vn.reformtrack.identity.UserDirectory;
import vn.reformtrack.identity.UserSummary;
import vn.reformtrack.indices.CriterionSummary;
import vn.reformtrack.indices.IndexCatalog;
import vn.reformtrack.indices.VersionCommand;
import vn.reformtrack.organization.UnitDirectory;
import vn.reformtrack.organization.UnitSummary;
import vn.reformtrack.shared.demo.DemoMode;

/**
 * Demo mode only, after the other modules' demo data: Quảng Ninh's unit index, ILLUSTRATIVE throughout (group and set
 * names, reasons and documents say so). Three groups — departments with administrative procedures, departments
 * without (the same set, its area 3 not applicable to them), communes — and two published rounds, 2024 and 2025,
 * whose scores follow each unit's illustrative standing: two pairs of units tie, Sở Tư pháp's explanation of 2.2 was
 * raised and Sở Y tế's of 7.2 kept, bonus and deduction lines (one bonus over its limit). The 2026 round is open in
 * self-assessment: Sở Nội vụ and Sở Tài chính have submitted, Sở Tư pháp (the {@code head} and {@code staff}
 * accounts) is scoring; the council is Sở Tư pháp's {@code staff} (institutions), two further accounts of Sở Tài chính
 * and Sở Khoa học và Công nghệ, chaired by the {@code coordinator}. Runs once: not when a group exists.
 */
@Slf4j
@Component
@Order(50)
class DemoUnitIndex implements ApplicationRunner {

    static final String MARK = " (minh họa)";
    private static final String PASSWORD = "demo123";
    private static final List<String> WITH_PROCEDURES = List.of("SNV", "STP", "STC", "SCT", "SNNMT", "SXD", "SKHCN",
            "SGDDT", "SYT", "SVHTT", "SDL", "BQLKKT");
    private static final List<String> WITHOUT_PROCEDURES = List.of("VP", "TTT", "SDTTG");
    private static final List<String> COMMUNES = List.of("P-HALONG", "P-BAICHAY", "P-CAMPHA", "P-UONGBI",
            "P-MONGCAI1", "DK-VANDON", "DK-COTO", "X-TIENYEN", "X-BINHLIEU", "X-BACHE");
    /** Each unit's illustrative standing in 2025 (its 2024 one a little different); twins score alike and tie. */
    private static final Map<String, Double> STANDING = Map.ofEntries(Map.entry("SNV", 0.97), Map.entry("STP", 0.93),
            Map.entry("STC", 0.95), Map.entry("SCT", 0.88), Map.entry("SNNMT", 0.82), Map.entry("SXD", 0.88),
            Map.entry("SKHCN", 0.94), Map.entry("SGDDT", 0.86), Map.entry("SYT", 0.84), Map.entry("SVHTT", 0.79),
            Map.entry("SDL", 0.76), Map.entry("BQLKKT", 0.9), Map.entry("VP", 0.96), Map.entry("TTT", 0.83),
            Map.entry("SDTTG", 0.83), Map.entry("P-HALONG", 0.95), Map.entry("P-BAICHAY", 0.9),
            Map.entry("P-CAMPHA", 0.87), Map.entry("P-UONGBI", 0.85), Map.entry("P-MONGCAI1", 0.8),
            Map.entry("DK-VANDON", 0.92), Map.entry("DK-COTO", 0.74), Map.entry("X-TIENYEN", 0.81),
            Map.entry("X-BINHLIEU", 0.81), Map.entry("X-BACHE", 0.68));
    private static final Map<String, String> TWINS = Map.of("SXD", "SCT", "SDTTG", "TTT", "X-BINHLIEU", "X-TIENYEN");

    private final DemoMode demoMode;
    private final UnitGroupRepository groupRepository;
    private final UnitGroups groups;
    private final CriteriaSets sets;
    private final UnitIndexRounds rounds;
    private final UnitIndexCouncil council;
    private final UnitScoring scoring;
    private final UnitIndexAppraisal appraisal;
    private final UnitSheetRepository sheets;
    private final UnitScoreRepository scores;
    private final ContestRepository contests;
    private final Publication publication;
    private final UnitIndexHistory history;
    private final IndexCatalog catalog;
    private final UnitDirectory units;
    private final UserDirectory users;
    private final UserAdminService accounts;
    private final EvidenceStore evidence;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoUnitIndex(DemoMode demoMode, UnitGroupRepository groupRepository, UnitGroups groups, CriteriaSets sets,
            UnitIndexRounds rounds, UnitIndexCouncil council, UnitScoring scoring, UnitIndexAppraisal appraisal,
            UnitSheetRepository sheets, UnitScoreRepository scores, ContestRepository contests, Publication publication,
            UnitIndexHistory history, IndexCatalog catalog, UnitDirectory units, UserDirectory users,
            UserAdminService accounts, EvidenceStore evidence, PlatformTransactionManager transactions, Clock clock) {
        this.demoMode = demoMode;
        this.groupRepository = groupRepository;
        this.groups = groups;
        this.sets = sets;
        this.rounds = rounds;
        this.council = council;
        this.scoring = scoring;
        this.appraisal = appraisal;
        this.sheets = sheets;
        this.scores = scores;
        this.contests = contests;
        this.publication = publication;
        this.history = history;
        this.catalog = catalog;
        this.units = units;
        this.users = users;
        this.accounts = accounts;
        this.evidence = evidence;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demoMode.isOn() || groupRepository.count() > 0 || units.findByCode("STP").isEmpty()) {
            return;
        }
        UserSummary chair = person("SNV", Role.COORDINATOR).orElse(null);
        if (chair == null) {
            return;
        }
        CurrentUser coordinator = new CurrentUser(chair.id(), chair.username(), chair.fullName(), Role.COORDINATOR,
                chair.unitId());
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(chair.username(), null,
                AuthorityUtils.createAuthorityList("ROLE_COORDINATOR")));
        try {
            Demo demo = groupsAndSets(coordinator);
            pastRound(demo, 2024, coordinator, chair.id());
            pastRound(demo, 2025, coordinator, chair.id());
            openRound(demo, coordinator, chair.id());
            log.info("Demo mode: unit index of {} units, rounds 2024 and 2025 published, 2026 open (illustrative)",
                    WITH_PROCEDURES.size() + WITHOUT_PROCEDURES.size() + COMMUNES.size());
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private record Demo(UnitGroup withProcedures, UnitGroup withoutProcedures, UnitGroup communes) {

        List<Long> groupIds() {
            return List.of(withProcedures.getId(), withoutProcedures.getId(), communes.getId());
        }
    }

    private Demo groupsAndSets(CurrentUser by) {
        UnitGroup with = groups.create(new GroupCommand("SO_TTHC", "Sở, ban, ngành có thủ tục hành chính" + MARK,
                "Departments with administrative procedures (illustrative)", null), by);
        UnitGroup without = groups.create(new GroupCommand("SO_KHONG_TTHC", "Sở, ban, ngành không có thủ tục hành chính"
                + MARK, "Departments without administrative procedures (illustrative)", with.getFrameworkId()), by);
        UnitGroup communes = groups.create(new GroupCommand("XA", "UBND xã, phường, đặc khu" + MARK,
                "Communes, wards and special zones (illustrative)", null), by);
        long departmentSet = sets.create(with.getId(), new VersionCommand("1820/QĐ-UBND 30/7/2024" + MARK,
                "1820/QĐ-UBND", LocalDate.of(2024, 7, 30), 2024, null, new BigDecimal("100")), by).id();
        DemoUnitIndexSets.fill(sets, departmentSet, false, units, by);
        long communeSet = sets.create(communes.getId(), new VersionCommand("1821/QĐ-UBND 30/7/2024" + MARK,
                "1821/QĐ-UBND", LocalDate.of(2024, 7, 30), 2024, null, new BigDecimal("100")), by).id();
        DemoUnitIndexSets.fill(sets, communeSet, true, units, by);
        for (int year : List.of(2024, 2025, 2026)) {
            groups.assign(with.getId(), year, ids(WITH_PROCEDURES), by);
            groups.assign(without.getId(), year, ids(WITHOUT_PROCEDURES), by);
            groups.assign(communes.getId(), year, ids(COMMUNES), by);
        }
        sets.copyLastYear(with.getId(), new VersionCommand("3105/QĐ-UBND 15/9/2026" + MARK, "3105/QĐ-UBND",
                LocalDate.of(2026, 9, 15), 2026, null, new BigDecimal("100")), by);
        sets.copyLastYear(communes.getId(), new VersionCommand("3106/QĐ-UBND 15/9/2026" + MARK, "3106/QĐ-UBND",
                LocalDate.of(2026, 9, 15), 2026, null, new BigDecimal("100")), by);
        return new Demo(with, without, communes);
    }

    /** A published round of {@code year}, timetable in January and February of the next year. */
    private void pastRound(Demo demo, int year, CurrentUser coordinator, long chairId) {
        int next = year + 1;
        Timetable timetable = new Timetable(LocalDate.of(next, 1, 15), LocalDate.of(next, 1, 31),
                LocalDate.of(next, 2, 5), LocalDate.of(next, 2, 12), LocalDate.of(next, 2, 20));
        UnitIndexRound created = rounds.create(year, demo.groupIds(), timetable, thresholds(), chairId,
                coordinator.username());
        List<CouncilArea> areas = council.areas(created.getId());
        members(created.getId(), areas, coordinator);
        transaction.executeWithoutResult(status -> {
            UnitIndexRound round = rounds.get(created.getId());
            Instant submitted = at(LocalDate.of(next, 1, 12));
            Instant appraised = at(LocalDate.of(next, 1, 28));
            for (UnitSheet sheet : sheets.findByRoundId(round.getId())) {
                String code = units.find(sheet.getUnitId()).orElseThrow().code();
                score(round, sheet, code, year, demo, submitted, appraised);
            }
            round.publishPreliminary(coordinator.username(), at(LocalDate.of(next, 2, 3)));
            if (year == 2025) {
                contest(round, "STP", "2.2", true);
                contest(round, "SYT", "7.2", false);
            }
            round.publish(new Decision((year == 2024 ? "412" : "468") + "/QĐ-UBND", timetable.publicationDate(),
                    "Nguyễn Văn Công" + MARK, "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH"), coordinator.username(),
                    at(timetable.publicationDate()), timetable.publicationDate());
            history.recordAt(round.getId(), null, null, UnitIndexChangeKind.PUBLISHED, coordinator.username(),
                    at(timetable.publicationDate()), UnitIndexHistory.fields()
                            .add("unitindex.decision.number", null, round.getDecisionNumber()));
        });
        publication.store(created.getId(), publication.compute(rounds.get(created.getId())));
    }

    /** A unit's sheet of a past round: scored, submitted, appraised; its survey figures. */
    private void score(UnitIndexRound round, UnitSheet sheet, String code, int year, Demo demo, Instant submitted,
            Instant appraised) {
        String pattern = TWINS.getOrDefault(code, code);
        double standing = STANDING.get(pattern) - (year == 2024 ? (pattern.hashCode() % 5) / 100.0 : 0);
        String staff = "chuyenvien." + code.toLowerCase();
        long file = file(sheet.getUnitId(), staff, year);
        List<UnitScore> lines = scores.findBySheetIdOrderByPosition(sheet.getId());
        Map<Long, CriterionSummary> criteria = catalog.criteria(lines.stream().map(UnitScore::getCriterionId).toList());
        boolean withoutProcedures = sheet.getGroupId() == demo.withoutProcedures().getId();
        for (UnitScore line : lines) {
            CriterionSummary criterion = criteria.get(line.getCriterionId());
            if (withoutProcedures && criterion.areaCode().equals("3")) {
                line.exclude("Đơn vị không có thủ tục hành chính thuộc thẩm quyền giải quyết" + MARK);
                continue;
            }
            int seed = Math.abs((pattern + criterion.code() + year).hashCode());
            switch (line.getPart()) {
                case SELF_SCORED -> {
                    BigDecimal self = onStep(line, standing + (seed % 7 - 2) / 100.0);
                    line.record(self, "Đối chiếu kết quả thực hiện năm " + year + " với hướng dẫn chấm" + MARK, null,
                            staff, submitted);
                    line.replaceFiles(Set.of(file), staff, submitted);
                    BigDecimal lower = self.subtract(line.getScoreStep());
                    if (seed % 6 == 0 && lower.signum() >= 0) {
                        line.set(lower, "Tài liệu kiểm chứng chưa chứng minh đủ kết quả" + MARK, "thamdinh", appraised);
                    } else {
                        line.accept(null, "thamdinh", appraised);
                    }
                }
                case SURVEY -> {
                    BigDecimal figure = BigDecimal.valueOf(Math.min(99.5, 55 + standing * 42 + seed % 5))
                            .setScale(1, RoundingMode.HALF_UP);
                    line.recordSurvey(figure, 300 + seed % 200, line.surveyScale().points(figure, line.getMaxPoints()));
                }
                case BONUS, DEDUCTION -> pooled(line, code, criterion.code(), year, staff, file, submitted, appraised);
            }
        }
        sheet.submit(round, "truongphong." + code.toLowerCase(), submitted, round.getSelfAssessmentDeadline());
        history.recordAt(round.getId(), sheet.getUnitId(), null, UnitIndexChangeKind.SUBMITTED,
                "truongphong." + code.toLowerCase(), submitted, UnitIndexHistory.fields()
                        .add("unitindex.sheet.status", SheetStatus.DRAFT, SheetStatus.SUBMITTED));
    }

    /** Bonus and deduction lines: Sở Nội vụ claims both bonuses (4, over the limit of 3), a few others one each. */
    private static void pooled(UnitScore line, String unit, String criterion, int year, String staff, long file,
            Instant submitted, Instant appraised) {
        BigDecimal value = switch (unit + " " + criterion) {
            case "SNV 9.1", "SNV 9.2", "STP 9.1", "P-HALONG 9.2" -> new BigDecimal("2");
            case "SDL 10.1" -> new BigDecimal("1");
            case "X-BACHE 10.2" -> year == 2025 ? new BigDecimal("1.5") : null;
            default -> null;
        };
        if (value == null) {
            return;
        }
        line.record(value, (line.getPart() == CriterionPart.BONUS ? "Quyết định công nhận sáng kiến"
                : "Thông báo kết quả kiểm tra công tác CCHC") + MARK, null, staff, submitted);
        line.replaceFiles(Set.of(file), staff, submitted);
        line.accept(null, "thamdinh", appraised);
    }

    /** A 2025 explanation: raised one step back (Sở Tư pháp's 2.2) or kept (Sở Y tế's 7.2). */
    private void contest(UnitIndexRound round, String unitCode, String criterionCode, boolean raise) {
        long unitId = units.findByCode(unitCode).orElseThrow().id();
        UnitSheet sheet = sheets.findByRoundIdAndUnitId(round.getId(), unitId).orElseThrow();
        UnitScore line = scores.findBySheetIdOrderByPosition(sheet.getId()).stream()
                .filter(candidate -> catalog.criterion(candidate.getCriterionId()).orElseThrow().code().equals(criterionCode))
                .findFirst().orElseThrow();
        BigDecimal before = line.getAppraisedScore();
        if (before.compareTo(line.getSelfScore()) == 0) {
            line.set(before.subtract(line.getScoreStep()), "Tài liệu kiểm chứng chưa chứng minh đủ kết quả" + MARK,
                    "thamdinh", at(LocalDate.of(2026, 1, 28)));
        }
        Instant raised = at(LocalDate.of(2026, 2, 8));
        Contest contest = contests.save(new Contest(line, raise
                ? "Đơn vị đã rà soát đủ các văn bản theo kế hoạch; gửi kèm báo cáo kết quả rà soát" + MARK
                : "Đề nghị giữ điểm tự chấm vì đã kết nối hệ thống với Cổng dịch vụ công" + MARK,
                Set.of(file(unitId, "truongphong." + unitCode.toLowerCase(), 2026)), "truongphong."
                        + unitCode.toLowerCase(), raised));
        Instant answered = at(LocalDate.of(2026, 2, 11));
        if (raise) {
            contest.change(line.getSelfScore(), "Báo cáo rà soát bổ sung đủ căn cứ" + MARK, "thamdinh", answered);
            line.change(line.getSelfScore(), "Báo cáo rà soát bổ sung đủ căn cứ" + MARK, "thamdinh", answered);
        } else {
            contest.keep("Dịch vụ công của đơn vị chưa đạt tỷ lệ hồ sơ trực tuyến toàn trình theo hướng dẫn" + MARK,
                    "thamdinh", answered);
        }
        history.recordAt(round.getId(), unitId, line.getId(), UnitIndexChangeKind.CONTESTED,
                "truongphong." + unitCode.toLowerCase(), raised, UnitIndexHistory.fields()
                        .add("unitindex.contest.explanation", null, contest.getExplanation()));
    }

    /** The 2026 round, open for self-assessment: two departments have submitted, Sở Tư pháp is scoring. */
    private void openRound(Demo demo, CurrentUser coordinator, long chairId) {
        LocalDate today = LocalDate.now(clock);
        UnitIndexRound round = rounds.open(new OpenRoundCommand(2026, demo.groupIds(), new Timetable(today.plusWeeks(4),
                today.plusWeeks(7), today.plusWeeks(8), today.plusWeeks(9), today.plusWeeks(11)), thresholds(), chairId),
                coordinator);
        List<CouncilArea> areas = council.areas(round.getId());
        members(round.getId(), areas, coordinator);
        areas.stream()
                .filter(area -> area.groupName().contains(demo.withoutProcedures().getNameVi()) && area.code().equals("3"))
                .findFirst().ifPresent(area -> rounds.exclude(round.getId(), ids(WITHOUT_PROCEDURES), area.id(),
                        "Đơn vị không có thủ tục hành chính thuộc thẩm quyền giải quyết" + MARK, coordinator));
        for (String code : List.of("SNV", "STC")) {
            UnitSummary unit = units.findByCode(code).orElseThrow();
            CurrentUser head = new CurrentUser(0, "truongphong." + code.toLowerCase(), "Thủ trưởng", Role.UNIT_HEAD,
                    unit.id());
            recordAll(round.getId(), unit.id(), head, true);
            scoring.submit(round.getId(), unit.id(), scoring.stamp(round.getId(), unit.id()), head);
        }
        UnitSummary justice = units.findByCode("STP").orElseThrow();
        person("STP", Role.UNIT_STAFF).ifPresent(staff -> recordAll(round.getId(), justice.id(),
                new CurrentUser(staff.id(), staff.username(), staff.fullName(), Role.UNIT_STAFF, justice.id()), false));
    }

    /** Scores a unit's self-scored lines (all of them, or areas 1 and 2 only) with a file each. */
    private void recordAll(long roundId, long unitId, CurrentUser user, boolean all) {
        long file = file(unitId, user.username(), 2026);
        for (UnitScore line : scores.findBySheetIdOrderByPosition(sheets.findByRoundIdAndUnitId(roundId, unitId)
                .orElseThrow().getId())) {
            CriterionSummary criterion = catalog.criterion(line.getCriterionId()).orElseThrow();
            if (line.getPart() != CriterionPart.SELF_SCORED || !line.isApplicable()
                    || !all && !List.of("1", "2").contains(criterion.areaCode())) {
                continue;
            }
            BigDecimal self = onStep(line, STANDING.get(units.find(unitId).orElseThrow().code()));
            scoring.record(roundId, line.getId(), line.getVersion(), new RecordCommand(self.toPlainString(),
                    "Đối chiếu kết quả thực hiện năm 2026 với hướng dẫn chấm" + MARK, null, List.of(file), null, null),
                    user);
        }
    }

    /** The council: Sở Tư pháp's staff (institutions), Sở Tài chính (public finance), Sở KH&CN (digital government). */
    private void members(long roundId, List<CouncilArea> areas, CurrentUser coordinator) {
        Object[][] members = {{"STP", "staff", List.of("2")}, {"STC", "thamdinh.stc", List.of("6")},
            {"SKHCN", "thamdinh.skhcn", List.of("7")}};
        for (Object[] member : members) {
            Optional<UserSummary> person = member[1].equals("staff") ? person("STP", Role.UNIT_STAFF)
                    : Optional.of(demoAccount((String) member[0], (String) member[1]));
            person.ifPresent(found -> council.add(roundId, found.id(), Set.copyOf(areas.stream()
                    .filter(area -> ((List<?>) member[2]).contains(area.code())).map(CouncilArea::id).toList()),
                    coordinator));
        }
    }

    private UserSummary demoAccount(String unitCode, String username) {
        UnitSummary unit = units.findByCode(unitCode).orElseThrow();
        return users.activeInUnits(List.of(unit.id()), Role.UNIT_STAFF).stream()
                .filter(user -> user.username().equals(username)).findFirst()
                .orElseGet(() -> users.find(accounts.createDemoAccount(new UserCommand(username,
                        username.equals("thamdinh.stc") ? "Trần Thị Minh Phương" : "Hoàng Văn Khải",
                        username + "@demo.quangninh.gov.vn", null, Role.UNIT_STAFF, unit.id()), PASSWORD).getId())
                        .orElseThrow());
    }

    private Optional<UserSummary> person(String unitCode, Role role) {
        return units.findByCode(unitCode).flatMap(unit -> users.activeInUnits(List.of(unit.id()), role).stream()
                .findFirst());
    }

    private long file(long unitId, String uploader, int year) {
        String name = "Báo cáo kết quả cải cách hành chính năm " + year + MARK + ".pdf";
        return evidence.store(new CurrentUser(0, uploader, uploader, Role.UNIT_STAFF, unitId), unitId, name,
                new ByteArrayInputStream(OnePagePdf.of("Bao cao ket qua CCHC " + year, "Minh hoa - illustrative")),
                new EvidenceDetails(unitId + "/BC-" + year, earliest(LocalDate.of(year, 12, 10), LocalDate.now(clock)),
                        units.find(unitId).map(UnitSummary::name).orElse(null), null)).id();
    }

    private static LocalDate earliest(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    /** A share of the line's maximum, down to its step. */
    private static BigDecimal onStep(UnitScore line, double share) {
        BigDecimal raw = line.getMaxPoints().multiply(BigDecimal.valueOf(Math.max(0, Math.min(1, share))));
        BigDecimal step = line.getScoreStep() == null ? new BigDecimal("0.25") : line.getScoreStep();
        return raw.divide(step, 0, RoundingMode.FLOOR).multiply(step).stripTrailingZeros();
    }

    private List<Long> ids(List<String> codes) {
        List<Long> ids = new ArrayList<>();
        codes.forEach(code -> units.findByCode(code).ifPresent(unit -> ids.add(unit.id())));
        return ids;
    }

    private static ClassThresholds thresholds() {
        return new ClassThresholds(new BigDecimal("90"), new BigDecimal("80"), new BigDecimal("70"), new BigDecimal("50"));
    }

    private static Instant at(LocalDate day) {
        return day.atTime(9, 0).toInstant(ZoneOffset.ofHours(7));
    }
}
