package vn.reformtrack.unitindex;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.reformtrack.identity.CurrentUser;
import vn.reformtrack.indices.CatalogEditor;
import vn.reformtrack.indices.FrameworkCommand;
import vn.reformtrack.indices.FrameworkSummary;
import vn.reformtrack.indices.IndexCatalog;
import vn.reformtrack.indices.IndexScale;
import vn.reformtrack.indices.IndexSubject;
import vn.reformtrack.organization.UnitDirectory;
import vn.reformtrack.organization.UnitSummary;
import vn.reformtrack.shared.web.ConcurrentEditException;
import vn.reformtrack.shared.web.Locales;
import vn.reformtrack.shared.web.NotFoundException;
import vn.reformtrack.shared.web.RuleViolationException;

/**
 * The groups of units and who is in which group each year. A new group gets its own internal framework in the
 * indices catalogue (its criteria sets are that framework's versions) unless it shares an existing one.
 */
@Service
@Transactional
public class UnitGroups {

    private final UnitGroupRepository groups;
    private final JdbcClient jdbc;
    private final IndexCatalog catalog;
    private final CatalogEditor catalogEditor;
    private final UnitDirectory units;
    private final MessageSource messages;

    UnitGroups(UnitGroupRepository groups, JdbcClient jdbc, IndexCatalog catalog, CatalogEditor catalogEditor,
            UnitDirectory units, MessageSource messages) {
        this.groups = groups;
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.catalogEditor = catalogEditor;
        this.units = units;
        this.messages = messages;
    }

    /** Every group in order, with how many units each has in {@code year}. */
    @Transactional(readOnly = true)
    public List<GroupSummary> list(int year) {
        return jdbc.sql("""
                        select g.id, g.version, g.code, g.name_vi, g.name_en, g.framework_id, f.code as framework_code,
                               g.position, g.active,
                               (select count(*) from unit_index_group_unit gu where gu.group_id = g.id and gu.year = :year)
                                   as units
                        from unit_index_group g join index_framework f on f.id = g.framework_id
                        order by g.position, g.code
                        """)
                .param("year", year)
                .query((rs, i) -> new GroupSummary(rs.getLong("id"), rs.getLong("version"), rs.getString("code"),
                        rs.getString("name_vi"), rs.getString("name_en"), rs.getLong("framework_id"),
                        rs.getString("framework_code"), rs.getInt("position"), rs.getBoolean("active"),
                        rs.getInt("units")))
                .list();
    }

    @Transactional(readOnly = true)
    public UnitGroup get(long id) {
        return groups.findById(id).orElseThrow(() -> new NotFoundException("Unit index group", id));
    }

    public UnitGroup create(GroupCommand command, CurrentUser user) {
        UnitIndexAccess.requireManager(user);
        String code = requireCode(command.code(), null);
        requireName(command);
        long frameworkId = command.frameworkId() != null ? requireInternal(command.frameworkId())
                : catalogEditor.createFramework(new FrameworkCommand("CCHC_" + code,
                        frameworkName(Locales.VIETNAMESE, command.nameVi()),
                        frameworkName(Locale.ENGLISH, command.nameEn() == null ? command.nameVi() : command.nameEn()),
                        IndexScale.POINTS)).getId();
        int position = groups.findAll().stream().mapToInt(UnitGroup::getPosition).max().orElse(0) + 1;
        UnitGroup group = new UnitGroup(code, frameworkId, position);
        group.describe(command.nameVi(), command.nameEn());
        return groups.save(group);
    }

    /** New names (the code and framework stay: sets and results point at them). */
    public UnitGroup update(long id, long version, GroupCommand command, CurrentUser user) {
        UnitIndexAccess.requireManager(user);
        UnitGroup group = get(id);
        ConcurrentEditException.check("Unit index group", id, version, group.getVersion());
        requireName(command);
        group.describe(command.nameVi(), command.nameEn());
        return group;
    }

