package vn.reformtrack.unitindex.web;

import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ResponseEntity;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.reformtrack.identity.CurrentUser;
import vn.reformtrack.indices.IndexCatalog;
import vn.reformtrack.organization.UnitDirectory;
import vn.reformtrack.shared.imports.ImportColumn;
import vn.reformtrack.shared.imports.ImportFlow;
import vn.reformtrack.shared.web.ConcurrentEditException;
import vn.reformtrack.shared.web.FlashMessage;
import vn.reformtrack.shared.web.NotFoundException;
import vn.reformtrack.shared.web.RuleViolationException;
import vn.reformtrack.shared.xlsx.XlsxExports;
import vn.reformtrack.unitindex.CriteriaSet;
import vn.reformtrack.unitindex.CriteriaSetImport;
import vn.reformtrack.unitindex.CriteriaSets;
import vn.reformtrack.unitindex.CriterionPart;
import vn.reformtrack.unitindex.SetNode;

/**
 * A group's criteria set: its tree with kinds, maxima and guidance and what keeps it from being used; add and edit
 * criteria (refused when children would exceed their parent), import it from a spreadsheet (all or nothing), download
 * it as a spreadsheet that imports back. A set a round has used is read-only.
 */
@Controller
@RequestMapping("/unit-index/sets/{versionId}")
@PreAuthorize(Managers.ONLY)
class SetController {

    private static final String FORM = "unitindex/set-criterion";

    private final CriteriaSets sets;
    private final CriteriaSetImport imports;
    private final IndexCatalog catalog;
    private final UnitDirectory units;
    private final ImportFlow flow;
    private final XlsxExports xlsx;
    private final MessageSource messages;

    SetController(CriteriaSets sets, CriteriaSetImport imports, IndexCatalog catalog, UnitDirectory units, ImportFlow flow,
            XlsxExports xlsx, MessageSource messages) {
        this.sets = sets;
        this.imports = imports;
        this.catalog = catalog;
        this.units = units;
        this.flow = flow;
        this.xlsx = xlsx;
        this.messages = messages;
    }

    @GetMapping
    String show(@PathVariable long versionId, Model model) {
        CriteriaSet set = sets.ofVersion(versionId);
        model.addAttribute("set", set);
        model.addAttribute("inUse", sets.inUse(versionId));
        model.addAttribute("unitNames", units.tree(true).stream()
                .collect(java.util.stream.Collectors.toMap(unit -> unit.id(), unit -> unit.name())));
        return "unitindex/set";
    }

    @GetMapping("/criteria/new")
    String newCriterion(@PathVariable long versionId, @RequestParam(required = false) Long parentId, Model model) {
        SetCriterionForm form = new SetCriterionForm();
        form.setParentId(parentId);
        model.addAttribute("form", form);
        return form(versionId, null, model);
    }

    @PostMapping("/criteria/new")
    String create(@PathVariable long versionId, @Valid @ModelAttribute("form") SetCriterionForm form,
            BindingResult result, CurrentUser user, Model model, RedirectAttributes redirect) {
        return save(versionId, null, form, result, user, model, redirect);
    }

    @GetMapping("/criteria/{criterionId}/edit")
    String edit(@PathVariable long versionId, @PathVariable long criterionId, Model model) {
        SetNode node = node(versionId, criterionId);
        model.addAttribute("form", SetCriterionForm.from(node, catalog.checkedTree(versionId).nodes().stream()
                .filter(n -> n.criterion().id() == criterionId).findFirst().orElseThrow().lockVersion()));
        return form(versionId, criterionId, model);
    }

    @PostMapping("/criteria/{criterionId}/edit")
    String update(@PathVariable long versionId, @PathVariable long criterionId,
            @Valid @ModelAttribute("form") SetCriterionForm form, BindingResult result, CurrentUser user, Model model,
            RedirectAttributes redirect) {
        node(versionId, criterionId);
        return save(versionId, criterionId, form, result, user, model, redirect);
    }

    @GetMapping("/import")
    String importForm(@PathVariable long versionId, Locale locale, Model model) {
        model.addAttribute("columns", CriteriaSetImport.COLUMNS);
        return importPage(versionId, locale, model);
    }

    @PostMapping("/import")
    String upload(@PathVariable long versionId, @RequestParam(required = false) MultipartFile file, CurrentUser user,
            HttpSession session, Locale locale, Model model) {
        flow.preview(file, CriteriaSetImport.COLUMNS, target(versionId), session, model,
                rows -> imports.check(versionId, rows, user));
        return importPage(versionId, locale, model);
    }

