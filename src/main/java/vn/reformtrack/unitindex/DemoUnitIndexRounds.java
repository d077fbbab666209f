package vn.reformtrack.unitindex;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
import vn.reformtrack.organization.UnitDirectory;
import vn.reformtrack.unitindex.DemoUnitIndex.Demo;

/**
 * Demo mode only, for {@link DemoUnitIndex}: the demo's rounds, ILLUSTRATIVE. Two published ones, written as they
 * would have happened (each line through its own methods, in one transaction a round, with few statements), and the
 * open one, whose submissions go through the service with all its checks. A hundred statements, not thousands: the
 * demo runs at every first start of a demo application and of the test suite's context.
 */
@Component
class DemoUnitIndexRounds {

    private static final String MARK = DemoUnitIndex.MARK;
    private static final String PASSWORD = "demo123";

    private final UnitIndexRounds rounds;
    private final UnitIndexCouncil council;
    private final UnitScoring scoring;
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

    DemoUnitIndexRounds(UnitIndexRounds rounds, UnitIndexCouncil council, UnitScoring scoring, UnitSheetRepository sheets,
            UnitScoreRepository scores, ContestRepository contests, Publication publication, UnitIndexHistory history,
            IndexCatalog catalog, UnitDirectory units, UserDirectory users, UserAdminService accounts,
            EvidenceStore evidence, PlatformTransactionManager transactions, Clock clock) {
        this.rounds = rounds;
        this.council = council;
        this.scoring = scoring;
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

    /**
     * A published round of {@code year}, timetable in January and February of the next year: every line scored,
     * submitted and appraised in one transaction through the lines' own methods (read in one query, written in
     * batches), the results computed and stored as a publication does.
     */
    void past(Demo demo, int year, CurrentUser coordinator, long chairId) {
        int next = year + 1;
        Timetable timetable = new Timetable(LocalDate.of(next, 1, 15), LocalDate.of(next, 1, 31),
                LocalDate.of(next, 2, 5), LocalDate.of(next, 2, 12), LocalDate.of(next, 2, 20));
        UnitIndexRound created = rounds.create(year, demo.groupIds(), timetable, thresholds(), chairId,
                coordinator.username());
        members(created.getId(), coordinator, demo);
        DemoUnitIndexScores.Past past = new DemoUnitIndexScores.Past(year, at(LocalDate.of(next, 1, 12)),
                at(LocalDate.of(next, 1, 28)));
        transaction.executeWithoutResult(status -> {
            UnitIndexRound round = rounds.get(created.getId());
            List<UnitSheet> roundSheets = sheets.findByRoundId(round.getId());
            // Files first: each is flushed as it is stored, which would check every line loaded before it.
            Map<Long, Long> files = new HashMap<>();
            roundSheets.forEach(sheet -> files.put(sheet.getUnitId(), file(sheet.getUnitId(),
                    DemoUnitIndexScores.staffOf(demo.code(sheet.getUnitId())), year, demo)));
            Map<String, Long> explanations = year == 2025 ? Map.of("STP", file(demo.id("STP"),
                    DemoUnitIndexScores.headOf("STP"), 2026, demo), "SYT", file(demo.id("SYT"),
                    DemoUnitIndexScores.headOf("SYT"), 2026, demo)) : Map.of();
            Lines lines = lines(round.getId());
            List<UnitIndexChange> submissions = new ArrayList<>();
            for (UnitSheet sheet : roundSheets) {
                String code = demo.code(sheet.getUnitId());
                long file = files.get(sheet.getUnitId());
                boolean withoutProcedures = sheet.getGroupId() == demo.withoutProcedures().getId();
                for (UnitScore line : lines.ofUnit(sheet.getUnitId())) {
                    DemoUnitIndexScores.pastLine(line, lines.criterion(line), code, withoutProcedures, file, past);
                }
                String head = DemoUnitIndexScores.headOf(code);
                sheet.submit(round, head, past.submitted(), round.getSelfAssessmentDeadline());
                submissions.add(UnitIndexHistory.line(round.getId(), sheet.getUnitId(), UnitIndexChangeKind.SUBMITTED,
                        head, past.submitted(), UnitIndexHistory.fields()
                                .add("unitindex.sheet.status", SheetStatus.DRAFT, SheetStatus.SUBMITTED)));
            }
            history.recordAll(submissions);
            round.publishPreliminary(coordinator.username(), at(LocalDate.of(next, 2, 3)));
            if (year == 2025) {
                contest(lines.find(demo.id("STP"), "2.2"), "STP", true, explanations.get("STP"));
                contest(lines.find(demo.id("SYT"), "7.2"), "SYT", false, explanations.get("SYT"));
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

    /** Every line of a round (one query) with its criterion (one query), by unit. */
    private record Lines(Map<Long, List<UnitScore>> byUnit, Map<Long, CriterionSummary> criteria) {

        List<UnitScore> ofUnit(long unitId) {
            return byUnit.getOrDefault(unitId, List.of());
        }

        CriterionSummary criterion(UnitScore line) {
            return criteria.get(line.getCriterionId());
        }

        UnitScore find(long unitId, String criterionCode) {
            return ofUnit(unitId).stream().filter(line -> criterion(line).code().equals(criterionCode)).findFirst()
                    .orElseThrow();
        }
    }

    private Lines lines(long roundId) {
        List<UnitScore> all = scores.findByRoundIdOrderByUnitIdAscPositionAsc(roundId);
        Map<Long, List<UnitScore>> byUnit = new LinkedHashMap<>();
        all.forEach(line -> byUnit.computeIfAbsent(line.getUnitId(), id -> new ArrayList<>()).add(line));
        return new Lines(byUnit, catalog.criteria(all.stream().map(UnitScore::getCriterionId).distinct().toList()));
    }

    /** A 2025 explanation: raised one step back (Sở Tư pháp's 2.2) or kept (Sở Y tế's 7.2). */
    private void contest(UnitScore line, String unitCode, boolean raise, long file) {
        BigDecimal before = line.getAppraisedScore();
        if (before.compareTo(line.getSelfScore()) == 0) {
            line.set(before.subtract(line.getScoreStep()), DemoUnitIndexScores.UNPROVEN, "thamdinh",
                    at(LocalDate.of(2026, 1, 28)));
        }
        Instant raised = at(LocalDate.of(2026, 2, 8));
        String head = DemoUnitIndexScores.headOf(unitCode);
        Contest contest = contests.save(new Contest(line, raise
                ? "Đơn vị đã rà soát đủ các văn bản theo kế hoạch; gửi kèm báo cáo kết quả rà soát" + MARK
                : "Đề nghị giữ điểm tự chấm vì đã kết nối hệ thống với Cổng dịch vụ công" + MARK,
                Set.of(file), head, raised));
        Instant answered = at(LocalDate.of(2026, 2, 11));
        if (raise) {
            contest.change(line.getSelfScore(), "Báo cáo rà soát bổ sung đủ căn cứ" + MARK, "thamdinh", answered);
            line.change(line.getSelfScore(), "Báo cáo rà soát bổ sung đủ căn cứ" + MARK, "thamdinh", answered);
        } else {
            contest.keep("Dịch vụ công của đơn vị chưa đạt tỷ lệ hồ sơ trực tuyến toàn trình theo hướng dẫn" + MARK,
                    "thamdinh", answered);
        }
        history.recordAt(line.getRoundId(), line.getUnitId(), line.getId(), UnitIndexChangeKind.CONTESTED, head, raised,
                UnitIndexHistory.fields().add("unitindex.contest.explanation", null, contest.getExplanation()));
    }

    /**
     * The 2026 round, open for self-assessment: Sở Nội vụ and Sở Tài chính have recorded everything and their heads
     * submitted (through the submission's own checks), Sở Tư pháp's staff has recorded areas 1 and 2.
     */
    void open(Demo demo, CurrentUser coordinator, long chairId) {
        LocalDate today = LocalDate.now(clock);
        UnitIndexRound round = rounds.open(new OpenRoundCommand(2026, demo.groupIds(), new Timetable(today.plusWeeks(4),
                today.plusWeeks(7), today.plusWeeks(8), today.plusWeeks(9), today.plusWeeks(11)), thresholds(), chairId),
                coordinator);
        List<CouncilArea> areas = members(round.getId(), coordinator, demo);
        areas.stream()
                .filter(area -> area.groupName().contains(demo.withoutProcedures().getNameVi()) && area.code().equals("3"))
                .findFirst().ifPresent(area -> rounds.exclude(round.getId(), demo.ids(DemoUnitIndex.WITHOUT_PROCEDURES), area.id(),
                        DemoUnitIndexScores.NOT_APPLICABLE, coordinator));
        Optional<UserSummary> justiceStaff = person("STP", Role.UNIT_STAFF);
        transaction.executeWithoutResult(status -> {
            Map<String, Long> files = new HashMap<>();
            for (String code : List.of("SNV", "STC")) {
                files.put(code, file(demo.id(code), DemoUnitIndexScores.headOf(code), 2026, demo));
            }
            justiceStaff.ifPresent(staff -> files.put("STP", file(demo.id("STP"), staff.username(), 2026, demo)));
            Lines lines = lines(round.getId());
            List<UnitIndexChange> recorded = new ArrayList<>();
            for (String code : List.of("SNV", "STC")) {
                recordAll(lines, demo.id(code), code, DemoUnitIndexScores.headOf(code), files.get(code), null, recorded);
            }
            justiceStaff.ifPresent(staff -> recordAll(lines, demo.id("STP"), "STP", staff.username(), files.get("STP"),
                    Set.of("1", "2"), recorded));
            history.recordAll(recorded);
        });
        for (String code : List.of("SNV", "STC")) {
            long unitId = demo.id(code);
            CurrentUser head = new CurrentUser(0, DemoUnitIndexScores.headOf(code), "Thủ trưởng", Role.UNIT_HEAD, unitId);
            scoring.submit(round.getId(), unitId, scoring.stamp(round.getId(), unitId), head);
        }
    }

    /**
     * A unit's self-scored lines (of {@code areaCodes} only, unless null) recorded with a file each, as its user would
     * record them one by one.
     */
    private void recordAll(Lines lines, long unitId, String unitCode, String by, long file, Set<String> areaCodes,
            List<UnitIndexChange> recorded) {
        Instant now = Instant.now(clock);
        for (UnitScore line : lines.ofUnit(unitId)) {
            if (line.getPart() != CriterionPart.SELF_SCORED || !line.isApplicable()
                    || areaCodes != null && !areaCodes.contains(lines.criterion(line).areaCode())) {
                continue;
            }
            BigDecimal self = DemoUnitIndexScores.current(line, unitCode);
            String method = "Đối chiếu kết quả thực hiện năm 2026 với hướng dẫn chấm" + MARK;
            line.record(self, method, null, by, now);
            line.replaceFiles(Set.of(file), by, now);
            recorded.add(UnitIndexHistory.line(line, UnitIndexChangeKind.RECORDED, by, now, UnitIndexHistory.fields()
                    .add("unitindex.score.selfScore", null, self).add("unitindex.score.method", null, method)
                    .add("unitindex.score.files", 0, 1)));
        }
    }

    /**
     * The council: Sở Tư pháp's staff (institutions), Sở Tài chính (public finance), Sở KH&CN (digital government),
     * each from the department that owns the area.
     *
     * @return the round's areas
     */
    private List<CouncilArea> members(long roundId, CurrentUser coordinator, Demo demo) {
        List<CouncilArea> areas = council.areas(roundId);
        Object[][] members = {{"STP", "staff", List.of("2")}, {"STC", "thamdinh.stc", List.of("6")},
            {"SKHCN", "thamdinh.skhcn", List.of("7")}};
        for (Object[] member : members) {
            Optional<UserSummary> person = member[1].equals("staff") ? person("STP", Role.UNIT_STAFF)
                    : Optional.of(demoAccount(demo.id((String) member[0]), (String) member[1]));
            person.ifPresent(found -> council.add(roundId, found.id(), Set.copyOf(areas.stream()
                    .filter(area -> ((List<?>) member[2]).contains(area.code())).map(CouncilArea::id).toList()),
                    null, coordinator));
        }
        return areas;
    }

    private UserSummary demoAccount(long unitId, String username) {
        return users.activeInUnits(List.of(unitId), Role.UNIT_STAFF).stream()
                .filter(user -> user.username().equals(username)).findFirst()
                .orElseGet(() -> users.find(accounts.createDemoAccount(new UserCommand(username,
                        username.equals("thamdinh.stc") ? "Trần Thị Minh Phương" : "Hoàng Văn Khải",
                        username + "@demo.quangninh.gov.vn", null, Role.UNIT_STAFF, unitId), PASSWORD).getId())
                        .orElseThrow());
    }

    Optional<UserSummary> person(String unitCode, Role role) {
        return units.findByCode(unitCode).flatMap(unit -> users.activeInUnits(List.of(unit.id()), role).stream()
                .findFirst());
    }

    /** The unit's report of the year, a one-page PDF in its evidence library. */
    private long file(long unitId, String uploader, int year, Demo demo) {
        String name = "Báo cáo kết quả cải cách hành chính năm " + year + MARK + ".pdf";
        return evidence.store(new CurrentUser(0, uploader, uploader, Role.UNIT_STAFF, unitId), unitId, name,
                new ByteArrayInputStream(OnePagePdf.of("Bao cao ket qua CCHC " + year, "Minh hoa - illustrative")),
                new EvidenceDetails(unitId + "/BC-" + year, earliest(LocalDate.of(year, 12, 10), LocalDate.now(clock)),
                        demo.byId().get(unitId).name(), null)).id();
    }

    private static LocalDate earliest(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static ClassThresholds thresholds() {
        return new ClassThresholds(new BigDecimal("90"), new BigDecimal("80"), new BigDecimal("70"), new BigDecimal("50"));
    }

    private static Instant at(LocalDate day) {
        return day.atTime(9, 0).toInstant(ZoneOffset.ofHours(7));
    }
}
