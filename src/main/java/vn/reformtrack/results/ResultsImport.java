package vn.reformtrack.results;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.reformtrack.indices.FrameworkSummary;
import vn.reformtrack.indices.VersionSummary;
import vn.reformtrack.shared.imports.ImportCheck;
import vn.reformtrack.shared.imports.ImportColumn;
import vn.reformtrack.shared.imports.ImportPlan;
import vn.reformtrack.shared.imports.ImportRejected;
import vn.reformtrack.shared.imports.ImportRow;
import vn.reformtrack.shared.imports.RowError;
import vn.reformtrack.shared.web.LenientDecimalFormatter;
import vn.reformtrack.shared.web.RuleViolationException;

/**
 * A year's national table from a spreadsheet: a row per province (code or name, without diacritics if need be), its
 * total, rank ("5", or "59-63" for a group), of how many (the year's number of provinces when empty) and source. A
 * province with a result that year is updated, any other is added; ranks of the completed table follow. All rows or
 * none.
 */
@Service
@Transactional
@PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
public class ResultsImport {

    public static final ImportColumn PROVINCE = ImportColumn.required("province", "result.provinceColumn");
    public static final ImportColumn TOTAL = ImportColumn.optional("total", "result.total");
    public static final ImportColumn RANK = ImportColumn.optional("rank", "result.rank");
    public static final ImportColumn OF_TOTAL = ImportColumn.optional("ofTotal", "result.ofTotal");
    public static final ImportColumn SOURCE = ImportColumn.optional("source", "result.source");
    public static final List<ImportColumn> COLUMNS = List.of(PROVINCE, TOTAL, RANK, OF_TOTAL, SOURCE);

    /** What a row will do: add or update the result of this province. */
    public record Plan(boolean update, String provinceName) implements ImportPlan {

        @Override
        public String matched() {
            return provinceName;
        }
    }

    private final ResultEditor editor;
    private final ResultRules rules;
    private final IndexResultRepository results;
    private final TableRanks ranks;

    ResultsImport(ResultEditor editor, ResultRules rules, IndexResultRepository results, TableRanks ranks) {
        this.editor = editor;
        this.rules = rules;
        this.results = results;
        this.ranks = ranks;
    }

    @Transactional(readOnly = true)
    public ImportCheck<Plan> check(String frameworkCode, int year, List<ImportRow> rows) {
        return new Checking(editor.nationalFramework(frameworkCode), year, rows).run();
    }

    /** @return how many results were added or updated */
    public int commit(String frameworkCode, int year, List<ImportRow> rows) {
        FrameworkSummary framework = editor.nationalFramework(frameworkCode);
        Checking checking = new Checking(framework, year, rows);
        ImportCheck<Plan> check = checking.run();
        if (check.hasErrors()) {
            throw new ImportRejected(check);
        }
        VersionSummary version = rules.version(framework, year);
        Map<Long, IndexResult> existing = new HashMap<>();
        results.findByFrameworkIdAndYear(framework.id(), year).forEach(r -> existing.put(r.getJurisdictionId(), r));
        for (ImportRow row : rows) {
            Checked checked = checking.checked.get(row.number());
            IndexResult result = existing.get(checked.jurisdiction().getId());
            if (result == null) {
                result = new IndexResult(framework.id(), version == null ? null : version.id(), year, checked.jurisdiction().getId());
            }
            ResultCommand command = checked.command();
            result.record(command.total(), command.rank(), command.rankTo(),
                    command.ofTotal() == null ? Ranking.provincesIn(year) : command.ofTotal(),
                    ResultEditor.blankToNull(command.source()), result.getSourceDecision());
            results.save(result);
        }
        results.flush();
        ranks.recompute(framework.id(), year);
        return rows.size();
    }

    private record Checked(Jurisdiction jurisdiction, ResultCommand command) {}

    private final class Checking {

        private final FrameworkSummary framework;
        private final int year;
        private final List<ImportRow> rows;
        private final JurisdictionMatcher matcher = rules.matcher();
        private final Map<Integer, Checked> checked = new HashMap<>();

        Checking(FrameworkSummary framework, int year, List<ImportRow> rows) {
            this.framework = framework;
            this.year = year;
            this.rows = rows;
        }

