package vn.reformtrack.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A unit's words put on one line for the draft, as the pattern alone put them before it was kept for texts with breaks. */
class ConsolidatedDraftTest {

    @Test
    void everyKindOfLineBreakWithItsSpacesBecomesASemicolonAndATextWithoutOneStaysAsItIs() {
        List<String> texts = List.of("Đã triển khai đầy đủ các nhiệm vụ", "  hai  dấu cách  ", "dòng một\ndòng hai",
                "dòng một \r\n  dòng hai\n\n", "tab\t\u000Bdọc\fhết trang", "\u0085a\u2028\u2028b\u2029", "", "\n");
        for (String text : texts) {
            assertThat(ConsolidatedDraft.oneLine(text)).as(text).isEqualTo(text.replaceAll("\\s*\\R\\s*", "; "));
        }
        assertThat(ConsolidatedDraft.oneLine("dòng một \r\n  dòng hai")).isEqualTo("dòng một; dòng hai");
    }
}
