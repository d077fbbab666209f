package vn.reformtrack.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.reformtrack.shared.web.RuleViolationException;

/** Document numbers as Nghị định 30/2020 writes them: number/TYPE-ISSUER. */
class DocumentNumberTest {

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            205/KH-UBND       | 205/KH-UBND
            4183 /KH-UBND     | 4183/KH-UBND
            1871/kh-ubnd      | 1871/KH-UBND
            131/CTr-UBND      | 131/CTr-UBND
            131/ctr-UBND      | 131/CTr-UBND
            3322/QĐ-UBND      | 3322/QĐ-UBND
            4788/QD-UBND      | 4788/QĐ-UBND
            01/2022/QĐ-UBND   | 01/2022/QĐ-UBND
            105/KH-UBND-NC    | 105/KH-UBND-NC
            12/KH-SNV         | 12/KH-SNV
            """)
    void wellFormedNumbersAreWrittenCanonically(String typed, String canonical) {
        assertThat(DocumentNumber.parse(typed).toString()).isEqualTo(canonical);
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @ValueSource(strings = {"", "205", "KH-UBND", "205/KH", "205-KH-UBND", "0/KH-UBND", "205/KH-", "/KH-UBND",
        "205/KH/UBND", "abc/KH-UBND"})
    void malformedNumbersAreRefusedWithTheExpectedForm(String typed) {
        assertThatThrownBy(() -> DocumentNumber.parse(typed))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.getField()).isEqualTo("documentNumber");
                    assertThat(e.getMessageKey()).isEqualTo("plan.error.documentNumber.format");
                });
    }

    @ParameterizedTest(name = "type of \"{0}\" is refused")
    @ValueSource(strings = {"205/XYZ-UBND", "205/KHH-UBND"})
    void unknownDocumentTypesAreNamed(String typed) {
        assertThatThrownBy(() -> DocumentNumber.parse(typed))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("plan.error.documentNumber.type"));
    }
}
