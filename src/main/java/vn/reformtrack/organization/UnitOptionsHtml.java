package vn.reformtrack.organization;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import vn.reformtrack.shared.web.OptionsHtml;

/**
 * The units' tree as ready {@code <option>}s (indented under their parents) for the filters that offer every unit:
 * tasks, audit trail, users, evidence. Built again whenever {@link UnitDirectory#tree} gives a new tree, that is on
 * the next request after any unit is added, renamed, moved or (de)activated, on every node; never a stale list.
 */
@Component
public class UnitOptionsHtml {

    private final UnitDirectory units;
    private final Map<Boolean, Built> built = new ConcurrentHashMap<>();

    UnitOptionsHtml(UnitDirectory units) {
        this.units = units;
    }

    private record Built(List<UnitRow> tree, String html) {}

    /** Every unit (inactive ones only when asked), the one of id {@code chosen} selected. */
    public String options(boolean includeInactive, Long chosen) {
        List<UnitRow> tree = units.tree(includeInactive);
        Built current = built.get(includeInactive);
        if (current == null || current.tree() != tree) {
            StringBuilder html = new StringBuilder(tree.size() * 64);
            tree.forEach(unit -> OptionsHtml.option(html, unit.id(), unit.indentedName()));
            current = new Built(tree, html.toString());
            built.put(includeInactive, current);
        }
        return OptionsHtml.choose(current.html(), chosen);
    }
}
