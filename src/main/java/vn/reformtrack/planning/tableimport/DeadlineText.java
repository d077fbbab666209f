package vn.reformtrack.planning.tableimport;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.reformtrack.planning.DeadlineKind;
import vn.reformtrack.shared.text.VietnameseText;

/**
 * Reads the deadline column of a plan annex: a date ({@code 30/9/2022}, "Trước ngày 30/9/2022"), or the words plans
 * use — "Thường xuyên", "Hằng quý", "Định kỳ" (recurring: each reporting period), "Cả năm", "Trong năm", "Hằng năm"
 * (all year), "Quý II/2022" (the quarter's last day), "Tháng 9/2022" (the month's last day), "6 tháng đầu năm" (30
 * June). A quarter or month without a year is in the plan's year. Anything else is refused, saying what is read.
 */
public final class DeadlineText {

    /** What a deadline cell says: a kind and, for a date, the day; or {@code understood == false}. */
    public record Reading(boolean understood, DeadlineKind kind, LocalDate date) {

        static Reading of(DeadlineKind kind, LocalDate date) {
            return new Reading(true, kind, date);
        }

        static final Reading NOT_UNDERSTOOD = new Reading(false, null, null);
    }

    private static final Pattern DATE = Pattern.compile(
            "(?:(?:truoc|han|cham nhat|hoan thanh truoc|xong truoc)\\s+)?(?:ngay\\s+)?(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})\\s*[/.-]\\s*(\\d{4})");
    private static final Pattern QUARTER = Pattern.compile(
            "(?:trong\\s+)?quy\\s+(i{1,3}|iv|[1-4])(?:\\s*(?:/|nam)\\s*(\\d{4}))?");
    private static final Pattern MONTH = Pattern.compile(
            "(?:trong\\s+)?thang\\s+(\\d{1,2})(?:\\s*(?:/|nam)\\s*(\\d{4}))?");
    private static final Pattern FIRST_HALF = Pattern.compile("6 thang dau nam(?:\\s+(\\d{4}))?");
    private static final Pattern YEAR = Pattern.compile("(?:ca nam|trong nam|nam)\\s+(\\d{4})");
    private static final Pattern RECURRING = Pattern.compile(
            "(thuong xuyen|hang quy|hang thang|dinh ky|theo ky bao cao|moi ky bao cao|hang ky)\\b.*");
    private static final Pattern ALL_YEAR = Pattern.compile("(ca nam|trong nam|hang nam|suot nam)");
    private static final Map<String, Integer> ROMAN = Map.of("i", 1, "ii", 2, "iii", 3, "iv", 4);

    private DeadlineText() {}

    public static Reading read(String text, int planYear) {
        String folded = VietnameseText.fold(text).replaceAll("[.;,]+$", "").strip();
        if (folded.isEmpty()) {
            return Reading.NOT_UNDERSTOOD;
        }
        try {
            return interpret(folded, planYear);
        } catch (DateTimeException impossibleDate) {
            return Reading.NOT_UNDERSTOOD;
        }
    }

    private static Reading interpret(String folded, int planYear) {
        Matcher matcher = DATE.matcher(folded);
        if (matcher.matches()) {
            return Reading.of(DeadlineKind.DATE, LocalDate.of(Integer.parseInt(matcher.group(3)),
                    Integer.parseInt(matcher.group(2)), Integer.parseInt(matcher.group(1))));
        }
        if ((matcher = QUARTER.matcher(folded)).matches()) {
            int quarter = ROMAN.getOrDefault(matcher.group(1), matcher.group(1).matches("\\d")
                    ? Integer.parseInt(matcher.group(1)) : 0);
            return Reading.of(DeadlineKind.DATE, YearMonth.of(year(matcher.group(2), planYear), quarter * 3).atEndOfMonth());
        }
        if ((matcher = MONTH.matcher(folded)).matches()) {
            return Reading.of(DeadlineKind.DATE,
                    YearMonth.of(year(matcher.group(2), planYear), Integer.parseInt(matcher.group(1))).atEndOfMonth());
        }
        if ((matcher = FIRST_HALF.matcher(folded)).matches()) {
            return Reading.of(DeadlineKind.DATE, YearMonth.of(year(matcher.group(1), planYear), 6).atEndOfMonth());
        }
        if ((matcher = YEAR.matcher(folded)).matches()) {
            int year = Integer.parseInt(matcher.group(1));
            return year == planYear
                    ? Reading.of(DeadlineKind.ALL_YEAR, null)
                    : Reading.of(DeadlineKind.DATE, LocalDate.of(year, 12, 31));
        }
        if (RECURRING.matcher(folded).matches()) {
            return Reading.of(DeadlineKind.EACH_PERIOD, null);
        }
        if (ALL_YEAR.matcher(folded).matches()) {
            return Reading.of(DeadlineKind.ALL_YEAR, null);
        }
        return Reading.NOT_UNDERSTOOD;
    }

    private static int year(String written, int planYear) {
        return written == null ? planYear : Integer.parseInt(written);
    }
}
