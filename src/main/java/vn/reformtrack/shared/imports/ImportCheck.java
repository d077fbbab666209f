package vn.reformtrack.shared.imports;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The outcome of checking an upload against the database, before anything is saved: every row with what would be done
 * with it, and every error. An import with any error saves nothing.
 *
 * @param <P> what the import plans for a row (e.g. "new result for Quảng Ninh: 92,18")
 */
public class ImportCheck<P extends ImportPlan> implements Serializable {

    private final List<ImportRow> rows;
    private final Map<Integer, P> plans = new TreeMap<>();
    private final List<RowError> errors = new ArrayList<>();

    public ImportCheck(List<ImportRow> rows) {
        this.rows = List.copyOf(rows);
    }

    public void plan(ImportRow row, P plan) {
        plans.put(row.number(), plan);
    }

    public void error(RowError error) {
        errors.add(error);
    }

    public List<ImportRow> rows() {
        return rows;
    }

    public P planFor(ImportRow row) {
        return plans.get(row.number());
    }

    public List<RowError> errors() {
        return errors;
    }

    public List<RowError> errorsOf(ImportRow row) {
        return errors.stream().filter(error -> error.row() == row.number()).toList();
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** Rows with at least one error. */
    public long rowsWithErrors() {
        return errors.stream().map(RowError::row).distinct().count();
    }
}
