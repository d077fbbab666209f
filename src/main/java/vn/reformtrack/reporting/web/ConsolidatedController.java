package vn.reformtrack.reporting.web;

import jakarta.validation.Valid;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.reformtrack.identity.CurrentUser;
import vn.reformtrack.reporting.CellStatus;
import vn.reformtrack.reporting.ConsolidatedReports;
import vn.reformtrack.reporting.ConsolidatedView;
import vn.reformtrack.reporting.PeriodSummary;
import vn.reformtrack.shared.web.ConcurrentEditException;
import vn.reformtrack.shared.web.FlashMessage;
import vn.reformtrack.shared.web.RenderedFragments;
import vn.reformtrack.shared.web.RuleViolationException;
import vn.reformtrack.shared.xlsx.XlsxExports;

/**
 * The province's consolidated report of a period: the figures from the accepted reports, the text the coordinator
 * edits (a draft composed from the figures until first saved; each save a revision), the .docx ready to sign and the
 * .xlsx of the figures. Province-wide readers only. The figures are read on every view; their column, and the text's
 * form (the same for every coordinator, with each view's own CSRF token), are rendered again only when they differ from
 * the last rendering's ({@link RenderedFragments}). A refused save's form is rendered for its writer alone.
 */
@Controller
@RequestMapping("/reporting/periods/{id}")
@PreAuthorize(Managers.PROVINCE_WIDE)
class ConsolidatedController {

    static final MediaType DOCX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final ConsolidatedReports consolidated;
    private final MessageSource messages;
    private final Clock clock;
    private final RenderedFragments fragments;

    private static final String PARTS = "reporting/consolidated-parts";

    ConsolidatedController(ConsolidatedReports consolidated, MessageSource messages, Clock clock,
            RenderedFragments fragments) {
        this.consolidated = consolidated;
        this.messages = messages;
        this.clock = clock;
        this.fragments = fragments;
    }

    @GetMapping("/consolidated")
    String show(@PathVariable long id, CurrentUser user, Locale locale, Model model) {
        ConsolidatedView view = consolidated.view(id, user);
        if (user.canManageProvince()) {
            model.addAttribute("formHtml", fragments.html(PARTS, "form", Map.of(
                    "form", ConsolidatedForm.from(view.text(), view.version()), "periodId", view.period().id())));
        }
        return page(view, user, locale, model);
    }

    @PostMapping("/consolidated")
    @PreAuthorize(Managers.ONLY)
    String save(@PathVariable long id, @Valid @ModelAttribute("form") ConsolidatedForm form, BindingResult result,
            CurrentUser user, Locale locale, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                consolidated.save(id, form.getVersion(), form.toCommand(), user);
                FlashMessage.success(redirect, "consolidated.saved");
                return "redirect:/reporting/periods/" + id + "/consolidated";
            } catch (RuleViolationException refused) {
                refused.addTo(result);
            } catch (ConcurrentEditException | OptimisticLockingFailureException conflict) {
                result.reject("consolidated.error.changedMeanwhile");
            }
        }
        ConsolidatedView view = consolidated.view(id, user);
        // What this coordinator typed, with the refusal: rendered for this view alone.
        Map<String, Object> typed = new HashMap<>();
        typed.put("form", form);
        typed.put("periodId", view.period().id());
        typed.put(BindingResult.MODEL_KEY_PREFIX + "form", result);
        if (result.getGlobalErrors().stream().anyMatch(e -> "consolidated.error.changedMeanwhile".equals(e.getCode()))) {
            typed.put("conflict", view.text());
            form.setVersion(view.version());
        }
        model.addAttribute("formHtml", fragments.htmlOnce(PARTS, "form", typed));
        return page(view, user, locale, model);
    }

    @GetMapping("/consolidated.docx")
    ResponseEntity<byte[]> docx(@PathVariable long id, CurrentUser user) {
        ConsolidatedReports.Export export = consolidated.docx(id, user);
        return attachment(fileName(export.period(), "docx"), DOCX, export.content());
    }

    @GetMapping("/consolidated.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable long id, CurrentUser user, Locale locale) {
        ConsolidatedReports.Export export = consolidated.xlsx(id, user, locale);
        return attachment(fileName(export.period(), "xlsx"), XlsxExports.XLSX, export.content());
    }

    private String page(ConsolidatedView view, CurrentUser user, Locale locale, Model model) {
        model.addAttribute("view", view);
        model.addAttribute("figures", view.figures());
        model.addAttribute("period", view.period());
        model.addAttribute("canEdit", user.canManageProvince());
        model.addAttribute("figuresHtml", fragments.html(PARTS, "figures",
                Map.of("figures", view.figures(), "owedLabels", owedLabels(locale))));
        return "reporting/consolidated";
    }

    /**
     * The standings a unit may owe the report from, in words: the missing units' list names one beside each unit,
     * looked up once here rather than once a unit in the template.
     */
    private Map<CellStatus, String> owedLabels(Locale locale) {
        Map<CellStatus, String> labels = new EnumMap<>(CellStatus.class);
        Arrays.stream(CellStatus.values()).filter(CellStatus::isOwed)
                .forEach(status -> labels.put(status, messages.getMessage("CellStatus." + status, null, locale)));
        return labels;
    }

    private String fileName(PeriodSummary period, String extension) {
        return "bao-cao-tong-hop-" + period.year() + "-" + period.kind().name().toLowerCase(Locale.ROOT) + "-"
                + LocalDate.now(clock) + "." + extension;
    }

    private static ResponseEntity<byte[]> attachment(String name, MediaType type, byte[] content) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
                .body(content);
    }
}
