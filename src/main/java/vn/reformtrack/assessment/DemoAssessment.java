package vn.reformtrack.assessment;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lombok.extern.slf4j.Slf4j;
import org.springframework.stereotype.Component;
import vn.reformtrack.evidence.EvidenceDetails;
import vn.reformtrack.evidence.EvidenceStore;
import vn.reformtrack.evidence.OnePagePdf;
import vn.reformtrack.identity.CurrentUser;
import vn.reformtrack.identity.Role;
import vn.reformtrack.indices.CriterionSummary;
import vn.reformtrack.indices.IndexCatalog;
import vn.reformtrack.indices.IndexSubject;
import vn.reformtrack.indices.VersionSummary;
import vn.reformtrack.organization.UnitDirectory;
import vn.reformtrack.organization.UnitSummary;
import vn.reformtrack.shared.demo.DemoMode;
import vn.reformtrack.shared.startup.StartupOrder;
import vn.reformtrack.shared.startup.StartupTask;

/**
 * Demo mode only, after the other modules' demo data: the province's PAR Index 2025 self-assessment on the
 * illustrative criteria of 876/QĐ-BNV, open until three weeks from today. Several departments have recorded their
 * criteria with evidence (small generated PDFs); Home Affairs, Văn phòng and Sở Tư pháp (the {@code head} and
 * {@code staff} accounts) have submitted their parts; Home Affairs accepted some scores, appraised 2.2 down with a
 * reason, returned 2.3 to Sở Tư pháp with a comment, and estimated the two survey criteria; four criteria are still
 * unscored. A 2025 plan with targets comes from {@link DemoPlanTargets}. Every score, file, number and reason here is
 * ILLUSTRATIVE and says so. Runs once: not when the round exists.
 */
@Slf4j
@Component
class DemoAssessment implements StartupTask {

    static final int YEAR = 2025;
    static final String FRAMEWORK = "PAR_PROVINCE";
    static final String MARK = " (minh họa)";
    private static final CurrentUser COORDINATOR = new CurrentUser(0, "coordinator", "Nguyễn Thị Thu Hà", Role.COORDINATOR, null);

    /** Criterion code, self-score, document number of its evidence file (empty: none, with a reason). */
    private static final List<String[]> RECORDS = List.of(
            new String[] {"1.1", "2", "4788/QĐ-UBND"}, new String[] {"1.2", "1.5", "312/BC-UBND"},
            new String[] {"1.3", "1.75", "105/KH-UBND"}, new String[] {"1.4", "1.25", "50/KH-UBND"},
            new String[] {"1.5", "1.5", "2150/QĐ-UBND"}, new String[] {"2.1", "3", "28/BC-STP"},
            new String[] {"2.2", "2.75", "41/BC-STP"}, new String[] {"2.3", "2", ""},
            new String[] {"3.1", "2.75", "89/BC-VP"}, new String[] {"3.2", "2", "1204/QĐ-UBND"},
            new String[] {"3.3", "3.5", "17/BC-TTPVHCC"}, new String[] {"3.4", "3", "18/BC-TTPVHCC"},
            new String[] {"4.1", "3", "3310/QĐ-UBND"}, new String[] {"4.2", "2.75", "2987/QĐ-UBND"},
            new String[] {"4.3", "2", "1876/QĐ-UBND"}, new String[] {"5.1", "3", "2205/QĐ-UBND"},
            new String[] {"5.2", "2.5", "77/BC-SNV"}, new String[] {"6.1", "2.5", "145/BC-STC"},
            new String[] {"7.1", "2.75", "66/BC-SKHCN"}, new String[] {"7.2", "3.25", "21/BC-TTPVHCC"});

    private final DemoMode demoMode;
    private final IndexCatalog catalog;
    private final AssessmentRoundRepository rounds;
    private final RoundService roundService;
    private final RecordingService recording;
    private final AppraisalService appraisals;
    private final RoundQueries queries;
    private final EvidenceStore evidence;
    private final UnitDirectory units;
    private final DemoPlanTargets planTargets;
    private final Clock clock;

