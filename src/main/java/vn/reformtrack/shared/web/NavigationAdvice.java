package vn.reformtrack.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.List;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the menu entries the signed-in user may see, and the current path, into every page's model. */
@ControllerAdvice
class NavigationAdvice {

    private final List<NavItem> items;
    private final Viewer viewer;

    NavigationAdvice(List<NavItem> items, Viewer viewer) {
        this.items = items.stream().sorted(Comparator.comparingInt(NavItem::order)).toList();
        this.viewer = viewer;
    }

    @ModelAttribute("navigation")
    List<NavItem> navigation() {
        return items.stream()
                .filter(item -> viewer.hasAnyRole(item.roles().toArray(String[]::new)))
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
