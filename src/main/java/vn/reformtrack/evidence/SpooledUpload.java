package vn.reformtrack.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import lombok.extern.slf4j.Slf4j;
import vn.reformtrack.shared.web.RuleViolationException;

/**
 * An upload copied to a private temporary file while its size and SHA-256 are computed, in one pass and in bounded
 * memory. Reading stops as soon as the file passes the limit. The type is then checked on the copy (a DOCX can only
 * be confirmed from its end, where the ZIP directory is) before anything reaches the database. Closing deletes it.
 */
@Slf4j
final class SpooledUpload implements AutoCloseable {

    private static final int BUFFER = 64 * 1024;

    private final Path file;
    private final long size;
    private final String sha256;

    private SpooledUpload(Path file, long size, String sha256) {
        this.file = file;
        this.size = size;
        this.sha256 = sha256;
    }

    /**
     * @throws RuleViolationException {@code evidence.error.empty}, {@code evidence.error.tooLarge} or
     *     {@code evidence.error.unreadable} (the stream broke off, e.g. an interrupted upload)
     */
    static SpooledUpload read(InputStream content, int maxMegabytes) {
        long maxBytes = maxMegabytes * 1024L * 1024L;
        Path file = createTempFile();
        try {
            MessageDigest digest = newDigest();
            long size = 0;
            byte[] buffer = new byte[BUFFER];
            try (OutputStream out = Files.newOutputStream(file)) {
                int read;
                while ((read = readSome(content, buffer)) > 0) {
                    size += read;
                    if (size > maxBytes) {
                        throw RuleViolationException.onField("file", "evidence.error.tooLarge", maxMegabytes);
                    }
                    digest.update(buffer, 0, read);
                    out.write(buffer, 0, read);
                }
            }
            if (size == 0) {
                throw RuleViolationException.onField("file", "evidence.error.empty");
            }
            return new SpooledUpload(file, size, HexFormat.of().formatHex(digest.digest()));
        } catch (IOException writeFailed) {
            delete(file);
            throw new UncheckedIOException("Could not write the upload to " + file, writeFailed);
        } catch (RuntimeException refused) {
            delete(file);
            throw refused;
        }
    }

    Path file() {
        return file;
    }

    long size() {
        return size;
    }

    String sha256() {
        return sha256;
    }

    @Override
    public void close() {
        delete(file);
    }

    /** A failure to read the upload is the uploader's (a broken connection), not the server's. */
    private static int readSome(InputStream content, byte[] buffer) {
        try {
            int read = content.read(buffer);
            return Math.max(read, 0);
        } catch (IOException broken) {
            log.info("Upload broke off while reading: {}", broken.toString());
            throw RuleViolationException.onField("file", "evidence.error.unreadable");
        }
    }

    private static Path createTempFile() {
        try {
            return Files.createTempFile("evidence-", ".upload");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete the temporary upload {}", file, e);
        }
    }
}
