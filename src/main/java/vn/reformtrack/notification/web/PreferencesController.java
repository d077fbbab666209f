package vn.reformtrack.notification.web;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.reformtrack.identity.CurrentUser;
import vn.reformtrack.notification.Delivery;
import vn.reformtrack.notification.NotificationKind;
import vn.reformtrack.notification.Preferences;
import vn.reformtrack.shared.web.FlashMessage;
import vn.reformtrack.shared.web.RuleViolationException;

/** A user's own choices: the language of notifications and, per kind, how they take it. */
@Controller
@RequestMapping("/notifications/preferences")
class PreferencesController {

    private final Preferences preferences;

    PreferencesController(Preferences preferences) {
        this.preferences = preferences;
    }

    /** The kinds by group, in the order of the enumeration. */
    @ModelAttribute("kindsByTopic")
    Map<NotificationKind.Topic, List<NotificationKind>> kindsByTopic() {
        Map<NotificationKind.Topic, List<NotificationKind>> grouped = new LinkedHashMap<>();
        for (NotificationKind.Topic topic : NotificationKind.Topic.values()) {
            grouped.put(topic, Arrays.stream(NotificationKind.values()).filter(kind -> kind.topic() == topic).toList());
        }
        return grouped;
    }

    @GetMapping
    String form(CurrentUser user, Model model) {
        PreferencesForm form = new PreferencesForm();
        form.setLanguage(preferences.language(user.id()).getLanguage());
        preferences.of(user.id()).forEach((kind, delivery) -> form.getChoices().put(kind.name(), delivery.name()));
        model.addAttribute("form", form);
        return "notification/preferences";
    }

    @PostMapping
    String save(@ModelAttribute("form") PreferencesForm form, CurrentUser user, Model model,
            RedirectAttributes redirect) {
        try {
            preferences.save(user.id(), form.getLanguage(), form.getChoices());
            FlashMessage.success(redirect, "preferences.saved");
            return "redirect:/notifications/preferences";
        } catch (RuleViolationException refused) {
            model.addAttribute("refusal", refused.getMessageKey());
            return "notification/preferences";
        }
    }

    @ModelAttribute("deliveries")
    Delivery[] deliveries() {
        return Delivery.values();
    }
}