    @PostMapping("/import/confirm")
    String confirm(@PathVariable long versionId, @RequestParam(required = false) String token, CurrentUser user,
            HttpSession session, Locale locale, Model model, RedirectAttributes redirect) {
        Optional<Integer> done = flow.confirm(token, target(versionId), session, model, CriteriaSetImport.COLUMNS,
                rows -> imports.commit(versionId, rows, user));
        if (done.isPresent()) {
            FlashMessage.success(redirect, "import.done", done.get());
            return "redirect:/unit-index/sets/" + versionId;
        }
        return importPage(versionId, locale, model);
    }

    /** The set as a spreadsheet in the import's columns: a template for a new one, or this one to change and import. */
    @GetMapping("/import/template")
    ResponseEntity<byte[]> template(@PathVariable long versionId, Locale locale) {
        CriteriaSet set = sets.ofVersion(versionId);
        java.util.Map<Long, String> codes = new java.util.HashMap<>();
        set.nodes().forEach(node -> codes.put(node.id(), node.code()));
        return xlsx.download("bo-tieu-chi-" + versionId, "unitindex.set.title",
                CriteriaSetImport.COLUMNS.stream().map(ImportColumn::headerKey).toList(),
                sheet -> set.nodes().forEach(node -> sheet.row(node.code(),
                        node.criterion().parentId() == null ? null : codes.get(node.criterion().parentId()),
                        node.criterion().nameVi(), node.criterion().nameEn(),
                        node.partSetHere() ? messages.getMessage("CriterionPart." + node.part(), null, locale) : null,
                        node.max(), node.criterion().scoreStep(), node.guidance(),
                        node.criterion().leadUnitId() == null ? null : units.find(node.criterion().leadUnitId())
                                .map(unit -> unit.code()).orElse(null),
                        node.partSetHere() && node.part() == CriterionPart.SURVEY ? node.surveyScale().min() : null,
                        node.partSetHere() && node.part() == CriterionPart.SURVEY ? node.surveyScale().max() : null)));
    }

    private String save(long versionId, Long criterionId, SetCriterionForm form, BindingResult result, CurrentUser user,
            Model model, RedirectAttributes redirect) {
        if (form.getMaxPoints() == null && !result.hasFieldErrors("maxPoints")) {
            result.rejectValue("maxPoints", "unitindex.set.error.maxMissing");
        }
        if (!result.hasErrors()) {
            try {
                sets.saveCriterion(versionId, criterionId, criterionId == null ? form.getParentId() : null,
                        form.getVersion(), form.toCommand(), user);
                FlashMessage.success(redirect, "unitindex.set.criterionSaved", form.getCode());
                return "redirect:/unit-index/sets/" + versionId;
            } catch (RuleViolationException violation) {
                violation.addTo(result);
            } catch (ConcurrentEditException | OptimisticLockingFailureException conflict) {
                result.reject("unitindex.round.error.changedMeanwhile");
            }
        }
        return form(versionId, criterionId, model);
    }

    private String form(long versionId, Long criterionId, Model model) {
        CriteriaSet set = sets.ofVersion(versionId);
        model.addAttribute("set", set);
        model.addAttribute("criterionId", criterionId);
        model.addAttribute("parts", CriterionPart.values());
        model.addAttribute("unitOptions", units.tree(false));
        model.addAttribute("parentNode", Optional.ofNullable(((SetCriterionForm) model.getAttribute("form")).getParentId())
                .flatMap(parent -> set.nodes().stream().filter(node -> node.id() == parent).findFirst()).orElse(null));
        return FORM;
    }

    private SetNode node(long versionId, long criterionId) {
        return sets.ofVersion(versionId).nodes().stream().filter(node -> node.id() == criterionId).findFirst()
                .orElseThrow(() -> new NotFoundException("Criterion", criterionId));
    }

    private String importPage(long versionId, Locale locale, Model model) {
        CriteriaSet set = sets.ofVersion(versionId);
        String base = "/unit-index/sets/" + versionId + "/import";
        model.addAttribute("title", messages.getMessage("unitindex.set.import", new Object[] {set.version().label()}, locale));
        model.addAttribute("intro", messages.getMessage("unitindex.set.import.intro", null, locale));
        model.addAttribute("uploadUrl", base);
        model.addAttribute("templateUrl", base + "/template");
        model.addAttribute("confirmUrl", base + "/confirm");
        model.addAttribute("backUrl", "/unit-index/sets/" + versionId);
        model.addAttribute("backLabel", set.version().label());
        return "unitindex/import";
    }

    private static String target(long versionId) {
        return "unitindex-set:" + versionId;
    }
}
