package vn.reformtrack.reporting;

import vn.reformtrack.organization.UnitType;
import vn.reformtrack.shared.text.VietnameseText;

/**
 * Which units of the completeness grid a page shows; every part may be left out (null): words in the unit's name or
 * code (without diacritics too), the kind of unit, and a standing the unit has in at least one period of the year
 * (e.g. {@code MISSING}: units that failed to report).
 */
public record GridFilter(String query, UnitType type, CellStatus status) {

    public static GridFilter none() {
        return new GridFilter(null, null, null);
    }

    public boolean isEmpty() {
        return (query == null || query.isBlank()) && type == null && status == null;
    }

    boolean matches(GridRow row) {
        if (type != null && row.unitType() != type) {
            return false;
        }
        if (status != null && row.cells().values().stream().noneMatch(cell -> cell.status() == status)) {
            return false;
        }
        if (query == null || query.isBlank()) {
            return true;
        }
        String words = VietnameseText.fold(query);
        return VietnameseText.fold(row.unitName()).contains(words)
                || (row.unitCode() != null && VietnameseText.fold(row.unitCode()).contains(words));
    }
}
