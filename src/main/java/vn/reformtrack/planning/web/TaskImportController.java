package vn.reformtrack.planning.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.reformtrack.identity.CurrentUser;
import vn.reformtrack.indices.CriterionSummary;
import vn.reformtrack.indices.IndexCatalog;
import vn.reformtrack.indices.VersionSummary;
import vn.reformtrack.organization.UnitDirectory;
import vn.reformtrack.planning.Plan;
import vn.reformtrack.planning.PlanService;
import vn.reformtrack.planning.tableimport.ImportNotReady;
import vn.reformtrack.planning.tableimport.ImportPreview;
import vn.reformtrack.planning.tableimport.TaskImportService;
import vn.reformtrack.planning.tableimport.TaskTableReader;
import vn.reformtrack.planning.tableimport.TaskTableTemplate;
import vn.reformtrack.shared.web.FlashMessage;
import vn.reformtrack.shared.web.RuleViolationException;
import vn.reformtrack.shared.xlsx.XlsxExports;

/**
 * Importing a plan's task table: upload the .xlsx, see every row as it would be saved, choose a unit for each name
 * that matched none, then import all rows — or none, if anything is still wrong.
 */
@Controller
@PreAuthorize(Managers.ONLY)
class TaskImportController {

    private static final String UPLOAD = "planning/import-upload";
    private static final String PREVIEW = "planning/import-preview";
    /** Unmatched names an import can have: a lead and a few coordinating units on each of its rows. */
    static final int MAX_CHOICES = TaskTableReader.MAX_ROWS * 5;

    private final TaskImportService imports;
    private final PlanService plans;
    private final UnitDirectory units;
    private final IndexCatalog catalog;

    TaskImportController(TaskImportService imports, PlanService plans, UnitDirectory units, IndexCatalog catalog) {
        this.imports = imports;
        this.plans = plans;
        this.units = units;
        this.catalog = catalog;
    }

    /**
     * The preview posts one indexed {@code keys[i]}/{@code unitIds[i]} pair per unmatched name; an annex may have more
     * than the binder's default 256 (each row can name a unit no other row does, as lead or coordinator).
     */
    @InitBinder("choices")
    void allowAChoiceForEveryName(WebDataBinder binder) {
        binder.setAutoGrowCollectionLimit(MAX_CHOICES);
    }

    @GetMapping("/planning/plans/{planId}/import")
    String uploadForm(@PathVariable long planId, CurrentUser user, Model model) {
        model.addAttribute("plan", plans.get(planId, user));
        return UPLOAD;
    }

    @PostMapping("/planning/plans/{planId}/import")
    String upload(@PathVariable long planId, @RequestParam(required = false) MultipartFile file, CurrentUser user,
            Model model) throws IOException {
        Plan plan = plans.get(planId, user);
        model.addAttribute("plan", plan);
        if (file == null || file.isEmpty()) {
            model.addAttribute("uploadError", new RuleViolationException("taskImport.error.noFile"));
            return UPLOAD;
        }
        try {
            ImportPreview preview = imports.upload(planId, file.getOriginalFilename(), file.getBytes(), user);
            return "redirect:/planning/plans/" + planId + "/import/" + preview.importId();
        } catch (RuleViolationException unreadable) {
            model.addAttribute("uploadError", unreadable);
            return UPLOAD;
        }
    }

    @GetMapping("/planning/plans/{planId}/import/{importId}")
    String preview(@PathVariable long planId, @PathVariable long importId, CurrentUser user, Model model) {
        return showPreview(model, plans.get(planId, user), imports.preview(planId, importId, java.util.Map.of(), user));
    }

    /** Applies the choices made so far and shows the preview again. */
    @PostMapping(value = "/planning/plans/{planId}/import/{importId}", params = "action=preview")
    String choose(@PathVariable long planId, @PathVariable long importId,
            @ModelAttribute("choices") ImportChoicesForm choices, CurrentUser user, Model model) {
        return showPreview(model, plans.get(planId, user), imports.preview(planId, importId, choices.choices(), user));
    }

    @PostMapping(value = "/planning/plans/{planId}/import/{importId}", params = "action=commit")
    String commit(@PathVariable long planId, @PathVariable long importId,
            @ModelAttribute("choices") ImportChoicesForm choices, CurrentUser user, Model model,
            RedirectAttributes redirect) {
        Plan plan = plans.get(planId, user);
        try {
            int count = imports.commit(planId, importId, choices.choices(), user);
            FlashMessage.success(redirect, "taskImport.done", count, plan.label());
            return "redirect:/planning/plans/" + planId;
        } catch (ImportNotReady notReady) {
            model.addAttribute("notReady", true);
            return showPreview(model, plan, notReady.getPreview());
        }
    }

    @GetMapping("/planning/tasks/import-template")
    ResponseEntity<byte[]> template() {
        List<CriterionSummary> criteria = new ArrayList<>();
        for (VersionSummary version : catalog.allVersions()) {
            if (!version.retired()) {
                catalog.tree(version.id()).stream().filter(criterion -> !criterion.retired()).forEach(criteria::add);
            }
        }
        return XlsxExports.attachment("mau-danh-muc-nhiem-vu.xlsx", TaskTableTemplate.build(units.tree(false), criteria));
    }

    private String showPreview(Model model, Plan plan, ImportPreview preview) {
        model.addAttribute("plan", plan);
        model.addAttribute("preview", preview);
        model.addAttribute("unitOptions", units.tree(false));
        model.addAttribute("leaveOut", TaskImportService.LEAVE_OUT);
        return PREVIEW;
    }
}
