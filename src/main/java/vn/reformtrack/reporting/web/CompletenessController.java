package vn.reformtrack.reporting.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.reformtrack.identity.CurrentUser;
import vn.reformtrack.identity.UserSummary;
import vn.reformtrack.organization.UnitType;
import vn.reformtrack.reporting.ChasedUnit;
import vn.reformtrack.reporting.CellStatus;
import vn.reformtrack.reporting.GridFilter;
import vn.reformtrack.reporting.GridPage;
import vn.reformtrack.reporting.GridRow;
import vn.reformtrack.reporting.PeriodNames;
import vn.reformtrack.reporting.PeriodPage;
import vn.reformtrack.reporting.PeriodService;
import vn.reformtrack.reporting.PeriodSummary;
import vn.reformtrack.reporting.ReportService;
import vn.reformtrack.reporting.ReportingQueries;
import vn.reformtrack.reporting.UnitStanding;
import vn.reformtrack.shared.web.FlashMessage;
import vn.reformtrack.shared.web.PageSizes;
import vn.reformtrack.shared.web.RenderedFragments;
import vn.reformtrack.shared.web.RuleViolationException;
import vn.reformtrack.shared.xlsx.XlsxExports;

/**
 * Who has reported: the completeness grid of a year (a unit user sees only their unit's row), a period's page with
 * every expected unit's standing, and the chasing list of units that still owe the report, with their heads'
 * contacts — each exportable to .xlsx. A coordinator reopens entry for a unit that missed the lock from here. The
 * grid is read on every view; its rows are rendered again only when they differ from the last rendering's
 * ({@link RenderedFragments}).
 */
@Controller
@RequestMapping("/reporting")
class CompletenessController {

    private final ReportingQueries queries;
    private final PeriodService periods;
    private final ReportService reports;
    private final PeriodNames names;
    private final XlsxExports xlsx;
    private final MessageSource messages;
    private final Clock clock;
    private final RenderedFragments fragments;

    CompletenessController(ReportingQueries queries, PeriodService periods, ReportService reports, PeriodNames names,
            XlsxExports xlsx, MessageSource messages, Clock clock, RenderedFragments fragments) {
        this.queries = queries;
        this.periods = periods;
        this.reports = reports;
        this.names = names;
        this.xlsx = xlsx;
        this.messages = messages;
        this.clock = clock;
        this.fragments = fragments;
    }

    /** A page of units, filtered by words, kind of unit and standing; the counts are the whole province's. */
    @GetMapping("/grid")
    String grid(@RequestParam(required = false) Integer year, GridFilter filter, BindingResult ignoredBadFilter,
            @RequestParam(defaultValue = "0") int page, @RequestParam(required = false) String size, CurrentUser user,
            Locale locale, Model model) {
        int shown = year == null ? LocalDate.now(clock).getYear() : year;
        GridPage grid = queries.gridPage(shown, filter, PageSizes.request(page, size), user);
        model.addAttribute("year", shown);
        model.addAttribute("filter", filter);
        model.addAttribute("grid", grid);
        model.addAttribute("rowsHtml", fragments.html("reporting/grid-parts", "rows", Map.of("rows",
                grid.rows().getContent(), "periods", grid.periods(), "cellLabels", cellLabels(grid, locale))));
        model.addAttribute("provinceWide", user.isProvinceWide());
        model.addAttribute("unitTypes", UnitType.values());
        model.addAttribute("cellStatuses", Arrays.stream(CellStatus.values())
                .filter(status -> status != CellStatus.NOT_EXPECTED).toList());
        return "reporting/grid";
    }

    /**
     * The words of the page's cells by their message key, each looked up once: a page of 50 units has some 200 cells
     * and a handful of different labels.
     */
    private Map<String, String> cellLabels(GridPage grid, Locale locale) {
        Map<String, String> labels = new HashMap<>();
        for (GridRow row : grid.rows()) {
            for (UnitStanding cell : row.line(grid.periods())) {
                labels.computeIfAbsent(cell.labelKey(), key -> messages.getMessage(key, null, locale));
            }
        }
        return labels;
    }

