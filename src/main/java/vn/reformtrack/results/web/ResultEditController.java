package vn.reformtrack.results.web;

import jakarta.validation.Valid;
import java.util.List;
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
import vn.reformtrack.indices.FrameworkSummary;
import vn.reformtrack.indices.IndexCatalog;
import vn.reformtrack.results.IndexResult;
import vn.reformtrack.results.IndexResults;
import vn.reformtrack.results.JurisdictionSummary;
import vn.reformtrack.results.Ranking;
import vn.reformtrack.results.ResultAnalysis;
import vn.reformtrack.results.ResultEditor;
import vn.reformtrack.results.ScoreSheet;
import vn.reformtrack.results.ScoresRejected;
import vn.reformtrack.shared.web.ConcurrentEditException;
import vn.reformtrack.shared.web.FlashMessage;
import vn.reformtrack.shared.web.NotFoundException;
import vn.reformtrack.shared.web.RuleViolationException;

/** Coordinators add, correct and remove published results, and enter the criterion scores of a result. */
@Controller
@RequestMapping("/results")
@PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
class ResultEditController {

    private static final String FORM = "results/result-form";
    private static final String SCORES = "results/scores-form";

    private final ResultEditor editor;
    private final IndexResults results;
    private final ResultAnalysis analysis;
    private final IndexCatalog catalog;

    ResultEditController(ResultEditor editor, IndexResults results, ResultAnalysis analysis, IndexCatalog catalog) {
        this.editor = editor;
        this.results = results;
        this.analysis = analysis;
        this.catalog = catalog;
    }

    @GetMapping("/{framework}/{year}/new")
    String createForm(@PathVariable String framework, @PathVariable int year, Model model) {
        ResultForm form = new ResultForm();
        form.setOfTotal(Ranking.provincesIn(year));
        model.addAttribute("form", form);
        return showForm(model, framework(framework), year, null);
    }

    @PostMapping("/{framework}/{year}/new")
    String create(@PathVariable String framework, @PathVariable int year, @Valid @ModelAttribute("form") ResultForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        FrameworkSummary summary = framework(framework);
        if (!result.hasErrors()) {
            try {
                editor.create(summary.code(), year, form.toCommand());
                FlashMessage.success(redirect, "result.saved", year);
                return "redirect:/results/" + summary.code() + "/" + year;
            } catch (RuleViolationException violation) {
                violation.addTo(result);
            }
        }
        return showForm(model, summary, year, null);
    }

    @GetMapping("/entries/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        IndexResult entry = editor.result(id);
        model.addAttribute("form", ResultForm.from(entry, jurisdiction(entry).code()));
        return showForm(model, catalog.framework(entry.getFrameworkId()).orElseThrow(), entry.getYear(), entry);
    }

    @PostMapping("/entries/{id}/edit")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") ResultForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        IndexResult entry = editor.result(id);
        FrameworkSummary framework = catalog.framework(entry.getFrameworkId()).orElseThrow();
        form.setJurisdictionCode(jurisdiction(entry).code());
        if (!result.hasErrors()) {
            try {
                editor.update(id, form.getVersion(), form.toCommand());
                FlashMessage.success(redirect, "result.saved", entry.getYear());
                return "redirect:/results/" + framework.code() + "/" + entry.getYear();
            } catch (RuleViolationException violation) {
                violation.addTo(result);
            }
        }
        return showForm(model, framework, entry.getYear(), entry);
    }

    @PostMapping("/entries/{id}/delete")
    String delete(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        IndexResult entry = editor.result(id);
        FrameworkSummary framework = catalog.framework(entry.getFrameworkId()).orElseThrow();
        editor.delete(id, version);
        FlashMessage.success(redirect, "result.deleted", jurisdiction(entry).nameVi(), entry.getYear());
        return "redirect:/results/" + framework.code() + "/" + entry.getYear();
    }

    @GetMapping("/entries/{id}/scores")
    String scoresForm(@PathVariable long id, Model model) {
        ScoreSheet sheet = analysis.scoreSheet(id);
        ScoresForm form = new ScoresForm();
        sheet.scores().forEach((criterionId, score) -> form.getScores().put(criterionId, score.stripTrailingZeros().toPlainString()));
        form.getNotes().putAll(sheet.notes());
        form.setVersion(sheet.lockVersion());
        model.addAttribute("form", form);
        return showScores(model, sheet);
    }

    @PostMapping("/entries/{id}/scores")
    String saveScores(@PathVariable long id, @ModelAttribute("form") ScoresForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        ScoreSheet sheet = analysis.scoreSheet(id);
        try {
            editor.saveScores(id, form.getVersion(), form.getScores(), form.getNotes());
            FlashMessage.success(redirect, "score.saved", sheet.result().jurisdictionName(), sheet.result().year());
            return "redirect:/results/" + sheet.result().frameworkCode() + "/" + sheet.result().year() + "/lost-points";
        } catch (ScoresRejected rejected) {
            rejected.violations().forEach((criterionId, violation) -> result.rejectValue("scores[" + criterionId + "]",
                    violation.getMessageKey(), violation.getArguments(), violation.getMessageKey()));
            result.reject("score.error.someRefused");
        } catch (ConcurrentEditException stale) {
            result.reject("score.error.stale");
        } catch (RuleViolationException violation) {
            violation.addTo(result);
        }
        return showScores(model, sheet);
    }

    private String showScores(Model model, ScoreSheet sheet) {
        model.addAttribute("sheet", sheet);
        model.addAttribute("framework", catalog.framework(sheet.result().frameworkId()).orElseThrow());
        return SCORES;
    }

    private String showForm(Model model, FrameworkSummary framework, int year, IndexResult entry) {
        model.addAttribute("framework", framework);
        model.addAttribute("year", year);
        model.addAttribute("entry", entry);
        model.addAttribute("entryJurisdiction", entry == null ? null : jurisdiction(entry));
        List<JurisdictionSummary> options = results.jurisdictions().stream()
                .filter(j -> j.mergedOn() == null || year < j.mergedOn().getYear())
                .toList();
        model.addAttribute("jurisdictions", options);
        model.addAttribute("maxTotal", catalog.versionFor(framework.code(), year).map(v -> v.maxTotal()).orElse(null));
        return FORM;
    }

    private JurisdictionSummary jurisdiction(IndexResult entry) {
        return results.jurisdictions().stream().filter(j -> j.id() == entry.getJurisdictionId()).findFirst().orElseThrow();
    }

    private FrameworkSummary framework(String code) {
        return catalog.framework(code).orElseThrow(() -> new NotFoundException("Framework", code));
    }
}
