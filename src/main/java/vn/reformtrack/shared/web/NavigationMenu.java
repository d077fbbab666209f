package vn.reformtrack.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Every page's main menu: the entries the signed-in user may see, the current page's marked. Rendered through
 * {@link RenderedFragments} from what it shows (the entries, which are marked, the language), so the same menu is
 * rendered once, not on every page: some 160 expressions and 30 links on each view. The layout asks for it
 * ({@code @navigationMenu.html()}) only when it shows a page.
 */
@Component("navigationMenu")
public class NavigationMenu {

    private final List<NavItem> items;
    private final Viewer viewer;
    private final RenderedFragments fragments;

    NavigationMenu(List<NavItem> items, Viewer viewer, RenderedFragments fragments) {
        this.items = items.stream().sorted(Comparator.comparingInt(NavItem::order)).toList();
        this.viewer = viewer;
        this.fragments = fragments;
    }

    /** The menu of the current request's user and page (insert it with {@code th:utext}). */
    public String html() {
        List<NavItem> visible = items.stream()
                .filter(item -> viewer.hasAnyRole(item.roles().toArray(String[]::new)))
                .toList();
        String path = currentPath();
        List<String> active = visible.stream().filter(item -> item.isActive(path)).map(NavItem::href).toList();
        boolean administrationActive = items.stream().anyMatch(item -> item.isAdministration() && item.isActive(path));
        return fragments.html("fragments/navigation", "menu",
                Map.of("items", visible, "active", active, "administrationActive", administrationActive));
    }

    private static String currentPath() {
        HttpServletRequest request =
                ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
