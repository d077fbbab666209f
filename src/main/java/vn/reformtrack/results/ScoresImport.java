package vn.reformtrack.results;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.reformtrack.indices.CriterionSummary;
import vn.reformtrack.indices.FrameworkSummary;
import vn.reformtrack.indices.IndexCatalog;
import vn.reformtrack.indices.VersionSummary;
import vn.reformtrack.shared.imports.ImportCheck;
import vn.reformtrack.shared.imports.ImportColumn;
import vn.reformtrack.shared.imports.ImportPlan;
import vn.reformtrack.shared.imports.ImportRejected;
import vn.reformtrack.shared.imports.ImportRow;
import vn.reformtrack.shared.imports.RowError;
import vn.reformtrack.shared.web.RuleViolationException;

/**
 * Criterion scores of a year from a spreadsheet: criterion code, score (decimal comma or point) and an optional note;
 * an optional province column (empty: the own province) lets one file carry several provinces' scores. Each province
 * needs its result for the year first. Every score is checked like a typed one; all rows or none.
 */
@Service
@Transactional
@PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
public class ScoresImport {

    public static final ImportColumn PROVINCE = ImportColumn.optional("province", "result.provinceColumn");
    public static final ImportColumn CODE = ImportColumn.required("code", "criterion.code");
    public static final ImportColumn SCORE = ImportColumn.required("score", "score.score");
    public static final ImportColumn NOTE = ImportColumn.optional("note", "score.note");
    public static final List<ImportColumn> COLUMNS = List.of(PROVINCE, CODE, SCORE, NOTE);

    /** What a row will do: add or replace a criterion's score. */
    public record Plan(boolean update, String code) implements ImportPlan {}

    private final ResultEditor editor;
    private final ResultRules rules;
    private final IndexResultRepository results;
    private final IndexResults published;
    private final IndexCatalog catalog;
    private final ScoreWriter writer;

    ScoresImport(ResultEditor editor, ResultRules rules, IndexResultRepository results, IndexResults published,
            IndexCatalog catalog, ScoreWriter writer) {
        this.editor = editor;
        this.rules = rules;
        this.results = results;
        this.published = published;
        this.catalog = catalog;
        this.writer = writer;
    }

    @Transactional(readOnly = true)
    public ImportCheck<Plan> check(String frameworkCode, int year, List<ImportRow> rows) {
        return new Checking(frameworkCode, year, rows).run();
    }

    /** @return how many scores were written */
    public int commit(String frameworkCode, int year, List<ImportRow> rows) {
        Checking checking = new Checking(frameworkCode, year, rows);
        ImportCheck<Plan> check = checking.run();
        if (check.hasErrors()) {
            throw new ImportRejected(check);
        }
        Set<Long> touched = new LinkedHashSet<>();
        checking.scores.forEach(score -> touched.add(score.resultId()));
        if (!touched.isEmpty()) {
            results.bumpVersions(touched);
        }
        writer.write(checking.scores);
        return checking.scores.size();
    }

    private final class Checking {

        private final int year;
        private final List<ImportRow> rows;
        private final FrameworkSummary framework;
        private final Map<String, CriterionSummary> criteria = new HashMap<>();
        private final Map<Long, IndexResult> resultsByJurisdiction = new HashMap<>();
        private final Set<String> existing = new java.util.HashSet<>();
        private final List<ScoreWriter.Score> scores = new ArrayList<>();

        Checking(String frameworkCode, int year, List<ImportRow> rows) {
            this.year = year;
            this.rows = rows;
            this.framework = editor.nationalFramework(frameworkCode);
            VersionSummary version = catalog.versionFor(framework.code(), year)
                    .orElseThrow(() -> RuleViolationException.onField("file", "score.error.noVersion"));
            catalog.tree(version.id()).forEach(criterion -> criteria.put(criterion.code(), criterion));
            results.findByFrameworkIdAndYear(framework.id(), year)
                    .forEach(result -> resultsByJurisdiction.put(result.getJurisdictionId(), result));
            existing.addAll(results.scoreKeys(framework.id(), year));
        }

        ImportCheck<Plan> run() {
            ImportCheck<Plan> check = new ImportCheck<>(rows);
            JurisdictionMatcher matcher = rules.matcher();
            String own = published.ownJurisdictionCode();
            Map<String, ImportRow> seen = new HashMap<>();
            for (ImportRow row : rows) {
                String provinceText = row.has(PROVINCE.id()) ? row.get(PROVINCE.id()) : own;
                Jurisdiction jurisdiction = matcher.find(provinceText);
                IndexResult result = jurisdiction == null ? null : resultsByJurisdiction.get(jurisdiction.getId());
                if (jurisdiction == null) {
                    check.error(RowError.of(row, PROVINCE, "result.error.unknownProvince", provinceText));
                } else if (result == null) {
                    check.error(RowError.of(row, PROVINCE, "score.error.noResult", jurisdiction.getNameVi(), year));
                }
                String code = row.get(CODE.id());
                CriterionSummary criterion = criteria.get(code);
                if (criterion == null) {
                    check.error(RowError.of(row, CODE, "score.error.unknownCode", code));
                }
                String key = (result == null ? "?" : result.getId()) + "|" + code;
                if (seen.putIfAbsent(key, row) != null) {
                    check.error(RowError.of(row, CODE, "import.error.duplicate", code, seen.get(key).number()));
                }
                if (!row.has(SCORE.id())) {
                    check.error(RowError.of(row, SCORE, "import.error.required"));
                } else if (criterion != null) {
                    try {
                        BigDecimal score = ScoreRules.parse(criterion, row.get(SCORE.id()));
                        if (result != null) {
                            scores.add(new ScoreWriter.Score(result.getId(), criterion.id(), score,
                                    ScoreRules.note(row.get(NOTE.id()))));
                            check.plan(row, new Plan(existing.contains(result.getId() + "|" + criterion.id()), code));
                        }
                    } catch (RuleViolationException refused) {
                        check.error(RowError.of(row, "code".equals(refused.getField()) ? CODE
                                        : "note".equals(refused.getField()) ? NOTE : SCORE,
                                refused.getMessageKey(), refused.getArguments()));
                    }
                }
            }
            return check;
        }
    }
}
