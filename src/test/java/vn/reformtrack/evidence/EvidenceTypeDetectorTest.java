package vn.reformtrack.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.reformtrack.shared.web.RuleViolationException;

/** The type comes from the content: every sample is saved under a misleading or a fitting name, which is ignored. */
class EvidenceTypeDetectorTest {

    @TempDir
    Path folder;

    static Stream<Arguments> accepted() {
        return Stream.of(
                Arguments.of("a real PDF", (Supplier<byte[]>) EvidenceSamples::pdf, AcceptedType.PDF),
                Arguments.of("a large PDF-like file", (Supplier<byte[]>) () -> EvidenceSamples.pdfOfSize(300_000, 1),
                        AcceptedType.PDF),
                Arguments.of("a Word document written by POI", (Supplier<byte[]>) EvidenceSamples::docx,
                        AcceptedType.DOCX),
                Arguments.of("an Excel workbook written by POI", (Supplier<byte[]>) EvidenceSamples::xlsx,
                        AcceptedType.XLSX),
                Arguments.of("a PNG", (Supplier<byte[]>) EvidenceSamples::png, AcceptedType.PNG),
                Arguments.of("a JPEG", (Supplier<byte[]>) EvidenceSamples::jpeg, AcceptedType.JPEG));
    }

    @ParameterizedTest(name = "[{index}] {0} is {2}")
    @MethodSource("accepted")
    void recognisesTheAcceptedTypesFromTheirContent(String what, Supplier<byte[]> content, AcceptedType expected)
            throws IOException {
        assertThat(EvidenceTypeDetector.detect(saved("misleading-name.txt", content.get()))).isEqualTo(expected);
    }

    static Stream<Arguments> refused() {
        return Stream.of(
                Arguments.of("a Linux executable renamed .pdf", "bao-cao.pdf", EvidenceSamples.elf(), "evidence.error.type"),
                Arguments.of("a Windows executable renamed .pdf", "bao-cao.pdf", EvidenceSamples.windowsExe(),
                        "evidence.error.type"),
                Arguments.of("a plain zip renamed .docx", "bao-cao.docx", EvidenceSamples.plainZip(), "evidence.error.type"),
                Arguments.of("a macro-enabled Word document", "bao-cao.docm", EvidenceSamples.docm(), "evidence.error.macro"),
                Arguments.of("a macro-enabled document renamed .docx", "bao-cao.docx", EvidenceSamples.docm(),
                        "evidence.error.macro"),
                Arguments.of("a .docx carrying a VBA project", "bao-cao.docx", EvidenceSamples.docxWithVbaProject(),
                        "evidence.error.macro"),
                Arguments.of("a macro-enabled workbook renamed .xlsx", "so-lieu.xlsx", EvidenceSamples.xlsm(),
                        "evidence.error.macro"),
                Arguments.of("an old binary .xls", "so-lieu.xls", EvidenceSamples.xls(), "evidence.error.type"),
                Arguments.of("plain text renamed .pdf", "ghi-chu.pdf", EvidenceSamples.text(), "evidence.error.type"),
                Arguments.of("an HTML page renamed .pdf", "trang.pdf", EvidenceSamples.html(), "evidence.error.type"),
                Arguments.of("an empty file", "rong.pdf", new byte[0], "evidence.error.type"));
    }

    @ParameterizedTest(name = "[{index}] {0} is refused ({3})")
    @MethodSource("refused")
    void refusesEverythingElse(String what, String name, byte[] content, String key) throws IOException {
        Path file = saved(name, content);
        assertThatThrownBy(() -> EvidenceTypeDetector.detect(file))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.getMessageKey()).isEqualTo(key));
    }

    private Path saved(String name, byte[] content) throws IOException {
        return Files.write(folder.resolve(name), content);
    }
}
