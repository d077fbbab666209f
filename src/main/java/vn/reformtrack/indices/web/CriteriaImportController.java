package vn.reformtrack.indices.web;

import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.reformtrack.indices.CriteriaImport;
import vn.reformtrack.indices.IndexCatalog;
import vn.reformtrack.indices.VersionSummary;
import vn.reformtrack.shared.imports.ImportColumn;
import vn.reformtrack.shared.imports.ImportFlow;
import vn.reformtrack.shared.web.FlashMessage;
import vn.reformtrack.shared.web.NotFoundException;
import vn.reformtrack.shared.xlsx.XlsxExports;

/** Upload a criteria tree, see every row with its errors, confirm: all rows or none. */
@Controller
@RequestMapping("/indices/versions/{id}/import")
@PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
class CriteriaImportController {

    private static final String PAGE = "indices/criteria-import";

    private final CriteriaImport imports;
    private final IndexCatalog catalog;
    private final ImportFlow flow;
    private final XlsxExports xlsx;

    CriteriaImportController(CriteriaImport imports, IndexCatalog catalog, ImportFlow flow, XlsxExports xlsx) {
        this.imports = imports;
        this.catalog = catalog;
        this.flow = flow;
        this.xlsx = xlsx;
    }

    @GetMapping
    String form(@PathVariable long id, Model model) {
        model.addAttribute("columns", CriteriaImport.COLUMNS);
        return page(model, id);
    }

    @PostMapping
    String upload(@PathVariable long id, @RequestParam(required = false) MultipartFile file, HttpSession session,
            Model model) {
        flow.preview(file, CriteriaImport.COLUMNS, target(id), session, model, rows -> imports.check(id, rows));
        return page(model, id);
    }

    @PostMapping("/confirm")
    String confirm(@PathVariable long id, @RequestParam(required = false) String token, HttpSession session,
            Model model, RedirectAttributes redirect) {
        Optional<Integer> done = flow.confirm(token, target(id), session, model, CriteriaImport.COLUMNS,
                rows -> imports.commit(id, rows));
        if (done.isPresent()) {
            FlashMessage.success(redirect, "import.done", done.get());
            return "redirect:/indices/versions/" + id;
        }
        return page(model, id);
    }

    @GetMapping("/template")
    ResponseEntity<byte[]> template(@PathVariable long id) {
        version(id);
        return xlsx.download("mau-tieu-chi", "criteria.import.template",
                CriteriaImport.COLUMNS.stream().map(ImportColumn::headerKey).toList(),
                sheet -> {
                    sheet.row("1", null, "Công tác chỉ đạo, điều hành cải cách hành chính",
                            "Direction and management of administrative reform", "AREA", null, null, null, "SELF_ASSESSED",
                            "SNV", null);
                    sheet.row("1.1", "1", "Kế hoạch cải cách hành chính năm", "Annual reform plan", "CRITERION",
                            "2,5", "0,25", null, "SELF_ASSESSED", "SNV", "VP; STP");
                });
    }

    private static String target(long versionId) {
        return "criteria:" + versionId;
    }

    private String page(Model model, long id) {
        VersionSummary version = version(id);
        model.addAttribute("version", version);
        model.addAttribute("framework", catalog.framework(version.frameworkId()).orElseThrow());
        return PAGE;
    }

    private VersionSummary version(long id) {
        return catalog.version(id).orElseThrow(() -> new NotFoundException("Version", id));
    }
}
