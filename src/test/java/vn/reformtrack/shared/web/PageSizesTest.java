package vn.reformtrack.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Page;

/** A table read whole (the league) is shown a page at a time, with the sizes and the leniency of the other lists. */
class PageSizesTest {

    private final List<Integer> rows = IntStream.rangeClosed(1, 60).boxed().toList();

    @Test
    void theFirstPageHasTheDefaultRows() {
        Page<Integer> page = PageSizes.slice(rows, null, null);
        assertThat(page.getContent()).containsExactlyElementsOf(rows.subList(0, 25));
        assertThat(page.getTotalElements()).isEqualTo(60);
        assertThat(page.getTotalPages()).isEqualTo(3);
        assertThat(page.getNumber()).isZero();
    }

    @Test
    void aChosenSizeAndPageShowTheirRows() {
        assertThat(PageSizes.slice(rows, 2, "25").getContent()).containsExactlyElementsOf(rows.subList(50, 60));
        assertThat(PageSizes.slice(rows, 1, "50").getContent()).containsExactlyElementsOf(rows.subList(50, 60));
        assertThat(PageSizes.slice(rows, 0, "100").getContent()).containsExactlyElementsOf(rows);
    }

    @Test
    void pagesOutsideTheListShowTheNearestOne() {
        assertThat(PageSizes.slice(rows, -4, null).getNumber()).isZero();
        Page<Integer> past = PageSizes.slice(rows, 99, "25");
        assertThat(past.getNumber()).isEqualTo(2);
        assertThat(past.getContent()).containsExactlyElementsOf(rows.subList(50, 60));
    }

    @Test
    void sizesNotOfferedShowTheDefault() {
        for (String size : new String[] {"abc", "37", "-50", "", "0", "1000"}) {
            assertThat(PageSizes.slice(rows, 0, size).getSize()).as(size).isEqualTo(PageSizes.DEFAULT);
        }
    }

    @Test
    void anEmptyListIsTheFirstPageEmpty() {
        Page<Integer> page = PageSizes.slice(List.<Integer>of(), 3, "50");
        assertThat(page.getContent()).isEmpty();
        assertThat(page.getNumber()).isZero();
        assertThat(page.getTotalElements()).isZero();
    }
}
