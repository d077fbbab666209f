package vn.reformtrack.indices;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.reformtrack.organization.UnitDirectory;
import vn.reformtrack.organization.UnitRow;
import vn.reformtrack.shared.imports.ImportCheck;
import vn.reformtrack.shared.imports.ImportColumn;
import vn.reformtrack.shared.imports.ImportPlan;
import vn.reformtrack.shared.imports.ImportRejected;
import vn.reformtrack.shared.imports.ImportRow;
import vn.reformtrack.shared.imports.RowError;
import vn.reformtrack.shared.imports.SpreadsheetImports;
import vn.reformtrack.shared.text.VietnameseText;
import vn.reformtrack.shared.web.LenientDecimalFormatter;
import vn.reformtrack.shared.web.RuleViolationException;

/**
 * Criteria trees from a spreadsheet: a row per criterion (code, parent code, names, kind, maximum, step, weight,
 * assessment, lead unit and coordinating units by code or name). A code new to the version adds a criterion, a known
 * one updates it in place. Checked row by row first; committed in one transaction through the same rules as the
 * forms, all rows or none.
 */
@Service
@Transactional
@PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
public class CriteriaImport {

    public static final ImportColumn CODE = ImportColumn.required("code", "criterion.code");
    public static final ImportColumn PARENT = ImportColumn.optional("parent", "criterion.parentCode");
    public static final ImportColumn NAME_VI = ImportColumn.required("nameVi", "criterion.nameVi");
    public static final ImportColumn NAME_EN = ImportColumn.optional("nameEn", "criterion.nameEn");
    public static final ImportColumn KIND = ImportColumn.optional("kind", "criterion.kind");
    public static final ImportColumn MAX = ImportColumn.optional("max", "criterion.maxPoints");
    public static final ImportColumn STEP = ImportColumn.optional("step", "criterion.scoreStep");
    public static final ImportColumn WEIGHT = ImportColumn.optional("weight", "criterion.weightPercent");
    public static final ImportColumn ASSESSMENT = ImportColumn.optional("assessment", "criterion.assessment");
    public static final ImportColumn LEAD = ImportColumn.optional("lead", "criterion.leadUnit");
    public static final ImportColumn COORDINATING = ImportColumn.optional("coordinating", "criterion.coordinatingUnits");
    public static final List<ImportColumn> COLUMNS =
            List.of(CODE, PARENT, NAME_VI, NAME_EN, KIND, MAX, STEP, WEIGHT, ASSESSMENT, LEAD, COORDINATING);

    /** What a row will do: add or update the criterion with this code. */
    public record Plan(boolean update, String code) implements ImportPlan {}

    private final CriteriaEditor editor;
    private final CriterionRepository criteria;
    private final UnitDirectory units;
    private final SpreadsheetImports spreadsheets;

    CriteriaImport(CriteriaEditor editor, CriterionRepository criteria, UnitDirectory units, SpreadsheetImports spreadsheets) {
        this.editor = editor;
        this.criteria = criteria;
        this.units = units;
        this.spreadsheets = spreadsheets;
    }

    @Transactional(readOnly = true)
    public ImportCheck<Plan> check(long versionId, List<ImportRow> rows) {
        return new Checking(versionId, rows).run();
    }

    /** @return how many criteria were added or updated */
    public int commit(long versionId, List<ImportRow> rows) {
        Checking checking = new Checking(versionId, rows);
        ImportCheck<Plan> check = checking.run();
        if (check.hasErrors()) {
            throw new ImportRejected(check);
        }
        List<ImportRow> parentsFirst = rows.stream()
                .sorted(Comparator.comparingInt(row -> row.get(CODE.id()).split("\\.").length))
                .toList();
        for (ImportRow row : parentsFirst) {
            try {
                checking.apply(row);
            } catch (RuleViolationException refused) {
                check.error(RowError.of(row, null, refused.getMessageKey(), refused.getArguments()));
                throw new ImportRejected(check);
            }
        }
        return rows.size();
    }

    /** One pass over a file: the version's codes and the active units are read once. */
    private final class Checking {

        private final long versionId;
        private final List<ImportRow> rows;
        private final Map<String, Criterion> existing = new HashMap<>();
        private final Map<String, ImportRow> inFile = new HashMap<>();
        private final Map<String, Long> unitsByKey = new HashMap<>();
        private final Map<Integer, CriterionCommand> commands = new HashMap<>();
        private final Map<Integer, String> parents = new HashMap<>();

        Checking(long versionId, List<ImportRow> rows) {
            this.versionId = versionId;
            this.rows = rows;
            criteria.findByVersionId(versionId).forEach(criterion -> existing.put(criterion.getCode(), criterion));
            for (UnitRow unit : units.tree(false)) {
                unitsByKey.put(VietnameseText.fold(unit.code()), unit.id());
                unitsByKey.putIfAbsent(VietnameseText.fold(unit.name()), unit.id());
            }
        }

        ImportCheck<Plan> run() {
            ImportCheck<Plan> check = new ImportCheck<>(rows);
            for (ImportRow row : rows) {
                String code = row.get(CODE.id());
                if (inFile.putIfAbsent(code, row) != null) {
                    check.error(RowError.of(row, CODE, "import.error.duplicate", code, inFile.get(code).number()));
                }
            }
            for (ImportRow row : rows) {
                checkRow(row, check);
            }
            return check;
        }

