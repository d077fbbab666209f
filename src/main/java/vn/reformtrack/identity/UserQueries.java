package vn.reformtrack.identity;

import java.sql.Timestamp;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.reformtrack.shared.db.RowLimit;
import vn.reformtrack.shared.text.VietnameseText;

/** The user list as the page shows it, with each unit's name, in one query a page. */
@Component
@Transactional(readOnly = true)
class UserQueries {

    private static final String FROM = """
            from user_account a left join unit u on u.id = a.unit_id
            where (cast(:pattern as text) is null or a.search_key like cast(:pattern as text))
              and (cast(:role as text) is null or a.role = cast(:role as text))
              and (cast(:unitId as bigint) is null or a.unit_id = cast(:unitId as bigint))
              and (cast(:enabled as boolean) is null or a.enabled = cast(:enabled as boolean))
            """;

    private final JdbcClient jdbc;

    UserQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Page<UserRow> search(UserFilter filter, Pageable pageable) {
        String pattern = filter.hasQuery() ? VietnameseText.containsPattern(filter.query()) : null;
        String role = filter.role() == null ? null : filter.role().name();
        List<UserRow> rows = jdbc.sql("""
                        select a.id, a.username, a.full_name, a.email, a.role, a.unit_id, u.name as unit_name,
                               a.enabled, a.must_change_password, a.last_login_at
                        """ + FROM + " order by a.full_name, a.id " + RowLimit.of(pageable))
                .param("pattern", pattern)
                .param("role", role)
                .param("unitId", filter.unitId())
                .param("enabled", filter.enabled())
                .query((rs, i) -> {
                    Timestamp lastLogin = rs.getTimestamp("last_login_at");
                    return new UserRow(
                            rs.getLong("id"),
                            rs.getString("username"),
                            rs.getString("full_name"),
                            rs.getString("email"),
                            Role.valueOf(rs.getString("role")),
                            rs.getObject("unit_id", Long.class),
                            rs.getString("unit_name"),
                            rs.getBoolean("enabled"),
                            rs.getBoolean("must_change_password"),
                            lastLogin == null ? null : lastLogin.toInstant());
                })
                .list();
        long total = jdbc.sql("select count(*) " + FROM)
                .param("pattern", pattern)
                .param("role", role)
                .param("unitId", filter.unitId())
                .param("enabled", filter.enabled())
                .query(Long.class)
                .single();
        return new PageImpl<>(rows, pageable, total);
    }
}
