package vn.reformtrack.shared.imports;

import java.io.Serializable;

/** What an import will do with one row, as the preview shows it. */
public interface ImportPlan extends Serializable {

    /** True when the row changes an existing record, false when it adds one. */
    boolean update();

    /** What the row was matched to, when that is worth showing (e.g. "Tỉnh Hà Giang" for "ha giang"). */
    default String matched() {
        return null;
    }
}