        private void checkRow(ImportRow row, ImportCheck<Plan> check) {
            int before = check.errors().size();
            String code = row.get(CODE.id());
            String parent = row.get(PARENT.id()).isEmpty() ? null : row.get(PARENT.id());
            if (!CriterionCodes.isWellFormed(code)) {
                check.error(RowError.of(row, CODE, "criterion.error.codeFormat", code));
            } else if (parent != null && !CriterionCodes.extendsParent(code, parent)) {
                check.error(RowError.of(row, PARENT, "criterion.error.codeNotUnderParent", code, parent));
            }
            if (parent != null && !existing.containsKey(parent) && !inFile.containsKey(parent)) {
                check.error(RowError.of(row, PARENT, "import.error.unknownParent", parent));
            }
            Criterion known = existing.get(code);
            if (known != null && !sameParent(known, parent)) {
                check.error(RowError.of(row, PARENT, "import.error.parentChanged", code));
            }
            if (row.get(NAME_VI.id()).isEmpty()) {
                check.error(RowError.of(row, NAME_VI, "import.error.required"));
            }
            CriterionKind kind = row.has(KIND.id()) ? spreadsheets.enumValue(CriterionKind.class, row.get(KIND.id()))
                    : parent == null ? CriterionKind.AREA : CriterionKind.CRITERION;
            if (kind == null) {
                check.error(RowError.of(row, KIND, "import.error.unknownValue", row.get(KIND.id())));
            }
            AssessmentMethod assessment = row.has(ASSESSMENT.id())
                    ? spreadsheets.enumValue(AssessmentMethod.class, row.get(ASSESSMENT.id())) : AssessmentMethod.SELF_ASSESSED;
            if (assessment == null) {
                check.error(RowError.of(row, ASSESSMENT, "import.error.unknownValue", row.get(ASSESSMENT.id())));
            }
            BigDecimal max = decimal(row, MAX, check);
            BigDecimal step = decimal(row, STEP, check);
            BigDecimal weight = decimal(row, WEIGHT, check);
            Long lead = row.has(LEAD.id()) ? unit(row, LEAD, row.get(LEAD.id()), check) : null;
            Set<Long> coordinating = new LinkedHashSet<>();
            for (String name : row.get(COORDINATING.id()).split("[;\\n]")) {
                if (!name.isBlank()) {
                    Optional.ofNullable(unit(row, COORDINATING, name.strip(), check)).ifPresent(coordinating::add);
                }
            }
            if (lead != null && coordinating.contains(lead)) {
                check.error(RowError.of(row, COORDINATING, "criterion.error.leadAlsoCoordinating"));
            }
            if (check.errors().size() == before) {
                CriterionCommand command = new CriterionCommand(code, row.get(NAME_VI.id()), row.get(NAME_EN.id()), kind,
                        max, step, weight, assessment, lead, coordinating);
                checkNumbers(row, command, check);
                commands.put(row.number(), command);
                parents.put(row.number(), parent);
                check.plan(row, new Plan(known != null, code));
            }
        }

        void apply(ImportRow row) {
            CriterionCommand command = commands.get(row.number());
            Criterion known = criteria.findByVersionIdAndCode(versionId, command.code()).orElse(null);
            if (known != null) {
                editor.update(known.getId(), known.getVersion(), command);
                return;
            }
            String parentCode = parents.get(row.number());
            Long parentId = parentCode == null ? null
                    : criteria.findByVersionIdAndCode(versionId, parentCode).map(Criterion::getId).orElseThrow();
            editor.create(versionId, parentId, command);
        }

        private boolean sameParent(Criterion known, String parentCode) {
            if (known.getParentId() == null || parentCode == null) {
                return known.getParentId() == null && parentCode == null;
            }
            Criterion parent = existing.get(parentCode);
            return parent != null && parent.getId().equals(known.getParentId());
        }

        private Long unit(ImportRow row, ImportColumn column, String text, ImportCheck<Plan> check) {
            Long id = unitsByKey.get(VietnameseText.fold(text));
            if (id == null) {
                check.error(RowError.of(row, column, "import.error.unknownUnit", text));
            }
            return id;
        }

        private void checkNumbers(ImportRow row, CriterionCommand command, ImportCheck<Plan> check) {
            try {
                CriteriaEditor.requireNumbers(command);
            } catch (RuleViolationException refused) {
                ImportColumn column = switch (refused.getField()) {
                    case "scoreStep" -> STEP;
                    case "weightPercent" -> WEIGHT;
                    default -> MAX;
                };
                check.error(RowError.of(row, column, refused.getMessageKey(), refused.getArguments()));
            }
        }
    }

    static BigDecimal decimal(ImportRow row, ImportColumn column, ImportCheck<?> check) {
        if (!row.has(column.id())) {
            return null;
        }
        BigDecimal value = LenientDecimalFormatter.parseOrNull(row.get(column.id()));
        if (value == null) {
            check.error(RowError.of(row, column, "import.error.notANumber", row.get(column.id())));
        }
        return value;
    }
}
