package vn.reformtrack.planning.tableimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.reformtrack.organization.UnitRow;
import vn.reformtrack.organization.UnitType;

/** Unit names as spreadsheets write them, matched to the unit tree. */
class UnitNameMatcherTest {

    private static final List<UnitRow> UNITS = List.of(
            unit(1, "UBND", "Ủy ban nhân dân tỉnh Quảng Ninh"),
            unit(2, "VP", "Văn phòng UBND tỉnh"),
            unit(3, "SNV", "Sở Nội vụ"),
            unit(4, "STP", "Sở Tư pháp"),
            unit(5, "SVHTTDL", "Sở Văn hóa, Thể thao và Du lịch"),
            unit(6, "TTPVHCC", "Trung tâm Phục vụ hành chính công tỉnh"),
            unit(7, "P-HALONG", "Phường Hạ Long"),
            unit(8, "X-HALONG", "Xã Hạ Long"),
            unit(9, "CAT", "Công an tỉnh"));

    private final UnitNameMatcher matcher = new UnitNameMatcher(UNITS);

    @ParameterizedTest(name = "\"{0}\" is unit {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Sở Tư pháp                          | 4
            SỞ  TƯ PHÁP                         | 4
            so tu phap                          | 4
            STP                                 | 4
            Tư pháp                             | 4
            Nội vụ                              | 3
            Văn phòng Ủy ban nhân dân tỉnh      | 2
            Sở Văn hóa, Thể thao và Du lịch     | 5
            Trung tâm Phục vụ hành chính công   | 6
            Công an                             | 9
            UBND tỉnh Quảng Ninh                | 1
            """)
    void namesAreMatchedExactlyThenWithoutDiacriticsThenWithoutPrefixes(String written, long id) {
        assertThat(matcher.match(written).unit().id()).isEqualTo(id);
    }

    @Test
    void aNameThatFitsSeveralUnitsIsLeftToChooseWithThemAsSuggestions() {
        UnitNameMatcher.Match match = matcher.match("UBND Hạ Long");

        assertThat(match.found()).isFalse();
        assertThat(match.suggestions()).extracting(UnitRow::id).containsExactlyInAnyOrder(7L, 8L);
    }

    @Test
    void anUnknownNameIsLeftToChoose() {
        assertThat(matcher.match("Các sở, ban, ngành").found()).isFalse();
        assertThat(matcher.match("Sở Giao thông vận tải").found()).isFalse();
    }

    @Test
    void coordinatingUnitsSplitAtSeparatorsButKeepCommasInsideAName() {
        assertThat(CoordinatingNames.split("Sở Nội vụ; Sở Văn hóa, Thể thao và Du lịch, Công an tỉnh\n- Các sở, ban, ngành",
                matcher)).containsExactly("Sở Nội vụ", "Sở Văn hóa, Thể thao và Du lịch", "Công an tỉnh", "Các sở, ban, ngành");
    }

    private static UnitRow unit(long id, String code, String name) {
        return new UnitRow(id, code, name, UnitType.DEPARTMENT, null, null, true, 0);
    }
}
