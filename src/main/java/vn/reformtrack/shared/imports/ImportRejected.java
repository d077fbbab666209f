package vn.reformtrack.shared.imports;

/**
 * Thrown out of an import's committing transaction when a row is refused, so that nothing of the file is saved; it
 * carries the check with every error for the preview page.
 */
public class ImportRejected extends RuntimeException {

    private final transient ImportCheck<?> check;

    public ImportRejected(ImportCheck<?> check) {
        super(check.errors().size() + " import errors");
        this.check = check;
    }

    public ImportCheck<?> check() {
        return check;
    }
}
