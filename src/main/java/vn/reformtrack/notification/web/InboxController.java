package vn.reformtrack.notification.web;

import java.util.Locale;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.reformtrack.identity.CurrentUser;
import vn.reformtrack.notification.Inbox;
import vn.reformtrack.notification.NotificationKind;
import vn.reformtrack.shared.web.FlashMessage;

/** Every signed-in user's inbox: the list with its filters, opening one (read, then its page), marking read. */
@Controller
@RequestMapping("/notifications")
class InboxController {

    static final int PAGE_SIZE = 30;

    private final Inbox inbox;

    InboxController(Inbox inbox) {
        this.inbox = inbox;
    }

    @GetMapping
    String list(@RequestParam(required = false) NotificationKind.Topic topic,
            @RequestParam(defaultValue = "false") boolean unread, @RequestParam(defaultValue = "0") int page,
            CurrentUser user, Locale locale, Model model) {
        model.addAttribute("topics", NotificationKind.Topic.values());
        model.addAttribute("topic", topic);
        model.addAttribute("unreadOnly", unread);
        model.addAttribute("unreadCount", inbox.unread(user.id()));
        model.addAttribute("items", inbox.list(user, topic, unread, locale, PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
        return "notification/inbox";
    }

    @GetMapping("/{id}/open")
    String open(@PathVariable long id, CurrentUser user) {
        return "redirect:" + inbox.open(user, id);
    }

    @PostMapping("/{id}/read")
    String read(@PathVariable long id, CurrentUser user) {
        inbox.markRead(user, id);
        return "redirect:/notifications";
    }

    @PostMapping("/read-all")
    String readAll(CurrentUser user, RedirectAttributes redirect) {
        FlashMessage.success(redirect, "inbox.allRead", inbox.markAllRead(user));
        return "redirect:/notifications";
    }
}
