package vn.reformtrack.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.text.ParseException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LenientFormattersTest {

    private final LenientDecimalFormatter decimals = new LenientDecimalFormatter();
    private final LenientDateFormatter dates = new LenientDateFormatter();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"93,157|93.157", "93.157|93.157", " 91,14 |91.14", "-0,5|-0.5", "100|100"})
    void decimalsAcceptCommaOrPoint(String typed, String expected) throws ParseException {
        assertThat(decimals.parse(typed, Locales.VIETNAMESE)).isEqualByComparingTo(new BigDecimal(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.234,5", "abc", "9,1,2", "", "12 điểm"})
    void ambiguousOrMalformedDecimalsAreRefused(String typed) {
        assertThatThrownBy(() -> decimals.parse(typed, Locales.VIETNAMESE)).isInstanceOf(ParseException.class);
    }

    @Test
    void decimalsPrintWithTheLanguagesSeparator() {
        assertThat(decimals.print(new BigDecimal("93.1570"), Locales.VIETNAMESE)).isEqualTo("93,157");
        assertThat(decimals.print(new BigDecimal("93.1570"), Locales.ENGLISH)).isEqualTo("93.157");
    }

    @ParameterizedTest
    @CsvSource({"24/08/2022, 2022-08-24", "2022-08-24, 2022-08-24", "1/7/2025, 2025-07-01"})
    void datesAcceptDayMonthYearAndIso(String typed, LocalDate expected) throws ParseException {
        assertThat(dates.parse(typed, Locales.VIETNAMESE)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"31/02/2024", "2024-13-01", "hôm nay", "24.08.2022",
        // Years the database cannot hold (PostgreSQL dates end in 5874897) or nobody means: four digits only.
        "+99999999-12-31", "31/12/+99999999", "+10000-01-01", "-0001-12-31", "0000-01-01", "1/1/0"})
    void impossibleDatesAreRefused(String typed) {
        assertThatThrownBy(() -> dates.parse(typed, Locales.VIETNAMESE)).isInstanceOf(ParseException.class);
    }
}
