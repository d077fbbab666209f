package vn.reformtrack.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.reformtrack.shared.web.RuleViolationException;

class EvidenceFileNameTest {

    @ParameterizedTest(name = "[{index}] \"{0}\" is shown as \"{1}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Báo cáo quý 1.pdf                      | Báo cáo quý 1.pdf
            ../../x.pdf                            | x.pdf
            ..\\..\\windows\\system32\\x.pdf       | x.pdf
            C:\\Users\\Lan\\Desktop\\Kế hoạch.docx | Kế hoạch.docx
            /etc/passwd                            | passwd
            "  ten   co   nhieu   cach.pdf  "      | ten co nhieu cach.pdf
            C:x.pdf                                | C:x.pdf
            .pdf                                   | .pdf
            """)
    void keepsTheLastPathSegmentNormalised(String sent, String shown) {
        assertThat(EvidenceFileName.clean(sent)).isEqualTo(shown);
    }

    @Test
    void removesInvisibleCharactersAndComposesDecomposedVietnamese() {
        String spoofed = "b\u00e1o-c\u00e1o\u202Efdp.exe";
        assertThat(EvidenceFileName.clean(spoofed)).isEqualTo("báo-cáofdp.exe");
        assertThat(EvidenceFileName.clean("t\u00ean\u0000\u200b.pdf")).isEqualTo("tên.pdf");
        String decomposed = Normalizer.normalize("Quyết định.pdf", Normalizer.Form.NFD);
        assertThat(EvidenceFileName.clean(decomposed)).isEqualTo("Quyết định.pdf").hasSize(14);
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" is refused")
    @ValueSource(strings = {"", "   ", ".", "..", "../", "a/b/", "C:\\folder\\", "\u202E\u0000", "...."})
    void refusesNamesEmptyAfterCleaning(String sent) {
        assertThatThrownBy(() -> EvidenceFileName.clean(sent))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("evidence.error.nameEmpty"));
    }

    @Test
    void refusesAMissingNameAndATooLongOne() {
        assertThatThrownBy(() -> EvidenceFileName.clean(null))
                .isInstanceOfSatisfying(RuleViolationException.class,
                        e -> assertThat(e.getMessageKey()).isEqualTo("evidence.error.nameEmpty"));
        assertThat(EvidenceFileName.clean("ả".repeat(251) + ".pdf")).hasSize(255);
        assertThatThrownBy(() -> EvidenceFileName.clean("ả".repeat(252) + ".pdf"))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> {
                    assertThat(e.getMessageKey()).isEqualTo("evidence.error.nameTooLong");
                    assertThat(e.getArguments()).containsExactly(255);
                });
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" holding {1} downloads as \"{2}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Báo cáo quý 1.pdf       | PDF  | Báo cáo quý 1.pdf
            BAO CAO.PDF             | PDF  | BAO CAO.pdf
            ảnh chụp.jpeg           | JPEG | ảnh chụp.jpeg
            ảnh chụp.png            | JPEG | ảnh chụp.jpg
            bao-cao.docx            | PDF  | bao-cao.pdf
            bao-cao                 | XLSX | bao-cao.xlsx
            bao-cao.exe             | PDF  | bao-cao.exe.pdf
            .pdf                    | PDF  | tai-lieu.pdf
            ...an..pdf              | PDF  | an.pdf
            " con.docx"             | DOCX | _con.docx
            lpt1                    | PNG  | _lpt1.png
            bao cao. .pdf           | PDF  | bao cao.pdf
            """)
    void downloadsCarryASafeNameWithTheDetectedTypesExtension(String cleaned, AcceptedType type, String safe) {
        assertThat(EvidenceFileName.safe(cleaned, type)).isEqualTo(safe);
    }

    @Test
    void charactersFileSystemsRefuseAreReplaced() {
        assertThat(EvidenceFileName.safe("C:x<y>z|\"?*.pdf", AcceptedType.PDF)).isEqualTo("C_x_y_z____.pdf");
    }

    @Test
    void longNamesAreShortenedBeforeTheirExtension() {
        String safe = EvidenceFileName.safe("Kế hoạch ".repeat(30) + ".docx", AcceptedType.DOCX);
        assertThat(safe).endsWith(".docx").doesNotContain(" .docx");
        assertThat(safe.codePointCount(0, safe.length())).isLessThanOrEqualTo(EvidenceFileName.MAX_SAFE_BASE_LENGTH + 5);
    }
}
