package vn.reformtrack.planning.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import vn.reformtrack.organization.UnitRow;

/**
 * The task filters' unit and criterion choices as ready {@code <option>}s. A task list offers some 400 of them (every
 * unit, every criterion of every methodology), and Thymeleaf evaluated four attributes of each on every request: about
 * as much work as the page's 50 rows. They are built here from {@link PlanningOptions}, escaped, kept for a minute
 * per language, and the chosen one is marked on the way out. A renamed unit or criterion reaches the filter within a
 * minute; nothing counted is kept.
 */
@Component
class FilterOptionsHtml {

    private static final Duration KEPT = Duration.ofMinutes(1);

    private final PlanningOptions options;
    private final Clock clock;
    private final Map<String, Built> built = new ConcurrentHashMap<>();

    FilterOptionsHtml(PlanningOptions options, Clock clock) {
        this.options = options;
        this.clock = clock;
    }

    private record Built(String html, Instant until) {}

    /** Every unit, active or not, indented under its parent. */
    String units(Long chosen) {
        return choose(kept("units", () -> {
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
        return choose(kept("criteria|" + locale.toLanguageTag(), () -> {
            StringBuilder html = new StringBuilder();
            for (PlanningOptions.CriterionGroup group : options.criteria(false, Set.of())) {
                html.append("<optgroup label=\"").append(escape(group.label())).append("\">");
                group.criteria().forEach(criterion -> option(html, criterion.id(), criterion.label()));
                html.append("</optgroup>");
            }
            return html.toString();
        }), chosen);
    }

    private String kept(String key, Supplier<String> build) {
        Instant now = clock.instant();
        Built current = built.get(key);
        if (current == null || current.until().isBefore(now)) {
            current = new Built(build.get(), now.plus(KEPT));
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
