package vn.reformtrack.shared.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VietnameseTextTest {

    @ParameterizedTest
    @CsvSource({
        "Sở Tư pháp, so tu phap",
        "SỞ  TƯ   PHÁP, so tu phap",
        "Đặc khu Vân Đồn, dac khu van don",
        "Ủy ban nhân dân tỉnh Quảng Ninh, uy ban nhan dan tinh quang ninh",
        "'  Phường Móng Cái 1 ', phuong mong cai 1",
        "Sở Nông nghiệp và Môi trường, so nong nghiep va moi truong"
    })
    void foldsDiacriticsCaseAndSpaces(String text, String folded) {
        assertThat(VietnameseText.fold(text)).isEqualTo(folded);
    }

    @ParameterizedTest
    @CsvSource({"100%, %100\\%%", "a_b, %a\\_b%", "Tư, %tu%"})
    void searchPatternsEscapeLikeWildcards(String query, String pattern) {
        assertThat(VietnameseText.containsPattern(query)).isEqualTo(pattern);
    }
}
