package vn.reformtrack.results.web;

import jakarta.servlet.http.HttpSession;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.i18n.LocaleContextHolder;
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
import vn.reformtrack.indices.CriterionSummary;
import vn.reformtrack.indices.FrameworkSummary;
import vn.reformtrack.indices.IndexCatalog;
import vn.reformtrack.indices.IndexSubject;
import vn.reformtrack.results.IndexResults;
import vn.reformtrack.results.Ranking;
import vn.reformtrack.results.ResultsImport;
import vn.reformtrack.results.ScoresImport;
import vn.reformtrack.shared.imports.ImportCheck;
import vn.reformtrack.shared.imports.ImportColumn;
import vn.reformtrack.shared.imports.ImportRow;
import vn.reformtrack.shared.imports.ImportFlow;
import vn.reformtrack.shared.web.FlashMessage;
import vn.reformtrack.shared.web.NotFoundException;
import vn.reformtrack.shared.xlsx.XlsxExports;

/** Imports of a year's national table and of criterion scores: upload, preview with every error, confirm. */
@Controller
@RequestMapping("/results/{framework}/{year}")
@PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
class ResultsImportController {

    private static final String PAGE = "results/import";

    private final Kind table;
    private final Kind scores;
    private final ImportFlow flow;
    private final IndexCatalog catalog;
    private final IndexResults results;
    private final XlsxExports xlsx;

    ResultsImportController(ResultsImport tables, ScoresImport scores, ImportFlow flow, IndexCatalog catalog,
            IndexResults results, XlsxExports xlsx) {
        this.table = new Kind("table", ResultsImport.COLUMNS, tables::check, tables::commit, "");
        this.scores = new Kind("scores", ScoresImport.COLUMNS, scores::check, scores::commit, "/lost-points");
        this.flow = flow;
        this.catalog = catalog;
        this.results = results;
        this.xlsx = xlsx;
    }

    @GetMapping("/import")
    String tableForm(@PathVariable String framework, @PathVariable int year, Model model) {
        model.addAttribute("columns", ResultsImport.COLUMNS);
        return page(model, framework(framework), year, "table");
    }

    @PostMapping("/import")
    String uploadTable(@PathVariable String framework, @PathVariable int year,
            @RequestParam(required = false) MultipartFile file, HttpSession session, Model model) {
        return upload(table, framework, year, file, session, model);
    }

    @PostMapping("/import/confirm")
    String confirmTable(@PathVariable String framework, @PathVariable int year,
            @RequestParam(required = false) String token, HttpSession session, Model model, RedirectAttributes redirect) {
        return confirm(table, framework, year, token, session, model, redirect);
    }

    /** Every province ranked that year, by code and name, ready for the totals and ranks. */
    @GetMapping("/import/template")
    ResponseEntity<byte[]> tableTemplate(@PathVariable String framework, @PathVariable int year) {
        framework(framework);
        return xlsx.download("mau-bang-xep-hang-" + year, "results.import.template",
                ResultsImport.COLUMNS.stream().map(ImportColumn::headerKey).toList(),
                sheet -> results.jurisdictions().stream()
                        .filter(j -> j.mergedOn() == null || year < j.mergedOn().getYear())
                        .forEach(j -> sheet.row(j.code() + " " + j.nameVi().replaceFirst("^(Tỉnh|Thành phố) ", ""),
                                null, null, Ranking.provincesIn(year), null)));
    }

    @GetMapping("/scores-import")
    String scoresForm(@PathVariable String framework, @PathVariable int year, Model model) {
        model.addAttribute("columns", ScoresImport.COLUMNS);
        return page(model, framework(framework), year, "scores");
    }

    @PostMapping("/scores-import")
    String uploadScores(@PathVariable String framework, @PathVariable int year,
            @RequestParam(required = false) MultipartFile file, HttpSession session, Model model) {
        return upload(scores, framework, year, file, session, model);
    }

    @PostMapping("/scores-import/confirm")
    String confirmScores(@PathVariable String framework, @PathVariable int year,
            @RequestParam(required = false) String token, HttpSession session, Model model, RedirectAttributes redirect) {
        return confirm(scores, framework, year, token, session, model, redirect);
    }

    /** The methodology's scored criteria with their maxima, for the own province. */
    @GetMapping("/scores-import/template")
    ResponseEntity<byte[]> scoresTemplate(@PathVariable String framework, @PathVariable int year) {
        FrameworkSummary summary = framework(framework);
        List<CriterionSummary> leaves = catalog.versionFor(summary.code(), year)
                .map(version -> catalog.tree(version.id()).stream().filter(c -> c.leaf() && !c.retired()).toList())
                .orElse(List.of());
        List<String> headers = new ArrayList<>(ScoresImport.COLUMNS.stream().map(ImportColumn::headerKey).toList());
        headers.add("criterion.name");
        headers.add("criterion.maxPoints");
        Locale locale = LocaleContextHolder.getLocale();
        String own = results.ownJurisdictionCode();
        return xlsx.download("mau-diem-tieu-chi-" + year, "scores.import.template", headers,
                sheet -> leaves.forEach(c -> sheet.row(own, c.code(), null, null, c.name(locale), c.maxPoints())));
    }

    private String upload(Kind kind, String framework, int year, MultipartFile file, HttpSession session, Model model) {
        FrameworkSummary summary = framework(framework);
        flow.preview(file, kind.columns(), target(kind, summary, year), session, model,
                rows -> kind.checker().check(summary.code(), year, rows));
        return page(model, summary, year, kind.name());
    }

    private String confirm(Kind kind, String framework, int year, String token, HttpSession session, Model model,
            RedirectAttributes redirect) {
        FrameworkSummary summary = framework(framework);
        Optional<Integer> done = flow.confirm(token, target(kind, summary, year), session, model, kind.columns(),
                rows -> kind.committer().commit(summary.code(), year, rows));
        if (done.isPresent()) {
            FlashMessage.success(redirect, "import.done", done.get());
            return "redirect:/results/" + summary.code() + "/" + year + kind.donePath();
        }
        return page(model, summary, year, kind.name());
    }

    private static String target(Kind kind, FrameworkSummary framework, int year) {
        return kind.name() + ":" + framework.code() + ":" + year;
    }

    /** The two imports of this page differ only in their columns, their service and where they lead after. */
    private record Kind(String name, List<ImportColumn> columns, Checker checker, Committer committer, String donePath) {}

    @FunctionalInterface
    private interface Checker {
        ImportCheck<?> check(String frameworkCode, int year, List<ImportRow> rows);
    }

    @FunctionalInterface
    private interface Committer {
        int commit(String frameworkCode, int year, List<ImportRow> rows);
    }

    private String page(Model model, FrameworkSummary framework, int year, String kind) {
        model.addAttribute("framework", framework);
        model.addAttribute("year", year);
        model.addAttribute("kind", kind);
        return PAGE;
    }

    private FrameworkSummary framework(String code) {
        return catalog.framework(code).filter(f -> f.subject() == IndexSubject.PROVINCE)
                .orElseThrow(() -> new NotFoundException("Framework", code));
    }
}
