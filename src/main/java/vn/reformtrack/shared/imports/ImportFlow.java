package vn.reformtrack.shared.imports;

import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.multipart.MultipartFile;
import vn.reformtrack.shared.web.RuleViolationException;

/**
 * The two steps every import page takes: upload → read, check and keep the rows in the session → preview; confirm →
 * commit the kept rows (all or none). Fills the model the import fragments expect: {@code fileError} for a refused
 * file, {@code check}, {@code columns}, {@code token} and {@code fileName} for the preview.
 */
@Component
public class ImportFlow {

    private final SpreadsheetImports spreadsheets;

    public ImportFlow(SpreadsheetImports spreadsheets) {
        this.spreadsheets = spreadsheets;
    }

    public void preview(MultipartFile file, List<ImportColumn> columns, String target, HttpSession session, Model model,
            Function<List<ImportRow>, ImportCheck<?>> checker) {
        model.addAttribute("columns", columns);
        try {
            if (file == null || file.isEmpty()) {
                throw RuleViolationException.onField("file", "import.error.empty");
            }
            if (file.getSize() > SpreadsheetImports.MAX_BYTES) {
                throw RuleViolationException.onField("file", "import.error.tooLarge", SpreadsheetImports.MAX_BYTES / (1024 * 1024));
            }
            List<ImportRow> rows = spreadsheets.read(file.getBytes(), columns);
            ImportCheck<?> check = checker.apply(rows);
            PendingImport pending = PendingImport.keep(session, target, file.getOriginalFilename(), rows);
            model.addAttribute("check", check);
            model.addAttribute("token", pending.token());
            model.addAttribute("fileName", pending.fileName());
        } catch (RuleViolationException refused) {
            model.addAttribute("fileError", refused);
        } catch (IOException unreadable) {
            model.addAttribute("fileError", RuleViolationException.onField("file", "import.error.unreadable"));
        }
    }

    /** @return how many rows were committed, or empty when the preview must be shown again (with the model filled) */
    public Optional<Integer> confirm(String token, String target, HttpSession session, Model model,
            List<ImportColumn> columns, Function<List<ImportRow>, Integer> committer) {
        model.addAttribute("columns", columns);
        Optional<PendingImport> pending = PendingImport.find(session, token == null ? "" : token, target);
        if (pending.isEmpty()) {
            model.addAttribute("fileError", RuleViolationException.onField("file", "import.error.expired"));
            return Optional.empty();
        }
        try {
            int committed = committer.apply(pending.get().rows());
            PendingImport.forget(session);
            return Optional.of(committed);
        } catch (ImportRejected rejected) {
            model.addAttribute("check", rejected.check());
            model.addAttribute("token", pending.get().token());
            model.addAttribute("fileName", pending.get().fileName());
            return Optional.empty();
        } catch (RuleViolationException refused) {
            // Something the whole file depends on changed since the preview (e.g. the year's methodology).
            model.addAttribute("fileError", refused);
            return Optional.empty();
        } catch (DataIntegrityViolationException | OptimisticLockingFailureException meanwhile) {
            // Someone saved the same records between this import's check and its commit: nothing of it was saved.
            model.addAttribute("fileError", RuleViolationException.onField("file", "import.error.concurrent"));
            return Optional.empty();
        }
    }
}
