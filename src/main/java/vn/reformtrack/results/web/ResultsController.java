package vn.reformtrack.results.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.reformtrack.indices.FrameworkSummary;
import vn.reformtrack.indices.IndexCatalog;
import vn.reformtrack.indices.IndexSubject;
import vn.reformtrack.results.HistoryRow;
import vn.reformtrack.results.IndexResults;
import vn.reformtrack.results.JurisdictionSummary;
import vn.reformtrack.results.LostPoints;
import vn.reformtrack.results.NationalTable;
import vn.reformtrack.results.Ranking;
import vn.reformtrack.results.ResultAnalysis;
import vn.reformtrack.shared.web.NotFoundException;
import vn.reformtrack.shared.web.RenderedFragments;
import vn.reformtrack.shared.web.Viewer;
import vn.reformtrack.shared.xlsx.XlsxExports;

/** Published results and their analysis, for everyone signed in; every table also as .xlsx. */
@Controller
@RequestMapping("/results")
class ResultsController {

    private final IndexResults results;
    private final ResultAnalysis analysis;
    private final IndexCatalog catalog;
    private final XlsxExports xlsx;
    private final RenderedFragments fragments;
    private final Viewer viewer;

    ResultsController(IndexResults results, ResultAnalysis analysis, IndexCatalog catalog, XlsxExports xlsx,
            RenderedFragments fragments, Viewer viewer) {
        this.results = results;
        this.analysis = analysis;
        this.catalog = catalog;
        this.xlsx = xlsx;
        this.fragments = fragments;
        this.viewer = viewer;
    }

    /** Each national index with the own province's latest result. */
    @GetMapping
    String overview(Model model) {
        Map<FrameworkSummary, List<HistoryRow>> histories = new LinkedHashMap<>();
        for (FrameworkSummary framework : nationalFrameworks()) {
            histories.put(framework, analysis.ownHistory(framework.code()));
        }
        model.addAttribute("histories", histories);
        model.addAttribute("own", results.ownJurisdiction().orElse(null));
        return "results/overview";
    }

    @GetMapping("/{framework}")
    String history(@PathVariable String framework, Model model) {
        FrameworkSummary summary = framework(framework);
        model.addAttribute("framework", summary);
        model.addAttribute("rows", analysis.ownHistory(summary.code()));
        model.addAttribute("years", results.years(summary.code()));
        model.addAttribute("own", results.ownJurisdiction().orElse(null));
        return "results/history";
    }

    @GetMapping(value = "/{framework}", params = "format=xlsx")
    ResponseEntity<byte[]> exportHistory(@PathVariable String framework) {
        FrameworkSummary summary = framework(framework);
        List<HistoryRow> rows = analysis.ownHistory(summary.code());
        return xlsx.download("ket-qua-" + slug(summary), "results.history.export",
                List.of("result.year", "result.province", "result.total", "result.percentOfMax", "result.grade",
                        "result.rank", "result.pointsChange", "result.placesChange", "result.source"),
                sheet -> rows.forEach(row -> sheet.row(row.result().year(), row.result().jurisdictionName(),
                        row.result().total(), row.percentOfMax(), row.grade() == null ? null : row.grade().name(),
                        row.result().rankText(), row.pointsChange(), row.placesChange(), row.result().source())));
    }

    /** The year picker of the history page. */
    @GetMapping("/{framework}/go")
    String goToYear(@PathVariable String framework, @RequestParam int year) {
        return "redirect:/results/" + framework(framework).code() + "/" + year;
    }

    @GetMapping("/{framework}/{year}")
    String table(@PathVariable String framework, @PathVariable int year, Model model) {
        FrameworkSummary summary = framework(framework);
        model.addAttribute("framework", summary);
        model.addAttribute("year", year);
        NationalTable table = analysis.nationalTable(summary.code(), year);
        model.addAttribute("table", table);
        // The 63 (or 34) provinces' rows, read on every view, rendered again only when they or the reader's rights differ.
        model.addAttribute("tableHtml", fragments.html("results/table-parts", "table",
                Map.of("rows", table.rows(), "editor", viewer.hasAnyRole("COORDINATOR", "ADMIN"))));
        model.addAttribute("provincesInYear", Ranking.provincesIn(year));
        model.addAttribute("years", results.years(summary.code()));
        return "results/table";
    }

