package vn.reformtrack.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Reads a year's list as the administrator types it, one day a line: the date ({@code 02/09/2027}, {@code 2/9/2027}
 * or {@code 2027-09-02}), then what the day is ("Quốc khánh"), optionally after a separator ({@code ;}, {@code |},
 * {@code -}, {@code :}). Every line is checked and every problem reported at once, naming its line: a date that cannot
 * be read, a date outside the year, a day listed twice (in either list), a make-up working day that is not a
 * Saturday or Sunday, a name that is too long.
 */
public final class CalendarLines {

    static final int MAX_NAME = 200;
    static final int MAX_LINES = 200;

    private static final Pattern LINE = Pattern.compile(
            "^(\\d{1,4}[/-]\\d{1,2}[/-]\\d{1,4})(?:\\s*[;|:\\-–]\\s*|\\s+|$)(.*)$");
    private static final DateTimeFormatter DAY_MONTH_YEAR =
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter DAY_MONTH_YEAR_DASHES =
            DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE;

    /** A refused line: the form field it belongs to, the message key and its arguments (line number first). */
    public record Problem(String field, String key, Object... arguments) {}

    /** The days read, or the problems found (then nothing is saved). */
    public record Reading(List<ListedDay> days, List<Problem> problems) {

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private CalendarLines() {}

    /**
     * Reads both lists of a year.
     *
     * @param daysOff     the field {@code daysOff}: weekdays off (and holidays that fall on a weekend, for the record)
     * @param workingDays the field {@code workingDays}: weekend days worked
     */
    public static Reading read(int year, String daysOff, String workingDays) {
        List<ListedDay> days = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Map<LocalDate, Object[]> seen = new HashMap<>();
        readList(year, "daysOff", daysOff, DayKind.DAY_OFF, days, problems, seen);
        readList(year, "workingDays", workingDays, DayKind.WORKING_DAY, days, problems, seen);
        return new Reading(problems.isEmpty() ? List.copyOf(days) : List.of(), List.copyOf(problems));
    }

    /** The lines as the form shows them again: {@code 02/09/2027 Quốc khánh}. */
    public static String write(List<ListedDay> days, DayKind kind) {
        StringBuilder text = new StringBuilder();
        days.stream().filter(day -> day.kind() == kind).forEach(day -> {
            text.append(day.day().format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
            if (!day.name().isBlank()) {
                text.append(' ').append(day.name());
            }
            text.append('\n');
        });
        return text.toString();
    }

    private static void readList(int year, String field, String text, DayKind kind, List<ListedDay> days,
            List<Problem> problems, Map<LocalDate, Object[]> seen) {
        if (text == null) {
            return;
        }
        String[] lines = text.split("\\R");
        if (lines.length > MAX_LINES) {
            problems.add(new Problem(field, "calendar.error.tooManyLines", MAX_LINES));
            return;
        }
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            int number = i + 1;
            if (line.isEmpty()) {
                continue;
            }
            Matcher parts = LINE.matcher(line);
            LocalDate day = parts.matches() ? parse(parts.group(1)) : null;
            if (day == null) {
                problems.add(new Problem(field, "calendar.error.unreadable", number, abbreviate(line)));
                continue;
            }
            String name = parts.group(2).strip();
            Object[] where = {number, new DefaultMessageSourceResolvable("calendar." + field)};
            if (day.getYear() != year) {
                problems.add(new Problem(field, "calendar.error.outsideYear", number, text(day), String.valueOf(year)));
            } else if (seen.containsKey(day)) {
                problems.add(new Problem(field, "calendar.error.duplicate", number, text(day), seen.get(day)[0],
                        seen.get(day)[1]));
            } else if (kind == DayKind.WORKING_DAY && !isWeekend(day)) {
                problems.add(new Problem(field, "calendar.error.workingDayOnWeekday", number, text(day)));
            } else if (name.length() > MAX_NAME) {
                problems.add(new Problem(field, "calendar.error.nameTooLong", number, MAX_NAME));
            } else {
                days.add(new ListedDay(day, kind, name));
            }
            seen.putIfAbsent(day, where);
        }
    }

    private static LocalDate parse(String token) {
        for (DateTimeFormatter format : List.of(DAY_MONTH_YEAR, DAY_MONTH_YEAR_DASHES, ISO)) {
            try {
                return LocalDate.parse(token, format);
            } catch (DateTimeParseException notThisOne) {
                // try the next form
            }
        }
        return null;
    }

    private static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    private static String text(LocalDate day) {
        return day.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }

    private static String abbreviate(String line) {
        return line.length() > 60 ? line.substring(0, 60) + "…" : line;
    }
}
