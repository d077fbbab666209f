package vn.reformtrack.assessment.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import lombok.extern.slf4j.Slf4j;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import vn.reformtrack.assessment.DossierExport;
import vn.reformtrack.assessment.ItemFilter;
import vn.reformtrack.assessment.ItemRow;
import vn.reformtrack.assessment.RoundQueries;
import vn.reformtrack.assessment.RoundService;
import vn.reformtrack.assessment.RoundSummary;
import vn.reformtrack.identity.CurrentUser;
import vn.reformtrack.shared.xlsx.XlsxExports;

/**
 * The round's dossier: the table (.xlsx) and the evidence files (.zip, one folder per criterion code). Province-wide
 * readers get the whole round, a unit user their unit's criteria (those it answers for or helps with). The zip is
 * written straight to the response on the request thread, one file chunk at a time (no async timeout on slow links).
 */
@Slf4j
@Controller
class DossierController {

    private final RoundService rounds;
    private final RoundQueries queries;
    private final DossierExport dossier;
    private final Clock clock;

    DossierController(RoundService rounds, RoundQueries queries, DossierExport dossier, Clock clock) {
        this.rounds = rounds;
        this.queries = queries;
        this.dossier = dossier;
        this.clock = clock;
    }

    @GetMapping("/assessment/rounds/{id}/dossier.xlsx")
    ResponseEntity<byte[]> xlsx(@PathVariable long id, CurrentUser user, Locale locale) {
        RoundSummary round = rounds.summary(id, user);
        return XlsxExports.attachment(fileName(round, user, ".xlsx"), dossier.xlsx(round, rows(round, user), locale));
    }

    @GetMapping("/assessment/rounds/{id}/dossier.zip")
    void zip(@PathVariable long id, CurrentUser user, Locale locale, HttpServletResponse response) throws IOException {
        RoundSummary round = rounds.summary(id, user);
        List<ItemRow> rows = rows(round, user);
        response.setContentType("application/zip");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(fileName(round, user, ".zip"), StandardCharsets.UTF_8).build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
        try {
            dossier.zip(round, rows, locale, response.getOutputStream());
        } catch (IOException clientGone) {
            log.debug("Dossier zip of round {} interrupted: {}", id, clientGone.toString());
        }
    }

    private List<ItemRow> rows(RoundSummary round, CurrentUser user) {
        return queries.items(round.id(), round.versionId(), ItemFilter.none(), user);
    }

    /** "ho-so-PAR_PROVINCE-2025-2026-11-22.zip"; a unit's part carries "don-vi". */
    private String fileName(RoundSummary round, CurrentUser user, String extension) {
        return DossierExport.baseName(round) + (user.isUnitUser() ? "-don-vi" : "") + "-" + LocalDate.now(clock) + extension;
    }
}
