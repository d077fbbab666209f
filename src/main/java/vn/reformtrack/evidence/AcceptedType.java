package vn.reformtrack.evidence;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The formats evidence may have, with the media type downloads carry and the file extensions that name them. */
enum AcceptedType {
    PDF("application/pdf", "pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    JPEG("image/jpeg", "jpg", "jpeg"),
    PNG("image/png", "png");

    private final String mediaType;
    private final List<String> extensions;

    AcceptedType(String mediaType, String... extensions) {
        this.mediaType = mediaType;
        this.extensions = List.of(extensions);
    }

    String mediaType() {
        return mediaType;
    }

    /** The extension a safe file name gets when the uploaded name has none of this type's. */
    String extension() {
        return extensions.get(0);
    }

    boolean isNamedBy(String extension) {
        return extensions.contains(extension.toLowerCase(Locale.ROOT));
    }

    /** Whether an extension names any accepted type: a file named for one type but holding another is renamed. */
    static boolean isAnyNamedBy(String extension) {
        return Arrays.stream(values()).anyMatch(type -> type.isNamedBy(extension));
    }
}
