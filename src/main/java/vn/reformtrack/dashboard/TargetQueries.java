package vn.reformtrack.dashboard;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.reformtrack.planning.TargetComparison;
import vn.reformtrack.planning.TargetMetric;

/** The targets of a year's issued plans, in one statement. */
@Component
@Transactional(readOnly = true)
class TargetQueries {

    record TargetRow(long planId, String planNumber, int planYear, String frameworkCode, TargetMetric metric,
            TargetComparison comparison, BigDecimal value, BigDecimal valueTo, Long criterionId) {}

    private final JdbcClient jdbc;

    TargetQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<TargetRow> ofYear(int year) {
        return jdbc.sql("""
                        select pt.plan_id, coalesce(p.document_number, p.title) as plan_number, p.year, f.code,
                               pt.metric, pt.comparison, pt.value, pt.value_to, pt.criterion_id
                        from plan_target pt join plan p on p.id = pt.plan_id
                        join index_framework f on f.id = pt.framework_id
                        where p.year = :year and p.status in ('ISSUED', 'CLOSED')
                        order by p.issue_date, p.id, pt.position, pt.id
                        """)
                .param("year", year)
                .query((rs, i) -> new TargetRow(rs.getLong("plan_id"), rs.getString("plan_number"), rs.getInt("year"),
                        rs.getString("code").toUpperCase(java.util.Locale.ROOT), TargetMetric.valueOf(rs.getString("metric")),
                        TargetComparison.valueOf(rs.getString("comparison")), rs.getBigDecimal("value"),
                        rs.getBigDecimal("value_to"), rs.getObject("criterion_id", Long.class)))
                .list();
    }
}