    /** Every unit the filter finds, on one sheet, written into the response. */
    @GetMapping(value = "/grid", params = "format=xlsx")
    void gridExport(@RequestParam(required = false) Integer year, GridFilter filter, BindingResult ignoredBadFilter,
            CurrentUser user, Locale locale, HttpServletResponse response) throws IOException {
        int shown = year == null ? LocalDate.now(clock).getYear() : year;
        GridPage grid = queries.gridPage(shown, filter, Pageable.unpaged(), user);
        List<PeriodSummary> columns = grid.periods();
        List<String> headers = new ArrayList<>(Stream.of("grid.unitCode", "grid.unit")
                .map(key -> messages.getMessage(key, null, locale)).toList());
        columns.forEach(period -> headers.add(names.name(period, locale)));
        String title = messages.getMessage("grid.title", null, locale) + " " + shown;
        xlsx.streamTexts(response, "bao-cao-day-du-" + shown, title, headers, sheet -> {
            for (GridRow row : grid.rows()) {
                Object[] values = new Object[2 + columns.size()];
                values[0] = row.unitCode();
                values[1] = row.unitName();
                for (int i = 0; i < columns.size(); i++) {
                    values[2 + i] = cellText(row.cell(columns.get(i).id()), locale);
                }
                sheet.row(values);
            }
        });
    }

    /** A page of expected units with their standing, filtered as the grid is; the counts are the whole province's. */
    @GetMapping("/periods/{id}")
    String period(@PathVariable long id, GridFilter filter, BindingResult ignoredBadFilter,
            @RequestParam(defaultValue = "0") int page, @RequestParam(required = false) String size, CurrentUser user,
            Model model) {
        if (user.isUnitUser()) {
            return "redirect:/reporting/periods/" + id + "/my-report";
        }
        PeriodSummary period = periods.get(id).summary();
        PeriodPage shown = queries.periodPage(period, filter, PageSizes.request(page, size));
        model.addAttribute("period", period);
        model.addAttribute("counts", shown.counts());
        model.addAttribute("units", shown.units());
        model.addAttribute("filter", filter);
        model.addAttribute("unitTypes", UnitType.values());
        model.addAttribute("cellStatuses", Arrays.stream(CellStatus.values())
                .filter(status -> status != CellStatus.NOT_EXPECTED).toList());
        model.addAttribute("canManage", user.canManageProvince());
        model.addAttribute("today", LocalDate.now(clock));
        return "reporting/period";
    }

    @GetMapping("/periods/{id}/chasing")
    @PreAuthorize(Managers.PROVINCE_WIDE)
    String chasing(@PathVariable long id, CurrentUser user, Model model) {
        PeriodSummary period = periods.get(id).summary();
        model.addAttribute("period", period);
        model.addAttribute("units", queries.chasingList(id));
        model.addAttribute("canManage", user.canManageProvince());
        model.addAttribute("locked", period.isEntryLocked(LocalDate.now(clock)));
        return "reporting/chasing";
    }

    @GetMapping(value = "/periods/{id}/chasing", params = "format=xlsx")
    @PreAuthorize(Managers.PROVINCE_WIDE)
    void chasingExport(@PathVariable long id, Locale locale, HttpServletResponse response) throws IOException {
        periods.get(id);
        List<ChasedUnit> units = queries.chasingList(id);
        xlsx.stream(response, "don-doc-bao-cao", "chasing.title",
                List.of("grid.unitCode", "grid.unit", "chasing.status", "chasing.heads", "chasing.emails",
                        "chasing.phones", "chasing.staff"),
                sheet -> units.forEach(unit -> sheet.row(unit.unitCode(), unit.unitName(),
                        messages.getMessage("CellStatus." + unit.status().name(), null, locale),
                        join(unit.heads(), UserSummary::fullName), join(unit.heads(), UserSummary::email),
                        join(unit.heads(), UserSummary::phone),
                        unit.staff().stream().map(p -> p.fullName() + (p.email() == null ? "" : " <" + p.email() + ">"))
                                .collect(Collectors.joining("; ")))));
    }

    @PostMapping("/periods/{id}/units/{unitId}/reopen")
    @PreAuthorize(Managers.ONLY)
    String reopenForUnit(@PathVariable long id, @PathVariable long unitId, CurrentUser user,
            RedirectAttributes redirect) {
        try {
            reports.reopenForUnit(id, unitId, user);
            FlashMessage.success(redirect, "report.reopened");
        } catch (RuleViolationException refused) {
            FlashMessage.warning(redirect, refused.getMessageKey(), refused.getArguments());
        }
        return "redirect:/reporting/periods/" + id + "/chasing";
    }

    private String cellText(UnitStanding cell, Locale locale) {
        String status = messages.getMessage("CellStatus." + cell.status().name(), null, locale);
        return cell.timeliness() == null ? status
                : status + " (" + messages.getMessage("Timeliness." + cell.timeliness().name(), null, locale) + ")";
    }

    private static String join(List<UserSummary> people, java.util.function.Function<UserSummary, String> field) {
        return people.stream().map(field).filter(java.util.Objects::nonNull).collect(Collectors.joining("; "));
    }
}
