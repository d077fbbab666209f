package vn.reformtrack.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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
    void oneThreadSwitchingLanguagesAndDigitsGetsEachRight() {
        LocaleContextHolder.setLocale(Locales.VIETNAMESE);
        assertThat(formats.decimal(new BigDecimal("1234.5678"), 1)).isEqualTo("1.234,6");
        LocaleContextHolder.setLocale(Locales.ENGLISH);
        assertThat(formats.decimal(new BigDecimal("1234.5678"), 1)).isEqualTo("1,234.6");
        assertThat(formats.decimal(new BigDecimal("1234.5678"), 3)).isEqualTo("1,234.568");
        LocaleContextHolder.setLocale(Locales.VIETNAMESE);
        assertThat(formats.decimal(new BigDecimal("1234.5678"), 3)).isEqualTo("1.234,568");
        assertThat(formats.decimal(new BigDecimal("0.125"), 2)).as("half up").isEqualTo("0,13");
        assertThat(formats.decimal(new BigDecimal("2.50"), 2)).as("trailing zeros dropped").isEqualTo("2,5");
        assertThat(formats.decimal(new BigDecimal("1.23456789"), 8)).as("more digits than kept").isEqualTo("1,23456789");
        assertThat(formats.decimal(0.1 + 0.2, 2)).as("a double is read as written").isEqualTo("0,3");
        assertThat(formats.count(9_876_543_210L)).isEqualTo("9.876.543.210");
        assertThat(formats.count(-1200)).isEqualTo("-1.200");
        assertThat(formats.decimal(null, 2)).isEmpty();
        assertThat(formats.percent(null)).isEmpty();
    }

    @Test
    void threadsFormattingAtOnceDoNotDisturbEachOther() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> runs = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                boolean english = t % 2 == 0;
                runs.add(pool.submit(() -> {
                    LocaleContextHolder.setLocale(english ? Locales.ENGLISH : Locales.VIETNAMESE);
                    for (int i = 0; i < 20_000; i++) {
                        String written = formats.decimal(new BigDecimal(i + ".25"), 1);
                        String expected = (english ? String.format(Locale.ROOT, "%,d", i) : String.format(Locale.ROOT, "%,d", i).replace(',', '.'))
                                + (english ? ".3" : ",3");
                        if (!written.equals(expected)) {
                            return false;
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> run : runs) {
                assertThat(run.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
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
