package vn.reformtrack.unitindex;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.reformtrack.identity.CurrentUser;
import vn.reformtrack.shared.imports.ImportCheck;
import vn.reformtrack.shared.imports.ImportColumn;
import vn.reformtrack.shared.imports.ImportPlan;
import vn.reformtrack.shared.imports.ImportRejected;
import vn.reformtrack.shared.imports.ImportRow;
import vn.reformtrack.shared.imports.RowError;
import vn.reformtrack.shared.text.VietnameseText;
import vn.reformtrack.shared.web.LenientDecimalFormatter;
import vn.reformtrack.shared.web.NotFoundException;
import vn.reformtrack.shared.web.RuleViolationException;

/**
 * The sociological survey's results (leaders, civil servants, citizens and businesses — whatever the sets define as
 * survey criteria) from a spreadsheet: a row per unit and survey criterion with the survey's figure and its sample
 * size. Each figure is checked against its criterion's scale and turned into points as the set says
 * ({@link SurveyScale}). Checked row by row; saved all or none.
 */
@Service
@Transactional
public class SurveyImport {

    public static final ImportColumn UNIT = ImportColumn.required("unit", "unitindex.survey.unit");
    public static final ImportColumn CRITERION = ImportColumn.required("criterion", "unitindex.survey.criterion");
    public static final ImportColumn VALUE = ImportColumn.required("value", "unitindex.survey.value");
    public static final ImportColumn SAMPLE = ImportColumn.required("sample", "unitindex.survey.sample");
    public static final List<ImportColumn> COLUMNS = List.of(UNIT, CRITERION, VALUE, SAMPLE);

    /** What a row does: the survey part of a unit's criterion, new or replacing an earlier figure. */
    public record Plan(boolean update, String matched, BigDecimal points) implements ImportPlan {}

    private final UnitIndexRoundRepository rounds;
    private final UnitScoreRepository scores;
    private final UnitIndexHistory history;
    private final JdbcClient jdbc;

