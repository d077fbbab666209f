package vn.reformtrack.organization.web;

import jakarta.validation.Valid;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
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
import vn.reformtrack.organization.Unit;
import vn.reformtrack.organization.UnitDirectory;
import vn.reformtrack.organization.UnitFilter;
import vn.reformtrack.organization.UnitRow;
import vn.reformtrack.organization.UnitService;
import vn.reformtrack.organization.UnitType;
import vn.reformtrack.shared.web.FlashMessage;
import vn.reformtrack.shared.web.RuleViolationException;
import vn.reformtrack.shared.xlsx.XlsxExports;

/** Administration of the unit tree (ADMIN only, see the security configuration). */
@Controller
@RequestMapping("/admin/units")
class UnitAdminController {

    static final int PAGE_SIZE = 50;
    private static final String FORM = "organization/unit-form";

    private final UnitService units;
    private final UnitDirectory directory;
    private final XlsxExports xlsx;

    UnitAdminController(UnitService units, UnitDirectory directory, XlsxExports xlsx) {
        this.units = units;
        this.directory = directory;
        this.xlsx = xlsx;
    }

    @ModelAttribute("unitTypes")
    UnitType[] unitTypes() {
        return UnitType.values();
    }

    @GetMapping
    String list(UnitFilter filter, @RequestParam(defaultValue = "0") int page, Model model) {
        Page<UnitRow> rows = units.search(filter, PageRequest.of(Math.max(page, 0), PAGE_SIZE));
        model.addAttribute("filter", filter);
        model.addAttribute("units", rows);
        return "organization/unit-list";
    }

    @GetMapping(params = "format=xlsx")
    ResponseEntity<byte[]> export(UnitFilter filter) {
        List<UnitRow> rows = units.search(filter, PageRequest.of(0, 100_000)).getContent();
        return xlsx.download(
                "don-vi",
                "unit.list.title",
                List.of("unit.code", "unit.name", "unit.type", "unit.parent", "unit.active"),
                sheet -> rows.forEach(row -> sheet.row(
                        row.code(), row.name(), row.type().name(), row.parentName(), row.active())));
    }

    @GetMapping("/new")
    String createForm(Model model) {
        model.addAttribute("form", new UnitForm());
        return showForm(model, null);
    }

    @PostMapping("/new")
    String create(@Valid @ModelAttribute("form") UnitForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return showForm(model, null);
        }
        try {
            Unit unit = units.create(form.toCommand());
            FlashMessage.success(redirect, "unit.saved", unit.getName());
            return "redirect:/admin/units";
        } catch (RuleViolationException violation) {
            violation.addTo(result);
            return showForm(model, null);
        }
    }

    @GetMapping("/{id}")
    String editForm(@PathVariable long id, Model model) {
        Unit unit = units.get(id);
        model.addAttribute("form", UnitForm.from(unit));
        return showForm(model, unit);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") UnitForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        Unit unit = units.get(id);
        if (result.hasErrors()) {
            return showForm(model, unit);
        }
        try {
            units.update(id, form.getVersion(), form.toCommand());
            FlashMessage.success(redirect, "unit.saved", form.getName());
            return "redirect:/admin/units";
        } catch (RuleViolationException violation) {
            violation.addTo(result);
            return showForm(model, unit);
        }
    }

    @PostMapping("/{id}/deactivate")
    String deactivate(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        try {
            units.deactivate(id, version);
            FlashMessage.success(redirect, "unit.deactivated", units.get(id).getName());
        } catch (RuleViolationException refused) {
            FlashMessage.warning(redirect, refused.getMessageKey(), refused.getArguments());
        }
        return "redirect:/admin/units/" + id;
    }

    @PostMapping("/{id}/activate")
    String activate(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        try {
            units.activate(id, version);
            FlashMessage.success(redirect, "unit.activated", units.get(id).getName());
        } catch (RuleViolationException refused) {
            FlashMessage.warning(redirect, refused.getMessageKey(), refused.getArguments());
        }
        return "redirect:/admin/units/" + id;
    }

    private String showForm(Model model, Unit unit) {
        model.addAttribute("unit", unit);
        model.addAttribute("parents", directory.tree(false).stream()
                .filter(row -> unit == null || row.id() != unit.getId())
                .toList());
        return FORM;
    }
}
