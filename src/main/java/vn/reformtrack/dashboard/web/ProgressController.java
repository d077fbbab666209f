package vn.reformtrack.dashboard.web;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.reformtrack.dashboard.AreaProgress;
import vn.reformtrack.dashboard.DashboardCharts;
import vn.reformtrack.dashboard.ProgressDashboard;
import vn.reformtrack.dashboard.ProgressPeriod;
import vn.reformtrack.dashboard.ProgressReport;
import vn.reformtrack.dashboard.TaskCounts;
import vn.reformtrack.dashboard.UnitProgress;
import vn.reformtrack.dashboard.UnitProgressDetail;
import vn.reformtrack.identity.CurrentUser;
import vn.reformtrack.shared.web.RenderedFragments;
import vn.reformtrack.shared.xlsx.XlsxExports;
import vn.reformtrack.shared.xlsx.XlsxSheet;

/**
 * Quarterly progress: the province by unit and by index area for a year and period, and the drill-down into one unit's
 * tasks; each table also as .xlsx. A unit user sees their own unit only. The figures are read on every view; the page
 * below its period form is rendered again only when they differ from the last rendering's ({@link RenderedFragments}).
 */
@Controller
@RequestMapping("/dashboard/progress")
class ProgressController {

    /** How many units the chart draws: the most behind; the full list is the table below it. */
    static final int CHARTED_UNITS = 20;

    static final List<String> COUNT_HEADERS = List.of("dashboard.tasks", "TaskStatus.DONE_ON_TIME",
            "TaskStatus.DONE_LATE", "TaskStatus.IN_PROGRESS", "TaskStatus.NOT_STARTED", "TaskStatus.OVERDUE",
            "TaskStatus.CANCELLED", "dashboard.completionRate", "dashboard.onTimeRate");

    private final ProgressDashboard progress;
    private final DashboardCharts charts;
    private final XlsxExports xlsx;
    private final MessageSource messages;
    private final RenderedFragments fragments;

    ProgressController(ProgressDashboard progress, DashboardCharts charts, XlsxExports xlsx, MessageSource messages,
            RenderedFragments fragments) {
        this.progress = progress;
        this.charts = charts;
        this.xlsx = xlsx;
        this.messages = messages;
        this.fragments = fragments;
    }

    @GetMapping
    String province(@RequestParam(required = false) String year, @RequestParam(required = false) String period,
            CurrentUser user, Model model) {
        ProgressReport report = progress.report(DashboardParams.year(year), DashboardParams.period(period), user);
        Locale locale = LocaleContextHolder.getLocale();
        List<UnitProgress> charted = report.units().stream().limit(CHARTED_UNITS).toList();
        Map<String, Object> body = new HashMap<>();
        body.put("report", report);
        body.put("charted", charted);
        body.put("unitsChart", charted.isEmpty() ? null
                : charts.statusBars("dashboard.progress.unitsChart", charted, UnitProgress::unitName, UnitProgress::counts));
        body.put("areasChart", report.areas().isEmpty() ? null
                : charts.statusBars("dashboard.progress.areasChart", report.areas(), area -> area.label(locale),
                        AreaProgress::counts));
        model.addAttribute("report", report);
        model.addAttribute("periods", ProgressPeriod.values());
        model.addAttribute("progressHtml", fragments.html("dashboard/progress-parts", "figures", body));
        return "dashboard/progress";
    }

    /** Every unit of the period, for the list the page opens on demand (htmx), most behind first. */
    @GetMapping("/all-units")
    String allUnits(@RequestParam(required = false) String year, @RequestParam(required = false) String period,
            CurrentUser user, Model model) {
        model.addAttribute("report", progress.report(DashboardParams.year(year), DashboardParams.period(period), user));
        return "dashboard/fragments :: allUnits";
    }

    @GetMapping(params = {"format=xlsx", "table=areas"})
    ResponseEntity<byte[]> exportAreas(@RequestParam(required = false) String year,
            @RequestParam(required = false) String period, CurrentUser user) {
        ProgressReport report = progress.report(DashboardParams.year(year), DashboardParams.period(period), user);
        Locale locale = LocaleContextHolder.getLocale();
        return xlsx.download("tien-do-theo-linh-vuc-" + report.period().year() + "-" + report.period().period(),
                "dashboard.progress.areas", headers("dashboard.area"),
                sheet -> report.areas().forEach(area -> counts(sheet, area.label(locale), area.counts())));
    }

    @GetMapping(params = "format=xlsx")
    ResponseEntity<byte[]> exportUnits(@RequestParam(required = false) String year,
            @RequestParam(required = false) String period, CurrentUser user) {
        ProgressReport report = progress.report(DashboardParams.year(year), DashboardParams.period(period), user);
        return xlsx.download("tien-do-theo-don-vi-" + report.period().year() + "-" + report.period().period(),
                "dashboard.progress.units", headers("dashboard.unit"),
                sheet -> report.units().forEach(unit -> counts(sheet, unit.unitName(), unit.counts())));
    }

    @GetMapping("/units/{unitId}")
    String unit(@PathVariable long unitId, @RequestParam(required = false) String year,
            @RequestParam(required = false) String period, CurrentUser user, Model model) {
        model.addAttribute("detail", progress.unit(unitId, DashboardParams.year(year), DashboardParams.period(period), user));
        model.addAttribute("periods", ProgressPeriod.values());
        return "dashboard/unit";
    }

    @GetMapping("/units/{unitId}/tasks/{taskId}")
    String task(@PathVariable long unitId, @PathVariable long taskId, @RequestParam(required = false) String year,
            @RequestParam(required = false) String period, CurrentUser user, Model model) {
        model.addAttribute("detail",
                progress.task(unitId, taskId, DashboardParams.year(year), DashboardParams.period(period), user));
        return "dashboard/task";
    }

    @GetMapping(value = "/units/{unitId}", params = "format=xlsx")
    ResponseEntity<byte[]> exportUnit(@PathVariable long unitId, @RequestParam(required = false) String year,
            @RequestParam(required = false) String period, CurrentUser user) {
        UnitProgressDetail detail = progress.unit(unitId, DashboardParams.year(year), DashboardParams.period(period), user);
        Locale locale = LocaleContextHolder.getLocale();
        return xlsx.download("nhiem-vu-" + detail.unit().code() + "-" + detail.period().year(), "dashboard.unit.export",
                List.of("dashboard.task", "dashboard.plan", "dashboard.deadline", "dashboard.progressPercent",
                        "dashboard.completedOn", "dashboard.status"),
                sheet -> detail.tasks().forEach(task -> sheet.row(task.title(), task.planNumber(), task.dueDate(),
                        task.progressPercent(), task.completedOn(), messages.getMessage("TaskStatus." + task.status(), null, locale))));
    }

    static List<String> headers(String first) {
        List<String> headers = new java.util.ArrayList<>();
        headers.add(first);
        headers.addAll(COUNT_HEADERS);
        return headers;
    }

    static void counts(XlsxSheet sheet, String label, TaskCounts c) {
        sheet.row(label, c.active(), c.doneOnTime(), c.doneLate(), c.inProgress(), c.notStarted(), c.overdue(),
                c.cancelled(), c.completionRate(), c.onTimeRate());
    }
}
