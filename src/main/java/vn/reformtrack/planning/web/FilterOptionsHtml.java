package vn.reformtrack.planning.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.reformtrack.indices.IndexCatalog;
import vn.reformtrack.organization.UnitOptionsHtml;
import vn.reformtrack.planning.PlanChoice;
import vn.reformtrack.shared.web.OptionsHtml;

/**
 * The task filters' plan, unit and criterion choices as ready {@code <option>}s. A task list offers some 400 of them (every
 * unit, every criterion of every methodology), and Thymeleaf evaluated four attributes of each on every request: about
 * as much work as the page's 50 rows. The units' come from {@link UnitOptionsHtml}; the criteria's are built here from
 * {@link PlanningOptions}, kept per language with the catalogue's change stamp (one small query per request): a
 * criterion added or renamed on any node shows in the filter on the next page, never a stale list.
 */
@Component
class FilterOptionsHtml {

    private final PlanningOptions options;
    private final UnitOptionsHtml unitOptions;
    private final IndexCatalog catalog;
    private final MessageSource messages;
    private final Map<String, Built> built = new ConcurrentHashMap<>();

    FilterOptionsHtml(PlanningOptions options, UnitOptionsHtml unitOptions, IndexCatalog catalog,
            MessageSource messages) {
        this.messages = messages;
        this.options = options;
        this.unitOptions = unitOptions;
        this.catalog = catalog;
    }

    private record Built(String stamp, String html) {}

    /** Every unit, active or not, indented under its parent. */
    String units(Long chosen) {
        return unitOptions.options(true, chosen);
    }

    /** The plans a list can be narrowed to, by number (or "no number") and year. */
    String plans(List<PlanChoice> plans, Long chosen) {
        String noNumber = messages.getMessage("plan.noNumber", null, LocaleContextHolder.getLocale());
        StringBuilder html = new StringBuilder(plans.size() * 48);
        for (PlanChoice plan : plans) {
            OptionsHtml.option(html, plan.id(),
                    (plan.documentNumber() != null ? plan.documentNumber() : noNumber) + " · " + plan.year());
        }
        return OptionsHtml.choose(html.toString(), chosen);
    }

    /** Every criterion, grouped by methodology version, labelled in the reader's language. */
    String criteria(Long chosen) {
        Locale locale = LocaleContextHolder.getLocale();
        return OptionsHtml.choose(kept("criteria|" + locale.toLanguageTag(), catalog.changeStamp(), () -> {
            StringBuilder html = new StringBuilder();
            for (PlanningOptions.CriterionGroup group : options.criteria(false, Set.of())) {
                OptionsHtml.group(html, group.label());
                group.criteria().forEach(criterion -> OptionsHtml.option(html, criterion.id(), criterion.label()));
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
}
