package vn.reformtrack.unitindex;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import vn.reformtrack.indices.CriterionSummary;

/**
 * Demo mode only: the scores of the demo's units, ILLUSTRATIVE. Each unit has a standing (its share of each maximum,
 * a little different in 2024); a line's score varies around it with a seed from the unit, the criterion and the year,
 * so every start writes the same figures. Twins score alike and tie. Written through the score lines' own methods.
 */
final class DemoUnitIndexScores {

    static final String MARK = DemoUnitIndex.MARK;
    static final String NOT_APPLICABLE = "Đơn vị không có thủ tục hành chính thuộc thẩm quyền giải quyết" + MARK;
    static final String UNPROVEN = "Tài liệu kiểm chứng chưa chứng minh đủ kết quả" + MARK;

    /** Each unit's illustrative standing in 2025 (its 2024 one a little different); twins score alike and tie. */
    private static final Map<String, Double> STANDING = Map.ofEntries(Map.entry("SNV", 0.97), Map.entry("STP", 0.93),
            Map.entry("STC", 0.95), Map.entry("SCT", 0.88), Map.entry("SNNMT", 0.82), Map.entry("SXD", 0.88),
            Map.entry("SKHCN", 0.94), Map.entry("SGDDT", 0.86), Map.entry("SYT", 0.84), Map.entry("SVHTT", 0.79),
            Map.entry("SDL", 0.76), Map.entry("BQLKKT", 0.9), Map.entry("VP", 0.96), Map.entry("TTT", 0.83),
            Map.entry("SDTTG", 0.83), Map.entry("P-HALONG", 0.95), Map.entry("P-BAICHAY", 0.9),
            Map.entry("P-CAMPHA", 0.87), Map.entry("P-UONGBI", 0.85), Map.entry("P-MONGCAI1", 0.8),
            Map.entry("DK-VANDON", 0.92), Map.entry("DK-COTO", 0.74), Map.entry("X-TIENYEN", 0.81),
            Map.entry("X-BINHLIEU", 0.81), Map.entry("X-BACHE", 0.68));
    private static final Map<String, String> TWINS = Map.of("SXD", "SCT", "SDTTG", "TTT", "X-BINHLIEU", "X-TIENYEN");

    private DemoUnitIndexScores() {}

    /** The moments of a past round: the units' submission and the council's appraisal. */
    record Past(int year, Instant submitted, Instant appraised) {}

    /**
     * A line of a past round's sheet: not applicable (area 3 of a department without procedures), or scored with the
     * unit's file and appraised, or its survey figures, or a bonus or deduction claim.
     */
    static void pastLine(UnitScore line, CriterionSummary criterion, String unitCode, boolean withoutProcedures,
            long file, Past past) {
        if (withoutProcedures && criterion.areaCode().equals("3")) {
            line.exclude(NOT_APPLICABLE);
            return;
        }
        String pattern = TWINS.getOrDefault(unitCode, unitCode);
        double standing = STANDING.get(pattern) - (past.year() == 2024 ? (pattern.hashCode() % 5) / 100.0 : 0);
        int seed = Math.abs((pattern + criterion.code() + past.year()).hashCode());
        String staff = staffOf(unitCode);
        switch (line.getPart()) {
            case SELF_SCORED -> {
                BigDecimal self = onStep(line, standing + (seed % 7 - 2) / 100.0);
                line.record(self, "Đối chiếu kết quả thực hiện năm " + past.year() + " với hướng dẫn chấm" + MARK, null,
                        staff, past.submitted());
                line.replaceFiles(Set.of(file), staff, past.submitted());
                BigDecimal lower = self.subtract(line.getScoreStep());
                if (seed % 6 == 0 && lower.signum() >= 0) {
                    line.set(lower, UNPROVEN, "thamdinh", past.appraised());
                } else {
                    line.accept(null, "thamdinh", past.appraised());
                }
            }
            case SURVEY -> {
                BigDecimal figure = BigDecimal.valueOf(Math.min(99.5, 55 + standing * 42 + seed % 5))
                        .setScale(1, RoundingMode.HALF_UP);
                line.recordSurvey(figure, 300 + seed % 200, line.surveyScale().points(figure, line.getMaxPoints()));
            }
            case BONUS, DEDUCTION -> pooled(line, unitCode, criterion.code(), staff, file, past);
        }
    }

    /** Bonus and deduction lines: Sở Nội vụ claims both bonuses (4, over the limit of 3), a few others one each. */
    private static void pooled(UnitScore line, String unit, String criterion, String staff, long file, Past past) {
        BigDecimal value = switch (unit + " " + criterion) {
            case "SNV 9.1", "SNV 9.2", "STP 9.1", "P-HALONG 9.2" -> new BigDecimal("2");
            case "SDL 10.1" -> new BigDecimal("1");
            case "X-BACHE 10.2" -> past.year() == 2025 ? new BigDecimal("1.5") : null;
            default -> null;
        };
        if (value == null) {
            return;
        }
        line.record(value, (line.getPart() == CriterionPart.BONUS ? "Quyết định công nhận sáng kiến"
                : "Thông báo kết quả kiểm tra công tác CCHC") + MARK, null, staff, past.submitted());
        line.replaceFiles(Set.of(file), staff, past.submitted());
        line.accept(null, "thamdinh", past.appraised());
    }

    /** What a unit records in the open round for a self-scored line: its standing, down to the line's step. */
    static BigDecimal current(UnitScore line, String unitCode) {
        return onStep(line, STANDING.get(unitCode));
    }

    static String staffOf(String unitCode) {
        return "chuyenvien." + unitCode.toLowerCase();
    }

    static String headOf(String unitCode) {
        return "truongphong." + unitCode.toLowerCase();
    }

    /** A share of the line's maximum, down to its step. */
    private static BigDecimal onStep(UnitScore line, double share) {
        BigDecimal raw = line.getMaxPoints().multiply(BigDecimal.valueOf(Math.max(0, Math.min(1, share))));
        BigDecimal step = line.getScoreStep() == null ? new BigDecimal("0.25") : line.getScoreStep();
        return raw.divide(step, 0, RoundingMode.FLOOR).multiply(step).stripTrailingZeros();
    }
}