    DemoAssessment(DemoMode demoMode, IndexCatalog catalog, AssessmentRoundRepository rounds, RoundService roundService,
            RecordingService recording, AppraisalService appraisals, RoundQueries queries, EvidenceStore evidence,
            UnitDirectory units, DemoPlanTargets planTargets, Clock clock) {
        this.demoMode = demoMode;
        this.catalog = catalog;
        this.rounds = rounds;
        this.roundService = roundService;
        this.recording = recording;
        this.appraisals = appraisals;
        this.queries = queries;
        this.evidence = evidence;
        this.units = units;
        this.planTargets = planTargets;
        this.clock = clock;
    }

    @Override
    public int order() {
        return StartupOrder.DEMO_ASSESSMENT;
    }

    @Override
    public void run() {
        if (!demoMode.isOn() || units.findByCode("STP").isEmpty()) {
            return;
        }
        VersionSummary version = catalog.versionFor(FRAMEWORK, YEAR).orElse(null);
        if (version == null || rounds.findFirstByVersionIdAndYearAndSubjectType(version.id(), YEAR, IndexSubject.PROVINCE).isPresent()
                || catalog.tree(version.id()).stream().noneMatch(c -> c.depth() > 0 && c.leaf())) {
            return;
        }
        planTargets.ensure(YEAR);
        AssessmentRound round = roundService.open(new OpenRoundCommand(version.id(), YEAR, RoundSubject.province(),
                LocalDate.now(clock).plusWeeks(3)), COORDINATOR);
        long id = round.getId();
        roundService.start(id, round.getVersion(), COORDINATOR);
        Map<String, ItemRow> items = new HashMap<>();
        queries.items(id, version.id()).forEach(row -> items.put(row.code(), row));

        contribute(id, items.get("2.1"), "VP", "Tờ trình đề nghị ban hành văn bản QPPL", "305/TTr-VP");
        for (String[] record : RECORDS) {
            record(id, items.get(record[0]), record[1], record[2]);
        }
        for (String unit : new String[] {"SNV", "VP", "STP"}) {
            submit(id, unit);
        }
        appraisals.accept(id, items.get("1.1").id(), current(id, "1.1"), null, COORDINATOR);
        appraisals.accept(id, items.get("1.2").id(), current(id, "1.2"), null, COORDINATOR);
        appraisals.accept(id, items.get("2.1").id(), current(id, "2.1"), null, COORDINATOR);
        appraisals.accept(id, items.get("3.2").id(), current(id, "3.2"), null, COORDINATOR);
        appraisals.adjust(id, items.get("2.2").id(), current(id, "2.2"), "2.25",
                "Một số văn bản QPPL được rà soát chậm so với kế hoạch; đối chiếu Báo cáo 41/BC-STP" + MARK, COORDINATOR);
        appraisals.returnToUnit(id, items.get("2.3").id(), current(id, "2.3"),
                "Đề nghị bổ sung Báo cáo theo dõi thi hành pháp luật năm 2025 làm tài liệu kiểm chứng" + MARK, COORDINATOR);
        estimate(id, items.get("8.1"), "9.1", "Kết quả khảo sát sự hài lòng nội bộ quý III/2025 và SIPAS 2024" + MARK,
                "Báo cáo kết quả khảo sát sự hài lòng quý III năm 2025", "210/BC-SNV");
        estimate(id, items.get("8.2"), "19.5", "Kết quả điều tra xã hội học năm trước và các kiến nghị đã xử lý" + MARK,
                null, null);
        log.info("Demo mode: PAR Index {} self-assessment round with illustrative scores, evidence and appraisals", YEAR);
    }

