package vn.reformtrack.planning.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.reformtrack.identity.CurrentUser;
import vn.reformtrack.identity.Role;
import vn.reformtrack.identity.UserDirectory;
import vn.reformtrack.identity.UserSummary;
import vn.reformtrack.indices.CriterionSummary;
import vn.reformtrack.indices.IndexCatalog;
import vn.reformtrack.indices.VersionSummary;
import vn.reformtrack.organization.UnitDirectory;
import vn.reformtrack.organization.UnitRow;
import vn.reformtrack.planning.PlanChoice;
import vn.reformtrack.planning.PlanService;

/** The choices planning forms and filters offer: plans, units, criteria grouped by index version, people of a unit. */
@Component
class PlanningOptions {

    /** One criterion in a select, indented by its depth; retired ones are offered only where they are already set. */
    record CriterionOption(long id, String label, boolean retired) {}

    /** The criteria of one methodology version, e.g. "PAR_PROVINCE · 876/QĐ-BNV 10/11/2022 (2022–2030)". */
    record CriterionGroup(String frameworkCode, String label, boolean retired, List<CriterionOption> criteria) {}

    private final PlanService plans;
    private final UnitDirectory units;
    private final UserDirectory users;
    private final IndexCatalog catalog;

    PlanningOptions(PlanService plans, UnitDirectory units, UserDirectory users, IndexCatalog catalog) {
        this.plans = plans;
        this.units = units;
        this.users = users;
        this.catalog = catalog;
    }

    List<PlanChoice> visiblePlans(CurrentUser user) {
        return plans.choices(user);
    }

    List<UnitRow> activeUnits() {
        return units.tree(false);
    }

    List<UnitRow> allUnits() {
        return units.tree(true);
    }

    /**
     * Criteria by version. With {@code choosable}, only what may be newly chosen (non-retired criteria of non-retired
     * versions) plus those in {@code keep}; otherwise everything, for filters that find old tasks too.
     */
    List<CriterionGroup> criteria(boolean choosable, Set<Long> keep) {
        Locale locale = LocaleContextHolder.getLocale();
        List<CriterionGroup> groups = new ArrayList<>();
        List<VersionSummary> versions = catalog.allVersions();
        Map<Long, List<CriterionSummary>> trees = catalog.trees(versions.stream().map(VersionSummary::id).toList());
        for (VersionSummary version : versions) {
            List<CriterionOption> options = new ArrayList<>();
            for (CriterionSummary criterion : trees.getOrDefault(version.id(), List.of())) {
                boolean retired = criterion.retired() || version.retired();
                if (!choosable || !retired || keep.contains(criterion.id())) {
                    options.add(new CriterionOption(criterion.id(),
                            "\u00a0\u00a0\u00a0".repeat(criterion.depth()) + criterion.label(locale), retired));
                }
            }
            if (!options.isEmpty()) {
                groups.add(new CriterionGroup(version.frameworkCode(), version.frameworkCode() + " · " + version.label(), version.retired(), options));
            }
        }
        return groups;
    }

    /** The enabled people of a unit, heads first, then staff, then anyone else the unit holds. */
    List<UserSummary> peopleOf(Long unitId) {
        if (unitId == null) {
            return List.of();
        }
        List<UserSummary> people = new ArrayList<>();
        for (Role role : List.of(Role.UNIT_HEAD, Role.UNIT_STAFF, Role.COORDINATOR, Role.LEADER, Role.ADMIN)) {
            people.addAll(users.activeInUnits(Set.of(unitId), role));
        }
        return people;
    }
}
