package vn.reformtrack.dashboard.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.reformtrack.dashboard.DashboardCharts;
import vn.reformtrack.dashboard.RankingDashboard;
import vn.reformtrack.dashboard.RankingReport;
import vn.reformtrack.results.ResultSummary;
import vn.reformtrack.shared.web.Pages;
import vn.reformtrack.shared.web.RenderedFragments;
import vn.reformtrack.shared.xlsx.XlsxExports;

/**
 * The province among all provinces in one index and year: every province's total, the own rank over the years, and
 * what it takes to climb. Published results are public: every role sees the same page, and its body (63 provinces'
 * rows, the climb and history tables, two charts) is rendered once for what it shows ({@link RenderedFragments}) until
 * a result changes.
 */
@Controller
@RequestMapping("/dashboard/rankings")
class RankingsController {

    private final RankingDashboard rankings;
    private final DashboardCharts charts;
    private final XlsxExports xlsx;
    private final RenderedFragments fragments;
    private final Pages pages;

    RankingsController(RankingDashboard rankings, DashboardCharts charts, XlsxExports xlsx, RenderedFragments fragments,
            Pages pages) {
        this.rankings = rankings;
        this.charts = charts;
        this.xlsx = xlsx;
        this.fragments = fragments;
        this.pages = pages;
    }

    @GetMapping
    String page(@RequestParam(required = false) String index, @RequestParam(required = false) String year, Model model) {
        RankingReport report = rankings.report(index, DashboardParams.year(year));
        model.addAttribute("report", report);
        List<ResultSummary> ranked = RankingDashboard.ranked(report.history());
        Map<String, Object> body = new HashMap<>();
        body.put("report", report);
        body.put("provincesChart", report.scored().isEmpty() ? null
                : charts.provinces("dashboard.rankings.provincesChart", report.scored()));
        body.put("historyChart", ranked.size() < 2 ? null : charts.rankHistory("dashboard.rankings.historyChart", ranked));
        body.put("xlsxUrl", pages.asXlsx());
        model.addAttribute("bodyHtml", fragments.html("dashboard/rankings-parts", "rankingsBody", body));
        return "dashboard/rankings";
    }

    @GetMapping(params = "format=xlsx")
    ResponseEntity<byte[]> exportTable(@RequestParam(required = false) String index,
            @RequestParam(required = false) String year) {
        RankingReport report = rankings.report(index, DashboardParams.year(year));
        return xlsx.download("xep-hang-" + slug(report) + "-" + report.year(), "dashboard.rankings.provinces",
                List.of("dashboard.rank", "dashboard.province", "dashboard.total", "dashboard.percentOfMax",
                        "dashboard.ownProvince"),
                sheet -> report.table().rows().forEach(row -> sheet.row(row.result().rankText(),
                        row.result().jurisdictionName(), row.result().total(), row.percentOfMax(), row.own())));
    }

    @GetMapping(params = {"format=xlsx", "table=history"})
    ResponseEntity<byte[]> exportHistory(@RequestParam(required = false) String index,
            @RequestParam(required = false) String year) {
        RankingReport report = rankings.report(index, DashboardParams.year(year));
        return xlsx.download("lich-su-xep-hang-" + slug(report), "dashboard.rankings.history",
                List.of("dashboard.year", "dashboard.total", "dashboard.rank"),
                sheet -> report.history().forEach(r -> sheet.row(r.year(), r.total(), r.rankText())));
    }

    @GetMapping(params = {"format=xlsx", "table=climb"})
    ResponseEntity<byte[]> exportClimb(@RequestParam(required = false) String index,
            @RequestParam(required = false) String year) {
        RankingReport report = rankings.report(index, DashboardParams.year(year));
        return xlsx.download("diem-can-de-tang-hang-" + slug(report) + "-" + report.year(), "dashboard.rankings.climb",
                List.of("dashboard.rank", "dashboard.province", "dashboard.total", "dashboard.rankings.gap",
                        "dashboard.rankings.rankReached"),
                sheet -> report.climbs().forEach(c -> sheet.row(c.above().rankText(), c.above().jurisdictionName(),
                        c.above().total(), c.gap(), c.rankReached())));
    }

    private static String slug(RankingReport report) {
        return report.framework().code().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
