package vn.reformtrack.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The bytes of a file as rows of at most {@value #CHUNK_SIZE} bytes. Writing happens inside the caller's transaction.
 * Reading fetches one chunk per statement and needs no transaction: files never change once stored, so a download
 * holds one chunk in memory and a pooled connection only for a moment, however slow the client.
 */
@Component
class EvidenceChunks {

    static final int CHUNK_SIZE = 1024 * 1024;

    private final JdbcClient jdbc;

    EvidenceChunks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void write(long fileId, Path content) throws IOException {
        byte[] buffer = new byte[CHUNK_SIZE];
        try (InputStream in = Files.newInputStream(content)) {
            int index = 0;
            int read;
            while ((read = in.readNBytes(buffer, 0, CHUNK_SIZE)) > 0) {
                byte[] data = read == CHUNK_SIZE ? buffer : Arrays.copyOf(buffer, read);
                jdbc.sql("insert into evidence_chunk (file_id, chunk_index, data) values (?, ?, ?)")
                        .params(fileId, index++, data)
                        .update();
            }
        }
    }

    /** Writes the chunks in order and checks that they add up to the size the metadata records. */
    void copy(long fileId, long expectedSize, OutputStream out) throws IOException {
        long written = 0;
        for (int index = 0; written < expectedSize; index++) {
            Optional<byte[]> chunk = jdbc.sql("select data from evidence_chunk where file_id = ? and chunk_index = ?")
                    .params(fileId, index)
                    .query(byte[].class)
                    .optional();
            if (chunk.isEmpty()) {
                break;
            }
            out.write(chunk.get());
            written += chunk.get().length;
        }
        if (written != expectedSize) {
            throw new IllegalStateException(
                    "Evidence file " + fileId + " has " + written + " bytes stored, its record says " + expectedSize);
        }
    }
}
