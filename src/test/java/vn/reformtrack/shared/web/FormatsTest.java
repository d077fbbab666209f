package vn.reformtrack.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

class FormatsTest {

    private final Formats formats = new Formats(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh")));

    @AfterEach
    void resetLocale() {
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void vietnameseWritesADecimalCommaAndDotsBetweenThousands() {
        LocaleContextHolder.setLocale(Locales.VIETNAMESE);
        assertThat(formats.decimal(new BigDecimal("91.14"))).isEqualTo("91,14");
        assertThat(formats.decimal(new BigDecimal("93.157"), 3)).isEqualTo("93,157");
        assertThat(formats.count(20000)).isEqualTo("20.000");
        assertThat(formats.percent(new BigDecimal("94.07"))).isEqualTo("94,07 %");
    }

    @Test
    void englishWritesADecimalPoint() {
        LocaleContextHolder.setLocale(Locales.ENGLISH);
        assertThat(formats.decimal(new BigDecimal("91.14"))).isEqualTo("91.14");
        assertThat(formats.count(20000)).isEqualTo("20,000");
    }

    @Test
    void datesAreDayMonthYearInTheProvincesTimeZone() {
        assertThat(formats.date(LocalDate.of(2022, 8, 24))).isEqualTo("24/08/2022");
        // 17:30 UTC is already the next day in Việt Nam (UTC+7).
        assertThat(formats.date(Instant.parse("2025-06-30T17:30:00Z"))).isEqualTo("01/07/2025");
        assertThat(formats.dateTime(Instant.parse("2025-06-30T17:30:00Z"))).isEqualTo("01/07/2025 00:30");
        assertThat(formats.date(null)).isEmpty();
    }
}
