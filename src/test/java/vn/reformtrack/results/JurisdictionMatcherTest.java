package vn.reformtrack.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.reformtrack.shared.reference.ReferenceCsv;

/** Provinces as the published tables write them, against the reference list the application loads. */
class JurisdictionMatcherTest {

    /** The 63 names as the PAPI 2024 report prints them (its last edition before the 2025 mergers). */
    static final List<String> PAPI_2024_NAMES = List.of("An Giang", "Bà Rịa-Vũng Tàu", "Bắc Giang", "Bắc Kạn",
            "Bạc Liêu", "Bắc Ninh", "Bến Tre", "Bình Định", "Bình Dương", "Bình Phước", "Bình Thuận", "Cà Mau", "Cần Thơ",
            "Cao Bằng", "Đà Nẵng", "Đắk Lắk", "Đắk Nông", "Điện Biên", "Đồng Nai", "Đồng Tháp", "Gia Lai", "Hà Giang",
            "Hà Nam", "Hà Nội", "Hà Tĩnh", "Hải Dương", "Hải Phòng", "Hậu Giang", "Hoà Bình", "Hưng Yên", "Khánh Hoà",
            "Kiên Giang", "Kon Tum", "Lai Châu", "Lâm Đồng", "Lạng Sơn", "Lào Cai", "Long An", "Nam Định", "Nghệ An",
            "Ninh Bình", "Ninh Thuận", "Phú Thọ", "Phú Yên", "Quảng Bình", "Quảng Nam", "Quảng Ngãi", "Quảng Ninh",
            "Quảng Trị", "Sóc Trăng", "Sơn La", "Tây Ninh", "Thái Bình", "Thái Nguyên", "Thanh Hoá", "Thừa Thiên Huế",
            "Tiền Giang", "TP. Hồ Chí Minh", "Trà Vinh", "Tuyên Quang", "Vĩnh Long", "Vĩnh Phúc", "Yên Bái");

    private final JurisdictionMatcher matcher = new JurisdictionMatcher(ReferenceCsv.read("reference/jurisdictions.csv")
            .stream()
            .map(row -> new Jurisdiction(row.get("code"), row.get("name_vi"), row.get("name_en"),
                    JurisdictionKind.valueOf(row.get("kind").toUpperCase()), row.get("former_name_vi")))
            .toList());

    @Test
    void everyProvinceOfThe2024TablesIsFoundByTheNameTheReportPrints() {
        var found = PAPI_2024_NAMES.stream()
                .collect(Collectors.toMap(name -> name, name -> code(matcher.find(name))));

        assertThat(found).doesNotContainValue(null);
        assertThat(found.values()).doesNotHaveDuplicates().hasSize(63);
        assertThat(found).containsEntry("Thừa Thiên Huế", "46").containsEntry("TP. Hồ Chí Minh", "79");
    }

    @Test
    void aRenamedProvinceIsFoundByEveryNameItHadWithOrWithoutDiacriticsAndPrefixes() {
        for (String name : List.of("Thừa Thiên Huế", "Tỉnh Thừa Thiên Huế", "thua thien hue", "THUA THIEN - HUE",
                "Thừa Thiên-Huế", "Thành phố Huế", "TP Huế", "Huế", "Hue", "Hue City")) {
            assertThat(code(matcher.find(name))).as(name).isEqualTo("46");
        }
        for (String name : List.of("TP.Hồ Chí Minh", "Thành phố Hồ Chí Minh", "ho chi minh city", "Hồ Chí Minh")) {
            assertThat(code(matcher.find(name))).as(name).isEqualTo("79");
        }
        assertThat(code(matcher.find("Bà Rịa - Vũng Tàu"))).isEqualTo("77");
        assertThat(code(matcher.find("Tỉnh Ba Ria Vung Tau"))).isEqualTo("77");
        assertThat(code(matcher.find("Quang Ninh province"))).isEqualTo("22");
    }

    @Test
    void theReferenceDatasNotesAreNotPartOfAName() {
        assertThat(JurisdictionMatcher.formerNames("Tỉnh Thừa Thiên Huế (đến 31/12/2024)"))
                .containsExactly("Tỉnh Thừa Thiên Huế");
        assertThat(JurisdictionMatcher.formerNames("Tỉnh A (đến 2008); Tỉnh B")).containsExactly("Tỉnh A", "Tỉnh B");
        assertThat(JurisdictionMatcher.formerNames(null)).isEmpty();
    }

    @Test
    void aNameNoProvinceHadOrThatTwoShareFindsNone() {
        assertThat(matcher.find("Thừa Thiên")).isNull();
        assertThat(matcher.find("Hà Tây")).isNull();
        JurisdictionMatcher shared = new JurisdictionMatcher(List.of(
                new Jurisdiction("90", "Tỉnh Xuân Hòa", null, JurisdictionKind.PROVINCE, "Tỉnh Bình An"),
                new Jurisdiction("91", "Tỉnh Bình An", null, JurisdictionKind.PROVINCE, null)));
        assertThat(shared.find("Bình An")).isNull();
        assertThat(code(shared.find("Xuân Hòa"))).isEqualTo("90");
    }

    private static String code(Jurisdiction jurisdiction) {
        return jurisdiction == null ? null : jurisdiction.getCode();
    }
}