    /** Puts units into a group for a year (moving them out of any other group of that year). */
    public void assign(long groupId, int year, Collection<Long> unitIds, CurrentUser user) {
        UnitIndexAccess.requireManager(user);
        UnitGroup group = get(groupId);
        if (!group.isActive()) {
            throw new RuleViolationException("unitindex.group.error.inactive", group.getNameVi());
        }
        Map<Long, UnitSummary> found = units.findAll(Set.copyOf(unitIds));
        for (Long unitId : unitIds) {
            UnitSummary unit = found.get(unitId);
            if (unit == null || !unit.active()) {
                throw RuleViolationException.onField("unitIds", "unitindex.group.error.unitInactive",
                        unit == null ? "#" + unitId : unit.name());
            }
        }
        if (unitIds.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        insert into unit_index_group_unit (year, unit_id, group_id)
                        select :year, u.id, :group from unit u where u.id in (:units)
                        on conflict (year, unit_id) do update set group_id = excluded.group_id
                        """)
                .param("year", year).param("units", Set.copyOf(unitIds)).param("group", groupId).update();
    }

    /** Takes a unit out of its group of a year. */
    public void release(int year, long unitId, CurrentUser user) {
        UnitIndexAccess.requireManager(user);
        jdbc.sql("delete from unit_index_group_unit where year = :year and unit_id = :unit")
                .param("year", year).param("unit", unitId).update();
    }

    /** Every active unit of last year's groups joins the same group this year, unless it has one already. */
    public int copyYear(int fromYear, int toYear, CurrentUser user) {
        UnitIndexAccess.requireManager(user);
        return jdbc.sql("""
                        insert into unit_index_group_unit (year, unit_id, group_id)
                        select :to, gu.unit_id, gu.group_id from unit_index_group_unit gu
                        join unit u on u.id = gu.unit_id and u.active
                        join unit_index_group g on g.id = gu.group_id and g.active
                        where gu.year = :from
                        on conflict (year, unit_id) do nothing
                        """)
                .param("from", fromYear).param("to", toYear).update();
    }

    /** The units of a group in a year, by name. */
    @Transactional(readOnly = true)
    public List<UnitSummary> members(long groupId, int year) {
        List<Long> ids = jdbc.sql("select unit_id from unit_index_group_unit where group_id = :group and year = :year")
                .param("group", groupId).param("year", year).query(Long.class).list();
        return units.findAll(ids).values().stream()
                .sorted(java.util.Comparator.comparing(unit -> vn.reformtrack.shared.text.VietnameseText.fold(unit.name())))
                .toList();
    }

    /** Each unit's group in a year, by unit id. */
    @Transactional(readOnly = true)
    public Map<Long, Long> groupsOf(int year) {
        return jdbc.sql("select unit_id, group_id from unit_index_group_unit where year = :year")
                .param("year", year)
                .query((rs, i) -> Map.entry(rs.getLong("unit_id"), rs.getLong("group_id")))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private String requireCode(String raw, Long ownId) {
        String code = raw == null ? "" : raw.strip().toUpperCase(Locale.ROOT);
        if (!code.matches("[A-Z0-9_]{1,30}")) {
            throw RuleViolationException.onField("code", "unitindex.group.error.code");
        }
        groups.findByCode(code).filter(other -> !other.getId().equals(ownId)).ifPresent(other -> {
            throw RuleViolationException.onField("code", "unitindex.group.error.codeTaken", code);
        });
        if (catalog.framework("CCHC_" + code).isPresent()) {
            throw RuleViolationException.onField("code", "unitindex.group.error.codeTaken", code);
        }
        return code;
    }

    private static void requireName(GroupCommand command) {
        if (command.nameVi() == null || command.nameVi().isBlank()) {
            throw RuleViolationException.onField("nameVi", "unitindex.group.error.name");
        }
    }

    private long requireInternal(long frameworkId) {
        FrameworkSummary framework = catalog.framework(frameworkId)
                .filter(found -> found.subject() == IndexSubject.UNIT && found.active())
                .orElseThrow(() -> RuleViolationException.onField("frameworkId", "unitindex.group.error.framework"));
        return framework.id();
    }

    private String frameworkName(Locale locale, String groupName) {
        return messages.getMessage("unitindex.group.frameworkName", new Object[] {groupName.strip()}, locale);
    }
}
