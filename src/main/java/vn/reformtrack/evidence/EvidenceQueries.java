package vn.reformtrack.evidence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.reformtrack.shared.db.RowLimit;
import vn.reformtrack.shared.text.VietnameseText;

/** Metadata as lists and look-ups need it, one query each; the contents are in another table and never read here. */
@Component
class EvidenceQueries {

    private static final String SUMMARY = """
            select id, owner_unit_id, original_file_name, safe_file_name, content_type, size_bytes, sha256,
                   document_number, document_date, issuer, description, uploaded_by, uploaded_at
            from evidence_file
            """;

    private static final String UNIT_FILTER = """
            where owner_unit_id = :unitId
              and (cast(:pattern as text) is null or search_key like cast(:pattern as text))
            """;

    private final JdbcClient jdbc;

    EvidenceQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<EvidenceSummary> find(long id) {
        return jdbc.sql(SUMMARY + " where id = ?").param(id).query(EvidenceQueries::summary).optional();
    }

    Map<Long, EvidenceSummary> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        long[] wanted = ids.stream().mapToLong(Long::longValue).distinct().toArray();
        return jdbc.sql(SUMMARY + " where id = any(?)")
                .param(wanted)
                .query(EvidenceQueries::summary)
                // list(), not stream(): an unclosed stream keeps its connection when no transaction is open (a dossier
                // export), and twenty of them exhaust the pool.
                .list()
                .stream()
                .collect(Collectors.toMap(EvidenceSummary::id, Function.identity()));
    }

    /** Newest first; {@code query} matches the name, number, issuer and description, with or without diacritics. */
    Page<EvidenceSummary> listForUnit(long unitId, String query, Pageable pageable) {
        String pattern = query == null || query.isBlank() ? null : VietnameseText.containsPattern(query);
        List<EvidenceSummary> rows = jdbc.sql(SUMMARY + UNIT_FILTER
                        + " order by uploaded_at desc, id desc " + RowLimit.of(pageable))
                .param("unitId", unitId)
                .param("pattern", pattern)
                .query(EvidenceQueries::summary)
                .list();
        long total = jdbc.sql("select count(*) from evidence_file " + UNIT_FILTER)
                .param("unitId", unitId)
                .param("pattern", pattern)
                .query(Long.class)
                .single();
        return new PageImpl<>(rows, pageable, total);
    }

    private static EvidenceSummary summary(ResultSet rs, int row) throws SQLException {
        java.sql.Date documentDate = rs.getDate("document_date");
        return new EvidenceSummary(
                rs.getLong("id"),
                rs.getLong("owner_unit_id"),
                rs.getString("original_file_name"),
                rs.getString("safe_file_name"),
                rs.getString("content_type"),
                rs.getLong("size_bytes"),
                rs.getString("sha256"),
                rs.getString("document_number"),
                documentDate == null ? null : documentDate.toLocalDate(),
                rs.getString("issuer"),
                rs.getString("description"),
                rs.getString("uploaded_by"),
                rs.getTimestamp("uploaded_at").toInstant());
    }
}
