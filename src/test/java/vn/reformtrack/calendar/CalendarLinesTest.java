package vn.reformtrack.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A year's list as typed: every bad line named at once, nothing read from a list that has one. */
class CalendarLinesTest {

    @Test
    void readsDatesInTheUsualFormsWithTheirNames() {
        CalendarLines.Reading reading = CalendarLines.read(2027,
                "01/01/2027 Tết Dương lịch\n2/9/2027; Quốc khánh\n\n2027-09-03 - Quốc khánh (ngày liền kề)\n30-04-2027",
                "");
        assertThat(reading.ok()).isTrue();
        assertThat(reading.days()).extracting(ListedDay::day).containsExactly(LocalDate.of(2027, 1, 1),
                LocalDate.of(2027, 9, 2), LocalDate.of(2027, 9, 3), LocalDate.of(2027, 4, 30));
        assertThat(reading.days()).extracting(ListedDay::name)
                .containsExactly("Tết Dương lịch", "Quốc khánh", "Quốc khánh (ngày liền kề)", "");
    }

    @Test
    void duplicatesDatesOutsideTheYearAndUnreadableLinesAreAllNamed() {
        CalendarLines.Reading reading = CalendarLines.read(2027,
                "01/01/2027 Tết Dương lịch\n01/01/2028 Tết năm sau\nngày mai\n31/02/2027 Không có\n01/01/2027 Lặp lại",
                "02/09/2027 Không phải cuối tuần\n06/02/2027 Mùng 1\n01/01/2027");
        assertThat(reading.ok()).isFalse();
        assertThat(reading.days()).isEmpty();
        assertThat(reading.problems()).extracting(CalendarLines.Problem::key).containsExactly(
                "calendar.error.outsideYear", "calendar.error.unreadable", "calendar.error.unreadable",
                "calendar.error.duplicate", "calendar.error.workingDayOnWeekday", "calendar.error.duplicate");
        assertThat(reading.problems()).extracting(CalendarLines.Problem::field)
                .containsExactly("daysOff", "daysOff", "daysOff", "daysOff", "workingDays", "workingDays");
        assertThat(reading.problems().get(0).arguments()).containsExactly(2, "01/01/2028", "2027");
        assertThat(reading.problems().get(3).arguments()[0]).isEqualTo(5);
        assertThat(reading.problems().get(3).arguments()[2]).isEqualTo(1);
    }

    @Test
    void aWorkingSaturdayIsTakenAndWrittenBack() {
        CalendarLines.Reading reading = CalendarLines.read(2026, "02/01/2026 Nghỉ hoán đổi", "10/01/2026 Làm bù");
        assertThat(reading.ok()).isTrue();
        assertThat(CalendarLines.write(reading.days(), DayKind.WORKING_DAY)).isEqualTo("10/01/2026 Làm bù\n");
        assertThat(CalendarLines.write(reading.days(), DayKind.DAY_OFF)).isEqualTo("02/01/2026 Nghỉ hoán đổi\n");
    }

    @Test
    void aNameOverTwoHundredCharactersIsRefused() {
        CalendarLines.Reading reading = CalendarLines.read(2026, "02/01/2026 " + "x".repeat(201), null);
        assertThat(reading.problems()).extracting(CalendarLines.Problem::key).containsExactly("calendar.error.nameTooLong");
    }
}
