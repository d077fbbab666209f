package vn.reformtrack.evidence;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;
import vn.reformtrack.shared.web.RuleViolationException;

/**
 * Finds what a file is from its content, never from its name. Tika's magic-byte detection (given no file name)
 * recognises PDF, JPEG and PNG and sees that a file is a ZIP container; Apache POI then opens the container to
 * confirm a real Word document or Excel workbook, and refuses macro-enabled ones. Anything else (an executable
 * renamed {@code .pdf}, a plain zip renamed {@code .docx}, text, an old binary {@code .doc}) is refused.
 */
final class EvidenceTypeDetector {

    private static final MimeTypes MAGIC = MimeTypes.getDefaultMimeTypes();
    private static final MediaTypeRegistry TYPES = MAGIC.getMediaTypeRegistry();
    private static final MediaType PDF = MediaType.application("pdf");
    private static final MediaType JPEG = MediaType.image("jpeg");
    private static final MediaType PNG = MediaType.image("png");
    private static final String VBA_PROJECT = "application/vnd.ms-office.vbaProject";

    private EvidenceTypeDetector() {}

    /** @throws RuleViolationException {@code evidence.error.type} or {@code evidence.error.macro} */
    static AcceptedType detect(Path file) {
        MediaType magic = magic(file);
        if (TYPES.isInstanceOf(magic, PDF)) {
            return AcceptedType.PDF;
        }
        if (TYPES.isInstanceOf(magic, JPEG)) {
            return AcceptedType.JPEG;
        }
        if (TYPES.isInstanceOf(magic, PNG)) {
            return AcceptedType.PNG;
        }
        if (TYPES.isInstanceOf(magic, MediaType.APPLICATION_ZIP)) {
            return officeDocument(file);
        }
        throw notAccepted();
    }

    private static MediaType magic(Path file) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            return MAGIC.detect(in, new Metadata());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static AcceptedType officeDocument(Path file) {
        OPCPackage container;
        try {
            container = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (InvalidFormatException | RuntimeException notOfficeXml) {
            throw notAccepted();
        }
        try {
            if (hasMacros(container)) {
                throw macroEnabled();
            }
            return mainDocumentType(container);
        } catch (RuleViolationException refusal) {
            throw refusal;
        } catch (InvalidFormatException | RuntimeException unreadable) {
            throw notAccepted();
        } finally {
            container.revert();
        }
    }

    private static boolean hasMacros(OPCPackage container) throws InvalidFormatException {
        if (!container.getPartsByContentType(VBA_PROJECT).isEmpty()) {
            return true;
        }
        return container.getParts().stream()
                .anyMatch(part -> part.getPartName().getName().toLowerCase(Locale.ROOT).contains("vbaproject"));
    }

    /** The content type of the part the package's office-document relationship points at. */
    private static AcceptedType mainDocumentType(OPCPackage container) {
        PackageRelationshipCollection main = container.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
        if (main.size() != 1) {
            throw notAccepted();
        }
        PackagePart part = container.getPart(main.getRelationship(0));
        if (part == null) {
            throw notAccepted();
        }
        String contentType = part.getContentType();
        if (XWPFRelation.DOCUMENT.getContentType().equals(contentType)) {
            return AcceptedType.DOCX;
        }
        if (XSSFRelation.WORKBOOK.getContentType().equals(contentType)) {
            return AcceptedType.XLSX;
        }
        if (XWPFRelation.MACRO_DOCUMENT.getContentType().equals(contentType)
                || XWPFRelation.MACRO_TEMPLATE_DOCUMENT.getContentType().equals(contentType)
                || XSSFRelation.MACROS_WORKBOOK.getContentType().equals(contentType)
                || XSSFRelation.MACRO_TEMPLATE_WORKBOOK.getContentType().equals(contentType)) {
            throw macroEnabled();
        }
        throw notAccepted();
    }

    private static RuleViolationException notAccepted() {
        return RuleViolationException.onField("file", "evidence.error.type");
    }

    private static RuleViolationException macroEnabled() {
        return RuleViolationException.onField("file", "evidence.error.macro");
    }
}
