package vn.reformtrack.dashboard.web;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.reformtrack.dashboard.DashboardCharts;
import vn.reformtrack.dashboard.LeagueReport;
import vn.reformtrack.dashboard.LeagueRow;
import vn.reformtrack.dashboard.LeagueTable;
import vn.reformtrack.dashboard.LeagueTier;
import vn.reformtrack.dashboard.ProgressPeriod;
import vn.reformtrack.identity.CurrentUser;
import vn.reformtrack.shared.web.PageSizes;
import vn.reformtrack.shared.web.RenderedFragments;
import vn.reformtrack.shared.xlsx.XlsxExports;

/**
 * The league table of the province's own units, with its weights and tiers on the page; as .xlsx too. The table is
 * read on every view; its tiers and the page's rows are rendered again only when they differ from the last rendering's
 * ({@link RenderedFragments}).
 */
@Controller
@RequestMapping("/dashboard/league")
class LeagueController {

    private final LeagueTable league;
    private final DashboardCharts charts;
    private final XlsxExports xlsx;
    private final MessageSource messages;
    private final RenderedFragments fragments;

    LeagueController(LeagueTable league, DashboardCharts charts, XlsxExports xlsx, MessageSource messages,
            RenderedFragments fragments) {
        this.league = league;
        this.charts = charts;
        this.xlsx = xlsx;
        this.messages = messages;
        this.fragments = fragments;
    }

    /** Rows a page shows: {@link PageSizes} (25, or 50 or 100 as the reader picks); the whole table is in .xlsx. */
    @GetMapping
    String page(@RequestParam(required = false) String year, @RequestParam(required = false) String period,
            @RequestParam(required = false) String tier, @RequestParam(defaultValue = "0") String page,
            @RequestParam(required = false) String size, CurrentUser user, Model model) {
        LeagueReport report = league.report(DashboardParams.year(year), DashboardParams.period(period), user);
        LeagueTier chosen = tier(tier);
        List<LeagueRow> rows = report.rows().stream().filter(row -> chosen == null || row.tier() == chosen).toList();
        Page<LeagueRow> shown = PageSizes.slice(rows, DashboardParams.year(page), size);
        model.addAttribute("rows", shown);
        model.addAttribute("tier", chosen);
        model.addAttribute("report", report);
        model.addAttribute("periods", ProgressPeriod.values());
        List<LeagueTier> allTiers = List.of(LeagueTier.values());
        model.addAttribute("tiers", allTiers);
        Map<String, Object> tiers = new HashMap<>();
        tiers.put("report", report);
        tiers.put("tiers", allTiers);
        tiers.put("tiersChart", report.rated().isEmpty() ? null : charts.tiers("dashboard.league.tiersChart", report));
        model.addAttribute("tiersHtml", fragments.html("dashboard/league-parts", "tiers", tiers));
        model.addAttribute("rowsHtml", fragments.html("dashboard/league-parts", "rows",
                Map.of("rows", shown.getContent(), "unitScoped", report.unitScoped(), "shown", report.period())));
        return "dashboard/league";
    }

    private static LeagueTier tier(String value) {
        try {
            return value == null || value.isBlank() ? null : LeagueTier.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    @GetMapping(params = "format=xlsx")
    ResponseEntity<byte[]> export(@RequestParam(required = false) String year, @RequestParam(required = false) String period,
            CurrentUser user) {
        LeagueReport report = league.report(DashboardParams.year(year), DashboardParams.period(period), user);
        Locale locale = LocaleContextHolder.getLocale();
        return xlsx.download("xep-loai-don-vi-" + report.period().year() + "-" + report.period().period(),
                "dashboard.league.title",
                List.of("dashboard.league.position", "dashboard.unit", "dashboard.league.dueTasks",
                        "dashboard.completionRate", "dashboard.onTimeRate", "dashboard.league.reportsDue",
                        "dashboard.league.reportsOnTime", "dashboard.league.reportsLate", "dashboard.league.reportsMissing",
                        "dashboard.league.reportRate", "dashboard.league.score", "dashboard.league.tier"),
                sheet -> report.rows().forEach(row -> sheet.row(row.position(), row.unitName(), row.counts().assessed(),
                        row.completionRate(), row.onTimeRate(), row.reports() == null ? null : row.reports().due(),
                        row.reports() == null ? null : row.reports().onTime(),
                        row.reports() == null ? null : row.reports().late(),
                        row.reports() == null ? null : row.reports().missing(), row.reportRate(), row.score(),
                        row.tier() == null ? null : messages.getMessage("LeagueTier." + row.tier(), null, locale))));
    }
}
