package vn.reformtrack.unitindex;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.reformtrack.shared.db.RowLimit;

/**
 * The round pages' lists, each one or two SQL statements whatever the size of the round: rounds with their progress,
 * a round's groups, its sheets (paged, filtered), its council's progress. Callers check who may read them.
 */
@Service
@Transactional(readOnly = true)
public class UnitRoundQueries {

    /** A line the council has something to say about: self-scored, or a bonus or deduction line the unit claimed. */
    static final String NEEDS_APPRAISAL = "s.applicable and s.part <> 'SURVEY' and (s.part = 'SELF_SCORED' or s.self_score is not null)";

    /** Within a member's count (member m, account a, round mr): not their own unit's line, unless they chair. */
    static final String NOT_OWN_UNIT = "(s.unit_id is distinct from a.unit_id or mr.chair_user_id = m.user_id)";

    /** A sheet the council may appraise: submitted, or its deadline passed. */
    static final String APPRAISABLE_SHEET = """
            (sh.status = 'SUBMITTED' or :today > greatest(coalesce(sh.extended_until, r.self_assessment_deadline),
                                                         r.self_assessment_deadline))""";

    private final JdbcClient jdbc;
    private final Clock clock;

    UnitRoundQueries(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Every round, newest year first, with its progress. */
    public List<RoundRow> rounds() {
        return rounds("true", null);
    }

    public RoundRow round(long roundId) {
        return rounds("r.id = :round", roundId).stream().findFirst().orElseThrow();
    }

    /**
     * The rounds that meet {@code where} with their progress. The scores are counted per round in one pass (grouped,
     * joined by round: a round's filter reaches the scores' index), not once for each count and round.
     */
    private List<RoundRow> rounds(String where, Long roundId) {
        var statement = jdbc.sql("""
                        select r.id, r.version, r.year, r.status, r.self_assessment_deadline, r.explanation_from,
                               r.explanation_to, r.publication_date,
                               (select count(*) from unit_index_round_group rg where rg.round_id = r.id) as groups,
                               count(sh.id) as units,
                               count(sh.id) filter (where sh.status = 'SUBMITTED') as submitted,
                               count(sh.id) filter (where sh.status = 'DRAFT' and :today > greatest(
                                   coalesce(sh.extended_until, r.self_assessment_deadline), r.self_assessment_deadline)) as late,
                               coalesce(sc.to_appraise, 0) as to_appraise, coalesce(sc.appraised, 0) as appraised,
                               (select count(*) from unit_index_contest c where c.round_id = r.id and c.answer is null)
                                   as open_contests
                        from unit_index_round r left join unit_index_sheet sh on sh.round_id = r.id
                        left join (select s.round_id, count(*) as to_appraise,
                                          count(*) filter (where s.appraisal <> 'PENDING') as appraised
                                   from unit_index_score s where %s group by s.round_id) sc on sc.round_id = r.id
                        where %s
                        group by r.id, sc.to_appraise, sc.appraised order by r.year desc
                        """.formatted(NEEDS_APPRAISAL, where))
                .param("today", today());
        if (roundId != null) {
            statement = statement.param("round", roundId);
        }
        return statement.query(UnitRoundQueries::roundRow).list();
    }

    /** The round's groups, with their sets and units. */
    public List<RoundGroup> groups(long roundId) {
        return jdbc.sql("""
                        select g.id, g.code, g.name_vi, g.name_en, rg.version_id, v.label,
                               (select count(*) from unit_index_sheet sh where sh.round_id = rg.round_id
                                   and sh.group_id = g.id) as units
                        from unit_index_round_group rg join unit_index_group g on g.id = rg.group_id
                        join framework_version v on v.id = rg.version_id
                        where rg.round_id = :round order by g.position, g.code
                        """)
                .param("round", roundId)
                .query((rs, i) -> new RoundGroup(rs.getLong("id"), rs.getString("code"), rs.getString("name_vi"),
                        rs.getString("name_en"), rs.getLong("version_id"), rs.getString("label"), rs.getInt("units")))
                .list();
    }

    /** The round's sheets, by group then unit name, one page at a time. */
    public Page<SheetRow> sheets(long roundId, SheetFilter filter, Pageable page) {
        StringBuilder where = new StringBuilder("sh.round_id = :round");
        Map<String, Object> params = new HashMap<>();
        params.put("round", roundId);
        params.put("today", today());
        if (filter.groupId() != null) {
            where.append(" and sh.group_id = :group");
            params.put("group", filter.groupId());
        }
        if (filter.state() != null) {
            String deadline = "greatest(coalesce(sh.extended_until, r.self_assessment_deadline), r.self_assessment_deadline)";
            where.append(switch (filter.state()) {
                case SUBMITTED -> " and sh.status = 'SUBMITTED'";
                case DRAFT -> " and sh.status = 'DRAFT' and :today <= " + deadline;
                case LATE -> " and sh.status = 'DRAFT' and :today > " + deadline;
            });
        }
        long total = jdbc.sql("""
                        select count(*) from unit_index_sheet sh join unit_index_round r on r.id = sh.round_id where %s
                        """.formatted(where))
                .params(params).query(Long.class).single();
        List<SheetRow> rows = jdbc.sql("""
                        select sh.id, sh.unit_id, u.name as unit_name, sh.group_id, g.name_vi as group_name, sh.status,
                               sh.submitted_at, sh.extended_until,
                               greatest(coalesce(sh.extended_until, r.self_assessment_deadline), r.self_assessment_deadline)
                                   as deadline,
                               count(s.id) filter (where s.applicable and s.part = 'SELF_SCORED') as to_score,
                               count(s.id) filter (where s.applicable and s.part = 'SELF_SCORED' and s.self_score is not null)
                                   as scored,
                               count(s.id) filter (where %s) as to_appraise,
                               count(s.id) filter (where %s and s.appraisal <> 'PENDING') as appraised,
                               (select count(*) from unit_index_contest c where c.round_id = sh.round_id
                                   and c.unit_id = sh.unit_id) as contests
                        from unit_index_sheet sh
                        join unit_index_round r on r.id = sh.round_id
                        join unit u on u.id = sh.unit_id
                        join unit_index_group g on g.id = sh.group_id
                        left join unit_index_score s on s.sheet_id = sh.id
                        where %s
                        group by sh.id, u.name, g.name_vi, g.position, r.self_assessment_deadline
                        order by g.position, u.name, sh.id
                        %s
                        """.formatted(NEEDS_APPRAISAL, NEEDS_APPRAISAL, where, RowLimit.of(page)))
                .params(params)
                .query((rs, i) -> new SheetRow(rs.getLong("id"), rs.getLong("unit_id"), rs.getString("unit_name"),
                        rs.getLong("group_id"), rs.getString("group_name"), SheetStatus.valueOf(rs.getString("status")),
                        instant(rs, "submitted_at"), rs.getObject("deadline", LocalDate.class),
                        rs.getObject("extended_until") != null, rs.getInt("to_score"), rs.getInt("scored"),
                        rs.getInt("to_appraise"), rs.getInt("appraised"), rs.getInt("contests")))
                .list();
        return new PageImpl<>(rows, page, total);
    }

    /**
     * The council's members with their areas and progress: lines of their areas the council may appraise now, but for
     * their own unit's (the chair or another member appraises those).
     */
    public List<MemberProgress> members(long roundId) {
        List<MemberProgress> progress = new ArrayList<>();
        jdbc.sql("""
                        select m.id, m.version, m.user_id, a.full_name, un.name as unit_name, m.outside_reason,
                               array(select ma.area_id from unit_index_member_area ma where ma.member_id = m.id) as area_ids,
                               array(select g.name_vi || ' · ' || c.code from unit_index_member_area ma
                                     join criterion c on c.id = ma.area_id
                                     join unit_index_round_group rg on rg.round_id = m.round_id and rg.version_id = c.version_id
                                     join unit_index_group g on g.id = rg.group_id
                                     where ma.member_id = m.id order by g.position, c.position, c.code) as areas,
                               (select count(*) from unit_index_score s join unit_index_sheet sh on sh.id = s.sheet_id
                                join unit_index_round r on r.id = s.round_id
                                where s.round_id = m.round_id and %s and %s and %s
                                  and s.area_id in (select ma.area_id from unit_index_member_area ma where ma.member_id = m.id))
                                   as to_appraise,
                               (select count(*) from unit_index_score s where s.round_id = m.round_id and %s and %s
                                  and s.appraisal <> 'PENDING'
                                  and s.area_id in (select ma.area_id from unit_index_member_area ma where ma.member_id = m.id))
                                   as appraised,
                               (select count(*) from unit_index_contest ct join unit_index_score s on s.id = ct.score_id
                                where ct.round_id = m.round_id and ct.answer is null and %s
                                  and s.area_id in (select ma.area_id from unit_index_member_area ma where ma.member_id = m.id))
                                   as open_contests
                        from unit_index_member m
                        join unit_index_round mr on mr.id = m.round_id
                        join user_account a on a.id = m.user_id
                        left join unit un on un.id = a.unit_id
                        where m.round_id = :round
                        order by a.full_name, m.id
                        """.formatted(NEEDS_APPRAISAL, APPRAISABLE_SHEET, NOT_OWN_UNIT, NEEDS_APPRAISAL, NOT_OWN_UNIT,
                        NOT_OWN_UNIT))
                .param("round", roundId)
                .param("today", today())
                .query(rs -> {
                    progress.add(new MemberProgress(rs.getLong("id"), rs.getLong("version"), rs.getLong("user_id"),
                            rs.getString("full_name"), rs.getString("unit_name"),
                            Arrays.asList((String[]) rs.getArray("areas").getArray()),
                            Arrays.asList((Long[]) rs.getArray("area_ids").getArray()),
                            rs.getLong("to_appraise"), rs.getLong("appraised"), rs.getLong("open_contests"),
                            rs.getString("outside_reason")));
                });
        return progress;
    }

    /**
     * The lines the council may appraise now that no member may: their area has no member, or only members of the unit
     * itself. The chair appraises them, or names another member.
     */
    public long uncovered(long roundId) {
        return jdbc.sql("""
                        select count(*) from unit_index_score s join unit_index_sheet sh on sh.id = s.sheet_id
                        join unit_index_round r on r.id = s.round_id
                        where s.round_id = :round and %s and %s and s.appraisal = 'PENDING'
                          and not exists (select 1 from unit_index_member m
                                          join unit_index_member_area ma on ma.member_id = m.id and ma.area_id = s.area_id
                                          join user_account a on a.id = m.user_id
                                          where m.round_id = s.round_id
                                            and (a.unit_id is distinct from s.unit_id or r.chair_user_id = m.user_id))
                        """.formatted(NEEDS_APPRAISAL, APPRAISABLE_SHEET))
                .param("round", roundId)
                .param("today", today())
                .query(Long.class).single();
    }

    /** The round's units (for filters), by name: id → name. */
    public java.util.Map<Long, String> units(long roundId) {
        java.util.Map<Long, String> units = new java.util.LinkedHashMap<>();
        jdbc.sql("""
                        select sh.unit_id, u.name from unit_index_sheet sh join unit u on u.id = sh.unit_id
                        where sh.round_id = :round order by u.name
                        """)
                .param("round", roundId)
                .query(rs -> {
                    units.put(rs.getLong("unit_id"), rs.getString("name"));
                });
        return units;
    }

    /** The round's applicable survey lines as the import's template lists them: unit code, criterion code, unit name. */
    public List<String[]> surveyLines(long roundId) {
        return jdbc.sql("""
                        select u.code as unit_code, c.code, u.name from unit_index_score s
                        join unit u on u.id = s.unit_id join criterion c on c.id = s.criterion_id
                        where s.round_id = :round and s.part = 'SURVEY' and s.applicable
                        order by u.name, s.position
                        """)
                .param("round", roundId)
                .query((rs, i) -> new String[] {rs.getString("unit_code"), rs.getString("code"), rs.getString("name")})
                .list();
    }

    /** The round's units of one group: id → name, by name. */
    public java.util.Map<Long, String> unitsOfGroup(long roundId, long groupId) {
        java.util.Map<Long, String> units = new java.util.LinkedHashMap<>();
        jdbc.sql("""
                        select sh.unit_id, u.name from unit_index_sheet sh join unit u on u.id = sh.unit_id
                        where sh.round_id = :round and sh.group_id = :group order by u.name
                        """)
                .param("round", roundId).param("group", groupId)
                .query(rs -> {
                    units.put(rs.getLong("unit_id"), rs.getString("name"));
                });
        return units;
    }

    /** The lines declared not applicable in a round, by unit and tree order. */
    public List<ExcludedLine> notApplicable(long roundId) {
        return jdbc.sql("""
                        select s.unit_id, u.name as unit_name, s.criterion_id, c.code, c.name_vi, s.not_applicable_reason
                        from unit_index_score s join unit u on u.id = s.unit_id join criterion c on c.id = s.criterion_id
                        where s.round_id = :round and not s.applicable order by u.name, s.position
                        """)
                .param("round", roundId)
                .query((rs, i) -> new ExcludedLine(rs.getLong("unit_id"), rs.getString("unit_name"),
                        rs.getLong("criterion_id"), rs.getString("code"), rs.getString("name_vi"),
                        rs.getString("not_applicable_reason")))
                .list();
    }

    /** The rounds in which a unit has a sheet, newest first (for its staff and head). */
    public List<RoundRow> roundsOf(long unitId) {
        List<Long> ids = jdbc.sql("select round_id from unit_index_sheet where unit_id = :unit")
                .param("unit", unitId).query(Long.class).list();
        return roundsAmong(ids);
    }

    /** The rounds in which a person sits on the council, newest first. */
    public List<RoundRow> roundsOfMember(long userId) {
        List<Long> ids = jdbc.sql("select round_id from unit_index_member where user_id = :user")
                .param("user", userId).query(Long.class).list();
        return roundsAmong(ids);
    }

    /** These rounds with their progress, newest first; none read when there are none. */
    private List<RoundRow> roundsAmong(List<Long> ids) {
        return ids.isEmpty() ? List.of() : rounds().stream().filter(row -> ids.contains(row.id())).toList();
    }

    private static RoundRow roundRow(ResultSet rs, int rowNumber) throws SQLException {
        return new RoundRow(rs.getLong("id"), rs.getLong("version"), rs.getInt("year"),
                IndexRoundStatus.valueOf(rs.getString("status")), rs.getObject("self_assessment_deadline", LocalDate.class),
                rs.getObject("explanation_from", LocalDate.class), rs.getObject("explanation_to", LocalDate.class),
                rs.getObject("publication_date", LocalDate.class), rs.getInt("groups"), rs.getInt("units"),
                rs.getInt("submitted"), rs.getInt("late"), rs.getLong("to_appraise"), rs.getLong("appraised"),
                rs.getLong("open_contests"));
    }

    static java.time.Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
