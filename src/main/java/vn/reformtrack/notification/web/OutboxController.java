package vn.reformtrack.notification.web;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.reformtrack.notification.MailOutbox;
import vn.reformtrack.notification.MailServerState;
import vn.reformtrack.notification.OutboxMessage;
import vn.reformtrack.notification.OutboxStatus;
import vn.reformtrack.shared.web.FlashMessage;
import vn.reformtrack.shared.web.NotFoundException;
import vn.reformtrack.shared.web.RuleViolationException;

/**
 * The administrator's view of the outbox (ADMIN only, by URL): what was sent, what waits and why, what failed; a
 * message read in full (also when no mail server is configured), sent again or cancelled.
 */
@Controller
@RequestMapping("/admin/mail")
class OutboxController {

    static final int PAGE_SIZE = 50;

    private final MailOutbox outbox;
    private final MailServerState server;

    OutboxController(MailOutbox outbox, MailServerState server) {
        this.outbox = outbox;
        this.server = server;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "WAITING") OutboxStatus status, @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("status", status);
        model.addAttribute("q", q);
        model.addAttribute("statuses", OutboxStatus.values());
        model.addAttribute("counts", outbox.counts());
        model.addAttribute("server", server.describe());
        model.addAttribute("messages", outbox.list(status, q, PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
        return "notification/outbox";
    }

    @GetMapping("/{id}")
    String message(@PathVariable long id, Model model) {
        OutboxMessage message = outbox.get(id).orElseThrow(() -> new NotFoundException("MailOutbox", id));
        model.addAttribute("message", message);
        model.addAttribute("server", server.describe());
        return "notification/outbox-message";
    }

    @PostMapping("/{id}/resend")
    String resend(@PathVariable long id, RedirectAttributes redirect) {
        try {
            outbox.resend(id);
            FlashMessage.success(redirect, "outbox.resent", id);
        } catch (RuleViolationException refused) {
            FlashMessage.warning(redirect, refused.getMessageKey(), refused.getArguments());
        }
        return "redirect:/admin/mail/" + id;
    }

    @PostMapping("/{id}/cancel")
    String cancel(@PathVariable long id, RedirectAttributes redirect) {
        try {
            outbox.cancel(id);
            FlashMessage.success(redirect, "outbox.cancelled", id);
        } catch (RuleViolationException refused) {
            FlashMessage.warning(redirect, refused.getMessageKey(), refused.getArguments());
        }
        return "redirect:/admin/mail/" + id;
    }
}
