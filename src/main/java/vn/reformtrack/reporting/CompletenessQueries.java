package vn.reformtrack.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.reformtrack.organization.UnitType;

/**
 * Who is expected to report in which period and how each stands, for a whole year (or some periods) in one
 * statement: the expected units (active units with a task active in the period, or every active unit) joined with
 * the reports that exist. Units that report without being expected are shown too. The units with an active task come
 * from their stored sets ({@link InvolvedUnits}), or from the tasks themselves inside a read-only transaction, where the
 * sets cannot be stored.
 */
@Component
@Transactional
class CompletenessQueries {

    /** One (period, unit) pair of the grid as the database has it. */
    record Cell(long periodId, long unitId, String unitCode, String unitName, UnitType unitType, boolean expected,
            Long reportId, ReportStatus status, Timeliness timeliness) {}

    /** Every unit with its place in the grid: by kind (the province first, communes last), then name, then id. */
    private static final String UNITS = """
            units as materialized (
                select u.id, u.code, u.name, u.type, u.active,
                       row_number() over (order by array_position(array['PROVINCE_PC', 'DEPARTMENT', 'SECTOR_AGENCY',
                               'COMMUNE', 'OTHER'], u.type::text), u.name collate "vi-x-icu", u.id) as position
                from unit u
            )""";

    private final JdbcClient jdbc;
    private final InvolvedUnits involvedUnits;
    private final Clock clock;

    CompletenessQueries(JdbcClient jdbc, InvolvedUnits involvedUnits, Clock clock) {
        this.jdbc = jdbc;
        this.involvedUnits = involvedUnits;
        this.clock = clock;
    }

    List<Cell> ofYear(int year, ReportingSettings.ExpectedUnits mode, Long onlyUnit) {
        return cells("select id, starts_on, ends_on from reporting_period where year = :year", mode, onlyUnit,
                "year", year);
    }

    List<Cell> ofPeriods(Collection<Long> periodIds, ReportingSettings.ExpectedUnits mode) {
        if (periodIds.isEmpty()) {
            return List.of();
        }
        return cells("select id, starts_on, ends_on from reporting_period where id in (:periodIds)", mode, null,
                "periodIds", periodIds);
    }

    private List<Cell> cells(String periods, ReportingSettings.ExpectedUnits mode, Long onlyUnit, String name,
            Object value) {
        String zone = clock.getZone().getId();
        String involved;
        if (mode == ReportingSettings.ExpectedUnits.ALL_ACTIVE) {
            involved = null;
        } else if (involvedUnits.stored(periods, Map.of(name, value), zone)) {
            involved = InvolvedUnits.STORED + ", involved as (select period_id, unit_id from stored_involved)";
        } else {
            involved = ActiveTaskSql.INVOLVED_UNITS;
        }
        String expected = involved == null
                ? "expected as (select rp.id as period_id, u.id as unit_id from periods rp cross join units u"
                        + " where u.active)"
                : involved + """
                , expected as (select i.period_id, i.unit_id from involved i join units u on u.id = i.unit_id
                                where u.active)""";
        // The units are put in order once (a few hundred names compared under the Vietnamese collation) rather than
        // the year's cells (a row per unit and period); the reports are read through their period's index. A unit's
        // cells come together: its code, name and kind are read from its first (a year's grid is some 1500 cells).
        List<Cell> cells = new ArrayList<>();
        jdbc.sql("with periods as (" + periods + "), " + UNITS + ", " + expected + """
                        , reports as (select r.id, r.period_id, r.unit_id, r.status, r.timeliness
                                      from unit_report r where r.period_id = any(array(select id from periods)))
                        select coalesce(e.period_id, r.period_id) as period_id, u.id as unit_id, u.code, u.name, u.type,
                               e.unit_id is not null as expected, r.id as report_id, r.status, r.timeliness
                        from expected e
                        full join reports r on r.period_id = e.period_id and r.unit_id = e.unit_id
                        join units u on u.id = coalesce(e.unit_id, r.unit_id)
                        where cast(:onlyUnit as bigint) is null or u.id = cast(:onlyUnit as bigint)
                        order by u.position, 1
                        """)
                .param(name, value)
                .param("zone", zone)
                .param("onlyUnit", onlyUnit)
                .query(rs -> {
                    long unitId = rs.getLong(2);
                    Cell previous = cells.isEmpty() ? null : cells.get(cells.size() - 1);
                    boolean sameUnit = previous != null && previous.unitId() == unitId;
                    String status = rs.getString(8);
                    String timeliness = rs.getString(9);
                    cells.add(new Cell(rs.getLong(1), unitId,
                            sameUnit ? previous.unitCode() : rs.getString(3),
                            sameUnit ? previous.unitName() : rs.getString(4),
                            sameUnit ? previous.unitType() : UnitType.valueOf(rs.getString(5)),
                            rs.getBoolean(6), rs.getObject(7, Long.class),
                            status == null ? null : ReportStatus.valueOf(status),
                            timeliness == null ? null : Timeliness.valueOf(timeliness)));
                });
        return cells;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }
}