    @GetMapping(value = "/{framework}/{year}", params = "format=xlsx")
    ResponseEntity<byte[]> exportTable(@PathVariable String framework, @PathVariable int year) {
        FrameworkSummary summary = framework(framework);
        NationalTable table = analysis.nationalTable(summary.code(), year);
        return xlsx.download("bang-xep-hang-" + slug(summary) + "-" + year, "results.table.export",
                List.of("result.rank", "result.provinceCode", "result.provinceColumn", "result.total", "result.percentOfMax",
                        "result.grade", "result.rankComputed", "result.source"),
                sheet -> table.rows().forEach(row -> sheet.row(row.result().rankText(), row.result().jurisdictionCode(),
                        row.result().jurisdictionName(), row.result().total(), row.percentOfMax(),
                        row.grade() == null ? null : row.grade().name(), row.result().rankComputed(), row.result().source())));
    }

    @GetMapping("/{framework}/{year}/lost-points")
    String lostPoints(@PathVariable String framework, @PathVariable int year,
            @RequestParam(required = false) String area, Model model) {
        FrameworkSummary summary = framework(framework);
        model.addAttribute("framework", summary);
        model.addAttribute("year", year);
        model.addAttribute("area", area == null || area.isBlank() ? null : area);
        model.addAttribute("report", analysis.lostPoints(summary.code(), year, area == null || area.isBlank() ? null : area));
        model.addAttribute("years", results.years(summary.code()));
        return "results/lost-points";
    }

    @GetMapping(value = "/{framework}/{year}/lost-points", params = "format=xlsx")
    ResponseEntity<byte[]> exportLostPoints(@PathVariable String framework, @PathVariable int year,
            @RequestParam(required = false) String area) {
        FrameworkSummary summary = framework(framework);
        LostPoints report = analysis.lostPoints(summary.code(), year, area == null || area.isBlank() ? null : area);
        Locale locale = LocaleContextHolder.getLocale();
        return xlsx.download("diem-bi-mat-" + slug(summary) + "-" + year, "lost.export",
                List.of("criterion.code", "criterion.name", "lost.area", "criterion.maxPoints", "score.score",
                        "lost.lost", "lost.change", "criterion.leadUnit", "score.note"),
                sheet -> report.rows().forEach(row -> sheet.row(row.criterion().code(), row.criterion().name(locale),
                        row.criterion().areaCode(), row.criterion().maxPoints(), row.score(), row.lost(), row.change(),
                        row.leadUnitName(), row.note())));
    }

    /** A province's results for every index, its predecessors' included after a merger. */
    @GetMapping("/provinces/{code}")
    String province(@PathVariable String code, Model model) {
        JurisdictionSummary jurisdiction = results.jurisdiction(code).orElseThrow(() -> new NotFoundException("Province", code));
        Map<FrameworkSummary, List<HistoryRow>> histories = new LinkedHashMap<>();
        for (FrameworkSummary framework : nationalFrameworks()) {
            histories.put(framework, analysis.history(framework.code(), jurisdiction.code()));
        }
        List<JurisdictionSummary> predecessors = new ArrayList<>(results.jurisdictions().stream()
                .filter(j -> jurisdiction.id() == (j.successorId() == null ? -1 : j.successorId())).toList());
        model.addAttribute("jurisdiction", jurisdiction);
        model.addAttribute("successor", jurisdiction.successorId() == null ? null
                : results.jurisdictions().stream().filter(j -> j.id() == jurisdiction.successorId()).findFirst().orElse(null));
        model.addAttribute("predecessors", predecessors);
        model.addAttribute("histories", histories);
        model.addAttribute("anyResults", histories.values().stream().anyMatch(rows -> !rows.isEmpty()));
        return "results/province";
    }

    private List<FrameworkSummary> nationalFrameworks() {
        return catalog.frameworks().stream().filter(f -> f.subject() == IndexSubject.PROVINCE).toList();
    }

    private FrameworkSummary framework(String code) {
        return catalog.framework(code).filter(f -> f.subject() == IndexSubject.PROVINCE)
                .orElseThrow(() -> new NotFoundException("Framework", code));
    }

    private static String slug(FrameworkSummary framework) {
        return framework.code().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
