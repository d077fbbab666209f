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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.reformtrack.dashboard.AnnualDashboard;
import vn.reformtrack.dashboard.AnnualReport;
import vn.reformtrack.dashboard.DashboardCharts;
import vn.reformtrack.identity.CurrentUser;
import vn.reformtrack.indices.IndexCatalog;
import vn.reformtrack.planning.Reading;
import vn.reformtrack.shared.web.RenderedFragments;
import vn.reformtrack.shared.xlsx.XlsxExports;

/**
 * The annual view: each plan of a year with its tasks and its targets against the results; both tables as .xlsx. Its
 * body is rendered once for what it shows ({@link RenderedFragments}): the same for every leader until a task, report,
 * target or result changes the report.
 */
@Controller
@RequestMapping("/dashboard/annual")
class AnnualController {

    private final AnnualDashboard annual;
    private final DashboardCharts charts;
    private final XlsxExports xlsx;
    private final MessageSource messages;
    private final IndexCatalog catalog;
    private final RenderedFragments fragments;

    AnnualController(AnnualDashboard annual, DashboardCharts charts, XlsxExports xlsx, MessageSource messages,
            IndexCatalog catalog, RenderedFragments fragments) {
        this.annual = annual;
        this.charts = charts;
        this.xlsx = xlsx;
        this.messages = messages;
        this.catalog = catalog;
        this.fragments = fragments;
    }

    @GetMapping
    String page(@RequestParam(required = false) String year, CurrentUser user, Model model) {
        AnnualReport report = annual.report(DashboardParams.year(year), user);
        model.addAttribute("report", report);
        Map<String, Object> body = new HashMap<>();
        body.put("report", report);
        body.put("plansChart", report.plans().isEmpty() ? null
                : charts.statusBars("dashboard.annual.plansChart", report.plans(),
                        plan -> plan.plan().documentNumber() == null ? plan.plan().title() : plan.plan().documentNumber(),
                        plan -> plan.plan().counts()));
        body.put("indexNames", catalog.frameworkNames(LocaleContextHolder.getLocale()));
        model.addAttribute("bodyHtml", fragments.html("dashboard/annual-parts", "annualBody", body));
        return "dashboard/annual";
    }

    @GetMapping(params = "format=xlsx")
    ResponseEntity<byte[]> exportPlans(@RequestParam(required = false) String year, CurrentUser user) {
        AnnualReport report = annual.report(DashboardParams.year(year), user);
        return xlsx.download("ket-qua-nam-" + report.period().year(), "dashboard.annual.plans",
                ProgressController.headers("dashboard.plan"),
                sheet -> report.plans().forEach(plan -> ProgressController.counts(sheet,
                        plan.plan().documentNumber() == null ? plan.plan().title() : plan.plan().documentNumber(),
                        plan.plan().counts())));
    }

    @GetMapping(params = {"format=xlsx", "table=targets"})
    ResponseEntity<byte[]> exportTargets(@RequestParam(required = false) String year, CurrentUser user) {
        AnnualReport report = annual.report(DashboardParams.year(year), user);
        Locale locale = LocaleContextHolder.getLocale();
        return xlsx.download("chi-tieu-nam-" + report.period().year(), "dashboard.annual.targets",
                List.of("dashboard.plan", "dashboard.index", "dashboard.target", "dashboard.comparison",
                        "dashboard.value", "dashboard.baseline", "dashboard.actual", "dashboard.outcome"),
                sheet -> report.plans().forEach(plan -> plan.targets().forEach(t -> sheet.row(
                        plan.plan().documentNumber(), t.frameworkCode(),
                        messages.getMessage("TargetMetric." + t.metric(), null, locale), t.comparison().symbol(),
                        t.comparison().name().equals("BETWEEN") ? t.value().toPlainString() + "–" + t.valueTo().toPlainString()
                                : t.value(),
                        text(t.baseline()), text(t.actual()),
                        messages.getMessage("TargetOutcome." + t.outcome(), null, locale)))));
    }

    /** A reading as a number, a range "59–63", or empty. */
    private static Object text(Reading reading) {
        if (!reading.isKnown()) {
            return null;
        }
        return reading.isExact() ? reading.low()
                : reading.low().stripTrailingZeros().toPlainString() + "–" + reading.high().stripTrailingZeros().toPlainString();
    }
}
