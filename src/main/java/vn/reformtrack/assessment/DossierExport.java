package vn.reformtrack.assessment;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import vn.reformtrack.evidence.EvidenceStore;
import vn.reformtrack.evidence.EvidenceSummary;
import vn.reformtrack.shared.web.Formats;
import vn.reformtrack.shared.xlsx.XlsxExports;

/**
 * A round's dossier for the Ministry: the table of its criteria (.xlsx: code, criterion, maximum, units, self-score,
 * appraised score or estimate, explanations and reasons, the evidence list with number, date and issuer), and a
 * .zip of the evidence files in one folder per criterion code, with the table at its root. The zip is written as it
 * is read: one file's chunk (1 MiB) in memory at a time, however many files of however many megabytes. Which
 * criteria go in is the caller's choice (a unit user's are their unit's).
 */
@Service
public class DossierExport {

    private static final Pattern UNSAFE = Pattern.compile("[^\\p{L}\\p{N}._-]+");
    private static final List<String> HEADERS = List.of("dossier.code", "dossier.criterion", "dossier.max",
            "dossier.responsibleUnit", "dossier.coordinatingUnits", "dossier.entry", "dossier.status", "dossier.selfScore",
            "dossier.appraisedScore", "dossier.estimate", "dossier.projected", "dossier.explanation",
            "dossier.noEvidenceReason", "dossier.appraisal", "dossier.evidence");

    private final JdbcClient jdbc;
    private final EvidenceStore store;
    private final MessageSource messages;
    private final Formats formats;

    DossierExport(JdbcClient jdbc, EvidenceStore store, MessageSource messages, Formats formats) {
        this.jdbc = jdbc;
        this.store = store;
        this.messages = messages;
        this.formats = formats;
    }

    /** "ho-so-PAR_PROVINCE-2025", without extension. */
    public static String baseName(RoundSummary round) {
        return "ho-so-" + safe(round.frameworkCode()) + "-" + round.year();
    }

    /** The table of the criteria, as an .xlsx workbook. */
    public byte[] xlsx(RoundSummary round, List<ItemRow> rows, Locale locale) {
        Map<Long, Texts> texts = texts(round.id());
        Map<Long, List<EvidenceSummary>> files = files(round.id(), rows);
        List<String> headers = HEADERS.stream().map(key -> messages.getMessage(key, null, key, locale)).toList();
        String title = messages.getMessage("dossier.title", new Object[] {round.frameworkCode(), String.valueOf(round.year())}, locale);
        return XlsxExports.write(title, headers, sheet -> {
            for (ItemRow row : rows) {
                Texts text = texts.getOrDefault(row.id(), Texts.NONE);
                sheet.row(row.code(), row.name(locale), row.maxPoints(), row.responsibleUnitName(),
                        String.join(", ", row.coordinatingUnits()), label("EntryMode." + row.entry(), locale),
                        label("ItemStatus." + row.status(), locale), row.selfScore(), row.appraisedScore(),
                        row.estimate(), row.projected(), text.explanation(), text.noEvidenceReason(),
                        text.appraisal(), evidenceList(files.getOrDefault(row.id(), List.of()), locale));
            }
        });
    }

    /**
     * The evidence files in one folder per criterion code (the same file under two criteria is in both folders), the
     * table at the root. Writes to {@code out} without closing it.
     */
    public void zip(RoundSummary round, List<ItemRow> rows, Locale locale, OutputStream out) throws IOException {
        Map<Long, List<EvidenceSummary>> files = files(round.id(), rows);
        ZipOutputStream zip = new ZipOutputStream(out);
        zip.putNextEntry(new ZipEntry(baseName(round) + ".xlsx"));
        zip.write(xlsx(round, rows, locale));
        zip.closeEntry();
        // Evidence formats (PDF, Office, images) are compressed already: store them as they are, quickly.
        zip.setLevel(Deflater.NO_COMPRESSION);
        Set<String> folders = new HashSet<>();
        for (ItemRow row : rows) {
            List<EvidenceSummary> list = files.getOrDefault(row.id(), List.of());
            if (list.isEmpty()) {
                continue;
            }
            String folder = unique(safe(row.code()), folders);
            Set<String> names = new HashSet<>();
            for (EvidenceSummary file : list) {
                ZipEntry entry = new ZipEntry(folder + "/" + unique(file.safeFileName(), names));
                entry.setLastModifiedTime(FileTime.from(file.uploadedAt()));
                zip.putNextEntry(entry);
                store.copyContent(file.id(), zip);
                zip.closeEntry();
            }
        }
        zip.finish();
        zip.flush();
    }

