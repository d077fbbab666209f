package vn.reformtrack.calendar.web;

import java.util.List;
import java.util.Optional;
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
import vn.reformtrack.calendar.CalendarLines;
import vn.reformtrack.calendar.CalendarService;
import vn.reformtrack.calendar.CalendarYear;
import vn.reformtrack.calendar.WorkingDays;
import vn.reformtrack.shared.web.FlashMessage;

/** The administrator's working-day calendar: the years' lists, and one year's list to replace (ADMIN only, by URL). */
@Controller
@RequestMapping("/admin/calendar")
class CalendarController {

    private static final String FORM = "calendar/year-form";

    private final CalendarService calendars;
    private final WorkingDays workingDays;

    CalendarController(CalendarService calendars, WorkingDays workingDays) {
        this.calendars = calendars;
        this.workingDays = workingDays;
    }

    @GetMapping
    String years(Model model) {
        int thisYear = workingDays.today().getYear();
        List<CalendarYear> years = calendars.years();
        model.addAttribute("years", years);
        model.addAttribute("missing", List.of(thisYear, thisYear + 1).stream()
                .filter(year -> !workingDays.isListed(year)).toList());
        model.addAttribute("nextYear", thisYear + 1);
        return "calendar/years";
    }

    /** The box "open a year" on the list page. */
    @GetMapping(params = "year")
    String open(@RequestParam int year) {
        return "redirect:/admin/calendar/" + year;
    }

    @GetMapping("/{year}")
    String form(@PathVariable int year, Model model) {
        Optional<CalendarYear> listed = calendars.year(year);
        model.addAttribute("year", year);
        model.addAttribute("listed", listed.orElse(null));
        model.addAttribute("form", listed.map(CalendarForm::from).orElseGet(CalendarForm::new));
        return FORM;
    }

    @PostMapping("/{year}")
    String save(@PathVariable int year, @ModelAttribute("form") CalendarForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        try {
            calendars.save(year, form.getVersion(), form.getSource(), form.getDaysOff(), form.getWorkingDays());
            FlashMessage.success(redirect, "calendar.saved", String.valueOf(year));
            return "redirect:/admin/calendar/" + year;
        } catch (CalendarService.CalendarRefused refused) {
            for (CalendarLines.Problem problem : refused.problems()) {
                result.rejectValue(problem.field(), problem.key(), problem.arguments(), problem.key());
            }
            model.addAttribute("year", year);
            model.addAttribute("listed", calendars.year(year).orElse(null));
            return FORM;
        }
    }
}
