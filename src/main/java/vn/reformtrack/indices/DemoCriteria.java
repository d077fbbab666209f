package vn.reformtrack.indices;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import lombok.extern.slf4j.Slf4j;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.reformtrack.organization.UnitDirectory;
import vn.reformtrack.organization.UnitSummary;
import vn.reformtrack.shared.demo.DemoMode;
import vn.reformtrack.shared.startup.StartupOrder;
import vn.reformtrack.shared.startup.StartupTask;

/**
 * Demo mode only: criteria under the eight published areas of the PAR Index (876/QĐ-BNV), so that a newcomer can see
 * scores and lost points. The Ministry's criterion-level codes and maxima were not available to us: these codes,
 * names and maxima are ILLUSTRATIVE (every name says so), loosely following the published facts (8 areas, 100
 * points, of which SIPAS 10, the survey of leaders 22 and socio-economic indicators 6.5). Runs after the reference
 * loaders and the demo province, once: not when the areas already have criteria.
 */
@Slf4j
@Component
class DemoCriteria implements StartupTask {

    static final String VERSION_LEGAL_BASIS = "876/QĐ-BNV";
    private static final String MARK_VI = " (minh họa)";
    private static final String MARK_EN = " (illustrative)";

    /** code, name vi, name en, max, step, assessment, lead unit code, coordinating unit codes. */
    private static final List<String[]> CRITERIA = List.of(
            new String[] {"1.1", "Kế hoạch cải cách hành chính năm", "Annual reform plan", "2", "0.25", "SELF_ASSESSED", "SNV", "VP"},
            new String[] {"1.2", "Báo cáo cải cách hành chính", "Reform reporting", "1.5", "0.25", "SELF_ASSESSED", "SNV", ""},
            new String[] {"1.3", "Kiểm tra công tác cải cách hành chính", "Inspection of reform work", "2", "0.25", "SELF_ASSESSED", "SNV", "TTT"},
            new String[] {"1.4", "Tuyên truyền cải cách hành chính", "Reform communication", "1.5", "0.25", "SELF_ASSESSED", "SVHTT", "SNV"},
            new String[] {"1.5", "Sáng kiến, giải pháp mới trong cải cách hành chính", "Reform initiatives", "2", "0.25", "SELF_ASSESSED", "SNV", "SKHCN"},
            new String[] {"2.1", "Xây dựng văn bản quy phạm pháp luật", "Drafting legal documents", "3", "0.25", "SELF_ASSESSED", "STP", "VP"},
            new String[] {"2.2", "Rà soát, kiểm tra văn bản quy phạm pháp luật", "Review of legal documents", "3", "0.25", "SELF_ASSESSED", "STP", ""},
            new String[] {"2.3", "Theo dõi thi hành pháp luật", "Monitoring law enforcement", "2", "0.25", "SELF_ASSESSED", "STP", "TTT"},
            new String[] {"3.1", "Kiểm soát thủ tục hành chính", "Control of administrative procedures", "3", "0.25", "SELF_ASSESSED", "VP", "STP"},
            new String[] {"3.2", "Công khai thủ tục hành chính", "Publication of procedures", "2", "0.25", "SELF_ASSESSED", "VP", ""},
            new String[] {"3.3", "Cơ chế một cửa, một cửa liên thông", "One-stop shop", "4", "0.25", "SELF_ASSESSED", "TTPVHCC", "VP"},
            new String[] {"3.4", "Giải quyết hồ sơ đúng hạn", "Files handled on time", "3", "0.25", "SELF_ASSESSED", "TTPVHCC", ""},
            new String[] {"4.1", "Sắp xếp tổ chức bộ máy", "Restructuring of agencies", "3", "0.25", "SELF_ASSESSED", "SNV", ""},
            new String[] {"4.2", "Quản lý biên chế", "Staffing quotas", "3", "0.25", "SELF_ASSESSED", "SNV", "STC"},
            new String[] {"4.3", "Phân cấp quản lý", "Decentralisation", "2", "0.25", "SELF_ASSESSED", "SNV", "STP"},
            new String[] {"5.1", "Vị trí việc làm", "Job positions", "3", "0.25", "SELF_ASSESSED", "SNV", ""},
            new String[] {"5.2", "Tuyển dụng, sử dụng công chức, viên chức", "Recruitment and use of civil servants", "3", "0.25", "SELF_ASSESSED", "SNV", ""},
            new String[] {"5.3", "Kỷ luật, kỷ cương hành chính", "Administrative discipline", "3", "0.25", "SELF_ASSESSED", "TTT", "SNV"},
            new String[] {"6.1", "Quản lý, sử dụng ngân sách", "Budget management", "2.5", "0.25", "SELF_ASSESSED", "STC", ""},
            new String[] {"6.2", "Tự chủ của đơn vị sự nghiệp công lập", "Autonomy of public service units", "3", "0.25", "SELF_ASSESSED", "STC", "SNV"},
            new String[] {"7.1", "Hạ tầng, nền tảng số", "Digital infrastructure and platforms", "3", "0.25", "SELF_ASSESSED", "SKHCN", ""},
            new String[] {"7.2", "Dịch vụ công trực tuyến", "Online public services", "4", "0.25", "SELF_ASSESSED", "TTPVHCC", "SKHCN"},
            new String[] {"7.3", "Kết nối, chia sẻ dữ liệu", "Data sharing", "3", "0.25", "SELF_ASSESSED", "SKHCN", "VP"},
            new String[] {"8.1", "Chỉ số hài lòng của người dân, tổ chức (SIPAS)", "Citizen satisfaction (SIPAS)", "10", "", "SURVEY", "SNV", "TTPVHCC"},
            new String[] {"8.2", "Điều tra xã hội học đối với lãnh đạo, quản lý", "Survey of leaders and managers", "22", "", "SURVEY", "SNV", "VP"},
            new String[] {"8.3", "Chỉ tiêu phát triển kinh tế - xã hội", "Socio-economic indicators", "6.5", "", "MIXED", "STC", "SCT"});

