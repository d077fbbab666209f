package vn.reformtrack.planning.web;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import vn.reformtrack.indices.IndexCatalog;
import vn.reformtrack.organization.UnitDirectory;
import vn.reformtrack.organization.UnitRow;

/**
 * The task filters' unit and criterion choices as ready {@code <option>}s. A task list offers some 400 of them (every
 * unit, every criterion of every methodology), and Thymeleaf evaluated four attributes of each on every request: about
 * as much work as the page's 50 rows. They are built here from {@link PlanningOptions}, escaped, kept per language, and
 * the chosen one is marked on the way out. What is kept carries the units' and the catalogue's change stamps (one
 * small query each per request): a unit or criterion added or renamed on any node shows in the filter on the next
 * page, never a stale list.
 */
@Component
class FilterOptionsHtml {

    private final PlanningOptions options;
    private final UnitDirectory units;
    private final IndexCatalog catalog;
    private final Map<String, Built> built = new ConcurrentHashMap<>();

    FilterOptionsHtml(PlanningOptions options, UnitDirectory units, IndexCatalog catalog) {
        this.options = options;
        this.units = units;
        this.catalog = catalog;
    }

    private record Built(String stamp, String html) {}

    /** Every unit, active or not, indented under its parent. */
    String units(Long chosen) {
        return choose(kept("units", units.changeStamp(), () -> {
            StringBuilder html = new StringBuilder();
            for (UnitRow unit : options.allUnits()) {
                option(html, unit.id(), unit.indentedName());
            }
            return html.toString();
        }), chosen);
    }

    /** Every criterion, grouped by methodology version, labelled in the reader's language. */
    String criteria(Long chosen) {
        Locale locale = LocaleContextHolder.getLocale();
        return choose(kept("criteria|" + locale.toLanguageTag(), catalog.changeStamp(), () -> {
            StringBuilder html = new StringBuilder();
            for (PlanningOptions.CriterionGroup group : options.criteria(false, Set.of())) {
                html.append("<optgroup label=\"").append(escape(group.label())).append("\">");
                group.criteria().forEach(criterion -> option(html, criterion.id(), criterion.label()));
                html.append("</optgroup>");
            }
            return html.toString();
        }), chosen);
    }

    private String kept(String key, String stamp, Supplier<String> build) {
        Built current = built.get(key);
        if (current == null || !current.stamp().equals(stamp)) {
            current = new Built(stamp, build.get());
            built.put(key, current);
        }
        return current.html();
    }

    private static void option(StringBuilder html, long id, String label) {
        html.append("<option value=\"").append(id).append("\">").append(escape(label)).append("</option>");
    }

    private static String choose(String html, Long chosen) {
        return chosen == null ? html
                : html.replace("<option value=\"" + chosen + "\">", "<option value=\"" + chosen + "\" selected>");
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
