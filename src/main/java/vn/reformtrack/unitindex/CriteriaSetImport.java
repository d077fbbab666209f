package vn.reformtrack.unitindex;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.reformtrack.identity.CurrentUser;
import vn.reformtrack.indices.CriteriaImport;
import vn.reformtrack.indices.IndexCatalog;
import vn.reformtrack.shared.imports.ImportCheck;
import vn.reformtrack.shared.imports.ImportColumn;
import vn.reformtrack.shared.imports.ImportRejected;
import vn.reformtrack.shared.imports.ImportRow;
import vn.reformtrack.shared.imports.RowError;
import vn.reformtrack.shared.imports.SpreadsheetImports;
import vn.reformtrack.shared.web.LenientDecimalFormatter;
import vn.reformtrack.shared.web.NotFoundException;
import vn.reformtrack.shared.web.RuleViolationException;

/**
 * A group's criteria set from a spreadsheet: the catalogue's columns (code, parent code, names, maximum, step, owning
 * department), checked and saved by the indices module's own import, and the unit index's (kind, guidance, survey
 * scale). Nothing is saved unless every row passes and the whole set holds afterwards (no criterion whose children
 * exceed its maximum, no bonus or deduction line of another kind): the preview tries the rows in a transaction that
 * is rolled back, the confirmation saves them in one that is not.
 */
@Service
public class CriteriaSetImport {

    public static final ImportColumn PART = ImportColumn.optional("part", "unitindex.set.part");
    public static final ImportColumn GUIDANCE = ImportColumn.optional("guidance", "unitindex.set.guidance");
    public static final ImportColumn SURVEY_MIN = ImportColumn.optional("surveyMin", "unitindex.set.surveyMin");
    public static final ImportColumn SURVEY_MAX = ImportColumn.optional("surveyMax", "unitindex.set.surveyMax");
    public static final List<ImportColumn> COLUMNS = List.of(CriteriaImport.CODE, CriteriaImport.PARENT,
            CriteriaImport.NAME_VI, CriteriaImport.NAME_EN, PART, CriteriaImport.MAX, CriteriaImport.STEP, GUIDANCE,
            CriteriaImport.LEAD, SURVEY_MIN, SURVEY_MAX);

    private final CriteriaImport catalogue;
    private final CriteriaSets sets;
    private final CriterionRules rules;
    private final IndexCatalog catalog;
    private final SpreadsheetImports spreadsheets;
    private final TransactionTemplate transaction;

    CriteriaSetImport(CriteriaImport catalogue, CriteriaSets sets, CriterionRules rules, IndexCatalog catalog,
            SpreadsheetImports spreadsheets, PlatformTransactionManager transactions) {
        this.catalogue = catalogue;
        this.sets = sets;
        this.rules = rules;
        this.catalog = catalog;
        this.spreadsheets = spreadsheets;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Every row checked, and the resulting set checked as a whole by trying it (rolled back). */
    public ImportCheck<CriteriaImport.Plan> check(long versionId, List<ImportRow> rows, CurrentUser user) {
        return run(versionId, rows, user, true);
    }

    /** @return how many criteria were added or changed */
    public int commit(long versionId, List<ImportRow> rows, CurrentUser user) {
        ImportCheck<CriteriaImport.Plan> check = run(versionId, rows, user, false);
        if (check.hasErrors()) {
            throw new ImportRejected(check);
        }
        return rows.size();
    }

    private ImportCheck<CriteriaImport.Plan> run(long versionId, List<ImportRow> rows, CurrentUser user, boolean dryRun) {
        UnitIndexAccess.requireManager(user);
        catalog.version(versionId).orElseThrow(() -> new NotFoundException("Version", versionId));
        if (sets.inUse(versionId)) {
            throw RuleViolationException.onField("file", "unitindex.set.error.inUse",
                    catalog.version(versionId).orElseThrow().label());
        }
        List<ImportRow> catalogueRows = new ArrayList<>();
        Map<Integer, CriterionRule> ruleRows = new HashMap<>();
        List<RowError> errors = new ArrayList<>();
        for (ImportRow row : rows) {
            Map<String, String> values = new HashMap<>(row.values());
            CriterionPart part = row.has(PART.id()) ? spreadsheets.enumValue(CriterionPart.class, row.get(PART.id())) : null;
            if (row.has(PART.id()) && part == null) {
                errors.add(RowError.of(row, PART, "import.error.unknownValue", row.get(PART.id())));
            }
            values.put("assessment", part == CriterionPart.SURVEY ? "SURVEY" : "SELF_ASSESSED");
            catalogueRows.add(new ImportRow(row.number(), values));
            BigDecimal min = decimal(row, SURVEY_MIN, errors);
            BigDecimal max = decimal(row, SURVEY_MAX, errors);
            if (max != null && max.compareTo(min == null ? BigDecimal.ZERO : min) <= 0) {
                errors.add(RowError.of(row, SURVEY_MAX, "unitindex.set.error.scale"));
            }
            ruleRows.put(row.number(), new CriterionRule(0, part, row.get(GUIDANCE.id()),
                    max == null ? null : new SurveyScale(min == null ? BigDecimal.ZERO : min, max)));
        }
        ImportCheck<CriteriaImport.Plan> check = catalogue.check(versionId, catalogueRows);
        errors.forEach(check::error);
        if (check.hasErrors()) {
            return check;
        }
        try {
            transaction.executeWithoutResult(status -> {
                catalogue.commit(versionId, catalogueRows);
                Map<String, Long> ids = new HashMap<>();
                catalog.tree(versionId).forEach(node -> ids.put(node.code(), node.id()));
                rules.saveAll(rows.stream().map(row -> {
                    CriterionRule rule = ruleRows.get(row.number());
                    return new CriterionRule(ids.get(row.get(CriteriaImport.CODE.id())), rule.part(), rule.guidance(),
                            rule.surveyScale());
                }).toList(), user.username());
                CriteriaSet set = sets.ofVersion(versionId);
                for (SetProblem problem : set.problems()) {
                    if (problem.code() == null) {
                        continue;
                    }
                    rows.stream().filter(row -> row.get(CriteriaImport.CODE.id()).equals(problem.code())).findFirst()
                            .ifPresent(row -> check.error(RowError.of(row, CriteriaImport.MAX, problem.messageKey(),
                                    problem.arguments())));
                }
                if (dryRun || check.hasErrors()) {
                    status.setRollbackOnly();
                }
            });
        } catch (ImportRejected rejected) {
            // The catalogue refused a row while saving (a rule only the save can check): nothing of it was kept.
            rejected.check().errors().forEach(check::error);
        }
        return check;
    }

    private static BigDecimal decimal(ImportRow row, ImportColumn column, List<RowError> errors) {
        if (!row.has(column.id())) {
            return null;
        }
        BigDecimal value = LenientDecimalFormatter.parseOrNull(row.get(column.id()));
        if (value == null) {
            errors.add(RowError.of(row, column, "import.error.notANumber", row.get(column.id())));
        }
        return value;
    }
}
