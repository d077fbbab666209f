package vn.reformtrack.unitindex;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.reformtrack.identity.CurrentUser;
import vn.reformtrack.shared.web.NotFoundException;

/**
 * A unit's sheet, read in three statements: the sheet with its unit and group, the lines with their criteria and
 * counts, the areas' names. Its own staff and head and province-wide readers may read it; for anyone else (council
 * members included: they read the lines of their areas) it does not exist.
 */
@Service
@Transactional(readOnly = true)
public class SheetQueries {

    private final JdbcClient jdbc;
    private final UnitIndexRoundRepository rounds;
    private final UnitSheetRepository sheets;

    SheetQueries(JdbcClient jdbc, UnitIndexRoundRepository rounds, UnitSheetRepository sheets) {
        this.jdbc = jdbc;
        this.rounds = rounds;
        this.sheets = sheets;
    }

    public SheetView sheet(long roundId, long unitId, CurrentUser user) {
        UnitIndexRound round = rounds.findById(roundId).orElseThrow(() -> new NotFoundException("Unit index round", roundId));
        UnitSheet sheet = sheets.findByRoundIdAndUnitId(roundId, unitId)
                .orElseThrow(() -> new NotFoundException("Unit index sheet", unitId));
        // Council members work from their queue and the lines of their areas, not from a unit's whole sheet.
        if (!user.isProvinceWide() && !UnitIndexAccess.ofUnit(user, unitId)) {
            throw new NotFoundException("Unit index sheet", unitId);
        }
        Map<String, String> names = jdbc.sql("""
                        select u.name as unit_name, g.name_vi as group_name, v.label from unit_index_sheet sh
                        join unit u on u.id = sh.unit_id join unit_index_group g on g.id = sh.group_id
                        join framework_version v on v.id = sh.version_id where sh.id = :sheet
                        """)
                .param("sheet", sheet.getId())
                .query((rs, i) -> Map.of("unit", rs.getString("unit_name"), "group", rs.getString("group_name"),
                        "version", rs.getString("label")))
                .single();
        List<SheetLine> lines = lines(sheet.getId());
        Map<Long, List<SheetLine>> byArea = new LinkedHashMap<>();
        lines.forEach(line -> byArea.computeIfAbsent(line.areaId(), id -> new ArrayList<>()).add(line));
        List<SheetArea> areas = new ArrayList<>();
        if (!byArea.isEmpty()) {
            jdbc.sql("""
                            select c.id, c.code, c.name_vi, c.name_en, c.position from criterion c where c.id in (:areas)
                            """)
                    .param("areas", byArea.keySet())
                    .query((rs, i) -> Map.entry(rs.getLong("id"), new String[] {rs.getString("code"),
                        rs.getString("name_vi"), rs.getString("name_en")}))
                    .list()
                    .forEach(entry -> byArea.computeIfPresent(entry.getKey(), (id, list) -> {
                        areas.add(area(id, entry.getValue(), list));
                        return list;
                    }));
        }
        areas.sort(java.util.Comparator.comparingInt(area -> lines.indexOf(area.lines().get(0))));
        IndexFigures figures = IndexArithmetic.figures(scoreLines(sheet.getId()));
        return new SheetView(round, sheet, names.get("unit"), names.get("group"), names.get("version"), areas, figures);
    }

    private static SheetArea area(long id, String[] names, List<SheetLine> lines) {
        BigDecimal reachable = BigDecimal.ZERO;
        BigDecimal self = BigDecimal.ZERO;
        BigDecimal counted = BigDecimal.ZERO;
        for (SheetLine line : lines) {
            if (!line.applicable()) {
                continue;
            }
            reachable = reachable.add(line.maxPoints());
            self = self.add(line.selfScore() == null ? BigDecimal.ZERO : line.selfScore());
            counted = counted.add(line.finalScore() == null ? BigDecimal.ZERO : line.finalScore());
        }
        return new SheetArea(id, names[0], names[1], names[2], lines.get(0).part(), List.copyOf(lines), reachable, self,
                counted);
    }

    List<SheetLine> lines(long sheetId) {
        return jdbc.sql("""
                        select s.id, s.version, s.criterion_id, c.code, c.name_vi, c.name_en, s.area_id, s.part,
                               s.max_points, s.applicable, s.not_applicable_reason, s.self_score,
                               s.method is not null as has_method, s.no_evidence_reason is not null as has_reason,
                               (select count(*) from unit_index_score_evidence e where e.score_id = s.id)
                                 + (select count(*) from unit_index_score_reference x where x.score_id = s.id) as evidence,
                               s.appraisal, s.appraised_score, s.survey_value, s.survey_sample, s.survey_points,
                               ct.id as contest_id, ct.answer
                        from unit_index_score s join criterion c on c.id = s.criterion_id
                        left join unit_index_contest ct on ct.score_id = s.id
                        where s.sheet_id = :sheet order by s.position
                        """)
                .param("sheet", sheetId)
                .query((rs, i) -> {
                    String answer = rs.getString("answer");
                    return new SheetLine(rs.getLong("id"), rs.getLong("version"), rs.getLong("criterion_id"),
                            rs.getString("code"), rs.getString("name_vi"), rs.getString("name_en"), rs.getLong("area_id"),
                            CriterionPart.valueOf(rs.getString("part")), rs.getBigDecimal("max_points"),
                            rs.getBoolean("applicable"), rs.getString("not_applicable_reason"),
                            rs.getBigDecimal("self_score"), rs.getBoolean("has_method"), rs.getBoolean("has_reason"),
                            rs.getInt("evidence"), AppraisalState.valueOf(rs.getString("appraisal")),
                            rs.getBigDecimal("appraised_score"), rs.getBigDecimal("survey_value"),
                            rs.getObject("survey_sample", Integer.class), rs.getBigDecimal("survey_points"),
                            rs.getObject("contest_id", Long.class), answer == null ? null : ContestAnswer.valueOf(answer));
                })
                .list();
    }

    /** The sheet's lines as the index counts them (with their pools). */
    List<ScoreLine> scoreLines(long sheetId) {
        return jdbc.sql("""
                        select criterion_id, part, max_points, applicable, self_score, appraised_score, survey_points,
                               pool_id, pool_limit
                        from unit_index_score where sheet_id = :sheet
                        """)
                .param("sheet", sheetId)
                .query((rs, i) -> {
                    CriterionPart part = CriterionPart.valueOf(rs.getString("part"));
                    return new ScoreLine(rs.getLong("criterion_id"), part, rs.getBigDecimal("max_points"),
                            rs.getBoolean("applicable"), rs.getBigDecimal("self_score"),
                            rs.getBigDecimal(part == CriterionPart.SURVEY ? "survey_points" : "appraised_score"),
                            rs.getObject("pool_id", Long.class), rs.getBigDecimal("pool_limit"));
                })
                .list();
    }
}
