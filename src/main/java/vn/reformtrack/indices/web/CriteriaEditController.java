package vn.reformtrack.indices.web;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Set;
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
import vn.reformtrack.indices.AssessmentMethod;
import vn.reformtrack.indices.CriteriaEditor;
import vn.reformtrack.indices.Criterion;
import vn.reformtrack.indices.CriterionKind;
import vn.reformtrack.indices.CriterionSummary;
import vn.reformtrack.indices.IndexCatalog;
import vn.reformtrack.indices.VersionSummary;
import vn.reformtrack.organization.UnitDirectory;
import vn.reformtrack.organization.UnitRow;
import vn.reformtrack.shared.web.FlashMessage;
import vn.reformtrack.shared.web.NotFoundException;
import vn.reformtrack.shared.web.RuleViolationException;

/** Coordinators add, edit, reorder, move, retire and reinstate criteria. */
@Controller
@RequestMapping("/indices")
@PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
class CriteriaEditController {

    private static final String FORM = "indices/criterion-form";
    private static final String MOVE_FORM = "indices/criterion-move";

    private final CriteriaEditor editor;
    private final IndexCatalog catalog;
    private final UnitDirectory units;

    CriteriaEditController(CriteriaEditor editor, IndexCatalog catalog, UnitDirectory units) {
        this.editor = editor;
        this.catalog = catalog;
        this.units = units;
    }

    @ModelAttribute("kinds")
    CriterionKind[] kinds() {
        return CriterionKind.values();
    }

    @ModelAttribute("assessments")
    AssessmentMethod[] assessments() {
        return AssessmentMethod.values();
    }

    @ModelAttribute("unitOptions")
    List<UnitRow> unitOptions() {
        return units.tree(false);
    }

    @GetMapping("/versions/{versionId}/criteria/new")
    String createForm(@PathVariable long versionId, @RequestParam(required = false) Long parentId, Model model) {
        CriterionForm form = new CriterionForm();
        CriterionSummary parent = parent(parentId);
        form.setKind(parent == null ? CriterionKind.AREA : parent.depth() == 0 ? CriterionKind.CRITERION : CriterionKind.SUB_CRITERION);
        form.setAssessment(parent == null ? AssessmentMethod.SELF_ASSESSED : parent.assessment());
        form.setCode(parent == null ? "" : parent.code() + ".");
        model.addAttribute("form", form);
        return showForm(model, version(versionId), parent, null);
    }

    @PostMapping("/versions/{versionId}/criteria/new")
    String create(@PathVariable long versionId, @RequestParam(required = false) Long parentId,
            @Valid @ModelAttribute("form") CriterionForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        VersionSummary version = version(versionId);
        if (!result.hasErrors()) {
            try {
                Criterion created = editor.create(versionId, parentId, form.toCommand());
                FlashMessage.success(redirect, "criterion.saved", created.getCode());
                return "redirect:/indices/versions/" + versionId + "#c" + created.getId();
            } catch (RuleViolationException violation) {
                violation.addTo(result);
            }
        }
        return showForm(model, version, parent(parentId), null);
    }

    @GetMapping("/criteria/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        Criterion criterion = editor.criterion(id);
        model.addAttribute("form", CriterionForm.from(criterion));
        return showForm(model, version(criterion.getVersionId()), parent(criterion.getParentId()), criterion);
    }

    @PostMapping("/criteria/{id}/edit")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") CriterionForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        Criterion criterion = editor.criterion(id);
        if (!result.hasErrors()) {
            try {
                editor.update(id, form.getVersion(), form.toCommand());
                FlashMessage.success(redirect, "criterion.saved", form.getCode());
                return "redirect:/indices/versions/" + criterion.getVersionId() + "#c" + id;
            } catch (RuleViolationException violation) {
                violation.addTo(result);
            }
        }
        return showForm(model, version(criterion.getVersionId()), parent(criterion.getParentId()), criterion);
    }

    @PostMapping("/criteria/{id}/up")
    String moveUp(@PathVariable long id) {
        editor.moveUp(id);
        return "redirect:/indices/versions/" + editor.criterion(id).getVersionId() + "#c" + id;
    }

    @PostMapping("/criteria/{id}/down")
    String moveDown(@PathVariable long id) {
        editor.moveDown(id);
        return "redirect:/indices/versions/" + editor.criterion(id).getVersionId() + "#c" + id;
    }

    @GetMapping("/criteria/{id}/move")
    String moveForm(@PathVariable long id, Model model) {
        Criterion criterion = editor.criterion(id);
        MoveForm form = new MoveForm();
        form.setParentId(criterion.getParentId());
        form.setCode(criterion.getCode());
        form.setVersion(criterion.getVersion());
        model.addAttribute("form", form);
        return showMoveForm(model, criterion);
    }

    @PostMapping("/criteria/{id}/move")
    String move(@PathVariable long id, @Valid @ModelAttribute("form") MoveForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        Criterion criterion = editor.criterion(id);
        if (!result.hasErrors()) {
            try {
                editor.move(id, form.getVersion(), form.getParentId(), form.getCode());
                FlashMessage.success(redirect, "criterion.moved", form.getCode().strip());
                return "redirect:/indices/versions/" + criterion.getVersionId() + "#c" + id;
            } catch (RuleViolationException violation) {
                violation.addTo(result);
            }
        }
        return showMoveForm(model, criterion);
    }

    @PostMapping("/criteria/{id}/retire")
    String retire(@PathVariable long id, @RequestParam long version,
            @RequestParam(defaultValue = "false") boolean withDescendants, RedirectAttributes redirect) {
        Criterion criterion = editor.criterion(id);
        try {
            int retired = editor.retire(id, version, withDescendants);
            FlashMessage.success(redirect, "criterion.retiredDone", criterion.getCode(), retired);
        } catch (RuleViolationException refused) {
            FlashMessage.warning(redirect, refused.getMessageKey(), refused.getArguments());
        }
        return "redirect:/indices/versions/" + criterion.getVersionId() + "#c" + id;
    }

    @PostMapping("/criteria/{id}/reinstate")
    String reinstate(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        Criterion criterion = editor.criterion(id);
        try {
            editor.reinstate(id, version);
            FlashMessage.success(redirect, "criterion.reinstated", criterion.getCode());
        } catch (RuleViolationException refused) {
            FlashMessage.warning(redirect, refused.getMessageKey(), refused.getArguments());
        }
        return "redirect:/indices/versions/" + criterion.getVersionId() + "#c" + id;
    }

    private VersionSummary version(long id) {
        return catalog.version(id).orElseThrow(() -> new NotFoundException("Version", id));
    }

    private CriterionSummary parent(Long parentId) {
        return parentId == null ? null
                : catalog.criterion(parentId).orElseThrow(() -> new NotFoundException("Criterion", parentId));
    }

    private String showForm(Model model, VersionSummary version, CriterionSummary parent, Criterion criterion) {
        model.addAttribute("version", version);
        model.addAttribute("parent", parent);
        model.addAttribute("criterion", criterion);
        return FORM;
    }

    private String showMoveForm(Model model, Criterion criterion) {
        Set<Long> branch = editor.branchIds(criterion.getId());
        model.addAttribute("criterion", criterion);
        model.addAttribute("version", version(criterion.getVersionId()));
        model.addAttribute("parents", catalog.tree(criterion.getVersionId()).stream()
                .filter(node -> !node.retired() && !branch.contains(node.id()))
                .toList());
        return MOVE_FORM;
    }
}
