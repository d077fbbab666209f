package vn.reformtrack.planning.tableimport;

import lombok.Getter;

/** A commit that could not go ahead: nothing was saved; the preview says what is still to choose or to fix. */
@Getter
public class ImportNotReady extends RuntimeException {

    private final transient ImportPreview preview;

    ImportNotReady(ImportPreview preview) {
        super("Import " + preview.importId() + " is not ready: nothing saved");
        this.preview = preview;
    }
}