    private final DemoMode demoMode;
    private final FrameworkVersionRepository versions;
    private final CriterionRepository criteria;
    private final UnitDirectory units;

    DemoCriteria(DemoMode demoMode, FrameworkVersionRepository versions, CriterionRepository criteria, UnitDirectory units) {
        this.demoMode = demoMode;
        this.versions = versions;
        this.criteria = criteria;
        this.units = units;
    }

    @Override
    public int order() {
        return StartupOrder.DEMO_CRITERIA;
    }

    @Override
    @Transactional
    public void run() {
        if (!demoMode.isOn()) {
            return;
        }
        FrameworkVersion version = versions.findByFrameworkCode("PAR_PROVINCE").stream()
                .filter(candidate -> VERSION_LEGAL_BASIS.equals(candidate.getLegalBasis()))
                .findFirst()
                .orElse(null);
        if (version == null || criteria.findByVersionId(version.getId()).stream().anyMatch(c -> c.getParentId() != null)) {
            return;
        }
        int position = 0;
        for (String[] row : CRITERIA) {
            String areaCode = row[0].substring(0, row[0].indexOf('.'));
            Criterion area = criteria.findByVersionIdAndCode(version.getId(), areaCode).orElse(null);
            if (area == null) {
                continue;
            }
            Criterion criterion = new Criterion(version.getId(), area.getId(), row[0], ++position);
            criterion.describe(row[1] + MARK_VI, row[2] + MARK_EN, CriterionKind.CRITERION, new BigDecimal(row[3]),
                    row[4].isEmpty() ? null : new BigDecimal(row[4]), null, AssessmentMethod.valueOf(row[5]));
            criterion.assignUnits(unit(row[6]), coordinating(row[7]));
            criteria.save(criterion);
        }
        log.info("Demo mode: {} illustrative PAR Index criteria added under the areas of {}", CRITERIA.size(), version.getLabel());
    }

    private Long unit(String code) {
        return units.findByCode(code).filter(UnitSummary::active).map(UnitSummary::id).orElse(null);
    }

    private Set<Long> coordinating(String codes) {
        Set<Long> ids = new HashSet<>();
        for (String code : codes.split(",")) {
            if (!code.isBlank()) {
                Long id = unit(code.strip());
                if (id != null) {
                    ids.add(id);
                }
            }
        }
        return ids;
    }
}
