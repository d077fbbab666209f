package vn.reformtrack.shared.web;

import java.util.Set;

/**
 * One entry of the main menu. Each module declares its own entries as beans, so the layout never lists modules by
 * hand; an entry is shown to the roles it names (as Spring authorities without the {@code ROLE_} prefix).
 *
 * @param labelKey message key of the label
 * @param href     where it leads
 * @param icon     a Bootstrap Icons name, e.g. {@code people}
 * @param order    position in the menu, low first
 * @param roles    the roles that see it
 */
public record NavItem(String labelKey, String href, String icon, int order, Set<String> roles) {

    /**
     * Administration pages ({@code /admin/...}) and the audit trail are grouped under one menu entry, so the menu fits
     * on one line at 1366 px.
     */
    public boolean isAdministration() {
        return href.startsWith("/admin/") || href.equals("/audit");
    }

    public boolean isActive(String path) {
        return path != null && (path.equals(href) || path.startsWith(href + "/"));
    }
}
