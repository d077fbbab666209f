package vn.reformtrack.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import lombok.extern.slf4j.Slf4j;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.reformtrack.identity.CurrentUser;
import vn.reformtrack.organization.UnitDirectory;
import vn.reformtrack.organization.UnitSummary;
import vn.reformtrack.settings.Settings;
import vn.reformtrack.shared.web.NotFoundException;
import vn.reformtrack.shared.web.RuleViolationException;

/**
 * Stores evidence files and reads them back. A file is checked completely (who uploads it for which unit, its name,
 * its size against the setting, its type from the content) before anything reaches the database; the metadata and
 * the bytes are then written in one transaction, so a refusal or a failure leaves nothing behind. Reading the
 * content streams it chunk by chunk, for downloads and for building zips of many files.
 */
@Slf4j
@Service
public class EvidenceStore {

    static final int MAX_DOCUMENT_NUMBER = 100;
    static final int MAX_ISSUER = 255;
    static final int MAX_DESCRIPTION = 1000;

    private final EvidenceFileRepository files;
    private final EvidenceQueries queries;
    private final EvidenceChunks chunks;
    private final EvidenceAccess access;
    private final UnitDirectory units;
    private final Settings settings;
    private final Clock clock;
    private final TransactionTemplate transaction;

    EvidenceStore(EvidenceFileRepository files, EvidenceQueries queries, EvidenceChunks chunks, EvidenceAccess access,
            UnitDirectory units, Settings settings, Clock clock, PlatformTransactionManager transactions) {
        this.files = files;
        this.queries = queries;
        this.chunks = chunks;
        this.access = access;
        this.units = units;
        this.settings = settings;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * Checks and stores one file for {@code ownerUnitId}.
     *
     * @param originalFileName the name the uploader's browser sent; directories are stripped
     * @param content          read to its end (or to just past the size limit); not closed
     * @throws RuleViolationException with a key of the evidence bundle when the file or the uploader is refused
     */
    public EvidenceSummary store(CurrentUser uploader, long ownerUnitId, String originalFileName, InputStream content,
            EvidenceDetails details) {
        if (!access.canUpload(uploader, ownerUnitId)) {
            throw uploader.isUnitUser()
                    ? RuleViolationException.onField("ownerUnitId", "evidence.error.otherUnit")
                    : new RuleViolationException("evidence.error.readOnly");
        }
        requireActiveUnit(ownerUnitId);
        String name = EvidenceFileName.clean(originalFileName);
        EvidenceDetails checked = check(details == null ? EvidenceDetails.none() : details);
        try (SpooledUpload upload = SpooledUpload.read(content, maxSizeMegabytes())) {
            AcceptedType type = EvidenceTypeDetector.detect(upload.file());
            // PostgreSQL keeps microseconds: the summary returned equals the one read back later.
            EvidenceFile file = new EvidenceFile(
                    ownerUnitId, name, type, upload, checked, uploader.username(),
                    clock.instant().truncatedTo(ChronoUnit.MICROS));
            EvidenceSummary stored = transaction.execute(status -> {
                files.saveAndFlush(file);
                writeChunks(file.getId(), upload);
                return file.summary();
            });
            log.info("Evidence {} stored for unit {} by {}: {} bytes, {}", stored.id(), ownerUnitId,
                    uploader.username(), stored.sizeBytes(), stored.contentType());
            return stored;
        }
    }

    public Optional<EvidenceSummary> find(long id) {
        return queries.find(id);
    }

    /** Many files in one query, keyed by id; unknown ids are simply absent. Access is the caller's to check. */
    public Map<Long, EvidenceSummary> findAll(Collection<Long> ids) {
        return queries.findAll(ids);
    }

    /**
     * The file if {@code reader} may read it ({@link EvidenceAccess#canRead}).
     *
     * @throws NotFoundException when it does not exist or is not theirs to read: the two are not told apart
     */
    public EvidenceSummary get(CurrentUser reader, long id) {
        return queries.find(id)
                .filter(file -> access.canRead(reader, file))
                .orElseThrow(() -> new NotFoundException("Evidence", id));
    }

    /**
     * A unit's files, newest first, searched by name, number, issuer or description with or without diacritics.
     * Access is the caller's to check; pages use {@link #listForUnit(CurrentUser, long, String, Pageable)}.
     */
    public Page<EvidenceSummary> listForUnit(long unitId, String query, Pageable pageable) {
        return queries.listForUnit(unitId, query, pageable);
    }

    /**
     * The same for {@code reader}: a unit user may list only their own unit's files.
     *
     * @throws NotFoundException for another unit, as for an unknown one
     */
    public Page<EvidenceSummary> listForUnit(CurrentUser reader, long unitId, String query, Pageable pageable) {
        if (!reader.canSeeUnit(unitId)) {
            throw new NotFoundException("Unit", unitId);
        }
        return queries.listForUnit(unitId, query, pageable);
    }

    /**
     * Writes the content of a file to {@code out}, one chunk (1 MiB) in memory at a time and without a long
     * transaction; does not close {@code out}. Access is the caller's to check (see {@link #get}).
     *
     * @throws NotFoundException when there is no such file
     * @throws IOException       when writing to {@code out} fails (e.g. the client went away)
     */
    public void copyContent(long id, OutputStream out) throws IOException {
        EvidenceSummary file = queries.find(id).orElseThrow(() -> new NotFoundException("Evidence", id));
        chunks.copy(id, file.sizeBytes(), out);
    }

    /**
     * The largest file accepted now, in MB: the setting {@value EvidenceSettings#MAX_SIZE_MB}. A value the application
     * cannot honour is not used: above {@value EvidenceSettings#CEILING_MB} (the multipart layer's margin) it acts as
     * that ceiling, below 1 as the default.
     */
    public int maxSizeMegabytes() {
        int configured = settings.getInt(EvidenceSettings.MAX_SIZE_MB);
        if (configured > EvidenceSettings.CEILING_MB) {
            log.warn("Setting {} = {} is above what uploads allow; using {}", EvidenceSettings.MAX_SIZE_MB, configured,
                    EvidenceSettings.CEILING_MB);
            return EvidenceSettings.CEILING_MB;
        }
        if (configured < 1) {
            log.warn("Setting {} = {} cannot be honoured; using {}", EvidenceSettings.MAX_SIZE_MB, configured,
                    EvidenceSettings.DEFAULT_MAX_SIZE_MB);
            return EvidenceSettings.DEFAULT_MAX_SIZE_MB;
        }
        return configured;
    }

    private void requireActiveUnit(long unitId) {
        UnitSummary unit = units.find(unitId)
                .orElseThrow(() -> RuleViolationException.onField("ownerUnitId", "evidence.error.unitMissing"));
        if (!unit.active()) {
            throw RuleViolationException.onField("ownerUnitId", "evidence.error.unitInactive", unit.name());
        }
    }

    private EvidenceDetails check(EvidenceDetails details) {
        requireLength("documentNumber", details.documentNumber(), MAX_DOCUMENT_NUMBER);
        requireLength("issuer", details.issuer(), MAX_ISSUER);
        requireLength("description", details.description(), MAX_DESCRIPTION);
        if (details.documentDate() != null && details.documentDate().isAfter(LocalDate.now(clock))) {
            throw RuleViolationException.onField("documentDate", "evidence.error.documentDateFuture");
        }
        return details;
    }

    private static void requireLength(String field, String value, int max) {
        if (value != null && value.length() > max) {
            throw RuleViolationException.onField(field, "evidence.error.tooLong", max);
        }
    }

    private void writeChunks(long fileId, SpooledUpload upload) {
        try {
            chunks.write(fileId, upload.file());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read back the spooled upload " + upload.file(), e);
        }
    }
}