    /** The files linked to each of {@code rows}, in the order they were linked. */
    Map<Long, List<EvidenceSummary>> files(long roundId, List<ItemRow> rows) {
        Set<Long> wanted = rows.stream().map(ItemRow::id).collect(Collectors.toSet());
        Map<Long, List<Long>> links = new LinkedHashMap<>();
        jdbc.sql("""
                        select e.item_id, e.evidence_id from assessment_item_evidence e
                        join assessment_item i on i.id = e.item_id
                        where i.round_id = :round order by e.item_id, e.attached_at, e.evidence_id
                        """)
                .param("round", roundId)
                .query(rs -> {
                    long item = rs.getLong("item_id");
                    if (wanted.contains(item)) {
                        links.computeIfAbsent(item, id -> new ArrayList<>()).add(rs.getLong("evidence_id"));
                    }
                });
        Map<Long, EvidenceSummary> summaries = store.findAll(links.values().stream().flatMap(List::stream)
                .collect(Collectors.toSet()));
        Map<Long, List<EvidenceSummary>> files = new HashMap<>();
        links.forEach((item, ids) -> files.put(item, ids.stream().map(summaries::get)
                .filter(java.util.Objects::nonNull).toList()));
        return files;
    }

    private record Texts(String explanation, String noEvidenceReason, String appraisal) {

        static final Texts NONE = new Texts(null, null, null);
    }

    private Map<Long, Texts> texts(long roundId) {
        Map<Long, Texts> texts = new HashMap<>();
        jdbc.sql("""
                        select id, explanation, no_evidence_reason, appraisal_reason, return_comment, estimate_basis, status
                        from assessment_item where round_id = :round
                        """)
                .param("round", roundId)
                .query(rs -> {
                    String status = rs.getString("status");
                    String appraisal = switch (status) {
                        case "RETURNED" -> rs.getString("return_comment");
                        case "ESTIMATED" -> rs.getString("estimate_basis");
                        default -> rs.getString("appraisal_reason");
                    };
                    texts.put(rs.getLong("id"), new Texts(rs.getString("explanation"),
                            rs.getString("no_evidence_reason"), appraisal));
                });
        return texts;
    }

    /** One line per file: "name — number, date, issuer". */
    private String evidenceList(List<EvidenceSummary> files, Locale locale) {
        return files.stream().map(file -> {
            List<String> details = new ArrayList<>();
            if (file.documentNumber() != null) {
                details.add(file.documentNumber());
            }
            if (file.documentDate() != null) {
                details.add(formats.date(file.documentDate()));
            }
            if (file.issuer() != null) {
                details.add(file.issuer());
            }
            return details.isEmpty() ? file.originalFileName()
                    : file.originalFileName() + " — " + String.join(", ", details);
        }).collect(Collectors.joining("\n"));
    }

    private String label(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    /** A name safe in any file system and zip tool: letters, digits, dot, dash and underscore only. */
    static String safe(String text) {
        String cleaned = UNSAFE.matcher(text == null ? "" : text.strip()).replaceAll("_");
        cleaned = cleaned.replaceAll("^[._]+", "");
        return cleaned.isEmpty() ? "_" : cleaned;
    }

    /** {@code name}, or "name (2).ext" and so on when it is taken. */
    static String unique(String name, Set<String> taken) {
        String candidate = name;
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot) : "";
        for (int n = 2; !taken.add(candidate.toLowerCase(Locale.ROOT)); n++) {
            candidate = stem + " (" + n + ")" + extension;
        }
        return candidate;
    }

    static BigDecimal plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros();
    }
}
