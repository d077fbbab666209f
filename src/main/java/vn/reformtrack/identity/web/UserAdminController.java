package vn.reformtrack.identity.web;

import jakarta.validation.Valid;
import jakarta.validation.groups.Default;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.reformtrack.identity.CurrentUser;
import vn.reformtrack.identity.Role;
import vn.reformtrack.identity.UserAccount;
import vn.reformtrack.identity.UserAdminService;
import vn.reformtrack.identity.UserFilter;
import vn.reformtrack.identity.UserRow;
import vn.reformtrack.organization.UnitDirectory;
import vn.reformtrack.organization.UnitOptionsHtml;
import vn.reformtrack.organization.UnitRow;
import vn.reformtrack.shared.web.FlashMessage;
import vn.reformtrack.shared.web.RuleViolationException;
import vn.reformtrack.shared.xlsx.XlsxExports;

/** Administration of accounts (ADMIN only, see the security configuration). */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

    static final int PAGE_SIZE = 50;
    private static final String FORM = "identity/user-form";

    private final UserAdminService users;
    private final UnitDirectory units;
    private final UnitOptionsHtml unitOptions;
    private final XlsxExports xlsx;

    UserAdminController(UserAdminService users, UnitDirectory units, UnitOptionsHtml unitOptions, XlsxExports xlsx) {
        this.users = users;
        this.units = units;
        this.unitOptions = unitOptions;
        this.xlsx = xlsx;
    }

    @ModelAttribute("roles")
    Role[] roles() {
        return Role.values();
    }

    @ModelAttribute("unitOptions")
    List<UnitRow> unitOptions() {
        return units.tree(false);
    }

    @GetMapping
    String list(UserFilter filter, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("filter", filter);
        model.addAttribute("users", users.search(filter, PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
        model.addAttribute("unitOptionsHtml", unitOptions.options(false, filter.unitId()));
        return "identity/user-list";
    }

    @GetMapping(params = "format=xlsx")
    ResponseEntity<byte[]> export(UserFilter filter) {
        List<UserRow> rows = users.search(filter, PageRequest.of(0, 100_000)).getContent();
        return xlsx.download(
                "nguoi-dung",
                "user.list.title",
                List.of("user.username", "user.fullName", "user.email", "user.role", "user.unit", "user.enabled"),
                sheet -> rows.forEach(row -> sheet.row(
                        row.username(), row.fullName(), row.email(), row.role().name(), row.unitName(), row.enabled())));
    }

    @GetMapping("/new")
    String createForm(Model model) {
        model.addAttribute("form", new UserForm());
        return FORM;
    }

    @PostMapping("/new")
    String create(@Validated({Default.class, UserForm.OnCreate.class}) @ModelAttribute("form") UserForm form,
            BindingResult result, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return FORM;
        }
        try {
            UserAccount account = users.create(form.toCommand(), form.getPassword());
            FlashMessage.success(redirect, "user.created", account.getUsername());
            return "redirect:/admin/users/" + account.getId();
        } catch (RuleViolationException violation) {
            violation.addTo(result);
            return FORM;
        }
    }

    @GetMapping("/{id}")
    String editForm(@PathVariable long id, Model model) {
        UserAccount account = users.get(id);
        model.addAttribute("account", account);
        model.addAttribute("form", UserForm.from(account));
        model.addAttribute("resetForm", new PasswordResetForm());
        return FORM;
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") UserForm form, BindingResult result,
            CurrentUser actor, Model model, RedirectAttributes redirect) {
        UserAccount account = users.get(id);
        form.setUsername(account.getUsername());
        model.addAttribute("account", account);
        model.addAttribute("resetForm", new PasswordResetForm());
        if (result.hasErrors()) {
            return FORM;
        }
        try {
            users.update(id, form.getVersion(), form.toCommand(), actor);
            FlashMessage.success(redirect, "user.saved", account.getUsername());
            return "redirect:/admin/users/" + id;
        } catch (RuleViolationException violation) {
            violation.addTo(result);
            return FORM;
        }
    }

    @PostMapping("/{id}/password")
    String resetPassword(@PathVariable long id, @Valid @ModelAttribute("resetForm") PasswordResetForm resetForm,
            BindingResult result, Model model, RedirectAttributes redirect) {
        UserAccount account = users.get(id);
        if (!result.hasErrors()) {
            try {
                users.resetPassword(id, resetForm.getVersion(), resetForm.getPassword());
                FlashMessage.success(redirect, "user.passwordReset", account.getUsername());
                return "redirect:/admin/users/" + id;
            } catch (RuleViolationException violation) {
                violation.addTo(result);
            }
        }
        model.addAttribute("account", account);
        model.addAttribute("form", UserForm.from(account));
        return FORM;
    }

    @PostMapping("/{id}/disable")
    String disable(@PathVariable long id, @RequestParam long version, CurrentUser actor, RedirectAttributes redirect) {
        try {
            users.disable(id, version, actor);
            FlashMessage.success(redirect, "user.disabled", users.get(id).getUsername());
        } catch (RuleViolationException refused) {
            FlashMessage.warning(redirect, refused.getMessageKey(), refused.getArguments());
        }
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/{id}/enable")
    String enable(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
        try {
            users.enable(id, version);
            FlashMessage.success(redirect, "user.enabled.done", users.get(id).getUsername());
        } catch (RuleViolationException refused) {
            FlashMessage.warning(redirect, refused.getMessageKey(), refused.getArguments());
        }
        return "redirect:/admin/users/" + id;
    }
}
