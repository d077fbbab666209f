package vn.reformtrack.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the menu entries the signed-in user may see, and the current path, into every page's model. */
@ControllerAdvice
class NavigationAdvice {

    private final List<NavItem> items;

    NavigationAdvice(List<NavItem> items) {
        this.items = items.stream().sorted(Comparator.comparingInt(NavItem::order)).toList();
    }

    @ModelAttribute("navigation")
    List<NavItem> navigation(Authentication authentication) {
        if (authentication == null) {
            return List.of();
        }
        Set<String> roles = authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith("ROLE_"))
                .map(authority -> authority.substring("ROLE_".length()))
                .collect(Collectors.toSet());
        return items.stream()
                .filter(item -> item.roles().stream().anyMatch(roles::contains))
                .toList();
    }

    /** Whether the page is one of the entries grouped under "Quản trị" (the group's own entry is then marked). */
    @ModelAttribute("administrationActive")
    boolean administrationActive(HttpServletRequest request) {
        String path = currentPath(request);
        return items.stream().anyMatch(item -> item.isAdministration() && item.isActive(path));
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
