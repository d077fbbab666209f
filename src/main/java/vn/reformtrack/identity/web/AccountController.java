package vn.reformtrack.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.reformtrack.identity.AccountService;
import vn.reformtrack.identity.AccountService.PasswordChange;
import vn.reformtrack.identity.CurrentUser;
import vn.reformtrack.identity.security.AppUserDetails;
import vn.reformtrack.shared.web.FlashMessage;

/** A user's own password. */
@Controller
class AccountController {

    private static final String FORM = "identity/password-form";

    private final AccountService accounts;
    private final SecurityContextRepository securityContextRepository;

    AccountController(AccountService accounts, SecurityContextRepository securityContextRepository) {
        this.accounts = accounts;
        this.securityContextRepository = securityContextRepository;
    }

    @GetMapping("/account/password")
    String form(Model model, Authentication authentication) {
        model.addAttribute("form", new PasswordChangeForm());
        model.addAttribute("forced", ((AppUserDetails) authentication.getPrincipal()).mustChangePassword());
        return FORM;
    }

    @PostMapping("/account/password")
    String change(@Valid @ModelAttribute("form") PasswordChangeForm form, BindingResult result, CurrentUser user,
            Authentication authentication, Model model, HttpServletRequest request, HttpServletResponse response,
            RedirectAttributes redirect) {
        AppUserDetails details = (AppUserDetails) authentication.getPrincipal();
        model.addAttribute("forced", details.mustChangePassword());
        if (!result.hasFieldErrors("newPassword")
                && !result.hasFieldErrors("confirmPassword")
                && !form.getNewPassword().equals(form.getConfirmPassword())) {
            result.rejectValue("confirmPassword", "password.error.mismatch");
        }
        if (result.hasErrors()) {
            return FORM;
        }
        PasswordChange change = accounts.changePassword(user.id(), form.getCurrentPassword(), form.getNewPassword());
        if (!change.done()) {
            result.rejectValue(change.field(), change.messageKey());
            return FORM;
        }
        if (details.mustChangePassword()) {
            replacePrincipal(details.withPasswordChanged(), authentication, request, response);
        }
        FlashMessage.success(redirect, "password.changed");
        return "redirect:/";
    }

    /** The session keeps the principal: after the forced change it must no longer say "must change". */
    private void replacePrincipal(AppUserDetails updated, Authentication old, HttpServletRequest request,
            HttpServletResponse response) {
        var authentication = UsernamePasswordAuthenticationToken.authenticated(updated, null, old.getAuthorities());
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        securityContextRepository.saveContext(context, request, response);
    }
}
