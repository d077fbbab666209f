package vn.reformtrack.dashboard.web;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.reformtrack.dashboard.DashboardCharts;
import vn.reformtrack.dashboard.LeagueReport;
import vn.reformtrack.dashboard.LeagueTable;
import vn.reformtrack.dashboard.LeagueTier;
import vn.reformtrack.dashboard.ProgressPeriod;
import vn.reformtrack.identity.CurrentUser;
import vn.reformtrack.shared.xlsx.XlsxExports;

/** The league table of the province's own units, with its weights and tiers on the page; as .xlsx too. */
@Controller
@RequestMapping("/dashboard/league")
class LeagueController {

    private final LeagueTable league;
    private final DashboardCharts charts;
    private final XlsxExports xlsx;
    private final MessageSource messages;

    LeagueController(LeagueTable league, DashboardCharts charts, XlsxExports xlsx, MessageSource messages) {
        this.league = league;
        this.charts = charts;
        this.xlsx = xlsx;
        this.messages = messages;
    }

    @GetMapping
    String page(@RequestParam(required = false) String year, @RequestParam(required = false) String period,
            CurrentUser user, Model model) {
        LeagueReport report = league.report(DashboardParams.year(year), DashboardParams.period(period), user);
        model.addAttribute("report", report);
        model.addAttribute("periods", ProgressPeriod.values());
        model.addAttribute("tiers", LeagueTier.values());
        model.addAttribute("tiersChart", report.rated().isEmpty() ? null : charts.tiers("dashboard.league.tiersChart", report));
        return "dashboard/league";
    }

    @GetMapping(params = "format=xlsx")
    ResponseEntity<byte[]> export(@RequestParam(required = false) String year, @RequestParam(required = false) String period,
            CurrentUser user) {
        LeagueReport report = league.report(DashboardParams.year(year), DashboardParams.period(period), user);
        Locale locale = LocaleContextHolder.getLocale();
        return xlsx.download("xep-loai-don-vi-" + report.period().year() + "-" + report.period().period(),
                "dashboard.league.title",
                List.of("dashboard.league.position", "dashboard.unit", "dashboard.league.dueTasks",
                        "dashboard.completionRate", "dashboard.onTimeRate", "dashboard.league.reportRate",
                        "dashboard.league.score", "dashboard.league.tier"),
                sheet -> report.rows().forEach(row -> sheet.row(row.position(), row.unitName(), row.counts().assessed(),
                        row.completionRate(), row.onTimeRate(), row.reportRate(), row.score(),
                        row.tier() == null ? null : messages.getMessage("LeagueTier." + row.tier(), null, locale))));
    }
}