        ImportCheck<Plan> run() {
            ImportCheck<Plan> check = new ImportCheck<>(rows);
            Map<Long, ImportRow> seen = new HashMap<>();
            for (ImportRow row : rows) {
                int before = check.errors().size();
                Jurisdiction jurisdiction = matcher.find(row.get(PROVINCE.id()));
                if (jurisdiction != null && seen.putIfAbsent(jurisdiction.getId(), row) != null) {
                    check.error(RowError.of(row, PROVINCE, "import.error.duplicate", row.get(PROVINCE.id()),
                            seen.get(jurisdiction.getId()).number()));
                }
                BigDecimal total = decimal(row, check);
                Integer[] rank = rank(row, check);
                Integer ofTotal = row.has(OF_TOTAL.id()) ? integer(row, OF_TOTAL, check) : rank[2];
                if (check.errors().size() > before) {
                    continue;
                }
                ResultCommand command = new ResultCommand(row.get(PROVINCE.id()), total, rank[0], rank[1], ofTotal,
                        row.get(SOURCE.id()), null);
                Long existingId = jurisdiction == null ? null : results
                        .findByFrameworkIdAndYearAndJurisdictionId(framework.id(), year, jurisdiction.getId())
                        .map(IndexResult::getId).orElse(null);
                List<RuleViolationException> violations = rules.check(framework, year, jurisdiction, command, existingId);
                violations.forEach(v -> check.error(RowError.of(row, column(v.getField()), v.getMessageKey(), v.getArguments())));
                if (violations.isEmpty()) {
                    checked.put(row.number(), new Checked(jurisdiction, command));
                    check.plan(row, new Plan(existingId != null, jurisdiction.getNameVi()));
                }
            }
            return check;
        }
    }

    private static ImportColumn column(String field) {
        return switch (field == null ? "" : field) {
            case "total" -> TOTAL;
            case "rank", "rankTo" -> RANK;
            case "ofTotal" -> OF_TOTAL;
            default -> PROVINCE;
        };
    }

    private static BigDecimal decimal(ImportRow row, ImportCheck<?> check) {
        if (!row.has(TOTAL.id())) {
            return null;
        }
        BigDecimal value = LenientDecimalFormatter.parseOrNull(row.get(TOTAL.id()).replace("%", ""));
        if (value == null) {
            check.error(RowError.of(row, TOTAL, "import.error.notANumber", row.get(TOTAL.id())));
        }
        return value;
    }

    /**
     * "5" → [5, null, null]; "59-63" or "59–63" → [59, 63, null]; as published and exported, "2/63" → [2, null, 63]
     * and "59–63/63" → [59, 63, 63]: rank, end of a rank range, of how many.
     */
    private static Integer[] rank(ImportRow row, ImportCheck<?> check) {
        String text = row.get(RANK.id());
        if (text.isEmpty()) {
            return new Integer[] {null, null, null};
        }
        String[] ofHowMany = text.split("\\s*/\\s*");
        String[] parts = ofHowMany[0].split("\\s*[-–]\\s*");
        try {
            Integer from = Integer.valueOf(wholeNumber(parts[0]));
            Integer to = parts.length > 1 ? Integer.valueOf(wholeNumber(parts[1])) : null;
            Integer of = ofHowMany.length > 1 ? Integer.valueOf(wholeNumber(ofHowMany[1])) : null;
            return new Integer[] {from, to, of};
        } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
            check.error(RowError.of(row, RANK, "import.error.notAnInteger", text));
            return new Integer[] {null, null, null};
        }
    }

    private static Integer integer(ImportRow row, ImportColumn column, ImportCheck<?> check) {
        if (!row.has(column.id())) {
            return null;
        }
        try {
            return Integer.valueOf(wholeNumber(row.get(column.id())));
        } catch (NumberFormatException e) {
            check.error(RowError.of(row, column, "import.error.notAnInteger", row.get(column.id())));
            return null;
        }
    }

    /** Excel may hand over a whole number as "63.0". */
    private static String wholeNumber(String text) {
        return text.strip().replaceFirst("[.,]0+$", "");
    }
}
