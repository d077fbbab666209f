package vn.reformtrack.indices;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lombok.extern.slf4j.Slf4j;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.reformtrack.shared.reference.ReferenceCsv;
import vn.reformtrack.shared.startup.StartupOrder;
import vn.reformtrack.shared.startup.StartupTask;

/**
 * Loads the national frameworks, their methodology versions and the published top levels of their criteria trees
 * from {@code reference/} on the first start (any mode: these are facts, not demo data). Coordinators complete the
 * trees by hand or by spreadsheet import.
 */
@Slf4j
@Component
class ReferenceCatalogLoader implements StartupTask {

    private static final Pattern WEIGHT = Pattern.compile("weight\\s+([0-9.]+)%");

    private final IndexFrameworkRepository frameworks;
    private final FrameworkVersionRepository versions;
    private final CriterionRepository criteria;

    ReferenceCatalogLoader(IndexFrameworkRepository frameworks, FrameworkVersionRepository versions,
            CriterionRepository criteria) {
        this.frameworks = frameworks;
        this.versions = versions;
        this.criteria = criteria;
    }

    @Override
    public int order() {
        return StartupOrder.REFERENCE_CATALOG;
    }

    @Override
    @Transactional
    public void run() {
        if (frameworks.count() > 0) {
            return;
        }
        Map<String, IndexFramework> byCode = new HashMap<>();
        for (CSVRecord row : ReferenceCsv.read("reference/frameworks.csv")) {
            IndexFramework framework = frameworks.save(new IndexFramework(row.get("code"), row.get("name_vi"),
                    row.get("name_en"), IndexScale.valueOf(row.get("scale")), IndexSubject.valueOf(row.get("subject"))));
            byCode.put(framework.getCode(), framework);
        }
        Map<String, FrameworkVersion> byLabel = new HashMap<>();
        for (CSVRecord row : ReferenceCsv.read("reference/framework-versions.csv")) {
            FrameworkVersion version = new FrameworkVersion(byCode.get(row.get("framework")), row.get("label"));
            version.describe(row.get("label"), row.get("legal_basis"), date(row.get("issued_on")),
                    Integer.parseInt(row.get("valid_from")), integer(row.get("valid_to")), decimal(row.get("max_total")));
            byLabel.put(row.get("framework") + "|" + row.get("label"), versions.save(version));
        }
        Map<String, Criterion> saved = new HashMap<>();
        Map<String, Integer> positions = new HashMap<>();
        int count = 0;
        for (CSVRecord row : ReferenceCsv.read("reference/catalog.csv")) {
            FrameworkVersion version = byLabel.get(row.get("framework") + "|" + row.get("version"));
            String parentCode = row.get("parent_code");
            Criterion parent = parentCode.isBlank() ? null : saved.get(version.getId() + "|" + parentCode);
            String siblings = version.getId() + "|" + (parent == null ? "" : parent.getId());
            int position = positions.merge(siblings, 1, Integer::sum);
            Criterion criterion = new Criterion(version.getId(), parent == null ? null : parent.getId(), row.get("code"), position);
            criterion.describe(row.get("name_vi"), row.get("name_en"), kind(row.get("level")), decimal(row.get("max_points")),
                    null, weight(row.get("scale")), assessment(row.get("assessment")));
            saved.put(version.getId() + "|" + row.get("code"), criteria.save(criterion));
            count++;
        }
        log.info("Reference catalogs loaded: {} frameworks, {} versions, {} criteria", byCode.size(), byLabel.size(), count);
    }

    static CriterionKind kind(String level) {
        return switch (level.strip().toLowerCase(Locale.ROOT)) {
            case "area" -> CriterionKind.AREA;
            case "element" -> CriterionKind.ELEMENT;
            case "dimension" -> CriterionKind.DIMENSION;
            case "subdimension" -> CriterionKind.SUB_DIMENSION;
            case "subindex" -> CriterionKind.SUB_INDEX;
            case "subcriterion", "sub_criterion" -> CriterionKind.SUB_CRITERION;
            default -> CriterionKind.CRITERION;
        };
    }

    static AssessmentMethod assessment(String value) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "self" -> AssessmentMethod.SELF_ASSESSED;
            case "survey" -> AssessmentMethod.SURVEY;
            default -> AssessmentMethod.MIXED;
        };
    }

    /** PCI's sub-indices carry their weight in the scale column: "score_0_10 weight 20%". */
    static BigDecimal weight(String scale) {
        Matcher matcher = WEIGHT.matcher(scale);
        return matcher.find() ? new BigDecimal(matcher.group(1)) : null;
    }

    private static BigDecimal decimal(String value) {
        return value == null || value.isBlank() ? null : new BigDecimal(value.strip());
    }

    private static Integer integer(String value) {
        return value == null || value.isBlank() ? null : Integer.valueOf(value.strip());
    }

    private static LocalDate date(String value) {
        return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
    }
}
