package vn.reformtrack.shared.web;

import org.springframework.web.util.HtmlUtils;

/**
 * Long pick lists as ready {@code <option>}s, for the filters that offer hundreds of choices on every view: built once
 * by whoever keeps them, escaped here, and the chosen one marked on the way out. Thymeleaf evaluating a few attributes
 * of each of 300 units' options cost as much as the rest of a page.
 */
public final class OptionsHtml {

    private OptionsHtml() {}

    /** Appends one option, its label escaped. */
    public static void option(StringBuilder html, long id, String label) {
        html.append("<option value=\"").append(id).append("\">").append(escape(label)).append("</option>");
    }

    /** Appends a group's opening tag, its label escaped; the caller closes it with {@code </optgroup>}. */
    public static void group(StringBuilder html, String label) {
        html.append("<optgroup label=\"").append(escape(label)).append("\">");
    }

    /** The options with the one of id {@code chosen} selected (none when null or not among them). */
    public static String choose(String html, Long chosen) {
        return chosen == null ? html
                : html.replace("<option value=\"" + chosen + "\">", "<option value=\"" + chosen + "\" selected>");
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
