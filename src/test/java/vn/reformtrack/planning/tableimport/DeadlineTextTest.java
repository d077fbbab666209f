package vn.reformtrack.planning.tableimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.reformtrack.planning.DeadlineKind;

/** The deadline words of plan annexes, read for a 2022 plan. */
class DeadlineTextTest {

    @ParameterizedTest(name = "\"{0}\" → {1} {2}")
    @CsvSource(nullValues = "-", delimiter = '|', textBlock = """
            30/9/2022                | DATE        | 2022-09-30
            30/09/2022               | DATE        | 2022-09-30
            Trước ngày 15/12/2022    | DATE        | 2022-12-15
            trước 1.11.2022          | DATE        | 2022-11-01
            Quý II/2022              | DATE        | 2022-06-30
            Quý IV năm 2022          | DATE        | 2022-12-31
            quý 3                    | DATE        | 2022-09-30
            Quý I/2023               | DATE        | 2023-03-31
            Tháng 9/2022             | DATE        | 2022-09-30
            tháng 2 năm 2024         | DATE        | 2024-02-29
            Trong tháng 11           | DATE        | 2022-11-30
            6 tháng đầu năm          | DATE        | 2022-06-30
            Thường xuyên             | EACH_PERIOD | -
            Hằng quý                 | EACH_PERIOD | -
            Hàng quý, 6 tháng, năm   | EACH_PERIOD | -
            Định kỳ hằng tháng       | EACH_PERIOD | -
            Cả năm                   | ALL_YEAR    | -
            Trong năm 2022           | ALL_YEAR    | -
            Năm 2023                 | DATE        | 2023-12-31
            Hằng năm                 | ALL_YEAR    | -
            """)
    void commonDeadlinesAreUnderstood(String text, DeadlineKind kind, LocalDate date) {
        DeadlineText.Reading reading = DeadlineText.read(text, 2022);

        assertThat(reading.understood()).isTrue();
        assertThat(reading.kind()).isEqualTo(kind);
        assertThat(reading.date()).isEqualTo(date);
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @ValueSource(strings = {"", "Sớm", "Khi có yêu cầu", "31/2/2022", "Quý V/2022", "Tháng 13/2022", "2022"})
    void anythingElseIsRefused(String text) {
        assertThat(DeadlineText.read(text, 2022).understood()).isFalse();
    }
}
