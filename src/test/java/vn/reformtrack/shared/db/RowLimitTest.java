package vn.reformtrack.shared.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageRequest;

class RowLimitTest {

    @Test
    void aPageIsWrittenAsItsSizeAndOffset() {
        assertThat(RowLimit.of(PageRequest.of(3, 50))).isEqualTo("limit 50 offset 150");
        assertThat(RowLimit.of(PageRequest.of(0, 10))).isEqualTo("limit 10 offset 0");
        assertThat(RowLimit.of(5)).isEqualTo("limit 5 offset 0");
    }

    @Test
    void aNegativeLimitOrOffsetIsRefused() {
        assertThatThrownBy(() -> RowLimit.of(-1, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RowLimit.of(10, -5)).isInstanceOf(IllegalArgumentException.class);
    }
}
