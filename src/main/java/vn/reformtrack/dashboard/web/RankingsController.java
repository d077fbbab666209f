package vn.reformtrack.dashboard.web;

import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.reformtrack.dashboard.DashboardCharts;
import vn.reformtrack.dashboard.RankingDashboard;
import vn.reformtrack.dashboard.RankingReport;
import vn.reformtrack.shared.xlsx.XlsxExports;

/**
 * The province among all provinces in one index and year: every province's total, the own rank over the years, and
 * what it takes to climb. Published results are public: every role sees the same page.
 */
@Controller
@RequestMapping("/dashboard/rankings")
class RankingsController {

    private final RankingDashboard rankings;
    private final DashboardCharts charts;
    private final XlsxExports xlsx;

    RankingsController(RankingDashboard rankings, DashboardCharts charts, XlsxExports xlsx) {
        this.rankings = rankings;
        this.charts = charts;
        this.xlsx = xlsx;
    }

    @GetMapping
    String page(@RequestParam(required = false) String index, @RequestParam(required = false) String year, Model model) {
        RankingReport report = rankings.report(index, DashboardParams.year(year));
        model.addAttribute("report", report);
        model.addAttribute("ranked", RankingDashboard.ranked(report.history()));
        model.addAttribute("provincesChart", report.scored().isEmpty() ? null
                : charts.provinces("dashboard.rankings.provincesChart", report.scored()));
        model.addAttribute("historyChart", RankingDashboard.ranked(report.history()).size() < 2 ? null
                : charts.rankHistory("dashboard.rankings.historyChart", RankingDashboard.ranked(report.history())));
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
