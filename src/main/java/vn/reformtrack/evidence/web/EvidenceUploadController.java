package vn.reformtrack.evidence.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import lombok.extern.slf4j.Slf4j;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.reformtrack.evidence.EvidenceAccess;
import vn.reformtrack.evidence.EvidenceStore;
import vn.reformtrack.evidence.EvidenceSummary;
import vn.reformtrack.identity.CurrentUser;
import vn.reformtrack.shared.web.FlashMessage;
import vn.reformtrack.shared.web.NotFoundException;
import vn.reformtrack.shared.web.RuleViolationException;

/**
 * {@code POST /evidence}. From the upload widget (htmx) it answers with a fragment: the stored file (200), or the
 * reasons it was refused in the user's language (422, which {@code evidence.js} swaps into the widget). From a plain
 * form it redirects to the library with a flash message. {@code GET /evidence/upload-widget} serves the widget to a
 * page that shows it on demand (the {@code linkedFiles} fragment).
 */
@Slf4j
@Controller
class EvidenceUploadController {

    static final String UPLOADED_EVENT = "evidence-uploaded";

    private final EvidenceStore store;
    private final EvidenceAccess access;
    private final MessageSource messages;

    EvidenceUploadController(EvidenceStore store, EvidenceAccess access, MessageSource messages) {
        this.store = store;
        this.access = access;
        this.messages = messages;
    }

    /** The widget for a unit the user may add files to; for any other unit, "not found". */
    @GetMapping("/evidence/upload-widget")
    String widget(@Valid @ModelAttribute("widget") UploadWidgetRequest widget, CurrentUser user) {
        if (!access.canUpload(user, widget.getOwnerUnitId())) {
            throw new NotFoundException("Unit", widget.getOwnerUnitId());
        }
        return "evidence/upload-widget";
    }

    @PostMapping("/evidence")
    String upload(@Valid @ModelAttribute("upload") EvidenceUploadForm form, BindingResult result, CurrentUser user,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Locale locale, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        EvidenceSummary stored = storeOrExplain(form, result, user);
        boolean fromWidget = "true".equals(htmx);
        if (stored == null) {
            List<String> reasons = result.getAllErrors().stream()
                    .map(error -> messages.getMessage(error, locale))
                    .distinct()
                    .toList();
            if (fromWidget) {
                response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
                model.addAttribute("reasons", reasons);
                return "evidence/upload-refused";
            }
            redirect.addFlashAttribute("flash", new FlashMessage(FlashMessage.Kind.DANGER, "evidence.refused",
                    new Object[] {String.join(" ", reasons)}));
            return libraryOf(form.getOwnerUnitId());
        }
        if (fromWidget) {
            response.setHeader("HX-Trigger", UPLOADED_EVENT);
            model.addAttribute("file", stored);
            model.addAttribute("linkField", form.getLinkField());
            return "evidence/upload-stored";
        }
        FlashMessage.success(redirect, "evidence.stored", stored.originalFileName());
        return libraryOf(stored.ownerUnitId());
    }

    /** The stored file, or {@code null} with the reasons in {@code result}. */
    private EvidenceSummary storeOrExplain(EvidenceUploadForm form, BindingResult result, CurrentUser user) {
        if (!form.hasFile()) {
            result.rejectValue("file", "evidence.error.noFile");
        }
        if (result.hasErrors()) {
            return null;
        }
        try (InputStream content = form.getFile().getInputStream()) {
            return store.store(user, form.getOwnerUnitId(), form.getFile().getOriginalFilename(), content,
                    form.details());
        } catch (RuleViolationException refused) {
            refused.addTo(result);
        } catch (IOException unreadable) {
            log.info("Upload could not be read: {}", unreadable.toString());
            result.rejectValue("file", "evidence.error.unreadable");
        }
        return null;
    }

    private static String libraryOf(Long unitId) {
        return unitId == null ? "redirect:/evidence" : "redirect:/evidence?unitId=" + unitId;
    }
}
