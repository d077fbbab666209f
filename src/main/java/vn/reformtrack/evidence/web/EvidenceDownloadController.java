package vn.reformtrack.evidence.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import lombok.extern.slf4j.Slf4j;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.reformtrack.evidence.EvidenceStore;
import vn.reformtrack.evidence.EvidenceSummary;
import vn.reformtrack.identity.CurrentUser;

/**
 * Serves a file to those who may read it, as an attachment of the detected type (never sniffed, never shown
 * inline); anyone else gets the same 404 as for an unknown id. The content is written straight to the response
 * from the database, one chunk at a time, on the request thread (no async timeout on slow links).
 */
@Slf4j
@Controller
class EvidenceDownloadController {

    private final EvidenceStore store;

    EvidenceDownloadController(EvidenceStore store) {
        this.store = store;
    }

    @GetMapping("/evidence/{id}/download")
    void download(@PathVariable long id, CurrentUser user, HttpServletResponse response) throws IOException {
        EvidenceSummary file = store.get(user, id);
        response.setContentType(file.contentType());
        response.setContentLengthLong(file.sizeBytes());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, AttachmentHeader.of(file.safeFileName()));
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
        try {
            store.copyContent(id, response.getOutputStream());
        } catch (IOException clientGone) {
            log.debug("Download of evidence {} interrupted: {}", id, clientGone.toString());
        }
    }
}