    private void record(long roundId, ItemRow item, String score, String documentNumber) {
        if (item == null || item.responsibleUnitId() == null) {
            return;
        }
        CurrentUser staff = unitUser(item.responsibleUnitId(), Role.UNIT_STAFF);
        List<Long> files = new ArrayList<>();
        if (!documentNumber.isEmpty()) {
            files.add(file(staff, item.responsibleUnitId(), item.code() + " " + item.nameVi().replace(MARK, ""),
                    documentNumber));
        }
        long version = current(roundId, item.code());
        recording.record(roundId, item.id(), version, new RecordCommand(score,
                "Đơn vị đã thực hiện đầy đủ nhiệm vụ của tiêu chí theo kế hoạch năm " + YEAR + "; điểm tự chấm theo hướng dẫn"
                        + " của Bộ Nội vụ" + MARK,
                files.isEmpty() ? "Báo cáo đang chờ ký ban hành, sẽ bổ sung khi có" + MARK : null, List.copyOf(files)),
                staff);
    }

    private void contribute(long roundId, ItemRow item, String unitCode, String title, String number) {
        UnitSummary unit = units.findByCode(unitCode).orElse(null);
        if (item == null || unit == null || !item.coordinatingUnitIds().contains(unit.id())) {
            return;
        }
        CurrentUser staff = unitUser(unit.id(), Role.UNIT_STAFF);
        long file = file(staff, unit.id(), title, number);
        recording.contribute(roundId, item.id(), current(roundId, item.code()), List.of(file), staff);
    }

    private void submit(long roundId, String unitCode) {
        units.findByCode(unitCode).ifPresent(unit -> {
            RecordingService.UnitPart part = recording.unitPart(roundId, unit.id());
            if (!part.toSubmit().isEmpty()) {
                recording.submitUnitPart(roundId, part.stamp(), unitUser(unit.id(), Role.UNIT_HEAD));
            }
        });
    }

    private void estimate(long roundId, ItemRow item, String value, String basis, String fileTitle, String number) {
        if (item == null || item.entry() != EntryMode.ESTIMATE) {
            return;
        }
        List<Long> files = new ArrayList<>();
        if (fileTitle != null) {
            long snv = units.findByCode("SNV").map(UnitSummary::id).orElseThrow();
            files.add(file(COORDINATOR, snv, fileTitle, number));
        }
        appraisals.estimate(roundId, item.id(), current(roundId, item.code()), value, basis, files, COORDINATOR);
    }

    private long current(long roundId, String code) {
        return queries.items(roundId, rounds.findById(roundId).orElseThrow().getVersionId()).stream()
                .filter(row -> row.code().equals(code))
                .findFirst()
                .orElseThrow()
                .lockVersion();
    }

    /** The demo accounts of Sở Tư pháp; elsewhere a stand-in named after the unit (no account is created). */
    private CurrentUser unitUser(long unitId, Role role) {
        UnitSummary unit = units.find(unitId).orElseThrow();
        if (unit.code().equals("STP")) {
            return role == Role.UNIT_HEAD
                    ? new CurrentUser(0, "head", "Phạm Văn Dũng", Role.UNIT_HEAD, unitId)
                    : new CurrentUser(0, "staff", "Lê Thị Mai", Role.UNIT_STAFF, unitId);
        }
        String who = (role == Role.UNIT_HEAD ? "thutruong." : "chuyenvien.") + unit.code().toLowerCase(java.util.Locale.ROOT);
        return new CurrentUser(0, who, who, role, unitId);
    }

    private long file(CurrentUser uploader, long unitId, String title, String number) {
        String unitName = units.find(unitId).map(UnitSummary::name).orElse("");
        byte[] pdf = OnePagePdf.of(title + MARK, "Tai lieu minh hoa - tu danh gia chi so cua ReformTrack");
        return evidence.store(uploader, unitId, title + MARK + ".pdf", new ByteArrayInputStream(pdf),
                new EvidenceDetails(number, LocalDate.of(YEAR, 6, 1).plusDays(Math.abs(title.hashCode()) % 180),
                        unitName, "Tài liệu minh họa (demo)")).id();
    }
}
