package vn.reformtrack.settings.web;

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
import java.security.Principal;
import vn.reformtrack.settings.SettingDefinition;
import vn.reformtrack.settings.Settings;
import vn.reformtrack.shared.web.FlashMessage;

/** The settings page (ADMIN only, see the security configuration). */
@Controller
@RequestMapping("/admin/settings")
class SettingsController {

    private final Settings settings;

    SettingsController(Settings settings) {
        this.settings = settings;
    }

    @ModelAttribute("definitions")
    java.util.List<SettingDefinition> definitions() {
        return settings.definitions();
    }

    @GetMapping
    String form(Model model) {
        List<SettingDefinition> definitions = settings.definitions();
        Settings.Values read = settings.read(definitions.stream().map(SettingDefinition::key).toArray(String[]::new));
        Map<String, String> values = new LinkedHashMap<>();
        definitions.forEach(definition -> values.put(definition.key(), read.get(definition.key())));
        model.addAttribute("form", new SettingsForm(values));
        model.addAttribute("errors", Map.of());
        return "settings/settings-form";
    }

    @PostMapping
    String save(@ModelAttribute("form") SettingsForm form, Principal user, Model model, RedirectAttributes redirect) {
        Map<String, String> refused = settings.setAll(form.getValues(), user.getName());
        if (!refused.isEmpty()) {
            model.addAttribute("errors", refused);
            return "settings/settings-form";
        }
        FlashMessage.success(redirect, "setting.saved");
        return "redirect:/admin/settings";
    }
}
