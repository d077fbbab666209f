package vn.reformtrack.indices.web;

import jakarta.validation.Valid;
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
import vn.reformtrack.indices.CatalogEditor;
import vn.reformtrack.indices.FrameworkVersion;
import vn.reformtrack.indices.IndexCatalog;
import vn.reformtrack.indices.IndexFramework;
import vn.reformtrack.indices.IndexScale;
import vn.reformtrack.shared.web.FlashMessage;
import vn.reformtrack.shared.web.NotFoundException;
import vn.reformtrack.shared.web.RuleViolationException;

/** Coordinators create province-internal frameworks, rename and deactivate frameworks, and keep their versions. */
@Controller
@RequestMapping("/indices")
@PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
class FrameworkEditController {

    private static final String FORM = "indices/framework-form";
    private static final String VERSION_FORM = "indices/version-form";

    private final CatalogEditor editor;
    private final IndexCatalog catalog;

    FrameworkEditController(CatalogEditor editor, IndexCatalog catalog) {
        this.editor = editor;
        this.catalog = catalog;
    }

    @ModelAttribute("scales")
    IndexScale[] scales() {
        return IndexScale.values();
    }

    @GetMapping("/new")
    String createForm(Model model) {
        model.addAttribute("form", new FrameworkForm());
        return FORM;
    }

    @PostMapping("/new")
    String create(@Valid @ModelAttribute("form") FrameworkForm form, BindingResult result, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return FORM;
        }
        try {
            IndexFramework framework = editor.createFramework(form.toCommand());
            FlashMessage.success(redirect, "framework.saved", framework.getNameVi());
            return "redirect:/indices/" + framework.getCode();
        } catch (RuleViolationException violation) {
            violation.addTo(result);
            return FORM;
        }
    }

    @GetMapping("/{code}/edit")
    String editForm(@PathVariable String code, Model model) {
        IndexFramework framework = frameworkByCode(code);
        model.addAttribute("framework", framework);
        model.addAttribute("form", FrameworkForm.from(framework));
        return FORM;
    }

    @PostMapping("/{code}/edit")
    String update(@PathVariable String code, @Valid @ModelAttribute("form") FrameworkForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        IndexFramework framework = frameworkByCode(code);
        model.addAttribute("framework", framework);
        form.setCode(framework.getCode());
        if (result.hasErrors()) {
            return FORM;
        }
        try {
            editor.updateFramework(framework.getId(), form.getVersion(), form.toCommand());
            FlashMessage.success(redirect, "framework.saved", form.getNameVi());
            return "redirect:/indices/" + framework.getCode();
        } catch (RuleViolationException violation) {
            violation.addTo(result);
            return FORM;
        }
    }

    @PostMapping("/{code}/deactivate")
    String deactivate(@PathVariable String code, @RequestParam long version, RedirectAttributes redirect) {
        IndexFramework framework = frameworkByCode(code);
        editor.deactivateFramework(framework.getId(), version);
        FlashMessage.success(redirect, "framework.deactivated", framework.getNameVi());
        return "redirect:/indices/" + framework.getCode();
    }

    @PostMapping("/{code}/activate")
    String activate(@PathVariable String code, @RequestParam long version, RedirectAttributes redirect) {
        IndexFramework framework = frameworkByCode(code);
        editor.activateFramework(framework.getId(), version);
        FlashMessage.success(redirect, "framework.activated", framework.getNameVi());
        return "redirect:/indices/" + framework.getCode();
    }

    @GetMapping("/{code}/versions/new")
    String createVersionForm(@PathVariable String code, Model model) {
        model.addAttribute("form", new VersionForm());
        return showVersionForm(model, frameworkByCode(code), null);
    }

    @PostMapping("/{code}/versions/new")
    String createVersion(@PathVariable String code, @Valid @ModelAttribute("form") VersionForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        IndexFramework framework = frameworkByCode(code);
        if (result.hasErrors()) {
            return showVersionForm(model, framework, null);
        }
        try {
            FrameworkVersion created = editor.createVersion(framework.getId(), form.toCommand(), form.getCopyFromVersionId());
            FlashMessage.success(redirect, "version.saved", created.getLabel());
            return "redirect:/indices/versions/" + created.getId();
        } catch (RuleViolationException violation) {
            violation.addTo(result);
            return showVersionForm(model, framework, null);
        }
    }

    @GetMapping("/versions/{id}/edit")
    String editVersionForm(@PathVariable long id, Model model) {
        FrameworkVersion version = editor.version(id);
        model.addAttribute("form", VersionForm.from(version));
        return showVersionForm(model, version.getFramework(), version);
    }

    @PostMapping("/versions/{id}/edit")
    String updateVersion(@PathVariable long id, @Valid @ModelAttribute("form") VersionForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        FrameworkVersion version = editor.version(id);
        if (result.hasErrors()) {
            return showVersionForm(model, version.getFramework(), version);
        }
        try {
            editor.updateVersion(id, form.getVersion(), form.toCommand());
            FlashMessage.success(redirect, "version.saved", form.getLabel());
            return "redirect:/indices/versions/" + id;
        } catch (RuleViolationException violation) {
            violation.addTo(result);
            return showVersionForm(model, version.getFramework(), version);
        }
    }

    @PostMapping("/versions/{id}/retire")
    String retireVersion(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        editor.retireVersion(id, version);
        FlashMessage.success(redirect, "version.retired", editor.version(id).getLabel());
        return "redirect:/indices/versions/" + id;
    }

    @PostMapping("/versions/{id}/reinstate")
    String reinstateVersion(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        try {
            editor.reinstateVersion(id, version);
            FlashMessage.success(redirect, "version.reinstated", editor.version(id).getLabel());
        } catch (RuleViolationException refused) {
            FlashMessage.warning(redirect, refused.getMessageKey(), refused.getArguments());
        }
        return "redirect:/indices/versions/" + id;
    }

    private IndexFramework frameworkByCode(String code) {
        long id = catalog.framework(code).orElseThrow(() -> new NotFoundException("Framework", code)).id();
        return editor.framework(id);
    }

    private String showVersionForm(Model model, IndexFramework framework, FrameworkVersion version) {
        model.addAttribute("framework", framework);
        model.addAttribute("frameworkVersion", version);
        model.addAttribute("copySources", catalog.versions(framework.getCode()));
        return VERSION_FORM;
    }
}