    SurveyImport(UnitIndexRoundRepository rounds, UnitScoreRepository scores, UnitIndexHistory history, JdbcClient jdbc) {
        this.rounds = rounds;
        this.scores = scores;
        this.history = history;
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public ImportCheck<Plan> check(long roundId, List<ImportRow> rows, CurrentUser user) {
        UnitIndexAccess.requireManager(user);
        return new Checking(round(roundId), rows).run();
    }

    /** @return how many units' survey figures were saved */
    public int commit(long roundId, List<ImportRow> rows, CurrentUser user) {
        UnitIndexAccess.requireManager(user);
        UnitIndexRound round = round(roundId);
        Checking checking = new Checking(round, rows);
        ImportCheck<Plan> check = checking.run();
        if (check.hasErrors()) {
            throw new ImportRejected(check);
        }
        for (ImportRow row : rows) {
            Target target = checking.targets.get(row.number());
            UnitScore score = scores.findById(target.scoreId()).orElseThrow();
            BigDecimal before = score.getSurveyPoints();
            score.recordSurvey(target.value(), target.sample(), target.points());
            history.record(roundId, score, UnitIndexChangeKind.SURVEY_IMPORTED, user.username(), UnitIndexHistory.fields()
                    .add("unitindex.survey.value", null, target.value())
                    .add("unitindex.survey.sample", null, target.sample())
                    .add("unitindex.score.surveyPoints", before, target.points()));
        }
        return rows.size();
    }

    private UnitIndexRound round(long roundId) {
        UnitIndexRound round = rounds.findById(roundId).orElseThrow(() -> new NotFoundException("Unit index round", roundId));
        if (round.isPublished()) {
            throw RuleViolationException.onField("file", "unitindex.round.error.published");
        }
        return round;
    }

    private record Target(long scoreId, BigDecimal value, int sample, BigDecimal points) {}

    /** A survey line of a unit's sheet, found by the unit's code or name and the criterion's code. */
    private record Line(long scoreId, String unitName, boolean applicable, boolean imported, BigDecimal max,
            SurveyScale scale) {}

    /** One pass over a file: the round's survey lines are read once. */
    private final class Checking {

        private final List<ImportRow> rows;
        private final Map<String, Long> unitsByKey = new HashMap<>();
        private final Map<String, Line> lines = new HashMap<>();
        private final Map<Integer, Target> targets = new HashMap<>();

        Checking(UnitIndexRound round, List<ImportRow> rows) {
            this.rows = rows;
            jdbc.sql("""
                            select s.id, s.unit_id, u.code as unit_code, u.name as unit_name, c.code, s.applicable,
                                   s.survey_points is not null as imported, s.max_points, s.survey_scale_min,
                                   s.survey_scale_max
                            from unit_index_score s join unit u on u.id = s.unit_id join criterion c on c.id = s.criterion_id
                            where s.round_id = :round and s.part = 'SURVEY'
                            """)
                    .param("round", round.getId())
                    .query(rs -> {
                        long unit = rs.getLong("unit_id");
                        unitsByKey.put(VietnameseText.fold(rs.getString("unit_code")), unit);
                        unitsByKey.putIfAbsent(VietnameseText.fold(rs.getString("unit_name")), unit);
                        BigDecimal scaleMax = rs.getBigDecimal("survey_scale_max");
                        BigDecimal scaleMin = rs.getBigDecimal("survey_scale_min");
                        lines.put(unit + "|" + rs.getString("code"), new Line(rs.getLong("id"), rs.getString("unit_name"),
                                rs.getBoolean("applicable"), rs.getBoolean("imported"), rs.getBigDecimal("max_points"),
                                scaleMax == null ? SurveyScale.PERCENT
                                        : new SurveyScale(scaleMin == null ? BigDecimal.ZERO : scaleMin, scaleMax)));
                    });
        }

        ImportCheck<Plan> run() {
            ImportCheck<Plan> check = new ImportCheck<>(rows);
            Map<String, Integer> seen = new HashMap<>();
            for (ImportRow row : rows) {
                int before = check.errors().size();
                Long unit = unitsByKey.get(VietnameseText.fold(row.get(UNIT.id())));
                if (unit == null) {
                    check.error(RowError.of(row, UNIT, "unitindex.survey.error.unit", row.get(UNIT.id())));
                    continue;
                }
                String key = unit + "|" + row.get(CRITERION.id());
                Line line = lines.get(key);
                if (line == null) {
                    check.error(RowError.of(row, CRITERION, "unitindex.survey.error.criterion", row.get(CRITERION.id())));
                    continue;
                }
                if (seen.putIfAbsent(key, row.number()) != null) {
                    check.error(RowError.of(row, CRITERION, "import.error.duplicate", row.get(CRITERION.id()), seen.get(key)));
                }
                if (!line.applicable()) {
                    check.error(RowError.of(row, CRITERION, "unitindex.survey.error.notApplicable", row.get(CRITERION.id())));
                }
                BigDecimal value = LenientDecimalFormatter.parseOrNull(row.get(VALUE.id()));
                if (value == null) {
                    check.error(RowError.of(row, VALUE, "import.error.notANumber", row.get(VALUE.id())));
                } else if (!line.scale().contains(value) || value.stripTrailingZeros().scale() > 4) {
                    check.error(RowError.of(row, VALUE, "unitindex.survey.error.scale", row.get(VALUE.id()),
                            line.scale().min(), line.scale().max()));
                }
                Integer sample = sample(row.get(SAMPLE.id()));
                if (sample == null) {
                    check.error(RowError.of(row, SAMPLE, "unitindex.survey.error.sample", row.get(SAMPLE.id())));
                }
                if (check.errors().size() == before) {
                    BigDecimal points = line.scale().points(value, line.max());
                    targets.put(row.number(), new Target(line.scoreId(), value, sample, points));
                    check.plan(row, new Plan(line.imported(), line.unitName(), points));
                }
            }
            return check;
        }

        /** A whole number of respondents: "350", "1.200" or "1,200" (thousands grouped); not "1,5". */
        private static Integer sample(String text) {
            String digits = text.strip();
            if (digits.matches("\\d{1,3}([.,]\\d{3})+")) {
                digits = digits.replaceAll("[.,]", "");
            }
            if (!digits.matches("\\d{1,7}")) {
                return null;
            }
            int sample = Integer.parseInt(digits);
            return sample > 0 ? sample : null;
        }
    }
}
