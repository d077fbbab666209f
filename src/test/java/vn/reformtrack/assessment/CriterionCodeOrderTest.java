package vn.reformtrack.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CriterionCodeOrderTest {

    @Test
    void codesSortAsTheyAreRead() {
        List<String> codes = new ArrayList<>(List.of("1.10", "2", "1.2", "E2", "1.2.1", "E1", "10.1", "1.9"));
        codes.sort(CriterionCodeOrder.INSTANCE);
        assertThat(codes).containsExactly("1.2", "1.2.1", "1.9", "1.10", "2", "10.1", "E1", "E2");
    }
}
