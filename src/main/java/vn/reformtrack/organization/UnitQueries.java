package vn.reformtrack.organization;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.reformtrack.shared.db.RowLimit;
import vn.reformtrack.shared.text.VietnameseText;

/**
 * The unit list as the page shows it: in tree order (provincial committee, then departments, agencies and
 * communes, each by name, children under their parent), searchable without diacritics, one page at a time.
 */
@Component
@Transactional(readOnly = true)
class UnitQueries {

    /**
     * Units in tree order: siblings by kind (committee, departments, agencies, communes) and then by name in
     * Vietnamese alphabetical order (ICU collation, present in both the embedded and the server PostgreSQL).
     */
    private static final String TREE = """
            with recursive ranked as (
                select u.*, lpad(row_number() over (
                        order by case u.type when 'PROVINCE_PC' then 0 when 'DEPARTMENT' then 1
                                             when 'SECTOR_AGENCY' then 2 when 'COMMUNE' then 3 else 4 end,
                                 u.name collate "vi-x-icu", u.id)::text, 6, '0') as sort_key
                from unit u
            ), tree as (
                select r.id, r.code, r.name, r.type, r.parent_id, r.active, r.search_key, 0 as depth,
                       r.sort_key as path
                from ranked r where r.parent_id is null
                union all
                select r.id, r.code, r.name, r.type, r.parent_id, r.active, r.search_key, tree.depth + 1,
                       tree.path || '.' || r.sort_key
                from ranked r join tree on r.parent_id = tree.id
                where tree.depth < 100
            )
            """;

    private static final String FILTER = """
            where (cast(:pattern as text) is null or tree.search_key like cast(:pattern as text))
              and (cast(:type as text) is null or tree.type = cast(:type as text))
              and (cast(:active as boolean) is null or tree.active = cast(:active as boolean))
            """;

    private final JdbcClient jdbc;

    UnitQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Page<UnitRow> search(UnitFilter filter, Pageable pageable) {
        String pattern = filter.hasQuery() ? VietnameseText.containsPattern(filter.query()) : null;
        String type = filter.type() == null ? null : filter.type().name();
        List<UnitRow> rows = jdbc.sql(TREE + """
                        select tree.id, tree.code, tree.name, tree.type, tree.parent_id, p.name as parent_name,
                               tree.active, tree.depth
                        from tree left join unit p on p.id = tree.parent_id
                        """ + FILTER + " order by tree.path collate \"C\" " + RowLimit.of(pageable))
                .param("pattern", pattern)
                .param("type", type)
                .param("active", filter.active())
                .query((rs, i) -> new UnitRow(
                        rs.getLong("id"),
                        rs.getString("code"),
                        rs.getString("name"),
                        UnitType.valueOf(rs.getString("type")),
                        rs.getObject("parent_id", Long.class),
                        rs.getString("parent_name"),
                        rs.getBoolean("active"),
                        rs.getInt("depth")))
                .list();
        long total = jdbc.sql(TREE + "select count(*) from tree " + FILTER)
                .param("pattern", pattern)
                .param("type", type)
                .param("active", filter.active())
                .query(Long.class)
                .single();
        return new PageImpl<>(rows, pageable, total);
    }

    /** Every unit in tree order, for pickers; inactive ones only when asked. */
    List<UnitRow> tree(boolean includeInactive) {
        return search(new UnitFilter(null, null, includeInactive ? null : Boolean.TRUE), Pageable.ofSize(100_000))
                .getContent();
    }

    /**
     * Units by id, in one statement with the ids as one array: a JPA {@code in} list is translated again whenever
     * its length changes (every page asks with a different number of ids).
     */
    List<UnitSummary> summaries(long[] ids) {
        return jdbc.sql("select id, code, name, type, parent_id, active from unit where id = any(?)")
                .param(ids)
                .query((rs, i) -> new UnitSummary(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                        UnitType.valueOf(rs.getString("type")), rs.getObject("parent_id", Long.class),
                        rs.getBoolean("active")))
                .list();
    }
}
