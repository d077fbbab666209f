package vn.reformtrack.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.reformtrack.shared.db.RowLimit;
import vn.reformtrack.shared.text.VietnameseText;

/**
 * The trail as pages read it: the lines that match a filter, newest first, a page at a time, in two statements
 * whatever the trail's length (the filters use the indexes on time, user, unit, kind and changed record).
 */
@Service
@Transactional(readOnly = true)
public class AuditTrail {

    /** An account's role, unit, access or password set by an administrator changed in the revision. */
    private static final String PERMISSION_CHANGED = """
            exists (select 1 from user_account_aud a where a.rev = r.id and (a.revtype <> 1 or exists (
                select 1 from user_account_aud p
                where p.id = a.id
                  and p.rev = (select max(q.rev) from user_account_aud q where q.id = a.id and q.rev < a.rev)
                  and (p.role is distinct from a.role or p.unit_id is distinct from a.unit_id
                       or p.enabled is distinct from a.enabled
                       or (a.must_change_password and p.password_hash is distinct from a.password_hash)))))""";

    private static final int SHOWN_CHANGES = 6;

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditTrail(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public Page<AuditRow> search(AuditFilter filter, Pageable pageable) {
        Conditions where = conditions(filter);
        long total = where.bind(jdbc.sql("select count(*) from audit_revision r where " + where.sql()))
                .query(Long.class).single();
        List<AuditRow> rows = where.bind(jdbc.sql("""
                        select r.id, r.at, r.username, r.unit_id, r.remote_address, r.kind, r.detail,
                               %s as permission,
                               (select count(*) from audit_change c where c.revision_id = r.id) as change_count,
                               array(select c.entity_type || ':' || c.entity_id || ':' || c.change_type
                                     from audit_change c where c.revision_id = r.id
                                     order by c.entity_type, c.entity_id limit %d) as changes
                        from audit_revision r
                        where %s
                        order by r.at desc, r.id desc
                        %s
                        """.formatted(PERMISSION_CHANGED, SHOWN_CHANGES, where.sql(), RowLimit.of(pageable))))
                .query((rs, i) -> row(rs, rs.getInt("change_count")))
                .list();
        return new PageImpl<>(rows, pageable, total);
    }

    /** One line of the trail with every record it changed. */
    public Optional<AuditRow> line(long id) {
        return jdbc.sql("""
                        select r.id, r.at, r.username, r.unit_id, r.remote_address, r.kind, r.detail, %s as permission,
                               array(select c.entity_type || ':' || c.entity_id || ':' || c.change_type
                                     from audit_change c where c.revision_id = r.id
                                     order by c.entity_type, c.entity_id) as changes
                        from audit_revision r where r.id = :id
                        """.formatted(PERMISSION_CHANGED))
                .param("id", id)
                .query((rs, i) -> row(rs, -1))
                .optional();
    }

    /** A line as selected above; {@code changeCount} -1: every change was selected. */
    private static AuditRow row(ResultSet rs, int changeCount) throws SQLException {
        List<ChangedRecord> changes = new ArrayList<>();
        for (String change : (String[]) rs.getArray("changes").getArray()) {
            String[] parts = change.split(":", 3);
            changes.add(new ChangedRecord(parts[0], parts[1], parts[2]));
        }
        return new AuditRow(rs.getLong("id"), rs.getTimestamp("at").toInstant(), rs.getString("username"),
                rs.getObject("unit_id", Long.class), rs.getString("remote_address"),
                AuditKind.valueOf(rs.getString("kind")), rs.getBoolean("permission"), changes,
                changeCount < 0 ? changes.size() : changeCount, AuditDetail.read(rs.getString("detail")));
    }

    private Conditions conditions(AuditFilter filter) {
        Conditions where = new Conditions();
        if (filter.hasPerson()) {
            where.add("""
                    (lower(r.username) = :personName or lower(r.username) in (
                        select lower(u.username) from user_account u where u.search_key like :personWords))""")
                    .param("personName", filter.person().strip().toLowerCase(Locale.ROOT))
                    .param("personWords", VietnameseText.containsPattern(filter.person()));
        }
        if (filter.unitId() != null) {
            where.add("r.unit_id = :unitId").param("unitId", filter.unitId());
        }
        if (AuditFilter.PERMISSION.equals(filter.kind())) {
            where.add(PERMISSION_CHANGED);
        } else if (filter.kind() != null && !filter.kind().isBlank()) {
            where.add("r.kind = :kind").param("kind", filter.kind());
        }
        if (filter.hasType()) {
            where.add("""
                    exists (select 1 from audit_change c where c.revision_id = r.id and c.entity_type = :type
                            and (cast(:entityId as varchar) is null or c.entity_id = cast(:entityId as varchar)))""")
                    .param("type", filter.type())
                    .param("entityId", filter.hasId() ? filter.id().strip() : null);
        }
        if (filter.from() != null) {
            where.add("r.at >= :from").param("from", startOf(filter.from()));
        }
        if (filter.to() != null) {
            where.add("r.at < :to").param("to", startOf(filter.to().plusDays(1)));
        }
        return where;
    }

    private Timestamp startOf(LocalDate day) {
        return Timestamp.from(day.atStartOfDay(clock.getZone()).toInstant());
    }

    /** The where clause built from a filter, with its parameters. */
    private static final class Conditions {

        private final List<String> parts = new ArrayList<>(List.of("true"));
        private final java.util.Map<String, Object> params = new java.util.HashMap<>();

        Conditions add(String condition) {
            parts.add(condition);
            return this;
        }

        Conditions param(String name, Object value) {
            params.put(name, value);
            return this;
        }

        String sql() {
            return String.join(" and ", parts);
        }

        JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
            params.forEach(statement::param);
            return statement;
        }
    }
}
