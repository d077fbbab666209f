package vn.reformtrack.reporting.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.reformtrack.identity.CurrentUser;
import vn.reformtrack.reporting.PeriodCounts;
import vn.reformtrack.reporting.PeriodKind;
import vn.reformtrack.reporting.PeriodService;
import vn.reformtrack.reporting.PeriodSummary;
import vn.reformtrack.reporting.ReportingPeriod;
import vn.reformtrack.reporting.ReportingQueries;
import vn.reformtrack.shared.web.ConcurrentEditException;
import vn.reformtrack.shared.web.FlashMessage;
import vn.reformtrack.shared.web.RuleViolationException;

/**
 * "Báo cáo định kỳ": unit users land on their unit's reports of the year; province-wide users on the year's periods
 * with their counts, where coordinators generate the calendar, add ad hoc periods, move due dates, close and reopen.
 */
@Controller
@RequestMapping("/reporting")
class PeriodController {

    private static final String LIST = "reporting/periods";
    private static final String FORM = "reporting/period-form";

    private final PeriodService periods;
    private final ReportingQueries queries;
    private final Clock clock;

    PeriodController(PeriodService periods, ReportingQueries queries, Clock clock) {
        this.periods = periods;
        this.queries = queries;
        this.clock = clock;
    }

    @ModelAttribute("periodKinds")
    PeriodKind[] periodKinds() {
        return PeriodKind.values();
    }

    @GetMapping
    String home(@RequestParam(required = false) Integer year, CurrentUser user, Model model) {
        int shown = year == null ? LocalDate.now(clock).getYear() : year;
        model.addAttribute("year", shown);
        model.addAttribute("today", LocalDate.now(clock));
        Optional<PeriodSummary> current = queries.currentPeriod();
        model.addAttribute("current", current.orElse(null));
        if (user.isUnitUser()) {
            model.addAttribute("grid", queries.grid(shown, user));
            current.ifPresent(period -> model.addAttribute("currentStanding",
                    queries.statusOf(user.unitId(), period.id())));
            return "reporting/unit-home";
        }
        GenerateForm generate = new GenerateForm();
        generate.setYear(shown);
        generate.setDueDaysAfterEnd(periods.defaultDueDays());
        generate.setGraceDays(periods.defaultGraceDays());
        model.addAttribute("generate", generate);
        return list(shown, user, model);
    }

    @PostMapping("/periods/generate")
    @PreAuthorize(Managers.ONLY)
    String generate(@Valid @ModelAttribute("generate") GenerateForm form, BindingResult result, CurrentUser user,
            Model model, RedirectAttributes redirect) {
        int year = form.getYear() == null ? LocalDate.now(clock).getYear() : form.getYear();
        if (!result.hasErrors()) {
            try {
                periods.generateYear(form.getYear(), form.getDueDaysAfterEnd(), form.getGraceDays(), user);
                FlashMessage.success(redirect, "period.generated", String.valueOf(form.getYear()));
                return "redirect:/reporting?year=" + form.getYear();
            } catch (RuleViolationException refused) {
                refused.addTo(result);
            }
        }
        model.addAttribute("year", year);
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("current", queries.currentPeriod().orElse(null));
        return list(year, user, model);
    }

    private String list(int year, CurrentUser user, Model model) {
        List<PeriodCounts> counts = queries.gridCounts(year);
        model.addAttribute("counts", counts);
        model.addAttribute("versions", periods.ofYear(year).stream()
                .collect(java.util.stream.Collectors.toMap(ReportingPeriod::getId, ReportingPeriod::getVersion)));
        model.addAttribute("canManage", user.canManageProvince());
        model.addAttribute("hasCalendar", counts.stream().anyMatch(c -> c.period().kind().isCalendar()));
        return LIST;
    }

    @GetMapping("/periods/new")
    @PreAuthorize(Managers.ONLY)
    String createForm(@RequestParam(required = false) Integer year, Model model) {
        LocalDate today = LocalDate.now(clock);
        PeriodForm form = new PeriodForm();
        form.setYear(year == null ? today.getYear() : year);
        form.setStartsOn(today.getYear() == form.getYear() ? today.withDayOfMonth(1) : LocalDate.of(form.getYear(), 1, 1));
        form.setEndsOn(form.getStartsOn().withDayOfMonth(form.getStartsOn().lengthOfMonth()));
        form.setDueOn(periods.defaultDueOn(form.getEndsOn()));
        form.setGraceDays(periods.defaultGraceDays());
        model.addAttribute("form", form);
        return FORM;
    }

    @PostMapping("/periods/new")
    @PreAuthorize(Managers.ONLY)
    String create(@Valid @ModelAttribute("form") PeriodForm form, BindingResult result, CurrentUser user,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return FORM;
        }
        try {
            ReportingPeriod period = periods.create(form.toCommand(), user);
            FlashMessage.success(redirect, "period.saved");
            return "redirect:/reporting?year=" + period.getYear();
        } catch (RuleViolationException refused) {
            refused.addTo(result);
            return FORM;
        }
    }

    @GetMapping("/periods/{id}/edit")
    @PreAuthorize(Managers.ONLY)
    String editForm(@PathVariable long id, Model model) {
        ReportingPeriod period = periods.get(id);
        model.addAttribute("period", period.summary());
        model.addAttribute("form", PeriodForm.from(period));
        return FORM;
    }

    @PostMapping("/periods/{id}/edit")
    @PreAuthorize(Managers.ONLY)
    String update(@PathVariable long id, @Valid @ModelAttribute("form") PeriodForm form, BindingResult result,
            CurrentUser user, Model model, RedirectAttributes redirect) {
        ReportingPeriod period = periods.get(id);
        model.addAttribute("period", period.summary());
        form.setKind(period.getKind());
        form.setYear(period.getYear());
        if (result.hasErrors()) {
            return FORM;
        }
        try {
            periods.update(id, form.getVersion(), form.toCommand(), user);
            FlashMessage.success(redirect, "period.saved");
            return "redirect:/reporting?year=" + period.getYear();
        } catch (RuleViolationException refused) {
            refused.addTo(result);
        } catch (ConcurrentEditException | OptimisticLockingFailureException conflict) {
            result.reject("period.error.changedMeanwhile");
            form.setVersion(periods.get(id).getVersion());
        }
        return FORM;
    }

    @PostMapping("/periods/{id}/close")
    @PreAuthorize(Managers.ONLY)
    String close(@PathVariable long id, @RequestParam long version, CurrentUser user, RedirectAttributes redirect) {
        return act(id, redirect, "period.closed", () -> periods.close(id, version, user));
    }

    @PostMapping("/periods/{id}/reopen")
    @PreAuthorize(Managers.ONLY)
    String reopen(@PathVariable long id, @RequestParam long version, CurrentUser user, RedirectAttributes redirect) {
        return act(id, redirect, "period.reopened", () -> periods.reopen(id, version, user));
    }

    private String act(long id, RedirectAttributes redirect, String doneKey, Runnable action) {
        ReportingPeriod period = periods.get(id);
        try {
            action.run();
            FlashMessage.success(redirect, doneKey);
        } catch (RuleViolationException refused) {
            FlashMessage.warning(redirect, refused.getMessageKey(), refused.getArguments());
        } catch (ConcurrentEditException | OptimisticLockingFailureException conflict) {
            FlashMessage.warning(redirect, "period.error.changedMeanwhile");
        }
        return "redirect:/reporting?year=" + period.getYear();
    }
}
